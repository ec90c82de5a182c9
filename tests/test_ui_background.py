"""The interface stays responsive while the analysis runs, quits at once during it, and reports failures.

Large pairs are analysed in a spawned worker process; these tests force that path on the small seed pair
(`process_min_sentences=0`) and swap in slow or failing jobs (module-level functions, so the worker can
import them by name). Small pairs take the thread path; its slow alignment is monkeypatched.
"""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from conftest import RecordingApp

import reader.align.aligner
from reader.document import Document
from reader.resources import seed_paths
from reader.ui.widgets.detail_strip import DetailStrip

RELEASE_ENV = "READER_TEST_RELEASE_FILE"


def slow_align_job(key: str, left: Document, right: Document, constraints: Any = None) -> Any:
    """Busy (holding the worker's GIL) until the test creates the release file, for at most 30 s."""
    release = Path(os.environ[RELEASE_ENV])
    deadline = time.monotonic() + 30
    while not release.exists() and time.monotonic() < deadline:
        sum(range(10_000))
    from reader.ui.background import align_job

    return align_job(key, left, right, constraints)


def failing_align_job(key: str, left: Document, right: Document, constraints: Any = None) -> Any:
    raise ValueError("the aligner ran out of candidate pairs")


class SlowInProcess(RecordingApp):
    ALIGN_JOB = slow_align_job


class FailingInProcess(RecordingApp):
    ALIGN_JOB = failing_align_job


def seed_app(cls: type[RecordingApp], tmp_path: Path, **kwargs: Any) -> RecordingApp:
    left, right = seed_paths()
    return cls(str(left), str(right), data_dir=tmp_path / "data", **kwargs)


