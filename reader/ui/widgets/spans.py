"""Character spans drawn over a pane's text: search matches, and the changed words of the current pair.

Each `SpanLayer` holds sorted, non-overlapping (start, end, component class) spans in document offsets;
`overlay_pieces` cuts a piece of a line at every span edge and styles each part with the sentence's classes
plus the classes of the spans covering it (later layers win: a search match shows over a changed word).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from itertools import pairwise

from rich.segment import Segment

from .pane_style import FAINT_CONTRAST, TEXT_CONTRAST, PaneLook

_CONTROL = {c: " " for c in range(32)} | {0x7F: " "}

Span = tuple[int, int, str]

#: The kinds of change, in the order lists show them (`reader.changes.model.KINDS`, written out here so the
#: interface does not load the change rules at start-up; tests/test_ui_changes.py checks they agree). The
#: pane draws a change's words with the component class `article-pane--change-<kind>`.
CHANGE_KINDS = ("number", "date", "name", "negation", "hedge", "quote", "attribution")


class SpanLayer:
    """Spans of one kind, sorted by start; overlapping spans are trimmed to the earlier one's end."""

    def __init__(self) -> None:
        self.spans: list[Span] = []
        self.starts: list[int] = []

    def __bool__(self) -> bool:
        return bool(self.spans)

    def __len__(self) -> int:
        return len(self.spans)

    def set(self, spans: Iterable[Span]) -> None:
        kept: list[Span] = []
        for a, b, name in sorted(spans):
            if kept and a < kept[-1][1]:
                a = kept[-1][1]
            if b > a:
                kept.append((a, b, name))
        self.spans = kept
        self.starts = [a for a, _, _ in kept]

    def within(self, start: int, end: int) -> list[Span]:
        """The spans overlapping `[start, end)`."""
        k = max(0, bisect_right(self.starts, start) - 1)
        out: list[Span] = []
        while k < len(self.spans) and self.spans[k][0] < end:
            if self.spans[k][1] > start:
                out.append(self.spans[k])
            k += 1
        return out

    def index_at_or_after(self, pos: int) -> int:
        return bisect_left(self.starts, pos)


def overlay_pieces(look: PaneLook, text: str, start: int, end: int, classes: tuple[str, ...],
                   layers: Sequence[SpanLayer]) -> list[Segment]:
    """Text from `start` to `end` in the style of `classes`, with the layers' spans over it."""
    minimum = FAINT_CONTRAST if "article-pane--chrome" in classes else TEXT_CONTRAST
    found = [layer.within(start, end) for layer in layers if layer]
    if not any(found):
        return [Segment(text[start:end].translate(_CONTROL), look.style(classes, minimum))]
    edges = {p for spans in found for a, b, _ in spans for p in (a, b) if start < p < end}
    out: list[Segment] = []
    for a, b in pairwise(sorted({start, end, *edges})):
        extra = tuple(name for spans in found for sa, sb, name in spans if sa <= a and b <= sb)
        out.append(Segment(text[a:b].translate(_CONTROL), look.style((*classes, *extra), minimum)))
    return out
