"""Choose the best monotone chain of n:m beads (sparse dynamic programming).

A bead links a run of consecutive left sentences to a run of consecutive right sentences and has a gain.
The chain maximises the total gain of beads that follow each other on both sides (no overlap, no crossing).
Only candidate beads are visited: beads are processed by left start, and a Fenwick tree over right end
positions answers "best chain ending at or before this right position" in O(log m), so the cost is
O(B log m) for B beads instead of O(n x m) cells.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Bead:
    left_start: int
    left_len: int
    right_start: int
    right_len: int
    sim: float
    gain: float

    @property
    def left_end(self) -> int:
        return self.left_start + self.left_len

    @property
    def right_end(self) -> int:
        return self.right_start + self.right_len


class _MaxTree:
    """Fenwick tree of (value, bead index) pairs supporting point update and prefix maximum."""

    def __init__(self, size: int) -> None:
        self.size = size
        self.tree: list[tuple[float, int]] = [(0.0, -1)] * (size + 1)

    def update(self, pos: int, item: tuple[float, int]) -> None:
        tree = self.tree
        while pos <= self.size:
            if not item > tree[pos]:
                break  # the nodes above cover this one's range, so they hold at least as much already
            tree[pos] = item
            pos += pos & -pos

    def query(self, pos: int) -> tuple[float, int]:
        best = (0.0, -1)
        tree = self.tree
        while pos > 0:
            if tree[pos] > best:
                best = tree[pos]
            pos -= pos & -pos
        return best


def best_chain(beads: Sequence[Bead], right_size: int) -> list[Bead]:
    """The beads of the highest-gain monotone chain, in order."""
    if not beads:
        return []
    by_start = sorted(range(len(beads)), key=lambda k: (beads[k].left_start, beads[k].right_start))
    by_end = sorted(range(len(beads)), key=lambda k: beads[k].left_end)
    value = [0.0] * len(beads)
    prev = [-1] * len(beads)
    tree = _MaxTree(right_size)
    done = 0
    for k in by_start:
        bead = beads[k]
        while done < len(by_end) and beads[by_end[done]].left_end <= bead.left_start:
            e = by_end[done]
            tree.update(beads[e].right_end, (value[e], e))
            done += 1
        base, before = tree.query(bead.right_start)
        value[k] = base + bead.gain
        prev[k] = before
    k = max(range(len(beads)), key=lambda x: (value[x], -x))
    chain: list[Bead] = []
    while k != -1:
        chain.append(beads[k])
        k = prev[k]
    chain.reverse()
    return chain
