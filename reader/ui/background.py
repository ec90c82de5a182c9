"""Alignment and quote analysis away from the interface's GIL: a worker process for large pairs.

Plain Python (no Textual import): this module is imported by the spawned worker process too. For two large
local files the worker reads the left one while the app reads the right one; each sends the other what it
read, and the worker aligns at once (`load_job`, `early_align_job`); otherwise the app reads both documents
and hands them to `AnalysisProcess`.
The worker aligns them and, on a second call, finds the quotes, reusing the documents it already holds.
Small pairs (below `reader.ui.analysis.PROCESS_MIN_SENTENCES`) are analysed in a thread instead: starting a
Python process costs more than aligning them (bench/ui_worker_mode.py, docs/performance.md).
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import pickle
import signal
import sys
import time
import types
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..align.constraints import Constraints
from ..alignment import Alignment
from ..document import Document

if TYPE_CHECKING:
    from ..align.memo import AlignMemo

#: The worker analyses at a lower priority: on 2 cores the interface must win the CPU when a key arrives.
#: It reads the documents for the app (`load_job`) at the normal one, as the app's own thread would.
WORKER_NICENESS = 5

_DOCS: dict[str, tuple[Document, Document]] = {}
#: The scores of the pair in `_DOCS`, kept for re-aligning it after each correction (`realign_job`).
_MEMO: list[AlignMemo] = []
#: The quote report of the pair in `_DOCS` (`quotes_job`), for `changes_job`.
_REPORT: list[Any] = []
#: The left document the worker read itself (`load_job`), by key, until the right one comes from the app.
_LEFT: dict[str, Document] = {}
#: That pair, completed by `early_align_job`, for `run_loaded`.
_LOADED: dict[str, tuple[Document, Document]] = {}


def _init_worker() -> None:
    """Own process group (so quitting can end the aligner's helper processes too) and no terminal output: a
    warning printed by the worker would land on top of the interface."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)
    os.dup2(devnull, 2)
    os.close(devnull)
    if hasattr(os, "setpgrp"):
        os.setpgrp()


_niced: list[bool] = []


def _lower_priority() -> None:
    """From here on the worker runs at `WORKER_NICENESS` (once: a niceness cannot be lowered again)."""
    if not _niced and hasattr(os, "nice"):
        _niced.append(True)
        with contextlib.suppress(OSError):
            os.nice(WORKER_NICENESS)


def warm_up() -> int:
    """Import the aligner (rapidfuzz) and the session store (`early_align_job`) before the documents arrive;
    returns the worker's pid."""
    _lower_priority()
    from .. import session  # noqa: F401
    from ..align import aligner  # noqa: F401

    return os.getpid()


def load_job(key: str, source: str, max_bytes: int) -> bytes | None:
    """Read and segment the left source here (at the normal priority: the first job) while the app reads
    the right one, keep it under `key` for `early_align_job`, and return it pickled for the app to show.
    None when it cannot be read (the app then reads it itself and reports the error)."""
    from ..text.load import load_document

    _LEFT.clear()
    _LOADED.clear()
    try:
        doc = load_document(source, max_bytes=max_bytes)
        _LEFT[key] = doc
        return pickle_documents(doc)
    except Exception:
        return None
    finally:
        _lower_priority()


def early_align_job(job: Callable[..., Any], key: str, data_dir: Path | None, right: bytes) -> Any:
    """With the right document the app read (pickled), the pair of `load_job`'s left one is complete: kept
    for `run_loaded`, and aligned at once, while the app shows it and before it knows the person's
    corrections. Only for a pair with no session file (then there are none: the alignment is the one the
    app would ask for); None otherwise, or without the left document, and the app asks with its
    constraints (`run_loaded`) or sends both documents (`run_pickled`)."""
    _lower_priority()
    from ..session import SessionStore

    left = _LEFT.pop(key, None)
    if left is None:
        return None
    docs = _LOADED[key] = (left, pickle.loads(right)[0])
    if SessionStore(data_dir).path(*docs).exists():
        return None
    return job(key, *docs, Constraints())


def run_loaded(job: Callable[..., Any], key: str, constraints: Constraints | None = None) -> Any:
    """`job(key, *documents, constraints)` on the pair `early_align_job` completed under `key` (the documents
    the app shows); None when it has none (the app then sends its own, `run_pickled`)."""
    _lower_priority()
    docs = _LOADED.get(key)
    if docs is None:
        return None
    return job(key, *docs, constraints)


def align_job(key: str, left: Document, right: Document,
              constraints: Constraints | None = None) -> tuple[Alignment, float]:
    """Align in the worker (with the person's corrections as `constraints`); keeps the documents and the
    scores for `quotes_job` and `realign_job`. Returns the alignment and its seconds."""
    _lower_priority()
    from ..align.aligner import align_documents
    from ..align.memo import AlignMemo

    _DOCS.clear()
    _DOCS[key] = (left, right)
    _MEMO[:] = [AlignMemo()]
    started = time.perf_counter()
    # 2 scoring processes when that is safe (single-threaded here)
    alignment = align_documents(left, right, constraints=constraints, memo=_MEMO[0])
    return alignment, time.perf_counter() - started


def realign_job(key: str, constraints: Constraints) -> tuple[Alignment, float]:
    """Align the documents of `align_job` again with new constraints, reusing its scores."""
    _lower_priority()
    from ..align.aligner import align_documents
    from ..align.memo import AlignMemo

    if not _MEMO:
        _MEMO.append(AlignMemo())
    started = time.perf_counter()
    alignment = align_documents(*_DOCS[key], constraints=constraints, memo=_MEMO[0])
    return alignment, time.perf_counter() - started


def run_pickled(job: Callable[..., Any], key: str, payload: bytes, constraints: Constraints | None = None
                ) -> Any:
    """`job(key, *documents, constraints)` with the documents pickled beforehand by the app (see
    `pickle_documents`)."""
    _lower_priority()
    return job(key, *pickle.loads(payload), constraints)


def pickle_documents(*docs: Document) -> bytes:
    """Pickle the documents once, up front: done lazily by the executor, the ~60 ms it takes for a 10k pair
    held the app's GIL while the user was already moving the cursor (one slow key press, measured)."""
    return pickle.dumps(docs, protocol=pickle.HIGHEST_PROTOCOL)


def quotes_job(key: str, alignment: Alignment) -> Any:
    """The QuoteReport of the documents `align_job` received under `key`."""
    _lower_priority()
    from ..quotes import analyze_quotes

    left, right = _DOCS[key]
    _REPORT[:] = [analyze_quotes([left, right], alignment)]
    return _REPORT[0]


def changes_job(key: str, alignment: Alignment) -> list[Any]:
    """The fact-level changes of the documents of `align_job` under this alignment (with the quote report
    of `quotes_job`, when it ran)."""
    _lower_priority()
    from ..changes import find_changes

    return find_changes(*_DOCS[key], alignment, quote_report=_REPORT[0] if _REPORT else None)


class AnalysisProcess:
    """One spawned worker process (never forked: the app has threads) running the analysis jobs in order.

    `close()` returns at once: queued jobs are cancelled and the worker (with any helper processes it
    forked) is terminated, so quitting never waits for a long alignment.
    """

    def __init__(self) -> None:
        self._futures: list[Future[Any]] = []
        self.closed = False
        self.pid: int | None = None
        self.warm: Future[int] | None = None
        # The pool's queues start multiprocessing's resource tracker (the worker starts at the first submit).
        with _real_stderr():
            self._pool: ProcessPoolExecutor | None = ProcessPoolExecutor(
                max_workers=1, mp_context=multiprocessing.get_context("spawn"), initializer=_init_worker)

    def warm_up(self) -> Future[int]:
        """Queue the aligner's import (the worker's pid comes back)."""
        if self.warm is None:
            self.warm = self.submit(warm_up)
        return self.warm

    def submit(self, fn: Callable[..., Any], *args: Any) -> Future[Any]:
        if self._pool is None:
            raise RuntimeError("the analysis process is closed")
        with _real_stderr(), _bare_main(spawning=self.pid is None):
            future = self._pool.submit(fn, *args)
        self._futures.append(future)
        if self.pid is None:
            self.pid = next(iter(self._processes()), None)
        return future

    def _processes(self) -> list[int]:
        processes = getattr(self._pool, "_processes", None) or {}
        return list(processes)

    def close(self) -> None:
        """Cancel pending jobs and end the worker now (idempotent, safe from any thread)."""
        if self.closed or self._pool is None:
            return
        self.closed = True
        pids = self._processes()
        for future in self._futures:
            future.cancel()
        self._pool.shutdown(wait=False, cancel_futures=True)
        self._pool = None
        for pid in pids:
            _terminate_group(pid)


@contextlib.contextmanager
def _bare_main(*, spawning: bool) -> Iterator[None]:
    """While the worker is spawned (the first submit): an empty `__main__`, so the worker does not run the
    app's main script again before its first job (the `reader` script, or a bench importing Textual and the
    whole interface: 0.2-0.3 s on the way to the first alignment, measured). The jobs live in this module
    (or a test module), never in `__main__`."""
    if not spawning:
        yield
        return
    saved = sys.modules["__main__"]
    sys.modules["__main__"] = types.ModuleType("__main__")
    try:
        yield
    finally:
        sys.modules["__main__"] = saved


@contextlib.contextmanager
def _real_stderr() -> Iterator[None]:
    """Textual replaces `sys.stderr` with an object whose fileno() is -1; multiprocessing passes that number
    to the resource tracker it starts, which fails ("bad value(s) in fds_to_keep"). Hand it the real one."""
    saved = sys.stderr
    try:
        usable = saved is not None and saved.fileno() >= 0
    except (OSError, ValueError, AttributeError):
        usable = False
    if not usable:
        sys.stderr = sys.__stderr__
    try:
        yield
    finally:
        sys.stderr = saved


def _terminate_group(pid: int) -> None:
    """SIGTERM the worker's process group (the worker made itself its leader), or the worker alone."""
    if hasattr(os, "killpg"):
        try:
            os.killpg(pid, signal.SIGTERM)
            return
        except OSError:  # no such group yet (the initializer has not run): end the worker itself
            pass
    with contextlib.suppress(OSError):
        os.kill(pid, signal.SIGTERM)
