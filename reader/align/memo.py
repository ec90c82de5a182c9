"""What re-aligning the same pair can reuse: the scorer (features, weights), the candidate pairs and every
similarity already computed.

A correction changes which pairs and beads are allowed, never a similarity, so a caller that re-aligns one
pair after each correction (the app) keeps one `AlignMemo` per pair and passes it to every call: the second
and later runs score only what they have not scored before (a few pairs, if any) and then solve the chain.
Results are the same with or without a memo (each similarity is computed by the same function of the same
inputs). A memo given other inputs starts afresh.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from typing import Any, TypeVar

from .candidates import all_pairs, shortlist_pairs, shortlist_postings
from .features import index_keys
from .params import AlignParams
from .scorer import ScoreFn, _PairScorer, _Workers

_Item = TypeVar("_Item", bound=tuple[int, ...])


class AlignMemo:
    """The scorer, candidate pairs and computed similarities of the last pair aligned with it."""

    def __init__(self) -> None:
        self._key: Hashable = None
        self.scorer: _PairScorer | None = None
        self.todo: list[tuple[int, int]] = []
        self.pair_sims: dict[tuple[int, int], float] = {}
        self.run_sims: dict[tuple[int, int, int, int], float] = {}
        # Long (vectorised) inputs keep them as numpy arrays: the candidate pairs (T x 2, sorted) and their
        # similarities; the runs scored as sorted integer codes and their similarities (`vbeads`).
        self.todo_ids: Any = None
        self.todo_sims: Any = None
        self.run_codes: Any = None
        self.run_values: Any = None

    def prepare(self, left: Sequence[str], right: Sequence[str], params: AlignParams,
                exhaustive: bool) -> _PairScorer:
        """The scorer for these inputs (built, with the candidate pairs, unless the memo holds them)."""
        key = (tuple(left), tuple(right), params, exhaustive)
        if self.scorer is None or key != self._key:
            scorer = _PairScorer(left, right, params)
            if exhaustive:
                self.todo = all_pairs(len(left), len(right))
                if scorer.vectorised:
                    from .vector import int_rows

                    self.todo_ids = int_rows(self.todo, 2)
            elif scorer.vectorised:
                lkeys, rkeys, stems = scorer.index_postings
                self.todo = []
                self.todo_ids = shortlist_postings(lkeys, rkeys, len(left), len(right), stems,
                                                   max_df=params.max_df, top_k=params.top_k, arrays=True)
            else:
                self.todo = shortlist_pairs([index_keys(s, normalized=True) for s in scorer.left_text],
                                            [index_keys(s, normalized=True) for s in scorer.right_text],
                                            max_df=params.max_df, top_k=params.top_k)
            self._key, self.scorer = key, scorer
            self.pair_sims, self.run_sims = {}, {}
            self.todo_sims = self.run_codes = self.run_values = None
        return self.scorer


def scores(fn: ScoreFn[_Item], known: dict[_Item, float], items: list[_Item], pool: _Workers) -> list[float]:
    """`fn` of each item, computing (through `pool`) only those not in `known`, which keeps them."""
    missing = [x for x in dict.fromkeys(items) if x not in known]
    if missing:
        known.update(zip(missing, pool.map(fn, missing), strict=True))
    return [known[x] for x in items]
