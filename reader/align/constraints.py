"""The user's decisions as constraints on the aligner: anchors (links kept as they are) and rejected pairs.

Anchors are manual and confirmed links. An anchor that crosses no other anchor splits both documents: a
sentence before it on one side may only be linked to a sentence before it on the other side (and likewise
after it), so the monotone chain is solved between the anchors. Because the split is a filter on candidate
pairs and beads (a pair or bead is allowed only inside one segment), a single run of the aligner over the
whole pair solves every segment at once, with the same feature weights as without constraints. Sentences of an
anchor (and sentences inside an anchor's span) are left to the anchor. Rejected (left, right) combinations
are never scored, and no bead, gap link, extra link or title link containing one is returned.

Everything here is in one coordinate space (positions in the lists the aligner is given); `mirrored` swaps the
sides, so the canonical orientation of `align_sentences` keeps the result mirror-symmetric.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from ..alignment import Link

Group = tuple[tuple[int, ...], tuple[int, ...]]


@dataclass(frozen=True, slots=True)
class Constraints:
    """Anchors (links with status "manual" or "confirmed") and rejected groups (every left x right
    combination of a group is rejected)."""

    anchors: tuple[Link, ...] = ()
    rejected: tuple[Group, ...] = ()
    combos: frozenset[tuple[int, int]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        combos = frozenset((i, j) for ls, rs in self.rejected for i in ls for j in rs)
        object.__setattr__(self, "combos", combos)

    def __bool__(self) -> bool:
        return bool(self.anchors or self.rejected)

    def mirrored(self) -> Constraints:
        return Constraints(tuple(a.mirrored() for a in self.anchors),
                           tuple((rs, ls) for ls, rs in self.rejected))


NO_CONSTRAINTS = Constraints()


def boundary_anchors(anchors: Sequence[Link]) -> list[Link]:
    """The anchors that cross or overlap no other anchor, in order (so symmetric in the two sides).

    Sorted by first left sentence, an anchor is before all earlier ones' ends and after all later ones'
    starts exactly when it is ordered with every other anchor: prefix maxima and suffix minima, O(k log k)."""
    order = sorted(anchors, key=lambda a: (min(a.left), min(a.right), a.left, a.right))
    k = len(order)
    ends: list[tuple[int, int]] = [(-1, -1)] * (k + 1)  # max left and right id of order[:x]
    for x, a in enumerate(order):
        ends[x + 1] = (max(ends[x][0], max(a.left)), max(ends[x][1], max(a.right)))
    starts: list[tuple[float, float]] = [(float("inf"), float("inf"))] * (k + 1)  # min ids of order[x:]
    for x in range(k - 1, -1, -1):
        a = order[x]
        starts[x] = (min(starts[x + 1][0], min(a.left)), min(starts[x + 1][1], min(a.right)))
    return [a for x, a in enumerate(order)
            if ends[x][0] < min(a.left) and ends[x][1] < min(a.right)
            and starts[x + 1][0] > max(a.left) and starts[x + 1][1] > max(a.right)]


def _segments(size: int, spans: list[tuple[int, int]], taken: set[int]) -> list[int]:
    """Segment number of each position (k between the k-th and k+1-th span), -1 inside a span or taken."""
    seg = [0] * size
    t = 0
    for x in range(size):
        while t < len(spans) and x > spans[t][1]:
            t += 1
        seg[x] = -1 if x in taken or (t < len(spans) and spans[t][0] <= x) else t
    return seg


class Allowed:
    """Which pairs and beads the constraints allow, in the aligner's coordinates."""

    def __init__(self, constraints: Constraints, n: int, m: int) -> None:
        self.rejected = constraints.combos
        self.boundary = boundary_anchors(constraints.anchors)
        taken_l = {i for a in constraints.anchors for i in a.left}
        taken_r = {j for a in constraints.anchors for j in a.right}
        self.seg_left = _segments(n, [(min(a.left), max(a.left)) for a in self.boundary], taken_l)
        self.seg_right = _segments(m, [(min(a.right), max(a.right)) for a in self.boundary], taken_r)

    def pair(self, i: int, j: int) -> bool:
        s = self.seg_left[i]
        return s >= 0 and s == self.seg_right[j] and (i, j) not in self.rejected

    def block(self, ls: int, ln: int, rs: int, rn: int) -> bool:
        """A bead's run of left sentences against its run of right sentences: every combination allowed."""
        pair = self.pair
        return all(pair(i, j) for i in range(ls, ls + ln) for j in range(rs, rs + rn))
