"""Candidate sentence pairs: which pairs are worth scoring at all.

Scoring every left sentence against every right sentence costs n x m; for two 10,000-sentence books that is
10^8 comparisons. Instead an inverted index of word stems finds the pairs that share at least one stem that
is rare on both sides (frequent stems such as "und" or "the" link everything to everything and carry almost
no weight anyway). After exact scoring each sentence keeps its `top_k` best partners (`keep_top`). `all_pairs`
is the exhaustive alternative used to check that the index loses nothing.
"""

from __future__ import annotations

import heapq
import math
from collections.abc import Sequence

PairScores = dict[tuple[int, int], float]


def all_pairs(n: int, m: int) -> list[tuple[int, int]]:
    """Every pair (exhaustive mode)."""
    return [(i, j) for i in range(n) for j in range(m)]


def shortlist_pairs(
    left_keys: Sequence[frozenset[str]],
    right_keys: Sequence[frozenset[str]],
    *,
    max_df: int,
    top_k: int,
) -> list[tuple[int, int]]:
    """Pairs worth an exact score: sharing stems found in at most `max_df` sentences of each side.

    Pairs are ranked by the summed IDF of their shared rare stems (cheap); the best `2 * top_k` of every
    sentence (either side) are kept for the exact, costlier score.
    """
    postings_left: dict[str, list[int]] = {}
    postings_right: dict[str, list[int]] = {}
    for i, keys in enumerate(left_keys):
        for key in keys:
            postings_left.setdefault(key, []).append(i)
    for j, keys in enumerate(right_keys):
        for key in keys:
            postings_right.setdefault(key, []).append(j)
    total = len(left_keys) + len(right_keys) + 1
    rare: dict[str, float] = {}
    for key, js in postings_right.items():
        ids = postings_left.get(key)
        if ids is not None and len(js) <= max_df and len(ids) <= max_df:
            rare[key] = math.log(total / (len(ids) + len(js)))
    shortlist: set[tuple[int, int]] = set()
    for side_keys, postings, flip in ((left_keys, postings_right, False), (right_keys, postings_left, True)):
        for x, keys in enumerate(side_keys):
            acc: dict[int, float] = {}
            get = acc.get
            # Stems in sorted order, not the hash order of the set: the float sums then round the same way
            # in every run, and `acc` is filled in the same order, so `nlargest` (which keeps the first
            # inserted among equals) breaks ties the same way too.
            for key in sorted(keys & rare.keys()):
                w = rare[key]
                for y in postings[key]:
                    acc[y] = get(y, 0.0) + w
            if not acc:
                continue
            best = heapq.nlargest(2 * top_k, acc, key=acc.__getitem__) if len(acc) > 2 * top_k else acc
            if flip:
                shortlist.update((y, x) for y in best)
            else:
                shortlist.update((x, y) for y in best)
    return sorted(shortlist)


_VECTOR_MIN = 20000  # pairs from which `keep_top` ranks with numpy (same result, same order)


def keep_top(pairs: PairScores, top_k: int) -> PairScores:
    """Keep a pair when it is among the top_k of its left sentence or of its right sentence.

    The result's order (which later breaks exact ties between beads) is the same on both paths: the pairs
    kept for their left sentence, by (left, score descending, right), then the others kept for their right
    sentence, by (right, score descending, left)."""
    if len(pairs) >= _VECTOR_MIN:
        return _keep_top_numpy(pairs, top_k)
    kept: PairScores = {}
    for side in (0, 1):
        ranked = sorted(pairs.items(), key=lambda item: (item[0][side], -item[1], item[0][1 - side]))
        current, count = -1, 0
        for pair, s in ranked:
            if pair[side] != current:
                current, count = pair[side], 0
            if count < top_k:
                kept[pair] = s
                count += 1
    return kept


def _keep_top_numpy(pairs: PairScores, top_k: int) -> PairScores:
    import numpy as np

    keys = list(pairs)
    ids = np.asarray(keys, dtype=np.int64)
    neg = -np.fromiter(pairs.values(), dtype=np.float64, count=len(keys))
    kept: PairScores = {}
    for side in (0, 1):
        order = np.lexsort((ids[:, 1 - side], neg, ids[:, side]))
        group = ids[order, side]
        pos = np.arange(len(order))
        first = np.maximum.accumulate(np.where(np.r_[True, group[1:] != group[:-1]], pos, 0))
        for k in order[pos - first < top_k].tolist():
            pair = keys[k]
            kept[pair] = pairs[pair]
    return kept
