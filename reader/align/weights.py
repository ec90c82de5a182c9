"""Weighted lexical similarity between sentences and runs of neighbouring sentences.

A feature's weight is its inverse document frequency within the document pair (both sides count, so the
weights do not depend on which side is left): words every sentence uses ("der", "the") weigh almost
nothing, names, numbers and rare content words dominate. Similarity is the weighted Dice coefficient of two
feature sets, in [0, 1]; a run of sentences is compared through the union of its sentences' features.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable
from itertools import chain


def idf_weights(feature_sets: Iterable[frozenset[str]]) -> dict[str, float]:
    """log((N + 1) / df) for every feature, N being the number of sentences on both sides."""
    sets = list(feature_sets)
    df = Counter(chain.from_iterable(sets))
    top = math.log(len(sets) + 1)
    return {f: top - math.log(c) for f, c in df.items()}


def mass(feats: Iterable[str], weights: dict[str, float]) -> float:
    """Total weight of a set of features, the same in every run.

    A set of strings is iterated in an order that changes with `PYTHONHASHSEED`, and a plain float `sum`
    rounds differently in another order; `math.fsum` is exactly rounded, hence independent of the order
    (and, over the few dozen features of a sentence, no slower than `sum`).
    """
    return math.fsum(map(weights.__getitem__, feats))
