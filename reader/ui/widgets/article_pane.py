"""One article, rendered with Textual's line API: only visible lines are drawn, strips are cached per line.

The pane wraps its document itself (`reader.ui.layout`) for the current width, keeps a cursor on a sentence
and draws the alignment state the app hands it: counterparts of the other pane's cursor, marked sentences,
sentences without a counterpart, link strength in a gutter, search matches; text as plain `Segment`s.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable
from typing import ClassVar

from rich.cells import cell_len
from rich.segment import Segment
from textual import events, on
from textual.binding import Binding, BindingType
from textual.cache import LRUCache
from textual.geometry import Size
from textual.reactive import var
from textual.scroll_view import ScrollView
from textual.strip import Strip

from ...document import Document
from ..layout import BLANK, FOLD, Layout, build_layout
from ..messages import CursorMoved, PaneScrolled
from ..state import Side
from .gutter import GUTTER, gutter_segments, line_owner, number_segment, number_width
from .pane_navigation import PaneNavigation
from .pane_style import PaneLook
from .spans import CHANGE_KINDS, SpanLayer, overlay_pieces


class ArticlePane(PaneNavigation, ScrollView, can_focus=True):
    """A scrollable, wrapped article with a sentence cursor."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "article-pane--cursor", "article-pane--counterpart", "article-pane--marked", "article-pane--unlinked",
        "article-pane--chrome", "article-pane--heading", "article-pane--match", "article-pane--fold",
        "article-pane--score-high", "article-pane--score-mid", "article-pane--score-low",
        "article-pane--only-here", "article-pane--mark-sign", "article-pane--status-manual",
        "article-pane--status-confirmed", "article-pane--number", "article-pane--pick",
        *(f"article-pane--change-{kind}" for kind in CHANGE_KINDS),
    }

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("down,j", "cursor_down", "Next", id="sentence-next", key_display="↓/j",
                tooltip="Next sentence"),
        Binding("up,k", "cursor_up", "Prev", id="sentence-prev", key_display="↑/k", show=False,
                tooltip="Previous sentence"),
        Binding("pagedown", "page_down", "Page down", id="page-down", show=False,
                tooltip="Move the cursor one page down"),
        Binding("pageup", "page_up", "Page up", id="page-up", show=False,
                tooltip="Move the cursor one page up"),
        Binding("home,g", "first", "First sentence", id="sentence-first", show=False,
                tooltip="First sentence"),
        Binding("end,G", "last", "Last sentence", id="sentence-last", show=False, tooltip="Last sentence"),
        Binding("right_square_bracket", "next_unlinked", "Next only-here", id="unlinked-next",
                key_display="]", tooltip="Next sentence without a counterpart (only in this article)"),
        Binding("left_square_bracket", "prev_unlinked", "Previous only-here", id="unlinked-prev",
                key_display="[", show=False, tooltip="Previous sentence without a counterpart"),
        Binding("tab", "app.switch_pane", "Other pane", id="pane-switch", key_display="Tab",
                tooltip="Switch the active pane (the cursor lands on the counterpart)"),
        Binding("shift+tab", "app.switch_pane", "Other pane", id="pane-switch-back", show=False,
                tooltip="Switch the active pane"),
    ]

    #: Page chrome shown (dimmed) or folded into one line; the app binds its own `show_chrome` here.
    show_chrome = var(True, init=False)
    #: Only the active pane draws its cursor; the other keeps its position for when it becomes active.
    active = var(False, init=False)
    #: Sentence numbers in the gutter (`#`; the app binds its own `show_numbers` here).
    show_numbers = var(False, init=False)

    def __init__(self, side: Side, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.side = side
        self.doc: Document | None = None
        self.cursor: int | None = None
        self.counterparts: set[int] = set()
        self.marked: set[int] = set()
        self.linked: set[int] | None = None
        self.scores: dict[int, float] = {}
        #: Sentences in a link a person made or confirmed, with that status (the gutter's sign).
        self.statuses: dict[int, str] = {}
        #: Sentences of a link being made (`=`), highlighted until it is made or cancelled.
        self.picked: set[int] = set()
        self.lines: Layout | None = None
        self._visible: list[int] = []
        self._sentence_starts: list[int] = []
        #: Search matches, and the changed words of the pair under the cursor (issue: changes), over the text.
        self.matches = SpanLayer()
        self.changes = SpanLayer()
        self._strips: LRUCache[int, Strip] = LRUCache(1024)
        self._unlinked_sorted: list[int] = []
        self.look = PaneLook(self)  # resolved styles of the component classes (pane_style.py)
        #: Called synchronously when the user moves the cursor (side, sentence id): the app follows in the
        #: same frame, where a message costs a second frame (~17 ms). Only a pane without a listener (used
        #: on its own) posts `CursorMoved`; the app always sets one and never handles that message.
        self.cursor_listener: Callable[[Side, int], None] | None = None

    # ----------------------------------------------------------------- data in
    def set_document(self, doc: Document) -> None:
        self.doc = doc
        self._sentence_starts = [s.start for s in doc.sentences]
        self.cursor = None
        self.lines = None
        self._visible = []
        self._relayout()  # without a size yet, `on_resize` lays it out; but under heavy load that Resize can
        self.call_after_refresh(self._layout_if_missing)  # come while the loading indicator covers the pane

    def _layout_if_missing(self) -> None:
        if self.lines is None:
            self._relayout()

    def set_alignment(self, linked: set[int], scores: dict[int, float],
                      statuses: dict[int, str] | None = None) -> None:
        self.linked = linked
        self.scores = scores
        self.statuses = statuses or {}
        self._refresh_unlinked()
        self._clear_cache()

    def _redrawn(self, old: set[int], new: Iterable[int]) -> set[int]:
        """`new` as a set, with the lines of every sentence that is in only one of `old` and `new` redrawn."""
        now = set(new)
        self._invalidate(old ^ now)
        return now

    def set_picked(self, picked: Iterable[int]) -> None:
        self.picked = self._redrawn(self.picked, picked)

    def set_marked(self, marked: set[int]) -> None:
        self.marked = self._redrawn(self.marked, marked)

    def watch_active(self) -> None:
        if self.cursor is not None:
            self._invalidate([self.cursor])

    def set_counterparts(self, ids: Iterable[int]) -> None:
        self.counterparts = self._redrawn(self.counterparts, ids)

    def watch_show_numbers(self) -> None:
        self._relayout()

    def watch_show_chrome(self) -> None:
        self._relayout()
        if self.cursor is not None and self.lines is not None and self.lines.first_line[self.cursor] < 0:
            self.move_cursor(self._nearest_visible(self.cursor), notify=self.active)

    def set_search(self, query: str) -> int:
        """Highlight every case-insensitive occurrence of `query`; returns how many there are."""
        spans: list[tuple[int, int, str]] = []
        if self.doc is not None and query:
            pattern = re.compile(re.escape(query), re.IGNORECASE)
            spans = [(m.start(), m.end(), "article-pane--match") for m in pattern.finditer(self.doc.text)]
        self.matches.set(spans)
        self._clear_cache()
        return len(self.matches)

    def set_changes(self, spans: list[tuple[int, int, str]]) -> None:
        """Draw these (start, end, component class) spans over the text: the current pair's changed words."""
        if sorted(spans) == self.changes.spans or self.doc is None:
            return  # the same pair's words (the cursor moved within it) or nothing to draw on
        old = {self.doc.sentence_at(a) for a, _, _ in self.changes.spans}
        self.changes.set(spans)
        new = {self.doc.sentence_at(a) for a, _, _ in self.changes.spans}
        self._invalidate(s.id for s in old | new if s is not None)

    # ----------------------------------------------------------------- layout
    @property
    def gutter_width(self) -> int:
        """The signs, after the number column when numbers are shown."""
        if self.show_numbers and self.doc is not None:
            return GUTTER + number_width(len(self.doc.sentences))
        return GUTTER

    @property
    def text_width(self) -> int:
        return max(4, self.scrollable_content_region.width - self.gutter_width)

    def _relayout(self) -> None:
        """Wrap again (new width or chrome shown/hidden), keeping the reader's place.

        The active pane keeps its cursor centered; the other pane keeps the sentence at its top at the top.
        """
        if self.doc is None:
            return
        if self.scrollable_content_region.width <= self.gutter_width:
            # No size yet (covered by the loading indicator, or not laid out): wrapping at the minimum width
            # would make a huge layout for nothing (0.3-0.7 s per 10k-sentence pane, measured); `on_resize`
            # lays the text out once the pane has its real width.
            return
        anchor = self.cursor if self.active else None
        keep_top = self.lines is not None and anchor is None
        top = self.sentence_at_line(self.scroll_offset.y) if keep_top else None
        self.lines = build_layout(self.doc, self.text_width, show_chrome=self.show_chrome)
        self._visible = [s.id for s in self.doc.sentences if self.lines.first_line[s.id] >= 0]
        first_layout = self.cursor is None and bool(self._visible)
        if first_layout:
            self.cursor = self._visible[0]
        self._refresh_unlinked()
        self.virtual_size = Size(self.scrollable_content_region.width, len(self.lines))
        self._clear_cache()
        if first_layout and self.active and self.cursor_listener is not None and self.cursor is not None:
            self.cursor_listener(self.side, self.cursor)  # the app highlights the counterpart, if known yet
        if anchor is not None and self.lines.first_line[anchor] >= 0:
            self.show_sentences([anchor], center=True)
        elif top is not None and self.lines.first_line[top] >= 0:
            self.scroll_to(y=self.lines.first_line[top], animate=False, immediate=True)

    def _refresh_unlinked(self) -> None:
        if self.doc is None or self.linked is None or self.lines is None:
            self._unlinked_sorted = []
            return
        linked = self.linked
        sentences = self.doc.sentences
        self._unlinked_sorted = [i for i in self._visible if sentences[i].alignable and i not in linked]

    def on_resize(self, event: events.Resize) -> None:
        if self.lines is None or self.lines.width != self.text_width:
            self._relayout()
        elif self.active and self.cursor is not None:
            self.show_sentences([self.cursor], center=False)

    def _clear_cache(self) -> None:
        self._strips.clear()
        self.refresh()

    def _invalidate(self, sentence_ids: Iterable[int]) -> None:
        layout = self.lines
        if layout is None:
            return
        top = self.scroll_offset.y
        bottom = top + self.scrollable_content_region.height
        for sid in sentence_ids:
            first, last = layout.first_line[sid], layout.last_line[sid]
            if first < 0:
                continue
            for line in range(first, last + 1):
                self._strips.discard(line)
            if last >= top and first < bottom:
                self.refresh_lines(first, last - first + 1)

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._strips.clear()
        self.look.clear()

    # ----------------------------------------------------------------- rendering
    def render_line(self, y: int) -> Strip:
        line_no = self.scroll_offset.y + y
        width = self.scrollable_content_region.width  # one region computation per line: it is not free
        layout = self.lines
        if layout is None or line_no >= len(layout) or layout.width != max(4, width - self.gutter_width):
            return Strip.blank(width, self.look.style())
        strip = self._strips.get(line_no)
        if strip is None or strip.cell_length != width:
            strip = self._render_text_line(line_no, width)
            self._strips[line_no] = strip
        return strip

    def _render_text_line(self, line_no: int, width: int) -> Strip:
        assert self.lines is not None and self.doc is not None
        base = self.look.style()
        kind = self.lines.kinds[line_no]
        if kind == BLANK:
            return Strip.blank(width, base)
        if kind == FOLD:
            label = "⋯ page furniture hidden (c shows it)"[: width]
            style = self.look.style(("article-pane--fold",))
            return Strip([Segment(label, style), Segment(" " * (width - cell_len(label)), base)], width)
        start, end = self.lines.starts[line_no], self.lines.ends[line_no]
        doc = self.doc
        text = doc.text
        sentences = doc.sentences
        owner = line_owner(sentences, self._sentence_starts, start, end)
        segments: list[Segment] = []
        if self.show_numbers:
            columns = self.gutter_width - GUTTER
            segments.append(number_segment(self.look, self._sentence_starts, start, end, columns))
        segments += gutter_segments(self.look, sentences[owner] if owner >= 0 else None,
                                    self.linked, self.scores, self.marked, self.statuses)
        i = max(0, bisect_right(self._sentence_starts, start) - 1)
        pos = start
        while pos < end:
            sentence = sentences[i] if i < len(sentences) else None
            if sentence is None or sentence.start >= end:
                segments.extend(self._pieces(text, pos, end, ()))
                break
            if sentence.start > pos:
                segments.extend(self._pieces(text, pos, sentence.start, ()))
                pos = sentence.start
            stop = min(sentence.end, end)
            if stop > pos:
                segments.extend(self._pieces(text, pos, stop, self._sentence_classes(sentence.id)))
            pos = max(pos, stop)
            i += 1
        used = sum(seg.cell_length for seg in segments)
        if used < width:
            segments.append(Segment(" " * (width - used), base))
        return Strip(segments, width).crop(0, width)

    def _pieces(self, text: str, start: int, end: int, classes: tuple[str, ...]) -> list[Segment]:
        """Text from `start` to `end` styled with these component classes, changed words and search matches
        overlaid."""
        return overlay_pieces(self.look, text, start, end, classes, (self.changes, self.matches))

    def _sentence_classes(self, sid: int) -> tuple[str, ...]:
        """The component classes of a sentence, lowest precedence first."""
        assert self.doc is not None
        sentence = self.doc.sentences[sid]
        names: list[str] = []
        if sentence.kind == "chrome":
            names.append("article-pane--chrome")
        elif self.linked is not None and sid not in self.linked:
            names.append("article-pane--unlinked")
        if sentence.kind == "heading":
            names.append("article-pane--heading")
        if sid in self.marked:
            names.append("article-pane--marked")
        if sid in self.counterparts:
            names.append("article-pane--counterpart")
        if sid in self.picked:
            names.append("article-pane--pick")
        if sid == self.cursor and self.active:
            names.append("article-pane--cursor")
        return tuple(names)

    # ----------------------------------------------------------------- cursor
    def move_cursor(self, sid: int | None, *, notify: bool = True, center: bool = False) -> None:
        if sid is None or self.doc is None:
            return
        old = self.cursor
        self.cursor = sid
        self._invalidate([i for i in (old, sid) if i is not None])
        self.show_sentences([sid], center=center)
        if notify:
            if self.cursor_listener is not None:
                self.cursor_listener(self.side, sid)
            else:
                self.post_message(CursorMoved(self.side, sid))

    def show_sentences(self, ids: Iterable[int], *, center: bool) -> None:
        """Scroll so the lines of these sentences are visible: centered, or with the least movement."""
        layout = self.lines
        if layout is None:
            return
        shown = [i for i in ids if layout.first_line[i] >= 0]
        if not shown:
            return
        first = min(layout.first_line[i] for i in shown)
        last = max(layout.last_line[i] for i in shown)
        height = max(1, self.scrollable_content_region.height)
        top = self.scroll_offset.y
        if center:
            target = first if last - first + 1 >= height else (first + last + 1) // 2 - height // 2
        elif first < top:
            target = first
        elif last >= top + height:
            target = min(first, last - height + 1)
        else:
            return
        self.scroll_to(y=max(0, target), animate=False, immediate=True)

    def sentence_at_line(self, line_no: int) -> int | None:
        """The sentence shown on a line, or the nearest one after it (before it at the end)."""
        if self.lines is None or not self._visible:
            return None
        layout = self.lines
        n = len(layout)
        for step in range(n):
            for candidate in (line_no + step, line_no - step):
                if 0 <= candidate < n and layout.starts[candidate] >= 0:
                    k = max(0, bisect_right(self._sentence_starts, layout.starts[candidate]) - 1)
                    return self._nearest_visible(k)
        return None

    def center_sentence(self) -> int | None:
        """The sentence at the middle of the visible lines."""
        return self.sentence_at_line(self.scroll_offset.y + self.scrollable_content_region.height // 2)

    # ----------------------------------------------------------------- mouse
    def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None or self.lines is None or self.doc is None:
            return
        self.focus()
        line_no = offset.y + self.scroll_offset.y
        if not 0 <= line_no < len(self.lines) or self.lines.starts[line_no] < 0:
            return
        start, end = self.lines.starts[line_no], self.lines.ends[line_no]
        column = max(0, offset.x - self.gutter_width)
        pos = start
        used = 0
        while pos < end and used + cell_len(self.doc.text[pos]) <= column:
            used += cell_len(self.doc.text[pos])
            pos += 1
        k = max(0, bisect_right(self._sentence_starts, min(pos, end - 1)) - 1)
        self.move_cursor(self._nearest_visible(k))

    @on(events.MouseScrollDown)
    @on(events.MouseScrollUp)
    def _wheel_scrolled(self) -> None:
        self.post_message(PaneScrolled(self.side))
