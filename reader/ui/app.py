"""The reading interface: two linked article panes, a detail strip, a quotes sidebar, marks and export.

The app only routes keys and renders. Reading and segmenting run in a worker thread (so the window paints at
once); aligning and quote analysis run there too for small pairs, and in a worker process for large ones
(`reader.ui.background`), so the panes stay responsive. Results come back as messages (`reader.ui.messages`).
Heavy modules (the aligner, trafilatura, the quotes analyser) are imported inside that worker, off the
start-up path.
"""

from __future__ import annotations

import contextlib
import gc
import os
import threading
import time
from bisect import bisect_left
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any, ClassVar

from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.widgets import Footer

from ..alignment import Alignment, Link
from ..document import Document
from ..errors import ReaderError
from ..ingest.read import DEFAULT_MAX_BYTES
from ..resources import stylesheet_paths
from .commands import ReaderCommands
from .dialogs.confirm import ConfirmDialog
from .dialogs.error import ErrorDialog
from .dialogs.help import HelpScreen
from .dialogs.prompt import ExportDialog, SearchDialog
from .messages import (
    AlignmentReady,
    AnalysisFailed,
    CursorMoved,
    DocumentsLoaded,
    LoadFailed,
    PaneScrolled,
    QuoteMarkToggled,
    QuoteSelected,
    QuotesReady,
)
from .widgets.article_pane import ArticlePane
from .widgets.detail_strip import DetailStrip
from .widgets.header import ArticleTitle
from .widgets.sidebar import QuoteSidebar

SIDE_NAMES = ("left", "right")
#: Below this terminal width the sidebar starts hidden (the panes need the room); `s` shows it.
SIDEBAR_MIN_WIDTH = 110
#: Pairs with at least this many alignable sentences (both sides together) are aligned and searched for
#: quotes in a worker process; smaller ones in a thread, where they finish sooner than a process starts
#: (bench/ui_worker_mode.py: the two break even near 700 sentences; from 1,100 the process is ahead).
PROCESS_MIN_SENTENCES = 1000
#: Local sources at least this large together start the worker process while the documents are still
#: being read, so its start-up overlaps the reading (a guess from file size; an unneeded worker is closed).
PRESTART_BYTES = 100_000


