"""The reading interface: two linked article panes, a detail strip, a quotes sidebar, marks and export.

The app composes the screen, declares the keys, routes messages and keys, and holds what the screen shows as
reactives. What is read lives in `state.ReadingState`, loading and analysis in `analysis.AnalysisRunner`,
the linked panes in `widgets.reading_view`, the dialogs in `export_flow` and `search_flow`, keys in `keys`.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from textual import events, work
from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.reactive import var

from .. import startup_gc
from ..ingest.read import DEFAULT_MAX_BYTES
from ..resources import stylesheet_paths
from . import messages
from .analysis import THREAD_GRACE, AnalysisRunner, Job, Stage, freeze_heap
from .changes_flow import CHANGES_BINDINGS, ChangesActions
from .keys import PANE_ACTIONS, SIDEBAR_ACTIONS, help_rows
from .literal import LiteralNotifications
from .readout import Readout
from .review_flow import REVIEW_BINDINGS, ReviewActions
from .search_flow import PaneSearch
from .state import ReadingState, Side, other_side
from .theme_memory import ThemeMemory
from .widgets.article_pane import ArticlePane
from .widgets.detail_strip import DetailStrip
from .widgets.footer import PriorityFooter
from .widgets.reading_view import ReadingView
from .widgets.sidebar import QuoteSidebar

if TYPE_CHECKING:
    from textual.command import Provider

def _reader_commands() -> type[Provider]:
    from .commands import ReaderCommands

    return ReaderCommands


#: Below this terminal width the sidebar starts hidden (the panes need the room); `s` shows it.
SIDEBAR_MIN_WIDTH = 110


class ReaderApp(ChangesActions, ReviewActions, LiteralNotifications, Readout, App[None]):
    """Two articles side by side, linked by their sentence alignment."""

    CSS_PATH: ClassVar[list[str | Path]] = list(stylesheet_paths())
    TITLE = "reader"
    #: Keys typed while the articles load must reach the pane, not the sidebar's filter box.
    AUTO_FOCUS: ClassVar[str | None] = "#pane-left"
    COMMANDS: ClassVar = App.COMMANDS | {_reader_commands}  # imported when the palette first opens
    #: Toasts show at the top right (styles/screen.tcss), away from the detail strip, and leave soon.
    NOTIFICATION_TIMEOUT = 3
    #: The worker-process jobs (None: `reader.ui.background.align_job` / `quotes_job`); tests swap them.
    ALIGN_JOB: ClassVar[Job | None] = None
    QUOTES_JOB: ClassVar[Job | None] = None

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("space", "toggle_mark", "Mark", id="mark-toggle", key_display="Space",
                tooltip="Mark or unmark the current pair, or a sentence only one article has (saved)"),
        Binding("e", "export", "Export", id="export", tooltip="Export the marked pairs to Markdown"),
        *REVIEW_BINDINGS,
        *CHANGES_BINDINGS,
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
        Binding("D", "expand_detail", "Whole pair", id="detail-expand", show=False,
                tooltip="The whole pair in the detail strip (up to half the screen), and back"),
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
    #: Page chrome shown (dimmed) or folded away; the sidebar shown. Both bound into the view.
    show_chrome = var(False, init=False)
    show_sidebar = var(True, init=False)
    show_detail = var(True, init=False)
    #: Sentence numbers in the panes' gutters (`#`).
    show_numbers = var(False, init=False)
    #: Progress of the reading and the alignment, bound into the detail strip.
    status = var("Reading the articles…", init=False)

    def __init__(self, left: str, right: str, *, max_bytes: int = DEFAULT_MAX_BYTES,
                 data_dir: Path | None = None, today: date | None = None, export_dir: Path | None = None,
                 process_min_sentences: int | None = None, start_theme: str | None = None,
                 timeout: float | None = None) -> None:
        super().__init__()
        self.theme_memory = ThemeMemory(self)
        self.theme_memory.apply(start_theme)  # `--theme`, else the remembered theme
        self.sources = (left, right)
        self.today = today
        self.export_dir = export_dir
        self.state = ReadingState()
        self.analysis = AnalysisRunner(
            self, self.sources, max_bytes=max_bytes, data_dir=data_dir, timeout=timeout,
            process_min_sentences=process_min_sentences, align_job=type(self).ALIGN_JOB,
            quotes_job=type(self).QUOTES_JOB, progress=self._progress)
        self._detail_pending = False
        self._narrow = False
        self._view: ReadingView | None = None
        self.search = PaneSearch()

    def compose(self) -> ComposeResult:
        yield ReadingView(self.sources, self.state, id="main").data_bind(
            ReaderApp.linking, ReaderApp.active, ReaderApp.show_chrome, ReaderApp.show_sidebar,
            ReaderApp.show_numbers)
        self.detail = DetailStrip(id="detail")  # kept: the cursor path updates it on every move
        yield self.detail.data_bind(ReaderApp.status)
        yield PriorityFooter()

    @property
    def view(self) -> ReadingView:
        if self._view is None:  # looked up once: the cursor path uses it on every move
            self._view = self.query_one(ReadingView)
        return self._view

    @property
    def panes(self) -> tuple[ArticlePane, ArticlePane]:
        return self.view.panes

    @property
    def active_pane(self) -> ArticlePane:
        return self.view.panes[self.active]

    def on_load(self) -> None:
        startup_gc.pause()  # until the first paint (reader/startup_gc.py)

    def on_mount(self) -> None:
        self.view.set_loading(True)
        self._narrow = self.size.width < SIDEBAR_MIN_WIDTH
        self.show_sidebar = not self._narrow
        for pane in self.panes:
            pane.cursor_listener = self._cursor_moved  # the fast path: see `ArticlePane.cursor_listener`
        # Paint the first screen before the reading competes with it for the GIL.
        self.call_after_refresh(startup_gc.resume)
        self.call_after_refresh(self.analysis.start)

    def on_resize(self, event: events.Resize) -> None:
        """Crossing the sidebar's width threshold hides it (narrower) or brings it back (wider), as starting
        at that width would; the panes re-centre on their cursor (`ReadingView.on_resize`)."""
        narrow = event.size.width < SIDEBAR_MIN_WIDTH
        if narrow != self._narrow:
            self._narrow = narrow
            self.show_sidebar = not narrow

    def on_unmount(self) -> None:
        """Quitting: cancel the analysis and end the worker process now, without waiting for it."""
        self.analysis.cancel()
        startup_gc.resume()  # if it quit before its first paint

    def watch_linking(self, linking: bool) -> None:
        self.notify("Linking on: the other pane follows." if linking
                    else "Linking off: each pane keeps its own position.")

    def watch_show_chrome(self, shown: bool) -> None:
        self.notify("Page chrome shown (dimmed)." if shown else "Page chrome folded away.")

    def watch_theme(self, name: str) -> None:
        self.theme_memory.changed(name)  # a theme picked in the app is remembered (ui/theme_memory.py)

    def watch_show_detail(self, shown: bool) -> None:
        self.detail.display = shown
        self._update_detail()

    def _progress(self, stage: Stage, text: str) -> None:
        """A progress line of the analysis: in the detail strip while aligning, then in the sidebar."""
        if stage == "align":
            self.status = text
        elif not self.quotes_done:
            self.query_one(QuoteSidebar).set_status(text)

    # ----------------------------------------------------------------- analysis results
    def on_load_failed(self, message: messages.LoadFailed) -> None:
        from .dialogs.error import ErrorDialog

        self.view.set_loading(False)
        self.push_screen(ErrorDialog(message.message, "Cannot open the articles"),
                         lambda _: self.exit(return_code=2))

    def on_analysis_failed(self, message: messages.AnalysisFailed) -> None:
        self.quotes_done = True
        self.analysis.stop_clock()
        self.status = f"The {message.stage} failed: {message.message}. The panes can still be read."
        self.query_one(QuoteSidebar).set_report(None, f"No quotes: the {message.stage} failed.")
        self.notify(message.message, title=f"The {message.stage} failed", severity="error", timeout=15)

    def on_documents_loaded(self, message: messages.DocumentsLoaded) -> None:
        self.state.set_documents(message.left, message.right, message.session.marks, message.store,
                                 message.session.corrections)
        self.view.show_documents()
        if message.session.warning:
            self.notify(message.session.warning, title="Session", severity="warning", timeout=10)
        self.analysis.start_clock("align", self.state.sizes())
        self.active_pane.focus()
        self.call_after_refresh(self.screen.refresh_bindings)  # the pane's keys, now it can hold the focus
        freeze_heap()

    def on_alignment_ready(self, message: messages.AlignmentReady) -> None:
        self.state.set_alignment(message.alignment)
        self.analysis.align_seconds = message.seconds
        self.view.show_alignment()
        self.ready = True
        cursor = self.active_pane.cursor
        if cursor is not None:
            self._follow(self.active, cursor)
        self.analysis.start_clock("quotes")
        self.call_after_refresh(self.analysis.alignment_applied.set)
        freeze_heap()

    def on_quotes_ready(self, message: messages.QuotesReady) -> None:
        self.state.quote_report = message.report
        self.quotes_done = True
        self.analysis.stop_clock()
        self.query_one(QuoteSidebar).set_report(message.report, message.note)
        self.view.show_marks()
        self.find_changes()
        freeze_heap()

    # ----------------------------------------------------------------- following the cursor
    def _cursor_moved(self, side: Side, sid: int) -> None:
        """A pane's cursor moved: called by the pane itself, so the counterpart shows in the same frame (the
        pane's `CursorMoved` message is only the fallback of a pane without a listener)."""
        self.active = side
        self._follow(side, sid)

    def _follow(self, side: Side, sid: int, extra: int | None = None) -> None:
        """Highlight the counterparts of `sid` in the other pane and, with linking on, center them."""
        self.view.follow(side, sid, extra)
        self.draw_changes(side, sid)
        # The word diff and its wrapping cost a few ms: paint the highlight first, the detail a frame later.
        if not self._detail_pending:
            self._detail_pending = True
            self.call_after_refresh(self._update_detail)

    def _update_detail(self) -> None:
        self._detail_pending = False
        strip = self.detail
        if self.state.docs is not None and strip.display:
            strip.show_at(self.state, self.active, self.active_pane.cursor)

    def on_quote_selected(self, message: messages.QuoteSelected) -> None:
        target = message.target
        self.active = target.side
        self.panes[target.side].move_cursor(target.sentence_id, notify=False, center=True)
        extra = message.counterpart.sentence_id if message.counterpart is not None else None
        self._follow(target.side, target.sentence_id, extra)

    @work(group="export")
    async def action_export(self) -> None:
        from .export_flow import export_marks

        await export_marks(self, self.state, export_dir=self.export_dir, today=self.today)

    @work(group="search")
    async def action_search(self) -> None:
        if self.state.docs is not None:
            await self.search.ask(self, self.active_pane, self.active)

    def action_search_next(self) -> None:
        self.search.step(self, self.active_pane, self.active, forward=True)

    def action_search_prev(self) -> None:
        self.search.step(self, self.active_pane, self.active, forward=False)

    # ----------------------------------------------------------------- toggles and panes
    def action_switch_pane(self) -> None:
        old = self.active_pane
        self.active = other_side(self.active)
        cursor = self.active_pane.cursor
        if not self.view.enter_pane(self.active) and cursor is not None:
            self._follow(self.active, cursor)
        old.refresh()

    def action_toggle_linking(self) -> None:
        self.linking = not self.linking

    def action_toggle_sidebar(self) -> None:
        self.show_sidebar = not self.show_sidebar

    def action_focus_sidebar(self) -> None:
        sidebar = self.query_one(QuoteSidebar)
        if sidebar.has_focus_within:
            self.active_pane.focus()
            return
        self.show_sidebar = True
        sidebar.focus_list()

    def action_toggle_detail(self) -> None:
        self.show_detail = not self.show_detail

    def action_expand_detail(self) -> None:
        strip = self.detail
        strip.expanded = not strip.expanded
        self.show_detail = True

    def action_toggle_chrome(self) -> None:
        self.show_chrome = not self.show_chrome

    def action_help(self) -> None:
        from .dialogs.help import HelpScreen

        self.push_screen(HelpScreen(help_rows(self.BINDINGS)))

    def run_command(self, action: str) -> None:
        """Run an action from the command palette on the pane, the sidebar or the app that owns it."""
        owner = (self.active_pane if action in PANE_ACTIONS
                 else self.query_one(QuoteSidebar) if action in SIDEBAR_ACTIONS else self)
        self.call_later(owner.run_action, action)


def run_app(left: str, right: str, *, max_bytes: int = DEFAULT_MAX_BYTES, timeout: float | None = None,
            theme: str | None = None) -> int:
    """Open the reading interface on two sources (`timeout`: seconds a URL's whole download may take); the
    exit code (2 after an input error)."""
    app = ReaderApp(left, right, max_bytes=max_bytes, timeout=timeout, start_theme=theme)
    app.run()
    app.analysis.join_threads(THREAD_GRACE)
    return app.return_code or 0