async def wait_for(pilot: Any, condition: Any, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        await pilot.pause(0.02)


def process_state(pid: int) -> str | None:
    """The process's state letter from /proc (Z = exited, not yet reaped), None when it is gone."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, ProcessLookupError):
        return None


async def test_keys_work_while_a_slow_alignment_runs_in_a_thread_and_quit_exits(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    release = threading.Event()
    original = reader.align.aligner.align_documents

    def slow(left: Document, right: Document, *args: Any, **kwargs: Any) -> Any:
        release.wait(30)
        return original(left, right, *args, **kwargs)

    monkeypatch.setattr(reader.align.aligner, "align_documents", slow)
    app = seed_app(RecordingApp, tmp_path)
    try:
        async with app.run_test(size=(120, 36)) as pilot:
            pane = app.panes[0]
            await wait_for(pilot, lambda: app.docs is not None and pane.cursor is not None)
            first = pane.cursor
            await pilot.press("j", "j")
            await pilot.pause()
            assert app.analysis_mode == "thread" and app.alignment is None
            assert pane.cursor is not None and first is not None and pane.cursor > first
            assert "Aligning" in str(app.query_one(DetailStrip).render())
            started = time.monotonic()
            await pilot.press("q")
            await pilot.pause()
        assert time.monotonic() - started < 5 and app.alignment is None  # quit without waiting for it
    finally:
        release.set()


async def test_keys_work_while_the_worker_process_aligns_and_quit_ends_it(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(RELEASE_ENV, str(tmp_path / "release"))
    app = seed_app(SlowInProcess, tmp_path, process_min_sentences=0)
    async with app.run_test(size=(120, 36)) as pilot:
        await wait_for(pilot, lambda: app.docs is not None and app._worker is not None)
        worker = app._worker
        assert worker is not None
        pid = worker.warm_up().result(timeout=30)
        assert pid != os.getpid() and process_state(pid) is not None
        pane = app.panes[0]
        for key in ("j", "j", "j", "G", "g", "j"):  # every key is handled while the worker is busy
            before = pane.cursor
            await pilot.press(key)
            await pilot.pause()
            assert pane.cursor != before
        assert app.analysis_mode == "process" and app.alignment is None
        assert not [m for m in app.messages if m[0] == "error"]  # the job is running, not failed
        assert "Aligning" in str(app.query_one(DetailStrip).render())
        await pilot.press("q")
        await pilot.pause()
    deadline = time.monotonic() + 10
    while process_state(pid) not in (None, "Z"):
        assert time.monotonic() < deadline, "the worker process still runs after quitting"
        time.sleep(0.05)
    assert app.alignment is None


async def test_worker_process_gives_the_same_alignment_and_quotes(tmp_path: Path) -> None:
    threaded = seed_app(RecordingApp, tmp_path)
    async with threaded.run_test(size=(120, 36)) as pilot:
        await wait_for(pilot, lambda: threaded.quotes_done)
    in_process = seed_app(RecordingApp, tmp_path, process_min_sentences=0)
    async with in_process.run_test(size=(120, 36)) as pilot:
        await wait_for(pilot, lambda: in_process.quotes_done)
        assert in_process.analysis_mode == "process" and threaded.analysis_mode == "thread"
        assert in_process.alignment is not None and threaded.alignment is not None
        got, expected = in_process.alignment.links, threaded.alignment.links
        assert [(k.left, k.right) for k in got] == [(k.left, k.right) for k in expected]
        # Scores may differ in the last bit (summation order depends on the process's string hashing).
        assert [k.score for k in got] == pytest.approx([k.score for k in expected], abs=1e-9)
        assert in_process.quote_report is not None and threaded.quote_report is not None
        assert in_process.quote_report.quotes == threaded.quote_report.quotes
        await pilot.press("j")
        await pilot.pause()
        right = in_process.panes[1]
        assert right.counterparts == set(in_process.alignment.counterparts(0, in_process.panes[0].cursor))
        assert in_process._worker is not None  # kept: it re-aligns after a correction


async def test_worker_failure_is_an_error_notification_and_the_panes_stay(tmp_path: Path) -> None:
    app = seed_app(FailingInProcess, tmp_path, process_min_sentences=0)
    async with app.run_test(size=(120, 36)) as pilot:
        await wait_for(pilot, lambda: app.quotes_done)
        await pilot.pause()
        assert ("error", "the aligner ran out of candidate pairs") in app.messages
        assert app.alignment is None and app.is_running
        assert "alignment failed" in str(app.query_one(DetailStrip).render())
        before = app.panes[0].cursor
        await pilot.press("j")
        await pilot.pause()
        assert app.panes[0].cursor != before


async def test_bad_input_with_the_worker_started_is_an_error_dialog_and_exit_2(tmp_path: Path) -> None:
    from reader.ui.dialogs.error import ErrorDialog

    left, _ = seed_paths()
    app = RecordingApp(str(left), str(tmp_path / "missing.txt"), data_dir=tmp_path / "data",
                    process_min_sentences=0)  # the worker process has started when reading fails
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, ErrorDialog))
        assert "missing.txt" in app.screen.message  # type: ignore[attr-defined]
        await pilot.press("enter")
        await pilot.pause()
    assert app.return_code == 2 and app._worker is None


async def test_the_worker_reads_a_large_pair_and_aligns_it_before_the_app_asks(tmp_path: Path) -> None:
    """Local files large enough: the worker reads the left one, the app the right one, each gets the other's
    and the worker starts aligning at once; the documents and the result are the ones of the thread path."""
    from reader.text.load import load_document

    app = seed_app(RecordingApp, tmp_path, process_min_sentences=0)
    async with app.run_test(size=(120, 36)) as pilot:
        await wait_for(pilot, lambda: app.quotes_done)
        assert app.analysis_mode == "process" and app.alignment is not None
        assert app.analysis._early is None  # used, then dropped
        assert app.docs is not None
        for doc, path in zip(app.docs, seed_paths(), strict=True):
            here = load_document(str(path))
            assert doc.text == here.text and doc.sentences == here.sentences
    threaded = seed_app(RecordingApp, tmp_path)
    async with threaded.run_test(size=(120, 36)) as pilot:
        await wait_for(pilot, lambda: threaded.quotes_done)
        assert threaded.alignment is not None
        assert [(k.left, k.right) for k in app.alignment.links] == [
            (k.left, k.right) for k in threaded.alignment.links]


def test_the_early_alignment_waits_for_the_corrections_of_a_saved_session(tmp_path: Path) -> None:
    """A pair with a session file may have corrections: the worker does not align it before the app knows
    them (the app then asks with its constraints); without one it aligns with none."""
    from reader.review.corrections import NO_CORRECTIONS
    from reader.session import SessionStore
    from reader.text.load import load_document
    from reader.ui import background

    left, right = seed_paths()
    calls: list[Any] = []

    def job(key: str, a: Document, b: Document, constraints: Any) -> str:
        calls.append(constraints)
        return "aligned"

    right_doc = background.pickle_documents(load_document(str(right)))
    data = tmp_path / "data"
    assert background.early_align_job(job, "k", data, right_doc) is None  # no left document: nothing
    assert background.load_job("k", str(left), 10**7) is not None
    assert background.early_align_job(job, "k", data, right_doc) == "aligned"
    docs = background._LOADED["k"]
    assert [d.source for d in docs] == [str(left), str(right)]
    SessionStore(data).save(*docs, [], NO_CORRECTIONS.with_unlink([0], [0]))
    assert background.load_job("k", str(left), 10**7) is not None
    assert background.early_align_job(job, "k", data, right_doc) is None
    assert background.run_loaded(job, "k", "constraints") == "aligned"
    assert len(calls) == 2 and calls[-1] == "constraints"
    background._LOADED.clear()


def test_documents_cross_to_the_worker_unchanged() -> None:
    import pickle

    from reader.text.load import load_document
    from reader.ui.background import pickle_documents

    docs = tuple(load_document(str(path)) for path in seed_paths())
    back = pickle.loads(pickle_documents(*docs))
    assert back == docs and all(type(s).__name__ == "Sentence" for s in back[0].sentences)


def test_quitting_waits_briefly_for_the_analysis_threads() -> None:
    """After the app closes, `run_app` lets the analysis's own threads finish their bounded job (a thread
    killed inside native code at interpreter exit can abort the process), never longer than the grace."""
    import threading
    import time

    from textual.app import App

    from reader.ui.analysis import AnalysisRunner

    runner = AnalysisRunner(App(), ("l.txt", "r.txt"), max_bytes=1000, data_dir=None)
    done = threading.Event()
    runner._spawn(lambda: (time.sleep(0.3), done.set()), "reader-load")
    runner.join_threads(10.0)
    assert done.is_set()
    stop = threading.Event()
    runner._spawn(stop.wait, "reader-changes")
    started = time.monotonic()
    runner.join_threads(0.2)
    assert time.monotonic() - started < 5.0  # bounded: a stuck thread is left to the interpreter
    assert any(t.is_alive() for t in runner._threads)
    stop.set()
