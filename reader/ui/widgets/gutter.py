"""The article pane's gutter: two cells before each screen line, the link sign and the mark sign, after the
sentence number when numbers are shown (`#`).

A screen line shows the signs of the sentence that **owns** it: the sentence with the most characters on the
line; on a tie, the one that starts on the line rather than one continuing from above. So a line that is
mostly a linked sentence shows its bar even where an unlinked sentence ends at its start (and the reverse),
and a sentence that takes a whole line shows its sign there. A short sentence sharing a line with a longer
one has no sign of its own; its text style (dimmed when it has no counterpart) still tells it apart.

Signs: `▌` a link of the aligner, coloured by its strength (high, fair, weak); `✓` a link a person confirmed;
`◆` a link a person made; `·` no counterpart (a colour of its own, not that of a link); `*` a marked sentence
(a pair, or a sentence only this article has). Nothing for sentences that are not aligned (headings, chrome).

Numbers are 1-based sentence numbers (`reader align` and the export count the same way), shown on the line
where a sentence starts (the first one starting there, when several do).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Collection, Mapping, Sequence

from rich.segment import Segment

from ...document import Sentence
from .pane_style import SIGN_CONTRAST, PaneLook

GUTTER = 2
HIGH_SCORE = 0.75
MID_SCORE = 0.5


def line_owner(sentences: Sequence[Sentence], sentence_starts: Sequence[int], start: int, end: int) -> int:
    """The id of the sentence owning the text line `[start, end)` (see the module's rule); -1 if none."""
    i = max(0, bisect_right(sentence_starts, start) - 1)
    best, best_len, best_starts_here = -1, 0, False
    while i < len(sentences) and sentences[i].start < end:
        sentence = sentences[i]
        overlap = min(end, sentence.end) - max(start, sentence.start)
        starts_here = sentence.start >= start
        if overlap > best_len or (overlap == best_len > 0 and starts_here and not best_starts_here):
            best, best_len, best_starts_here = sentence.id, overlap, starts_here
        i += 1
    return best


#: The gutter sign of a link a person made or checked (an aligner's link shows `▌` in its score's colour).
STATUS_SIGNS = {"manual": "◆", "confirmed": "✓"}


def link_level(score: float) -> str:
    return "high" if score >= HIGH_SCORE else "mid" if score >= MID_SCORE else "low"


def number_width(sentence_count: int) -> int:
    """Cells of the number column: the widest number and a space."""
    return len(str(max(1, sentence_count))) + 1


def number_segment(look: PaneLook, sentence_starts: Sequence[int], start: int, end: int, width: int
                   ) -> Segment:
    """The number column of the text line `[start, end)`: the number of the first sentence starting on it."""
    k = bisect_left(sentence_starts, start)
    if k < len(sentence_starts) and sentence_starts[k] < end:
        style = look.style(("article-pane--number",), SIGN_CONTRAST)
        return Segment(str(k + 1).rjust(width - 1) + " ", style)
    return Segment(" " * width, look.style())


def gutter_segments(look: PaneLook, sentence: Sentence | None, linked: Collection[int] | None,
                    scores: Mapping[int, float], marked: Collection[int],
                    statuses: Mapping[int, str] | None = None) -> list[Segment]:
    """The two gutter cells of a line owned by `sentence` (None: a line without a sentence)."""
    base = look.style()
    if sentence is None:
        return [Segment(" " * GUTTER, base)]
    sid = sentence.id
    status = statuses.get(sid) if statuses else None
    if linked is None or not sentence.alignable:
        bar = Segment(" ", base)
    elif status in STATUS_SIGNS:
        bar = Segment(STATUS_SIGNS[status], look.style((f"article-pane--status-{status}",), SIGN_CONTRAST))
    elif sid in linked:
        level = link_level(scores.get(sid, 0.0))
        bar = Segment("▌", look.style((f"article-pane--score-{level}",), SIGN_CONTRAST))
    else:
        bar = Segment("·", look.style(("article-pane--only-here",), SIGN_CONTRAST))
    if sid in marked:
        sign = Segment("*", look.style(("article-pane--mark-sign",), SIGN_CONTRAST))
    else:
        sign = Segment(" ", base)
    return [bar, sign]
