"""The fact-level changes in the app: found off the interface's thread, listed in the sidebar, the changed
words of the current pair drawn in both panes, and `}` / `{` to jump to the next / previous change (like
vim's `]c`), mixed into the app.

Changes are found again after each re-alignment (a correction changes which sentences are compared); an
answer for an older alignment is dropped.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from textual.binding import Binding, BindingType
from textual.css.query import NoMatches

from .app_parts import AppParts
from .messages import ChangeSelected, ChangesReady
from .state import Side, other_side
from .widgets.sidebar import QuoteSidebar

if TYPE_CHECKING:
    from ..changes.model import Change, Span

def span_of(change: Change, side: Side) -> Span:
    return change.left if side == 0 else change.right


CHANGES_BINDINGS: list[BindingType] = [
    Binding("right_curly_bracket", "next_change", "Next change", id="change-next", key_display="}",
            tooltip="Next fact-level change (number, date, name, negation, hedge, quote, attribution)"),
    Binding("left_curly_bracket", "prev_change", "Previous change", id="change-prev", key_display="{",
            show=False, tooltip="Previous fact-level change"),
    Binding("C", "show_changes", "Changes list", id="changes-show", show=False,
            tooltip="The Changes list in the sidebar (t there switches back to the quotes)"),
]


class ChangesActions(AppParts):
    """Finding, listing, drawing and jumping to the changes (a mixin of `ReaderApp`, before `App`)."""

    CHANGES_BINDINGS: ClassVar[list[BindingType]] = CHANGES_BINDINGS
    show_sidebar: bool

    if TYPE_CHECKING:  # the app's, used here (besides `AppParts`)
        def query_one(self, selector: type[QuoteSidebar]) -> QuoteSidebar: ...

    def find_changes(self) -> None:
        """Find the changes of the alignment shown now (after the quotes, and after each re-alignment)."""
        if self.state.alignment is not None:
            state = self.state
            self.analysis.find_changes(state.alignment, state.quote_report, self._realign_generation)

    def on_changes_ready(self, message: ChangesReady) -> None:
        if message.generation != self._realign_generation:
            return  # found for an alignment a correction has replaced since
        from ..changes.index import ChangeIndex  # not at start-up: reader.changes loads every kind's rules

        self.state.changes = None if message.changes is None else ChangeIndex(message.changes)
        try:
            changes_list = self.query_one(QuoteSidebar).changes_list
        except NoMatches:  # the answer came while the app closes (its widgets are being removed): dropped
            return
        changes_list.set_changes(message.changes, message.note)
        cursor = self.active_pane.cursor
        if cursor is not None:
            self._follow(self.active, cursor)

    def draw_changes(self, side: Side, sid: int) -> None:
        """The changed words of the pair under the cursor, underlined in their kind's colour in both panes."""
        changes = self.state.pair_changes(side, sid)
        for n, pane in enumerate(self.panes):
            spans = [(span_of(c, n).start, span_of(c, n).end, f"article-pane--change-{c.kind}")  # type: ignore[arg-type]
                     for c in changes if span_of(c, n).end > span_of(c, n).start]  # type: ignore[arg-type]
            pane.set_changes(spans)

    def _jump_change(self, forward: bool) -> None:
        index = self.state.changes
        if index is None:
            self.notify("The changes are still being found.", severity="warning")
            return
        side = self.active
        cursor = self.active_pane.cursor
        start = (-1 if forward else 1 << 30) if cursor is None else cursor
        change = index.after(side, start, forward=forward)
        if change is None:
            self.notify("No further change in this direction." if len(index) else "No change was found.")
            return
        self._go_to(side, change.left.sentence if side == 0 else change.right.sentence,
                    span_of(change, other_side(side)).sentence)

    def _go_to(self, side: Side, sid: int, other: int) -> None:
        """The cursor of one pane on `sid`, the other pane showing `other` with it."""
        self.panes[side].move_cursor(sid, notify=False, center=True)
        self._follow(side, sid, other)

    def action_next_change(self) -> None:
        self._jump_change(True)

    def action_prev_change(self) -> None:
        self._jump_change(False)

    def action_show_changes(self) -> None:
        sidebar = self.query_one(QuoteSidebar)
        self.show_sidebar = True
        sidebar.show_tab("changes")
        sidebar.focus_list()

    def on_change_selected(self, message: ChangeSelected) -> None:
        change = message.change
        side = self.active
        self._go_to(side, span_of(change, side).sentence, span_of(change, other_side(side)).sentence)
