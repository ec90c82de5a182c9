"""Coverage figures for a pair of articles: how much of each one has a counterpart in the other."""

from __future__ import annotations

from dataclasses import dataclass

from .alignment import Alignment
from .document import Document


@dataclass(frozen=True, slots=True)
class Coverage:
    """Shares (0..1) of each article's alignable characters that are linked, and the sentence counts."""

    left: float
    right: float
    left_linked: int
    left_total: int
    right_linked: int
    right_total: int

    def describe(self) -> str:
        """A one-line summary that fits the detail strip at 80 columns, e.g.
        "left 62% of text (20/31 sentences) · right 18% (22/120)"."""
        return (
            f"left {self.left:.0%} of text ({self.left_linked}/{self.left_total} sentences) · "
            f"right {self.right:.0%} ({self.right_linked}/{self.right_total})"
        )


def _side(doc: Document, linked: set[int]) -> tuple[float, int, int]:
    total_chars = linked_chars = total = count = 0
    for sentence in doc.sentences:
        if not sentence.alignable:
            continue
        size = len(sentence.text)
        total += 1
        total_chars += size
        if sentence.id in linked:
            count += 1
            linked_chars += size
    share = linked_chars / total_chars if total_chars else 0.0
    return share, count, total


def coverage(left: Document, right: Document, alignment: Alignment) -> Coverage:
    """Coverage of both articles. Chrome sentences count on neither side; links into chrome are ignored."""
    l_share, l_linked, l_total = _side(left, alignment.linked_ids(0))
    r_share, r_linked, r_total = _side(right, alignment.linked_ids(1))
    return Coverage(l_share, r_share, l_linked, l_total, r_linked, r_total)
