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
from itertools import chain
from typing import Any

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
    vectorised: bool = False,
) -> list[tuple[int, int]]:
    """Pairs worth an exact score: sharing stems found in at most `max_df` sentences of each side.

    Pairs are ranked by the summed IDF of their shared rare stems (cheap); the best `2 * top_k` of every
    sentence (either side) are kept for the exact, costlier score. `vectorised` (long inputs): the same
    pairs computed with numpy (`_shortlist_numpy`).
    """
    if vectorised:
        return _shortlist_numpy(left_keys, right_keys, max_df=max_df, top_k=top_k)
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


def _postings(key_sets: Sequence[frozenset[str]], column: dict[str, int]) -> tuple[Any, Any]:
    """(sentence, key column) of every index key, sorted by sentence then column."""
    import numpy as np

    lengths = np.fromiter(map(len, key_sets), dtype=np.int64, count=len(key_sets))
    cols = np.fromiter(map(column.__getitem__, chain.from_iterable(key_sets)), dtype=np.int64,
                       count=int(lengths.sum()))
    rows = np.repeat(np.arange(len(key_sets), dtype=np.int64), lengths)
    order = np.argsort(rows * len(column) + cols, kind="stable")
    return rows[order], cols[order]


def _shortlist_numpy(
    left_keys: Sequence[frozenset[str]], right_keys: Sequence[frozenset[str]], *, max_df: int, top_k: int,
) -> list[tuple[int, int]]:
    """`shortlist_pairs` with numpy (see `shortlist_postings`)."""
    vocab = sorted(set().union(*left_keys, *right_keys))
    column = {key: k for k, key in enumerate(vocab)}
    return shortlist_postings(_postings(left_keys, column), _postings(right_keys, column), len(left_keys),
                              len(right_keys), len(vocab), max_df=max_df, top_k=top_k)


def shortlist_postings(left: tuple[Any, Any], right: tuple[Any, Any], n: int, m: int, keys: int, *,
                       max_df: int, top_k: int, arrays: bool = False) -> Any:
    """`shortlist_pairs` with numpy, the same pairs, from each side's (sentence, key column) arrays (sorted
    by sentence then column, no duplicates; columns numbered in the sorted order of the stems).

    Every (left, rare stem, right) triple is listed in the order the dict version visits them (left
    sentence, stem in sorted order, right sentence), so each pair's IDF sum adds the same numbers in the same
    order (`np.bincount` adds in array order), and ties are broken as `heapq.nlargest` breaks them there, by
    the order in which a partner first entered the accumulator: its first shared stem, then its position.
    `arrays`: the pairs as a (pairs x 2) numpy array (sorted) instead of a list of tuples."""
    import numpy as np

    (lrows, lcols), (rrows, rcols) = left, right
    ldf = np.bincount(lcols, minlength=keys)
    rdf = np.bincount(rcols, minlength=keys)
    rare = (ldf > 0) & (rdf > 0) & (ldf <= max_df) & (rdf <= max_df)
    total = n + m + 1
    weight = np.zeros(keys, dtype=np.float64)
    rare_cols = np.flatnonzero(rare)
    # math.log as in the dict version (numpy's log may round the last bit differently).
    weight[rare_cols] = [math.log(total / d) for d in (ldf[rare_cols] + rdf[rare_cols]).tolist()]
    keep = rare[lcols]
    lrows, lcols = lrows[keep], lcols[keep]
    keep = rare[rcols]
    rrows, rcols = rrows[keep], rcols[keep]
    if not len(lrows) or not len(rrows):
        return np.zeros((0, 2), dtype=np.int64) if arrays else []
    # Right postings by (stem, sentence): the partners of a stem are one slice.
    order = np.argsort(rcols * m + rrows, kind="stable")
    rrows, rcols = rrows[order], rcols[order]
    start = np.searchsorted(rcols, np.arange(keys + 1))
    count = start[1:] - start[:-1]
    # Triples (left x, stem, right y) in visiting order: x, stem (sorted), y.
    reps = count[lcols]
    tx = np.repeat(lrows, reps)
    tk = np.repeat(lcols, reps)
    offsets = np.arange(int(reps.sum()), dtype=np.int64) - np.repeat(np.cumsum(reps) - reps, reps)
    ty = rrows[np.repeat(start[lcols], reps) + offsets]
    codes, first, inverse = np.unique(tx * m + ty, return_index=True, return_inverse=True)
    sums = np.bincount(inverse.ravel(), weights=weight[tk], minlength=len(codes))
    px, py = np.divmod(codes, m)
    first_key = tk[first]  # the pair's first shared stem: where it entered either side's accumulator
    chosen = np.zeros(len(codes), dtype=bool)
    # The pairs come sorted by (left, right), so stable sorts leave equal keys in `other` order: the last
    # key need not be sorted on. By (first key, then sum descending) once, then by `own` for each side.
    by_sum = stable_by(first_key, np.arange(len(codes)))
    by_sum = by_sum[np.argsort(-sums[by_sum], kind="stable")]
    for own in (px, py):
        order = stable_by(own, by_sum)
        group = own[order]
        pos = np.arange(len(order))
        head = np.maximum.accumulate(np.where(np.r_[True, group[1:] != group[:-1]], pos, 0))
        chosen[order[pos - head < 2 * top_k]] = True
    if arrays:
        return np.stack([px[chosen], py[chosen]], axis=1)
    return list(zip(px[chosen].tolist(), py[chosen].tolist(), strict=True))


def stable_by(key: Any, order: Any) -> Any:
    """`order` (positions) stably sorted by `key[order]`: equal keys keep their order in `order`. Keys in
    [0, 2**16) are sorted as uint16, for which numpy's stable sort is a radix sort (several times faster
    than `np.lexsort` on int64)."""
    values = key[order]
    if len(values) and values.min() >= 0 and values.max() < 2**16:
        values = values.astype("uint16")
    return order[values.argsort(kind="stable")]


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
    values = list(pairs.values())
    ids = np.fromiter(chain.from_iterable(keys), dtype=np.int64, count=2 * len(keys)).reshape(len(keys), 2)
    neg = -np.fromiter(values, dtype=np.float64, count=len(keys))
    kept: PairScores = {}
    for side in (0, 1):
        order = np.lexsort((ids[:, 1 - side], neg, ids[:, side]))
        group = ids[order, side]
        pos = np.arange(len(order))
        first = np.maximum.accumulate(np.where(np.r_[True, group[1:] != group[:-1]], pos, 0))
        chosen = order[pos - first < top_k].tolist()
        kept.update(zip(map(keys.__getitem__, chosen), map(values.__getitem__, chosen), strict=True))
    return kept
