"""Weighted lexical similarity between sentences and runs of neighbouring sentences.

A feature's weight is its inverse document frequency within the document pair (both sides count, so the
weights do not depend on which side is left): words every sentence uses ("der", "the") weigh almost
nothing, names, numbers and rare content words dominate. Similarity is the weighted Dice coefficient of two
feature sets, in [0, 1]. `math.fsum` keeps sums independent of set iteration order, which the aligner's
mirror symmetry relies on.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence


def idf_weights(feature_sets: Iterable[frozenset[str]]) -> dict[str, float]:
    """log((N + 1) / df) for every feature, N being the number of sentences on both sides."""
    df: dict[str, int] = {}
    n = 0
    for feats in feature_sets:
        n += 1
        for f in feats:
            df[f] = df.get(f, 0) + 1
    return {f: math.log((n + 1) / c) for f, c in df.items()}


def mass(feats: Iterable[str], weights: dict[str, float]) -> float:
    return math.fsum(weights[f] for f in feats)


def dice(a: frozenset[str], wa: float, b: frozenset[str], wb: float, weights: dict[str, float]) -> float:
    """Weighted Dice coefficient of two feature sets whose masses are `wa` and `wb`."""
    if wa + wb <= 0.0:
        return 0.0
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    shared = math.fsum(weights[f] for f in small if f in large)
    return min(1.0, 2.0 * shared / (wa + wb))


class Blocks:
    """Feature sets and masses of runs of up to `max_len` consecutive sentences of one side, built lazily."""

    def __init__(self, feats: Sequence[frozenset[str]], weights: dict[str, float], max_len: int) -> None:
        self.feats = feats
        self.weights = weights
        self.max_len = max_len
        self._cache: dict[tuple[int, int], tuple[frozenset[str], float]] = {}

    def get(self, start: int, length: int) -> tuple[frozenset[str], float]:
        """Features and mass of sentences start .. start+length-1."""
        key = (start, length)
        hit = self._cache.get(key)
        if hit is not None:
            return hit
        if length == 1:
            feats = self.feats[start]
        else:
            feats = self.get(start, length - 1)[0] | self.feats[start + length - 1]
        value = (feats, mass(feats, self.weights))
        self._cache[key] = value
        return value
