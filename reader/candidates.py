"""Candidate sentence pairs: which pairs are worth scoring at all.

Scoring every left sentence against every right sentence costs n x m; for two 10,000-sentence books that is
10^8 comparisons. Instead an inverted index of word stems finds the pairs that share at least one stem that
is rare on both sides (frequent stems such as "und" or "the" link everything to everything and carry almost
no weight anyway). Each sentence then keeps its `top_k` best partners by exact similarity. `all_pairs`
is the exhaustive alternative used to check that the index loses nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

PairScores = dict[tuple[int, int], float]


def all_pairs(n: int, m: int, score: Callable[[int, int], float]) -> PairScores:
    """Every pair with a non-zero score (exhaustive mode)."""
    out: PairScores = {}
    for i in range(n):
        for j in range(m):
            s = score(i, j)
            if s > 0.0:
                out[(i, j)] = s
    return out


def indexed_pairs(
    left_keys: Sequence[frozenset[str]],
    right_keys: Sequence[frozenset[str]],
    score: Callable[[int, int], float],
    *,
    max_df: int,
    top_k: int,
) -> PairScores:
    """Pairs sharing a stem found in at most `max_df` sentences of each side, cut to each sentence's top_k."""
    postings_right: dict[str, list[int]] = {}
    for j, keys in enumerate(right_keys):
        for key in keys:
            postings_right.setdefault(key, []).append(j)
    df_left: dict[str, int] = {}
    for keys in left_keys:
        for key in keys:
            df_left[key] = df_left.get(key, 0) + 1
    usable = {k: js for k, js in postings_right.items() if len(js) <= max_df and df_left.get(k, 0) <= max_df}

    found: PairScores = {}
    for i, keys in enumerate(left_keys):
        partners: set[int] = set()
        for key in keys:
            js = usable.get(key)
            if js is not None:
                partners.update(js)
        for j in partners:
            s = score(i, j)
            if s > 0.0:
                found[(i, j)] = s
    return keep_top(found, top_k)


def keep_top(pairs: PairScores, top_k: int) -> PairScores:
    """Keep a pair when it is among the top_k of its left sentence or of its right sentence."""
    by_left: dict[int, list[tuple[float, int]]] = {}
    by_right: dict[int, list[tuple[float, int]]] = {}
    for (i, j), s in pairs.items():
        by_left.setdefault(i, []).append((s, j))
        by_right.setdefault(j, []).append((s, i))
    kept: PairScores = {}
    for i, lst in by_left.items():
        for s, j in sorted(lst, key=lambda x: (-x[0], x[1]))[:top_k]:
            kept[(i, j)] = s
    for j, lst in by_right.items():
        for s, i in sorted(lst, key=lambda x: (-x[0], x[1]))[:top_k]:
            kept[(i, j)] = s
    return kept
