"""What an alignment looks like with a person's corrections applied, before the aligner has run again.

The app shows a correction at once with this preview (removed links gone, a new link in place, a confirmed
link with its status) and replaces it with the re-alignment when that arrives: on a large pair the
re-alignment takes a while, and the user must see what the key did in the same frame.
"""

from __future__ import annotations

from ..alignment import Alignment, Link
from .corrections import Corrections


def preview(alignment: Alignment, corrections: Corrections) -> Alignment:
    """`alignment` with the corrections applied: every link holding a rejected combination is dropped, links
    sharing a sentence with a manual or confirmed link give way to it, and those links are there with their
    status (a kept link keeps its score; a new one scores 1.0, a person's decision). A link a person no longer
    holds (an undone link or confirmation) shows as the aligner's until the re-alignment decides."""
    rejected = corrections.rejected_combos()
    anchors = corrections.anchors
    taken_left = {i for a in anchors for i in a.left}
    taken_right = {j for a in anchors for j in a.right}
    scores = {(k.left, k.right): k.score for k in alignment.links}
    kept = [k if k.status == "auto" else Link(k.left, k.right, k.score) for k in alignment.links
            if not (set(k.left) & taken_left or set(k.right) & taken_right)
            and not any((i, j) in rejected for i in k.left for j in k.right)]
    placed = [Link(a.left, a.right, scores.get((a.left, a.right), a.score), a.status) for a in anchors]
    return Alignment(kept + placed, rejected=[(p.left, p.right) for p in corrections.rejected])