class ReaderApp(App[None]):
    """Two articles side by side, linked by their sentence alignment."""

    CSS_PATH: ClassVar[list[str | Path]] = list(stylesheet_paths())
    TITLE = "reader"
    #: Keys typed while the articles load must reach the pane, not the sidebar's filter box.
    AUTO_FOCUS: ClassVar[str | None] = "#pane-left"
    COMMANDS: ClassVar = App.COMMANDS | {ReaderCommands}
    #: The worker-process jobs (None: `reader.ui.background.align_job` / `quotes_job`); tests swap them.
    ALIGN_JOB: ClassVar[Callable[..., Any] | None] = None
    QUOTES_JOB: ClassVar[Callable[..., Any] | None] = None

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("space", "toggle_mark", "Mark", id="mark-toggle", key_display="Space",
                tooltip="Mark or unmark the current pair (saved at once)"),
        Binding("e", "export", "Export", id="export", tooltip="Export the marked pairs to Markdown"),
        Binding("slash", "search", "Search", id="search", key_display="/",
                tooltip="Search in the active pane"),
        Binding("n", "search_next", "Next match", id="search-next", show=False, tooltip="Next search match"),
        Binding("N", "search_prev", "Previous match", id="search-prev", show=False,
                tooltip="Previous search match"),
        Binding("l", "toggle_linking", "Linking", id="linking-toggle",
                tooltip="Link the panes on or off (the other pane follows the cursor)"),
        Binding("s", "toggle_sidebar", "Sidebar", id="sidebar-toggle",
                tooltip="Show or hide the speakers and quotes sidebar"),
        Binding("S", "focus_sidebar", "Sidebar focus", id="sidebar-focus", show=False,
                tooltip="Focus the sidebar, and back to the panes"),
        Binding("d", "toggle_detail", "Detail strip", id="detail-toggle", show=False,
                tooltip="Show or hide the detail strip (word differences, score, coverage)"),
        Binding("c", "toggle_chrome", "Page chrome", id="chrome-toggle", show=False,
                tooltip="Show or fold page chrome (menus, teasers, footers)"),
        Binding("question_mark,f1", "help", "Help", id="help", key_display="?", tooltip="This help screen"),
        Binding("q", "quit", "Quit", id="quit", tooltip="Quit reader"),
    ]

    def __init__(
        self,
        left: str,
        right: str,
        *,
        max_bytes: int = DEFAULT_MAX_BYTES,
        data_dir: Path | None = None,
        today: date | None = None,
        export_dir: Path | None = None,
        process_min_sentences: int | None = None,
    ) -> None:
        super().__init__()
        self.sources = (left, right)
        self.max_bytes = max_bytes
        self.data_dir = data_dir
        self.today = today
        self.export_dir = export_dir
        self.docs: tuple[Document, Document] | None = None
        self.alignment: Alignment | None = None
        self.coverage: Any | None = None
        self.quote_report: Any | None = None
        self.marks: list[Any] = []
        self.store: Any | None = None
        self.linking = True
        self.active = 0
        self.ready = False
        self.quotes_done = False
        self._alignment_applied = threading.Event()
        self._detail_pending = False
        self._panes: tuple[ArticlePane, ArticlePane] | None = None
        self.align_seconds: float | None = None
        self._linked_sorted: tuple[list[int], list[int]] = ([], [])
        #: Pairs with at least this many alignable sentences are analysed in a worker process.
        self.process_min_sentences = (PROCESS_MIN_SENTENCES if process_min_sentences is None
                                      else process_min_sentences)
        self.analysis_mode: str | None = None  # "thread" or "process", once decided
        self._worker: Any | None = None  # reader.ui.background.AnalysisProcess
        self._worker_lock = threading.Lock()
        self._quitting = False
        self._status = "Reading the articles…"
        self._status_timer: Any | None = None
        self._stage_started = time.perf_counter()

    # ----------------------------------------------------------------- layout
    def compose(self) -> ComposeResult:
        with Horizontal(id="main"):
            for side in (0, 1):
                with Vertical(classes="pane-column", id=f"column-{SIDE_NAMES[side]}"):
                    yield ArticleTitle(classes="article-title", id=f"title-{SIDE_NAMES[side]}")
                    yield ArticlePane(side, id=f"pane-{SIDE_NAMES[side]}")
            yield QuoteSidebar(id="sidebar")
        yield DetailStrip(id="detail")
        yield Footer()

    @property
    def panes(self) -> tuple[ArticlePane, ArticlePane]:
        if self._panes is None:  # looked up once: the cursor path uses them on every move
            self._panes = (self.query_one("#pane-left", ArticlePane),
                           self.query_one("#pane-right", ArticlePane))
        return self._panes

    @property
    def active_pane(self) -> ArticlePane:
        return self.panes[self.active]

    def on_mount(self) -> None:
        for side, pane in enumerate(self.panes):
            pane.loading = True
            self.query_one(f"#title-{SIDE_NAMES[side]}", ArticleTitle).show_document(
                None, f"Opening {self.sources[side]}…")
        self.query_one("#sidebar").display = self.size.width >= SIDEBAR_MIN_WIDTH
        self.query_one(DetailStrip).show_status(self._status)
        for pane in self.panes:
            pane.cursor_listener = self._cursor_moved
        self._set_active(0)
        # Paint the first screen before the reading competes with it for the GIL.
        self.call_after_refresh(self._start_loading)

    # ----------------------------------------------------------------- worker
    def _start_loading(self) -> None:
        # A daemon thread rather than a Textual thread worker: those run in the default executor, which the
        # interpreter joins at exit, so quitting during a long analysis would hang until it finished.
        threading.Thread(target=self._load, name="reader-load", daemon=True).start()

    def _load(self) -> None:
        """Read and segment both articles here, then align and find quotes: in a worker process for large
        pairs (off this process's GIL, so the panes stay responsive), in this thread for small ones."""
        try:
            self._load_and_analyse()
        except Exception as exc:  # a bug must become a message, never a traceback over the screen
            if not self._quitting:
                self.post_message(AnalysisFailed("reading", _describe(exc)))

    def _load_and_analyse(self) -> None:
        from ..session import SessionStore
        from ..text.load import load_document

        if _source_bytes(self.sources) >= self._prestart_bytes():
            # Probably a large pair: the worker process starts and imports the aligner while this thread
            # reads both documents. (Reading the right one in the worker was slower: 0.4 s of process start
            # and imports against 0.15 s here, plus sending the document back.)
            worker = self._start_process()
            if worker is not None:
                worker.warm_up()
        try:
            left = load_document(self.sources[0], max_bytes=self.max_bytes)
            right = load_document(self.sources[1], max_bytes=self.max_bytes)
        except ReaderError as exc:
            self._close_process()
            self.post_message(LoadFailed(str(exc)))
            return
        store = SessionStore(self.data_dir)
        session = store.load(left, right)
        size = len(left.alignable_ids) + len(right.alignable_ids)
        if size >= self.process_min_sentences:
            from .background import pickle_documents

            payload = pickle_documents(left, right)  # before the panes show: no GIL pause while reading
            self.post_message(DocumentsLoaded(left, right, store, session))
            worker = self._worker or self._start_process()
            if worker is not None:
                self._analyse_in_process(worker, left, right, payload)
            return
        self.post_message(DocumentsLoaded(left, right, store, session))
        self._close_process()  # started on a size guess, not needed after all
        self._analyse_here(left, right)

    def _prestart_bytes(self) -> int:
        return PRESTART_BYTES * self.process_min_sentences // PROCESS_MIN_SENTENCES

    def _start_process(self) -> Any | None:
        from .background import AnalysisProcess

        with self._worker_lock:
            if self._quitting:
                return None
            if self._worker is None:
                self._worker = AnalysisProcess()
            return self._worker

    def _close_process(self) -> None:
        with self._worker_lock:
            worker, self._worker = self._worker, None
        if worker is not None:
            worker.close()

    def _analyse_in_process(self, worker: Any, left: Document, right: Document, payload: bytes) -> None:
        from . import background

        self.analysis_mode = "process"
        key = f"{os.getpid()}-{id(left)}-{id(right)}"
        try:
            job = type(self).ALIGN_JOB or background.align_job  # the plain function, not bound
            alignment, seconds = worker.submit(background.run_pickled, job, key, payload).result()
        except BaseException as exc:  # CancelledError on quit, BrokenProcessPool, the job's own error
            self._close_process()
            if not self._quitting:
                self.post_message(AnalysisFailed("alignment", _describe(exc)))
            return
        self.post_message(AlignmentReady(alignment, seconds))
        try:
            report = worker.submit(type(self).QUOTES_JOB or background.quotes_job, key, alignment).result()
        except BaseException as exc:
            if not self._quitting:
                self.post_message(QuotesReady(None, f"Quote analysis failed: {_describe(exc)}"))
            return
        finally:
            self._close_process()
        self.post_message(QuotesReady(report))

    def _analyse_here(self, left: Document, right: Document) -> None:
        self.analysis_mode = "thread"
        try:
            from ..align.aligner import align_documents

            started = time.perf_counter()
            alignment = align_documents(left, right)
        except Exception as exc:
            self.post_message(AnalysisFailed("alignment", _describe(exc)))
            return
        self.post_message(AlignmentReady(alignment, time.perf_counter() - started))
        # Let the UI thread apply the alignment before the quote analysis competes with it for the GIL.
        self._alignment_applied.wait(timeout=5)
        try:
            from ..quotes import analyse_quotes
        except ImportError:
            self.post_message(QuotesReady(None, "Quote analysis is not available in this build."))
            return
        try:
            report = analyse_quotes([left, right], alignment)
        except Exception as exc:  # the sidebar is optional: a failing analysis must not take the panes down
            self.post_message(QuotesReady(None, f"Quote analysis failed: {_describe(exc)}"))
            return
        self.post_message(QuotesReady(report))

    def on_unmount(self) -> None:
        """Quitting: cancel the analysis and end the worker process now, without waiting for it."""
        with self._worker_lock:
            self._quitting = True
        self._close_process()

    def on_analysis_failed(self, message: AnalysisFailed) -> None:
        self.quotes_done = True
        self._status = f"The {message.stage} failed: {message.message}. The panes can still be read."
        self.query_one(DetailStrip).show_status(self._status)
        self.query_one(QuoteSidebar).set_report(None, f"No quotes: the {message.stage} failed.")
        self.notify(message.message, title=f"The {message.stage} failed", severity="error", timeout=15)

    def _tick_status(self) -> None:
        """Progress while the analysis runs: the stage and the seconds it has taken so far."""
        if self.docs is None or self.quotes_done or self._status_timer is None:
            return
        seconds = time.perf_counter() - self._stage_started
        if self.alignment is None:
            n_left, n_right = (len(d.alignable_ids) for d in self.docs)
            self._status = (f"Aligning {n_left:,} × {n_right:,} sentences… {seconds:.0f} s "
                            "(the panes can be read meanwhile)")
            self.query_one(DetailStrip).show_status(self._status)
        else:
            self.query_one(QuoteSidebar).set_status(f"Finding quotes… {seconds:.0f} s")

    def on_load_failed(self, message: LoadFailed) -> None:
        for pane in self.panes:
            pane.loading = False
        self.push_screen(ErrorDialog(message.message, "Cannot open the articles"),
                         lambda _: self.exit(return_code=2))

    def on_documents_loaded(self, message: DocumentsLoaded) -> None:
        self.docs = (message.left, message.right)
        self.store = message.store
        for side, pane in enumerate(self.panes):
            doc = self.docs[side]
            self.query_one(f"#title-{SIDE_NAMES[side]}", ArticleTitle).show_document(doc)
            pane.show_chrome = False
            pane.set_document(doc)
            pane.loading = False
        self.marks = list(message.session.marks)
        self._refresh_marks()
        if message.session.warning:
            self.notify(message.session.warning, title="Session", severity="warning", timeout=10)
        n_left, n_right = (len(d.alignable_ids) for d in self.docs)
        self._status = f"Aligning {n_left:,} × {n_right:,} sentences… (the panes can be read meanwhile)"
        self.query_one(DetailStrip).show_status(self._status)
        self._stage_started = time.perf_counter()
        self._status_timer = self.set_interval(1.0, self._tick_status)
        self.active_pane.focus()
        _freeze_heap()

    def on_alignment_ready(self, message: AlignmentReady) -> None:
        assert self.docs is not None
        from ..stats import coverage

        self.alignment = message.alignment
        self.align_seconds = message.seconds
        self.coverage = coverage(self.docs[0], self.docs[1], self.alignment)
        for side, pane in enumerate(self.panes):
            scores = self.alignment.best_scores(side)
            pane.set_alignment(set(scores), scores)
        self._linked_sorted = (sorted(self.alignment.linked_ids(0)), sorted(self.alignment.linked_ids(1)))
        self.ready = True
        cursor = self.active_pane.cursor
        if cursor is not None:
            self._follow(self.active, cursor)
        self._stage_started = time.perf_counter()
        if not self.quotes_done:
            self.query_one(QuoteSidebar).set_status("Finding quotes…")
        self.call_after_refresh(self._alignment_applied.set)
        _freeze_heap()

    def on_quotes_ready(self, message: QuotesReady) -> None:
        self.quote_report = message.report
        self.quotes_done = True
        if self._status_timer is not None:
            self._status_timer.stop()
        self.query_one(QuoteSidebar).set_report(message.report, message.note)
        self._show_quote_marks()
        _freeze_heap()

    # ----------------------------------------------------------------- following the cursor
    def on_cursor_moved(self, message: CursorMoved) -> None:
        self._cursor_moved(message.side, message.sentence_id)

    def _cursor_moved(self, side: int, sid: int) -> None:
        if side != self.active:
            self._set_active(side)
        self._follow(side, sid)

    def _follow(self, side: int, sid: int, extra: int | None = None) -> None:
        """Highlight the counterparts of `sid` in the other pane and, with linking on, centre them."""
        other = self.panes[1 - side]
        ids = self.alignment.counterparts(side, sid) if self.alignment is not None else []
        if extra is not None and extra not in ids:
            ids = [*ids, extra]
        other.set_counterparts(ids)
        self.panes[side].set_counterparts(())
        if self.linking and ids:
            other.show_sentences(ids, center=True)
        # The word diff and its wrapping cost a few ms: paint the highlight first, the detail a frame later.
        if not self._detail_pending:
            self._detail_pending = True
            self.call_after_refresh(self._deferred_detail)

    def _deferred_detail(self) -> None:
        self._detail_pending = False
        self._update_detail()

    def on_pane_scrolled(self, message: PaneScrolled) -> None:
        """Wheel scrolling: the other pane keeps the counterpart of the sentence at the centre in view."""
        if not self.linking or self.alignment is None:
            return
        pane = self.panes[message.side]
        centre = pane.centre_sentence()
        if centre is None:
            return
        linked = self._linked_sorted[message.side]
        if not linked:
            return
        k = bisect_left(linked, centre)
        nearest = min(linked[max(0, k - 1): k + 1], key=lambda i: abs(i - centre))
        ids = self.alignment.counterparts(message.side, nearest)
        if ids:
            self.panes[1 - message.side].show_sentences(ids, center=True)

    def on_quote_selected(self, message: QuoteSelected) -> None:
        target = message.target
        self._set_active(target.side)
        pane = self.panes[target.side]
        pane.move_cursor(target.sentence_id, notify=False, center=True)
        extra = message.counterpart.sentence_id if message.counterpart is not None else None
        self._follow(target.side, target.sentence_id, extra)

    def on_quote_mark_toggled(self, message: QuoteMarkToggled) -> None:
        """Mark a quote pair (kind "quote", quote ids); a quote only in one article cannot be marked."""
        from ..marks import Mark

        report = self.quote_report
        match = report.match_of(message.quote_id) if report is not None else None
        if match is None or match.left is None or match.right is None:
            self.notify("This quote has no counterpart in the other article: there is no pair to mark.",
                        severity="warning")
            return
        mark = Mark("quote", (match.left,), (match.right,))
        if mark in self.marks:
            self.marks.remove(mark)
            self.notify("Quote pair unmarked.")
        else:
            self.marks.append(mark)
            self.notify("Quote pair marked; e exports it with the marked alignments.")
        self._save_marks()

    def _set_active(self, side: int) -> None:
        self.active = side
        for n, pane in enumerate(self.panes):
            pane.set_active(n == side)
            self.query_one(f"#column-{SIDE_NAMES[n]}").set_class(n == side, "-active")

    # ----------------------------------------------------------------- detail strip
    def _current_links(self) -> list[Link]:
        cursor = self.active_pane.cursor
        if cursor is None or self.alignment is None:
            return []
        return self.alignment.links_of(self.active, cursor)

    def _update_detail(self) -> None:
        strip = self.query_one(DetailStrip)
        if self.docs is None or not strip.display:
            return
        cursor = self.active_pane.cursor
        if cursor is None:
            strip.show_status("This article has no sentences.")
            return
        if self.alignment is None:
            strip.show_status(self._status)
            return
        links = self._current_links()
        left_doc, right_doc = self.docs
        if links:
            left_ids = sorted({i for link in links for i in link.left})
            right_ids = sorted({j for link in links for j in link.right})
            score: float | None = max(link.score for link in links)
        else:
            left_ids, right_ids, score = ([cursor], [], None) if self.active == 0 else ([], [cursor], None)
        left = left_doc.text_of(left_ids)
        right = right_doc.text_of(right_ids)
        marked = bool(links) and all(self._mark_of(link) in self.marks for link in links)
        strip.show_pair(left, right, score, self.coverage, marked, self.active)

    # ----------------------------------------------------------------- marks
    @staticmethod
    def _mark_of(link: Link) -> Any:
        from ..marks import Mark

        return Mark("link", tuple(link.left), tuple(link.right))

    def _refresh_marks(self) -> None:
        left: set[int] = set()
        right: set[int] = set()
        for mark in self.marks:
            if mark.kind == "link":
                left.update(mark.left)
                right.update(mark.right)
        self.panes[0].set_marked(left)
        self.panes[1].set_marked(right)

    def action_toggle_mark(self) -> None:
        if not self.ready:
            self.notify("The alignment is still being computed.", severity="warning")
            return
        links = self._current_links()
        if not links:
            self.notify("This sentence has no counterpart: there is no pair to mark.", severity="warning")
            return
        wanted = [self._mark_of(link) for link in links]
        if all(mark in self.marks for mark in wanted):
            self.marks = [m for m in self.marks if m not in wanted]
        else:
            self.marks.extend(m for m in wanted if m not in self.marks)
        self._refresh_marks()
        self._update_detail()
        self._save_marks()

    def _show_quote_marks(self) -> None:
        ids = {q for m in self.marks if m.kind == "quote" for q in (*m.left, *m.right)}
        self.query_one(QuoteSidebar).set_marked(ids)

    def _save_marks(self) -> None:
        self._show_quote_marks()
        if self.store is None or self.docs is None:
            return
        try:
            self.store.save(self.docs[0], self.docs[1], self.marks)
        except ReaderError as exc:
            self.notify(str(exc), title="Marks not saved", severity="error", timeout=10)

    # ----------------------------------------------------------------- export
    def action_export(self) -> None:
        if not self.ready or self.docs is None:
            self.notify("The alignment is still being computed.", severity="warning")
            return
        from ..render.marks_md import default_export_name

        count = len(self.marks)
        if not count:
            self.notify("Nothing is marked yet: press space on a pair to mark it.", severity="warning")
            return
        name = default_export_name(self.docs[0], self.docs[1])
        # A bare name is a file in the current directory; tests pass an explicit folder.
        proposed = name if self.export_dir is None else str(self.export_dir / name)
        self.push_screen(ExportDialog(proposed, count), self._export_to)

    def _export_to(self, name: str | None) -> None:
        if not name:
            return
        path = Path(name).expanduser()
        if not path.is_absolute() and self.export_dir is not None:
            path = self.export_dir / path
        if path.exists():
            self.push_screen(ConfirmDialog(f"{path} already exists. Overwrite it?"),
                             lambda yes: self._write_export(path, overwrite=True) if yes else None)
            return
        self._write_export(path, overwrite=False)

    def _write_export(self, path: Path, *, overwrite: bool) -> None:
        assert self.docs is not None and self.alignment is not None
        from ..atomic import write_text_atomic
        from ..render.marks_md import render_export

        text = render_export(self.docs[0], self.docs[1], self.alignment, self.marks,
                             today=self.today or date.today(), quotes=self.quote_report)
        try:
            write_text_atomic(path, text, overwrite=overwrite)
        except FileExistsError:
            self.push_screen(ConfirmDialog(f"{path} already exists. Overwrite it?"),
                             lambda yes: self._write_export(path, overwrite=True) if yes else None)
            return
        except ReaderError as exc:
            self.push_screen(ErrorDialog(f"Export failed: {exc}. Your marks are kept.", "Export"))
            return
        self.notify(f"Exported to {path.resolve()}", title="Export")

    # ----------------------------------------------------------------- search
    def action_search(self) -> None:
        if self.docs is None:
            return
        self.push_screen(SearchDialog(SIDE_NAMES[self.active], getattr(self, "_last_query", "")),
                         self._search_for)

    def _search_for(self, query: str | None) -> None:
        if not query:
            return
        self._last_query = query
        pane = self.active_pane
        count = pane.set_search(query)
        if not count:
            self.notify(f"No match for “{query}” in the {SIDE_NAMES[self.active]} article.",
                        severity="warning")
            return
        self.notify(f"{count} match{'es' if count != 1 else ''} for “{query}”; n / N for next and previous.")
        pane.move_cursor(pane.match_after(True, include_current=True))

    def _search_step(self, forward: bool) -> None:
        pane = self.active_pane
        target = pane.match_after(forward)
        if target is None:
            query = getattr(self, "_last_query", "")
            side = SIDE_NAMES[self.active]
            message = (f"No match for “{query}” in the {side} article; press / to search again."
                       if query else "No search yet: press / to search.")
            self.notify(message, severity="warning")
            return
        pane.move_cursor(target)

    def action_search_next(self) -> None:
        self._search_step(True)

    def action_search_prev(self) -> None:
        self._search_step(False)

    # ----------------------------------------------------------------- toggles and panes
    def action_switch_pane(self) -> None:
        old = self.active_pane
        new_side = 1 - self.active
        new = self.panes[new_side]
        counterparts = sorted(new.counterparts)
        self._set_active(new_side)
        new.focus()
        if self.linking and counterparts:
            new.move_cursor(counterparts[0])
        elif new.cursor is not None:
            self._follow(new_side, new.cursor)
        old.refresh()

    def action_toggle_linking(self) -> None:
        self.linking = not self.linking
        self.notify("Linking on: the other pane follows." if self.linking
                    else "Linking off: each pane keeps its own position.")
        if self.linking and self.active_pane.cursor is not None:
            self._follow(self.active, self.active_pane.cursor)

    def action_toggle_sidebar(self) -> None:
        sidebar = self.query_one(QuoteSidebar)
        sidebar.display = not sidebar.display
        if not sidebar.display and sidebar.has_focus_within:
            self.active_pane.focus()

    def action_focus_sidebar(self) -> None:
        sidebar = self.query_one(QuoteSidebar)
        if sidebar.has_focus_within:
            self.active_pane.focus()
            return
        sidebar.display = True
        sidebar.focus_list()

    def action_toggle_detail(self) -> None:
        strip = self.query_one(DetailStrip)
        strip.display = not strip.display
        self._update_detail()

    def action_toggle_chrome(self) -> None:
        for pane in self.panes:
            pane.set_show_chrome(not pane.show_chrome)
        shown = self.panes[0].show_chrome
        self.notify("Page chrome shown (dimmed)." if shown else "Page chrome folded away.")

    def action_help(self) -> None:
        self.push_screen(HelpScreen(help_rows()))

    def run_command(self, action: str) -> None:
        """Run an action from the command palette on the pane or the app that owns it."""
        if action in _own_actions(ArticlePane.BINDINGS):
            self.call_later(self.active_pane.run_action, action)
        elif action in _own_actions(QuoteSidebar.BINDINGS):
            self.call_later(self.query_one(QuoteSidebar).run_action, action)
        else:
            self.call_later(self.run_action, action.removeprefix("app."))


