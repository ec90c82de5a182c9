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
        #: Change numbers by left sentence, in left order (a pair's changes without a scan of them all).
        self._by_left: dict[int, list[int]] = {}
        for n in self._order[0]:
            self._by_left.setdefault(self.changes[n].left.sentence, []).append(n)

    def __len__(self) -> int:
        return len(self.changes)

    def of_pair(self, left_ids: Collection[int], right_ids: Collection[int]) -> list[Change]:
        """The changes between these sentences (a linked pair's), in left order."""
        found = sorted((n for i in left_ids for n in self._by_left.get(i, ())),
                       key=lambda n: (self.changes[n].left.start, n))
        return [self.changes[n] for n in found if self.changes[n].right.sentence in right_ids]

    def after(self, side: Side, sentence: int, *, forward: bool = True) -> Change | None:
        """The first change in a later sentence of this side (or the last in an earlier one), None at the
        end."""
        keys, order = self._keys[side], self._order[side]
        if forward:
            k = bisect_right(keys, sentence)
            return self.changes[order[k]] if k < len(keys) else None
        k = bisect_left(keys, sentence) - 1
        return self.changes[order[k]] if k >= 0 else None
