"""The changes of a pair looked up by sentence, and in reading order from a sentence (`}` / `{`)."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Collection, Sequence
from typing import Literal

from .model import Change, Span

Side = Literal[0, 1]


def span_of(change: Change, side: Side) -> Span:
    return change.left if side == 0 else change.right


class ChangeIndex:
    """Changes by the sentence they are in, on each side; ordered by position on each side."""

    def __init__(self, changes: Sequence[Change] = ()) -> None:
        self.changes = list(changes)
        self._order: tuple[list[int], list[int]] = (
            sorted(range(len(self.changes)), key=lambda n: (span_of(self.changes[n], 0).start, n)),
            sorted(range(len(self.changes)), key=lambda n: (span_of(self.changes[n], 1).start, n)),
        )
        self._keys = tuple([span_of(self.changes[n], side).sentence for n in order]  # type: ignore[arg-type]
                           for side, order in enumerate(self._order))
        #: Change numbers by the sentence of each side (a pair's changes without a scan of them all).
        self._by: tuple[dict[int, list[int]], dict[int, list[int]]] = ({}, {})
        for n, c in enumerate(self.changes):
            self._by[0].setdefault(c.left.sentence, []).append(n)
            self._by[1].setdefault(c.right.sentence, []).append(n)

    def __len__(self) -> int:
        return len(self.changes)

    def of_pair(self, left_ids: Collection[int], right_ids: Collection[int]) -> list[Change]:
        """The changes of a linked pair's sentences, in left order: those between them, and those a sentence
        of the pair has with one outside it (a quote matched across the articles where the aligner has no
        link)."""
        found = {n for side, ids in enumerate((left_ids, right_ids))
                 for i in ids for n in self._by[side].get(i, ())}
        return [self.changes[n] for n in sorted(found, key=lambda n: (self.changes[n].left.start, n))]

    def after(self, side: Side, sentence: int, *, forward: bool = True) -> Change | None:
        """The first change in a later sentence of this side (or the last in an earlier one), None at the
        end."""
        keys, order = self._keys[side], self._order[side]
        if forward:
            k = bisect_right(keys, sentence)
            return self.changes[order[k]] if k < len(keys) else None
        k = bisect_left(keys, sentence) - 1
        return self.changes[order[k]] if k >= 0 else None