def _bindings(items: list[BindingType]) -> list[Binding]:
    return [b for b in items if isinstance(b, Binding)]


def _own_actions(items: list[BindingType]) -> set[str]:
    """Actions a widget runs itself (not forwarded to the app with an `app.` prefix)."""
    return {b.action for b in _bindings(items) if not b.action.startswith("app.")}


def help_rows() -> list[tuple[str, str, str]]:
    """(keys, description, action) for every key of the reading screen, pane keys first."""
    rows: list[tuple[str, str, str]] = []
    seen: set[str] = set()
    every = _bindings(ArticlePane.BINDINGS) + _bindings(ReaderApp.BINDINGS) + _bindings(QuoteSidebar.BINDINGS)
    for binding in every:
        if binding.action in seen:
            continue
        seen.add(binding.action)
        keys = [b.key for b in every if b.action == binding.action]
        rows.append((_key_names(",".join(keys)), binding.tooltip or binding.description, binding.action))
    rows.append(("ctrl+p", "Command palette (every action)", "command_palette"))
    return rows


_KEY_NAMES = {
    "down": "↓", "up": "↑", "pagedown": "PgDn", "pageup": "PgUp", "home": "Home", "end": "End",
    "right_square_bracket": "]", "left_square_bracket": "[", "tab": "Tab", "shift+tab": "Shift+Tab",
    "space": "Space", "slash": "/", "question_mark": "?", "f1": "F1", "escape": "Esc",
}


