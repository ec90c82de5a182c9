"""Reading and analysing both articles away from the interface: the app's `AnalysisRunner`.

Reading and segmenting run in a thread (so the window paints at once); aligning and quote analysis run there
too for small pairs, and in a worker process for large ones (`reader.ui.background`), so the panes stay
responsive. Two large local files are read half here, half in the worker process, which then starts
aligning them at once (`_read_shared`). Results come back to the app as the messages of
`reader.ui.messages`: `DocumentsLoaded`, `AlignmentReady`, `QuotesReady`, `AnalysisFailed`, `LoadFailed`,
and `Realigned` after each correction (`realign`: where the first alignment ran, with the scores it kept).
Heavy modules (the aligner, trafilatura, the quotes analyser) are imported inside that thread or process, off
the start-up path.

The thread is a plain daemon thread, not a Textual thread worker (`@work(thread=True)`): those run in
asyncio's default executor, which the interpreter joins at exit, so quitting during a long read or analysis
would hang until it finished. Quitting calls `cancel()`, which ends the worker process at once.
"""

from __future__ import annotations

import contextlib
import gc
import os
import pickle
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from ..align.constraints import Constraints
from ..errors import ReaderError
from .messages import (
    AlignmentReady,
    AnalysisFailed,
    ChangesReady,
    DocumentsLoaded,
    LoadFailed,
    QuotesReady,
    Realigned,
)

if TYPE_CHECKING:
    from concurrent.futures import Future

    from textual.app import App
    from textual.message import Message
    from textual.timer import Timer

    from ..align.memo import AlignMemo
    from ..alignment import Alignment
    from ..changes.model import Change
    from ..document import Document
    from ..quotes.model import QuoteReport
    from .background import AnalysisProcess

#: Pairs with at least this many alignable sentences (both sides together) are aligned and searched for
#: quotes in a worker process; smaller ones in a thread, where they finish sooner than a process starts
#: (bench/ui_worker_mode.py: the two break even near 700 sentences; from 1,100 the process is ahead).
PROCESS_MIN_SENTENCES = 1000
#: Local sources at least this large together start the worker process while the documents are still
#: being read, so its start-up overlaps the reading (a guess from file size; an unneeded worker is closed).
PRESTART_BYTES = 100_000

#: A job the worker process runs (module-level, so the process can import it by name).
Job = Callable[..., object]
#: How long quitting waits for the app's own threads (a 10k-sentence article reads in ~0.4 s).
THREAD_GRACE = 3.0
Stage = Literal["align", "quotes"]


