"""The reading view: both article columns (title above pane) and the quotes sidebar, kept linked.

The app owns `linking`, `active`, `show_chrome` and `show_sidebar` and binds them in (`data_bind`, as
toolong's `LogView` receives its settings); this container passes them on to its panes, draws what the app's
`ReadingState` holds, and keeps the other pane on the counterparts of a cursor, or of the sentence at the
center of a scrolled pane.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.reactive import var

from ..literal import literal
from ..messages import PaneScrolled
from ..state import SIDE_NAMES, Side, other_side
from .article_pane import ArticlePane
from .header import ArticleTitle
from .sidebar import QuoteSidebar

if TYPE_CHECKING:
    from ..state import ReadingState


class ReadingView(Horizontal):
    """Two article columns and the sidebar; the other pane follows the active one while `linking`."""

    linking = var(True, init=False)
    active: var[Side] = var[Side](0, init=False)
    show_chrome = var(False, init=False)
    show_sidebar = var(True, init=False)
    show_numbers = var(False, init=False)

    def __init__(self, sources: tuple[str, str], state: ReadingState, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.sources = sources
        self.state = state
        self._panes: tuple[ArticlePane, ArticlePane] | None = None

    def compose(self) -> ComposeResult:
        for side in (0, 1):
            # The active column's class from the start: set on mount, it restyled the column and all in it.
            active = " -active" if side == self.active else ""
            with Vertical(classes="pane-column" + active, id=f"column-{SIDE_NAMES[side]}"):
                opening = literal(f"Opening {self.sources[side]}…", one_line=True)
                yield ArticleTitle(opening, classes="article-title", id=f"title-{SIDE_NAMES[side]}")
                yield ArticlePane(side, id=f"pane-{SIDE_NAMES[side]}").data_bind(ReadingView.show_chrome,
                                                                                  ReadingView.show_numbers)
        yield QuoteSidebar(id="sidebar")

    @property
    def panes(self) -> tuple[ArticlePane, ArticlePane]:
        if self._panes is None:  # looked up once: the cursor path uses them on every move
            self._panes = (self.query_one("#pane-left", ArticlePane),
                           self.query_one("#pane-right", ArticlePane))
        return self._panes

    def on_mount(self) -> None:
        self.watch_active(self.active)

    def watch_active(self, side: Side) -> None:
        if not self.is_mounted:
            return
        for n, pane in enumerate(self.panes):
            pane.active = n == side
            self.query_one(f"#column-{SIDE_NAMES[n]}").set_class(n == side, "-active")

    def watch_linking(self, linking: bool) -> None:
        cursor = self.panes[self.active].cursor
        if linking and cursor is not None:
            self.follow(self.active, cursor)

    def watch_show_sidebar(self, shown: bool) -> None:
        sidebar = self.query_one(QuoteSidebar)
        sidebar.display = shown
        if not shown and sidebar.has_focus_within:
            self.panes[self.active].focus()
        self.call_after_refresh(self.recenter)  # the panes change width

    def on_resize(self) -> None:
        self.call_after_refresh(self.recenter)

    def recenter(self) -> None:
        """After a resize: the active pane's cursor at the centre and, while linking, its counterparts at the
        centre of the other pane (not left below the fold until the cursor moves)."""
        pane = self.panes[self.active]
        if pane.cursor is None or pane.lines is None:
            return
        pane.show_sentences([pane.cursor], center=True)
        if self.linking:
            self.follow(self.active, pane.cursor)

    # ----------------------------------------------------------------- what the state holds
    def set_loading(self, loading: bool) -> None:
        """Loading indicators over both panes (set from the app's `on_mount`, once the panes are mounted: on
        a pane not mounted yet, Textual defers the indicator, which could then land after the documents)."""
        for pane in self.panes:
            pane.loading = loading

    def show_documents(self) -> None:
        """The state's documents, with their titles and saved marks, in place of the loading indicators."""
        assert self.state.docs is not None
        for side, pane in enumerate(self.panes):
            self.query_one(f"#title-{SIDE_NAMES[side]}", ArticleTitle).show_document(self.state.docs[side])
            pane.set_document(self.state.docs[side])
        self.set_loading(False)
        self.show_marks()

    def show_alignment(self) -> None:
        for side, pane in enumerate(self.panes):
            scores = self.state.scores[side]
            pane.set_alignment(set(scores), scores, dict(self.state.statuses[side]))

    def show_marks(self) -> None:
        for side, pane in enumerate(self.panes):
            pane.set_marked(self.state.marked_ids(side))
        self.query_one(QuoteSidebar).set_marked(self.state.marked_quotes())

    # ----------------------------------------------------------------- linked panes
    def follow(self, side: Side, sid: int, extra: int | None = None) -> None:
        """Highlight the counterparts of `sid` (and `extra`) in the other pane; while linking, center them."""
        other = self.panes[other_side(side)]
        ids = self.state.counterparts(side, sid)
        if extra is not None and extra not in ids:
            ids = [*ids, extra]
        other.set_counterparts(ids)
        self.panes[side].set_counterparts(())
        if self.linking and ids:
            other.show_sentences(ids, center=True)

    def enter_pane(self, side: Side) -> bool:
        """Focus a pane; while linking, its cursor moves onto the first counterpart of the other pane's cursor
        (True; the move notifies the app as any cursor move does)."""
        pane = self.panes[side]
        counterparts = sorted(pane.counterparts)
        pane.focus()
        if self.linking and counterparts:
            pane.move_cursor(counterparts[0])
            return True
        return False

    def on_pane_scrolled(self, message: PaneScrolled) -> None:
        """Wheel scrolling: the other pane keeps the counterpart of the sentence at the center in view."""
        if not self.linking or not self.state.ready:
            return
        center = self.panes[message.side].center_sentence()
        nearest = None if center is None else self.state.nearest_linked(message.side, center)
        ids = [] if nearest is None else self.state.counterparts(message.side, nearest)
        if ids:
            self.panes[other_side(message.side)].show_sentences(ids, center=True)
