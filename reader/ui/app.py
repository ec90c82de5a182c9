"""The reading interface: two linked article panes, a detail strip, a quotes sidebar, marks and export.

The app composes the screen, declares the keys and routes messages and keys; its state lives elsewhere:
what is read (documents, alignment, marks, quotes) in `reader.ui.state.ReadingState`, the loading and
analysis in `reader.ui.analysis.AnalysisRunner` (results come back as `reader.ui.messages`), the export
dialogs in `reader.ui.export_flow`, the help rows and key names in `reader.ui.keys`. What the screen shows
(linking, the active pane, chrome, sidebar, detail strip, progress lines) is reactive here; the `watch_`
methods pass it on to the widgets.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from textual import work
from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.reactive import var
from textual.widgets import Footer

from ..errors import ReaderError
from ..ingest import DEFAULT_MAX_BYTES
from ..resources import stylesheet_paths
from .analysis import AnalysisRunner, Stage, freeze_heap
from .commands import ReaderCommands
from .dialogs.error import ErrorDialog
from .dialogs.help import HelpScreen
from .dialogs.prompt import SearchDialog
from .export_flow import export_marks
from .keys import PANE_ACTIONS, SIDEBAR_ACTIONS, help_rows
from .messages import (
    AlignmentReady,
    AnalysisFailed,
    DocumentsLoaded,
    LoadFailed,
    PaneScrolled,
    QuoteMarkToggled,
    QuoteSelected,
    QuotesReady,
)
from .state import SIDE_NAMES, ReadingState, Side, other_side
from .widgets.article_pane import ArticlePane
from .widgets.detail_strip import DetailStrip
from .widgets.header import ArticleTitle
from .widgets.sidebar import QuoteSidebar

if TYPE_CHECKING:
    from ..alignment import Alignment
    from ..document import Document
    from ..marks import Mark
    from ..quotes.model import QuoteReport
    from .background import AnalysisProcess

#: Below this terminal width the sidebar starts hidden (the panes need the room); `s` shows it.
SIDEBAR_MIN_WIDTH = 110


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

    #: The other pane follows the cursor (and the wheel) of the active one.
    linking = var(True, init=False)
    #: The side of the pane with the cursor (the one keys act on).
    active: var[Side] = var[Side](0, init=False)
    #: The alignment has arrived and is applied; quotes_done: the quote report (or its failure) too.
    ready = var(False, init=False)
    quotes_done = var(False, init=False)
    #: Page chrome shown (dimmed) or folded away; bound into both panes.
    show_chrome = var(False, init=False)
    show_sidebar = var(True, init=False)
    show_detail = var(True, init=False)
    #: Progress of the reading and the alignment (detail strip), of the quote analysis (sidebar).
    status = var("Reading the articles…", init=False)
    quote_status = var("", init=False)

    def __init__(self, left: str, right: str, *, max_bytes: int = DEFAULT_MAX_BYTES,
                 data_dir: Path | None = None, today: date | None = None, export_dir: Path | None = None,
                 process_min_sentences: int | None = None) -> None:
        super().__init__()
        self.sources = (left, right)
        self.today = today
        self.export_dir = export_dir
        self.state = ReadingState()
        self.analysis = AnalysisRunner(
            self, self.sources, max_bytes=max_bytes, data_dir=data_dir,
            process_min_sentences=process_min_sentences, align_job=type(self).ALIGN_JOB,
            quotes_job=type(self).QUOTES_JOB, progress=self._progress)
        self._detail_pending = False
        self._panes: tuple[ArticlePane, ArticlePane] | None = None
        self._last_query = ""

    # ----------------------------------------------------------------- layout
    def compose(self) -> ComposeResult:
        with Horizontal(id="main"):
            for side in (0, 1):
                with Vertical(classes="pane-column", id=f"column-{SIDE_NAMES[side]}"):
                    yield ArticleTitle(classes="article-title", id=f"title-{SIDE_NAMES[side]}")
                    yield ArticlePane(side, id=f"pane-{SIDE_NAMES[side]}").data_bind(ReaderApp.show_chrome)
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

    # What tests and bench/ read of the state and the analysis.
    @property
    def docs(self) -> tuple[Document, Document] | None:
        return self.state.docs

    @property
    def alignment(self) -> Alignment | None:
        return self.state.alignment

    @property
    def marks(self) -> list[Mark]:
        return self.state.marks

    @property
    def quote_report(self) -> QuoteReport | None:
        return self.state.quote_report

    @property
    def analysis_mode(self) -> str | None:
        return self.analysis.mode

    @property
    def align_seconds(self) -> float | None:
        return self.analysis.align_seconds

    @property
    def _worker(self) -> AnalysisProcess | None:
        return self.analysis.process

    def on_mount(self) -> None:
        for side, pane in enumerate(self.panes):
            pane.loading = True
            self.query_one(f"#title-{SIDE_NAMES[side]}", ArticleTitle).show_document(
                None, f"Opening {self.sources[side]}…")
        self.show_sidebar = self.size.width >= SIDEBAR_MIN_WIDTH
        self.query_one(DetailStrip).show_status(self.status)
        for pane in self.panes:
            pane.cursor_listener = self._cursor_moved  # the fast path: see `ArticlePane.cursor_listener`
        self.watch_active(0)
        # Paint the first screen before the reading competes with it for the GIL.
        self.call_after_refresh(self.analysis.start)

    def on_unmount(self) -> None:
        """Quitting: cancel the analysis and end the worker process now, without waiting for it."""
        self.analysis.cancel()

    # ----------------------------------------------------------------- reactives
    def watch_active(self, side: Side) -> None:
        for n, pane in enumerate(self.panes):
            pane.active = n == side
            self.query_one(f"#column-{SIDE_NAMES[n]}").set_class(n == side, "-active")

    def watch_linking(self, linking: bool) -> None:
        self.notify("Linking on: the other pane follows." if linking
                    else "Linking off: each pane keeps its own position.")
        if linking and self.active_pane.cursor is not None:
            self._follow(self.active, self.active_pane.cursor)

    def watch_show_chrome(self, shown: bool) -> None:
        self.notify("Page chrome shown (dimmed)." if shown else "Page chrome folded away.")

    def watch_show_sidebar(self, shown: bool) -> None:
        sidebar = self.query_one(QuoteSidebar)
        sidebar.display = shown
        if not shown and sidebar.has_focus_within:
            self.active_pane.focus()

    def watch_show_detail(self, shown: bool) -> None:
        self.query_one(DetailStrip).display = shown
        self._update_detail()

    def watch_status(self, status: str) -> None:
        self.query_one(DetailStrip).show_status(status)

    def watch_quote_status(self, status: str) -> None:
        self.query_one(QuoteSidebar).set_status(status)

    def _progress(self, stage: Stage, text: str) -> None:
        if self.quotes_done:
            return
        if stage == "align":
            self.status = text
        else:
            self.quote_status = text

    # ----------------------------------------------------------------- analysis results
    def on_load_failed(self, message: LoadFailed) -> None:
        for pane in self.panes:
            pane.loading = False
        self.push_screen(ErrorDialog(message.message, "Cannot open the articles"),
                         lambda _: self.exit(return_code=2))

    def on_analysis_failed(self, message: AnalysisFailed) -> None:
        self.quotes_done = True
        self.analysis.stop_clock()
        self.status = f"The {message.stage} failed: {message.message}. The panes can still be read."
        self.query_one(QuoteSidebar).set_report(None, f"No quotes: the {message.stage} failed.")
        self.notify(message.message, title=f"The {message.stage} failed", severity="error", timeout=15)

    def on_documents_loaded(self, message: DocumentsLoaded) -> None:
        self.state.set_documents(message.left, message.right, message.session.marks, message.store)
        for side, pane in enumerate(self.panes):
            doc = (message.left, message.right)[side]
            self.query_one(f"#title-{SIDE_NAMES[side]}", ArticleTitle).show_document(doc)
            pane.set_document(doc)
            pane.loading = False
        self._show_marks()
        if message.session.warning:
            self.notify(message.session.warning, title="Session", severity="warning", timeout=10)
        sizes = (len(message.left.alignable_ids), len(message.right.alignable_ids))
        self.analysis.start_clock("align", sizes)
        self.status = self.analysis.status_line("align")
        self.active_pane.focus()
        freeze_heap()

    def on_alignment_ready(self, message: AlignmentReady) -> None:
        self.state.set_alignment(message.alignment)
        self.analysis.align_seconds = message.seconds
        for side, pane in enumerate(self.panes):
            scores = self.state.scores[side]
            pane.set_alignment(set(scores), scores)
        self.ready = True
        cursor = self.active_pane.cursor
        if cursor is not None:
            self._follow(self.active, cursor)
        self.analysis.start_clock("quotes")
        if not self.quotes_done:
            self.quote_status = self.analysis.status_line("quotes")
        self.call_after_refresh(self.analysis.alignment_applied.set)
        freeze_heap()

    def on_quotes_ready(self, message: QuotesReady) -> None:
        self.state.quote_report = message.report
        self.quotes_done = True
        self.analysis.stop_clock()
        self.query_one(QuoteSidebar).set_report(message.report, message.note)
        self._show_marks()
        freeze_heap()

    # ----------------------------------------------------------------- following the cursor
    def _cursor_moved(self, side: Side, sid: int) -> None:
        """A pane's cursor moved (called synchronously by the pane: the highlight shows in the same frame).

        The panes' `CursorMoved` message is the fallback of a pane without a listener; the app never gets it.
        """
        self.active = side
        self._follow(side, sid)

    def _follow(self, side: Side, sid: int, extra: int | None = None) -> None:
        """Highlight the counterparts of `sid` in the other pane and, with linking on, center them."""
        other = self.panes[other_side(side)]
        ids = self.state.counterparts(side, sid)
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

    def _update_detail(self) -> None:
        strip = self.query_one(DetailStrip)
        if self.state.docs is None or not strip.display:
            return
        cursor = self.active_pane.cursor
        pair = None if cursor is None else self.state.pair_at(self.active, cursor)
        if pair is None:
            strip.show_status("This article has no sentences." if cursor is None else self.status)
            return
        strip.show_pair(pair.left_text, pair.right_text, pair.score, self.state.coverage, pair.marked,
                        self.active)

    def on_pane_scrolled(self, message: PaneScrolled) -> None:
        """Wheel scrolling: the other pane keeps the counterpart of the sentence at the center in view."""
        if not self.linking or self.state.alignment is None:
            return
        center = self.panes[message.side].center_sentence()
        nearest = None if center is None else self.state.nearest_linked(message.side, center)
        ids = [] if nearest is None else self.state.counterparts(message.side, nearest)
        if ids:
            self.panes[other_side(message.side)].show_sentences(ids, center=True)

    def on_quote_selected(self, message: QuoteSelected) -> None:
        target = message.target
        self.active = target.side
        self.panes[target.side].move_cursor(target.sentence_id, notify=False, center=True)
        extra = message.counterpart.sentence_id if message.counterpart is not None else None
        self._follow(target.side, target.sentence_id, extra)

    # ----------------------------------------------------------------- marks
    def action_toggle_mark(self) -> None:
        if not self.ready:
            self.notify("The alignment is still being computed.", severity="warning")
            return
        if self.state.toggle_mark(self.active, self.active_pane.cursor) is None:
            self.notify("This sentence has no counterpart: there is no pair to mark.", severity="warning")
            return
        self._show_marks()
        self._update_detail()
        self._save_marks()

    def on_quote_mark_toggled(self, message: QuoteMarkToggled) -> None:
        """Mark a quote pair (kind "quote", quote ids); a quote only in one article cannot be marked."""
        marked = self.state.toggle_quote_mark(message.quote_id)
        if marked is None:
            self.notify("This quote has no counterpart in the other article: there is no pair to mark.",
                        severity="warning")
            return
        self.notify("Quote pair marked; e exports it with the marked alignments." if marked
                    else "Quote pair unmarked.")
        self._show_marks()
        self._save_marks()

    def _show_marks(self) -> None:
        for side, pane in enumerate(self.panes):
            pane.set_marked(self.state.marked_ids(side))
        self.query_one(QuoteSidebar).set_marked(self.state.marked_quotes())

    def _save_marks(self) -> None:
        try:
            self.state.save()
        except ReaderError as exc:
            self.notify(str(exc), title="Marks not saved", severity="error", timeout=10)

    @work(group="export")
    async def action_export(self) -> None:
        await export_marks(self, self.state, export_dir=self.export_dir, today=self.today)

    # ----------------------------------------------------------------- search
    def action_search(self) -> None:
        if self.state.docs is not None:
            self.push_screen(SearchDialog(SIDE_NAMES[self.active], self._last_query), self._search_for)

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
        target = self.active_pane.match_after(forward)
        if target is not None:
            self.active_pane.move_cursor(target)
            return
        side = SIDE_NAMES[self.active]
        self.notify(f"No match for “{self._last_query}” in the {side} article; press / to search again."
                    if self._last_query else "No search yet: press / to search.", severity="warning")

    def action_search_next(self) -> None:
        self._search_step(True)

    def action_search_prev(self) -> None:
        self._search_step(False)

    # ----------------------------------------------------------------- toggles and panes
    def action_switch_pane(self) -> None:
        old = self.active_pane
        new_side = other_side(self.active)
        new = self.panes[new_side]
        counterparts = sorted(new.counterparts)
        self.active = new_side
        new.focus()
        if self.linking and counterparts:
            new.move_cursor(counterparts[0])
        elif new.cursor is not None:
            self._follow(new_side, new.cursor)
        old.refresh()

    def action_toggle_linking(self) -> None:
        self.linking = not self.linking

    def action_toggle_sidebar(self) -> None:
        self.show_sidebar = not self.query_one(QuoteSidebar).display

    def action_focus_sidebar(self) -> None:
        sidebar = self.query_one(QuoteSidebar)
        if sidebar.has_focus_within:
            self.active_pane.focus()
            return
        self.show_sidebar = True
        sidebar.focus_list()

    def action_toggle_detail(self) -> None:
        self.show_detail = not self.show_detail

    def action_toggle_chrome(self) -> None:
        self.show_chrome = not self.show_chrome

    def action_help(self) -> None:
        self.push_screen(HelpScreen(help_rows(self.BINDINGS)))

    def run_command(self, action: str) -> None:
        """Run an action from the command palette on the pane or the app that owns it."""
        if action in PANE_ACTIONS:
            self.call_later(self.active_pane.run_action, action)
        elif action in SIDEBAR_ACTIONS:
            self.call_later(self.query_one(QuoteSidebar).run_action, action)
        else:
            self.call_later(self.run_action, action.removeprefix("app."))


def run_app(left: str, right: str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> int:
    """Open the reading interface on two sources; the exit code (2 after an input error)."""
    app = ReaderApp(left, right, max_bytes=max_bytes)
    app.run()
    return app.return_code or 0