class AnalysisRunner:
    """Loads the two sources and analyses them for `app`, posting the results to it as messages.

    `progress(stage, text)` receives a line of progress once a second while a stage runs (see `start_clock`).
    """

    def __init__(
        self,
        app: App[None],
        sources: tuple[str, str],
        *,
        max_bytes: int,
        data_dir: Path | None,
        timeout: float | None = None,
        process_min_sentences: int | None = None,
        align_job: Job | None = None,
        quotes_job: Job | None = None,
        progress: Callable[[Stage, str], None] | None = None,
    ) -> None:
        self.app = app
        self.sources = sources
        self.max_bytes = max_bytes
        self.data_dir = data_dir
        #: Seconds a URL's whole download may take (None: `ingest.fetch.DEFAULT_TIMEOUT`).
        self.timeout = timeout
        #: Pairs with at least this many alignable sentences are analysed in a worker process.
        self.process_min_sentences = (PROCESS_MIN_SENTENCES if process_min_sentences is None
                                      else process_min_sentences)
        #: The worker-process jobs (None: `reader.ui.background.align_job` / `quotes_job`).
        self.align_job = align_job
        self.quotes_job = quotes_job
        self.progress = progress
        self.mode: Literal["thread", "process"] | None = None  # once decided
        self.align_seconds: float | None = None
        self.process: AnalysisProcess | None = None
        self._process_lock = threading.Lock()
        self._quitting = False
        #: Set by the app once it has applied the alignment: the quote analysis in the thread waits for it.
        self.alignment_applied = threading.Event()
        self._stage: Stage = "align"
        self._stage_started = time.perf_counter()
        self._timer: Timer | None = None
        self._sizes = (0, 0)
        #: The person's corrections the first alignment honours (from the session file).
        self.constraints: Constraints | None = None
        #: For re-aligning after a correction: the documents, their key in the worker, the thread's memo.
        self._docs: tuple[Document, Document] | None = None
        self._key = f"{os.getpid()}-{id(self)}"
        self._memo: AlignMemo | None = None
        self._realign_lock = threading.Lock()
        #: The worker's alignment of the documents it read, started before their corrections are known.
        self._early: Future[tuple[Alignment, float] | None] | None = None
        #: The daemon threads started here (reading, re-aligning, finding changes), for `join_threads`.
        self._threads: list[threading.Thread] = []

    def _spawn(self, target: Callable[..., None], name: str, *args: object) -> None:
        thread = threading.Thread(target=target, args=args, name=name, daemon=True)
        self._threads = [t for t in self._threads if t.is_alive()] + [thread]
        thread.start()

    def join_threads(self, grace: float) -> None:
        """After the app closed: wait (at most `grace` seconds in all) for the threads started here. A
        daemon thread still inside native code when the interpreter finalises can take the process down at
        exit ("FATAL: exception not rethrown", seen a few times in hundreds of benchmark runs that exit
        while a document is still being read); each job is bounded, so letting it end avoids that."""
        deadline = time.perf_counter() + grace
        for thread in self._threads:
            thread.join(max(0.0, deadline - time.perf_counter()))

    # ----------------------------------------------------------------- the loading thread
    def start(self) -> None:
        self._spawn(self._load, "reader-load")

    def cancel(self) -> None:
        """Quitting: cancel the analysis and end the worker process now, without waiting for it."""
        with self._process_lock:
            self._quitting = True
        self._close_process()
        self.stop_clock()

    def _post(self, message: Message) -> None:
        self.app.post_message(message)

    def _load(self) -> None:
        """Read and segment both articles here, then align and find quotes: in a worker process for large
        pairs (off this process's GIL, so the panes stay responsive), in this thread for small ones."""
        try:
            self._load_and_analyze()
        except Exception as exc:  # a bug must become a message, never a traceback over the screen
            if not self._quitting:
                self._post(AnalysisFailed("reading", describe(exc)))

    def _load_and_analyze(self) -> None:
        from ..session import SessionStore

        try:
            docs = self._read_shared() if self._worker_reads() else None
            if docs is None and not self._quitting:
                docs = (self._read_here(0), self._read_here(1))
        except ReaderError as exc:
            self._close_process()
            self._post(LoadFailed(str(exc)))
            return
        if docs is None:  # quitting
            return
        left, right = docs
        store = SessionStore(self.data_dir)
        session = store.load(left, right)
        self.constraints = session.corrections.constraints()
        self._docs = (left, right)
        loaded = DocumentsLoaded(left, right, store, session)
        size = len(left.alignable_ids) + len(right.alignable_ids)
        if size >= self.process_min_sentences:
            self._post(loaded)
            process = self.process or self._start_process()
            if process is not None:
                self._analyze_in_process(process, left, right)
            return
        self._post(loaded)
        self._close_process()  # started on a size guess, not needed after all
        self._analyze_here(left, right)

    def _read_here(self, side: int) -> Document:
        from ..text.load import load_document

        return load_document(self.sources[side], max_bytes=self.max_bytes, timeout=self.timeout)

    def _worker_reads(self) -> bool:
        """Two local files, large together: probably a large pair, read with the worker process (see
        `_read_shared`). URLs and standard input are read here, as are small files."""
        local = all(source != "-" and Path(source).is_file() for source in self.sources)
        return local and source_bytes(self.sources) >= self.prestart_bytes()

    def _read_shared(self) -> tuple[Document, Document] | None:
        """Probably a large pair: the worker process reads and segments the left document while this thread
        reads the right one (a core each), then each sends the other what it read, and the worker starts
        aligning at once (`background.early_align_job`). Each document is read once, and the alignment
        starts when the slower of the two readings ends. None when the worker cannot start; raises
        ReaderError for a source that cannot be read (here, or here again when the worker could not)."""
        process = self._start_process()
        if process is None:
            return None
        from . import background

        try:
            read = process.submit(background.load_job, self._key, self.sources[0], self.max_bytes)
            process.warm_up()  # imports the aligner while the documents travel
        except RuntimeError:  # closed meanwhile (quitting)
            return None
        right = self._read_here(1)
        with contextlib.suppress(RuntimeError):
            self._early = process.submit(background.early_align_job, self.align_job or background.align_job,
                                         self._key, self.data_dir, background.pickle_documents(right))
        try:
            payload = read.result()
        except BaseException:  # BrokenProcessPool, cancelled on quit
            payload = None
        if payload is None and self._quitting:
            return None
        left = self._read_here(0) if payload is None else pickle.loads(payload)[0]
        return left, right

    def prestart_bytes(self) -> int:
        """Sources this large together start the worker process before reading (scaled with the threshold)."""
        return PRESTART_BYTES * self.process_min_sentences // PROCESS_MIN_SENTENCES

    # ----------------------------------------------------------------- the worker process
    def _start_process(self) -> AnalysisProcess | None:
        from .background import AnalysisProcess

        with self._process_lock:
            if self._quitting:
                return None
            if self.process is None:
                self.process = AnalysisProcess()
            return self.process

    def _close_process(self) -> None:
        with self._process_lock:
            process, self.process = self.process, None
        if process is not None:
            process.close()

    def _analyze_in_process(self, process: AnalysisProcess, left: Document, right: Document) -> None:
        """Align, then find quotes, in the worker: on the documents it read itself (`_worker_documents`),
        else on these, pickled and sent."""
        from . import background

        self.mode = "process"
        key = self._key
        try:
            job = self.align_job or background.align_job
            early, self._early = self._early, None
            result = early.result() if early is not None else None
            if result is None or self.constraints != Constraints():  # not aligned there yet, or corrections
                result = process.submit(background.run_loaded, job, key, self.constraints).result()
            if result is None:  # the worker did not read them: send these
                payload = background.pickle_documents(left, right)
                result = process.submit(background.run_pickled, job, key, payload, self.constraints).result()
            alignment, seconds = result
        except BaseException as exc:  # CancelledError on quit, BrokenProcessPool, the job's own error
            self._close_process()
            if not self._quitting:
                self._post(AnalysisFailed("alignment", describe(exc)))
            return
        self._post(AlignmentReady(alignment, seconds))
        try:
            report = process.submit(self.quotes_job or background.quotes_job, key, alignment).result()
        except BaseException as exc:
            self._close_process()
            if not self._quitting:
                self._post(QuotesReady(None, f"Quote analysis failed: {describe(exc)}"))
            return
        self._post(QuotesReady(report))  # the process stays: it re-aligns after a correction (`realign`)

    # ----------------------------------------------------------------- in this thread
    def _analyze_here(self, left: Document, right: Document) -> None:
        self.mode = "thread"
        try:
            from ..align.aligner import align_documents
            from ..align.memo import AlignMemo

            started = time.perf_counter()
            self._memo = AlignMemo()
            alignment = align_documents(left, right, constraints=self.constraints, memo=self._memo)
        except Exception as exc:
            self._post(AnalysisFailed("alignment", describe(exc)))
            return
        self._post(AlignmentReady(alignment, time.perf_counter() - started))
        # Let the UI thread apply the alignment before the quote analysis competes with it for the GIL.
        self.alignment_applied.wait(timeout=5)
        try:
            from ..quotes import analyze_quotes

            report = analyze_quotes([left, right], alignment)
        except Exception as exc:  # the sidebar is optional: a failing analysis must not take the panes down
            self._post(QuotesReady(None, f"Quote analysis failed: {describe(exc)}"))
            return
        self._post(QuotesReady(report))

    # ----------------------------------------------------------------- after a correction
    def realign(self, constraints: Constraints, generation: int) -> None:
        """Align again with these constraints, off the interface's thread: in the worker process that holds
        the documents and its scores (a large pair), else in a thread with the memo of the first run. The
        answer is a `Realigned` message carrying `generation` (the app applies only its latest request)."""
        process = self.process
        if self.mode == "process" and process is not None and not process.closed:
            from . import background

            try:
                future = process.submit(background.realign_job, self._key, constraints)
            except RuntimeError:  # closed meanwhile
                return
            future.add_done_callback(lambda done: self._realigned(done, generation))
            return
        self._spawn(self._realign_here, "reader-realign", constraints, generation)

    def _realigned(self, future: Future[tuple[Alignment, float]], generation: int) -> None:
        if future.cancelled() or self._quitting:
            return
        try:
            alignment, seconds = future.result()
        except BaseException as exc:
            self._post(AnalysisFailed("re-alignment", describe(exc)))
            return
        self._post(Realigned(alignment, generation, seconds))

    def _realign_here(self, constraints: Constraints, generation: int) -> None:
        if self._docs is None:
            return
        from ..align.aligner import align_documents
        from ..align.memo import AlignMemo

        with self._realign_lock:  # one at a time: they share the memo
            if self._memo is None:
                self._memo = AlignMemo()
            started = time.perf_counter()
            try:
                alignment = align_documents(*self._docs, constraints=constraints, memo=self._memo)
            except Exception as exc:
                self._post(AnalysisFailed("re-alignment", describe(exc)))
                return
            self._post(Realigned(alignment, generation, time.perf_counter() - started))

    def find_changes(self, alignment: Alignment, report: QuoteReport | None, generation: int) -> None:
        """The fact-level changes under this alignment, off the interface's thread (in the worker process
        when there is one: it holds the documents and the quote report); answered with `ChangesReady`."""
        process = self.process
        if self.mode == "process" and process is not None and not process.closed:
            from . import background

            try:
                future = process.submit(background.changes_job, self._key, alignment)
            except RuntimeError:
                return
            future.add_done_callback(lambda done: self._changes_found(done, generation))
            return
        self._spawn(self._changes_here, "reader-changes", alignment, report, generation)

    def _changes_found(self, future: Future[list[Change]], generation: int) -> None:
        if future.cancelled() or self._quitting:
            return
        try:
            changes = future.result()
        except BaseException as exc:
            self._post(ChangesReady(None, generation, f"Changes not found: {describe(exc)}"))
            return
        self._post(ChangesReady(changes, generation))

    def _changes_here(self, alignment: Alignment, report: QuoteReport | None, generation: int) -> None:
        if self._docs is None:
            return
        try:
            from ..changes import find_changes

            changes = find_changes(*self._docs, alignment, quote_report=report)
        except Exception as exc:  # the changes are optional: a failure must not take the panes down
            self._post(ChangesReady(None, generation, f"Changes not found: {describe(exc)}"))
            return
        self._post(ChangesReady(changes, generation))

    # ----------------------------------------------------------------- the status ticker
    def start_clock(self, stage: Stage, sizes: tuple[int, int] | None = None) -> None:
        """A stage begins (the app calls this as it applies each result): its line shows at once and its
        seconds count from now. `sizes` (alignable sentences per side) go into the aligning line."""
        self._stage = stage
        if sizes is not None:
            self._sizes = sizes
        self._stage_started = time.perf_counter()
        if self.progress is not None:
            self.progress(stage, self.status_line(stage))
        if self._timer is None and not self._quitting:
            self._timer = self.app.set_interval(1.0, self._tick)

    def stop_clock(self) -> None:
        if self._timer is not None:
            self._timer.stop()
            self._timer = None

    def _tick(self) -> None:
        """Progress while the analysis runs: the stage and the seconds it has taken so far."""
        if self._timer is None or self.progress is None:
            return
        seconds = time.perf_counter() - self._stage_started
        self.progress(self._stage, self.status_line(self._stage, seconds))

    def status_line(self, stage: Stage, seconds: float | None = None) -> str:
        """The progress line of a stage (with its seconds so far, when given)."""
        if stage == "quotes":
            return "Finding quotes…" if seconds is None else f"Finding quotes… {seconds:.0f} s"
        n_left, n_right = self._sizes
        clock = "" if seconds is None else f" {seconds:.0f} s"
        return f"Aligning {n_left:,} × {n_right:,} sentences…{clock} (the panes can be read meanwhile)"


def freeze_heap() -> None:
    """Move every object alive now (documents, layouts, alignment, quotes) out of the collector's view.

    A 10k-sentence pair is millions of objects; each full collection walked all of them (median 47 ms, up to
    65 ms in bench/ui_large.py) and landed in the middle of cursor moves, which made their 99th percentile.
    These objects live as long as the app anyway; frozen, a full collection only walks what came after.
    """
    gc.freeze()


def describe(exc: BaseException) -> str:
    """One sentence for the user about a failed background job."""
    from concurrent.futures import CancelledError
    from concurrent.futures.process import BrokenProcessPool

    if isinstance(exc, BrokenProcessPool):
        return "the worker process stopped unexpectedly"
    if isinstance(exc, CancelledError):
        return "it was cancelled"
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__


def source_bytes(sources: tuple[str, str]) -> int:
    """Combined size of local source files (0 for URLs and anything unreadable): a cheap size guess."""
    total = 0
    for source in sources:
        with contextlib.suppress(OSError, ValueError):
            total += Path(source).stat().st_size
    return total