def _key_names(keys: str) -> str:
    return " ".join(_KEY_NAMES.get(k, k) for k in keys.split(","))


def _freeze_heap() -> None:
    """Move every object alive now (documents, layouts, alignment, quotes) out of the collector's view.

    A 10k-sentence pair is millions of objects; each full collection walked all of them (median 47 ms, up to
    65 ms in bench/ui_large.py) and landed in the middle of cursor moves, which made their 99th percentile.
    These objects live as long as the app anyway; frozen, a full collection only walks what came after.
    """
    gc.freeze()


def _describe(exc: BaseException) -> str:
    """One sentence for the user about a failed background job."""
    from concurrent.futures import CancelledError
    from concurrent.futures.process import BrokenProcessPool

    if isinstance(exc, BrokenProcessPool):
        return "the worker process stopped unexpectedly"
    if isinstance(exc, CancelledError):
        return "it was cancelled"
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__


def _source_bytes(sources: tuple[str, str]) -> int:
    """Combined size of local source files (0 for URLs and anything unreadable): a cheap size guess."""
    total = 0
    for source in sources:
        with contextlib.suppress(OSError, ValueError):
            total += Path(source).stat().st_size
    return total


def run_app(left: str, right: str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> int:
    """Open the reading interface on two sources; the exit code (2 after an input error)."""
    app = ReaderApp(left, right, max_bytes=max_bytes)
    app.run()
    return app.return_code or 0
