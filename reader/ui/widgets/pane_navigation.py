"""The article pane's cursor moves: to the next or previous sentence, a page, the first or last, the next
sentence without a counterpart, the next search match. A mixin of `ArticlePane` (which keeps the text, the
layout and the drawing); what it uses of the pane is declared below for type checkers."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from textual.geometry import Region

    from ...document import Document
    from ..layout import Layout
    from .spans import SpanLayer


class PaneNavigation:
    """Where the cursor goes; `ArticlePane.move_cursor` moves it there."""

    if TYPE_CHECKING:
        doc: Document | None
        cursor: int | None
        linked: set[int] | None
        lines: Layout | None
        matches: SpanLayer
        _visible: list[int]
        _sentence_starts: list[int]
        _unlinked_sorted: list[int]
        scrollable_content_region: Region

        def move_cursor(self, sid: int | None, *, notify: bool = True, center: bool = False) -> None: ...

        def sentence_at_line(self, line_no: int) -> int | None: ...

        def notify(self, message: str, *, title: str = "", severity: str = "information",
                   timeout: float | None = None, markup: bool = False) -> None: ...

    def _nearest_visible(self, sid: int) -> int:
        k = bisect_left(self._visible, sid)
        if k < len(self._visible):
            return self._visible[k]
        return self._visible[-1] if self._visible else sid

    def _step(self, delta: int) -> int | None:
        if not self._visible:
            return None
        if self.cursor is None:
            return self._visible[0]
        k = bisect_left(self._visible, self.cursor)
        return self._visible[max(0, min(len(self._visible) - 1, k + delta))]

    def action_cursor_down(self) -> None:
        self.move_cursor(self._step(1))

    def action_cursor_up(self) -> None:
        self.move_cursor(self._step(-1))

    def action_first(self) -> None:
        self.move_cursor(self._visible[0] if self._visible else None)

    def action_last(self) -> None:
        self.move_cursor(self._visible[-1] if self._visible else None)

    def _page(self, direction: int) -> None:
        if self.lines is None or self.cursor is None:
            return
        height = max(1, self.scrollable_content_region.height - 1)
        line = self.lines.first_line[self.cursor] + direction * height
        target = self.sentence_at_line(max(0, min(len(self.lines) - 1, line)))
        if target == self.cursor:
            target = self._step(direction)
        self.move_cursor(target)

    def action_page_down(self) -> None:
        self._page(1)

    def action_page_up(self) -> None:
        self._page(-1)

    def unlinked_after(self, forward: bool) -> int | None:
        """The next (or previous) visible sentence without a counterpart, from the cursor."""
        items = self._unlinked_sorted
        if not items:
            return None
        current = -1 if self.cursor is None else self.cursor
        if forward:
            k = bisect_right(items, current)
            return items[k] if k < len(items) else None
        k = bisect_left(items, current) - 1
        return items[k] if k >= 0 else None

    def action_next_unlinked(self) -> None:
        self._jump_unlinked(True)

    def action_prev_unlinked(self) -> None:
        self._jump_unlinked(False)

    def _jump_unlinked(self, forward: bool) -> None:
        if self.linked is None:
            self.notify("The alignment is still being computed.", severity="warning")
            return
        if (target := self.unlinked_after(forward)) is not None:
            self.move_cursor(target)
        else:
            self.notify("No further sentence without a counterpart in this direction.")

    def match_after(self, forward: bool, *, include_current: bool = False) -> int | None:
        """The sentence holding the next (or previous) search match, relative to the cursor sentence."""
        matches = self.matches
        if not matches or self.doc is None:
            return None
        cursor = self.doc.sentences[self.cursor] if self.cursor is not None else None
        if forward:
            pos = -1 if cursor is None else cursor.start if include_current else cursor.end
            k = matches.index_at_or_after(pos)
            if k >= len(matches):
                k = 0
        else:
            pos = cursor.start if cursor else len(self.doc.text)
            k = matches.index_at_or_after(pos) - 1
            if k < 0:
                k = len(matches) - 1
        at = matches.starts[k]
        found = self.doc.sentence_at(at)
        if found is None:  # a match between sentences: take the next one
            k2 = bisect_right(self._sentence_starts, at)
            return self._nearest_visible(min(k2, len(self.doc.sentences) - 1))
        return self._nearest_visible(found.id)
