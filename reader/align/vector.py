"""Vectorised pair scoring for long inputs: the weighted overlap of many candidate pairs as sparse products.

Each side's feature sets become a sparse 0/1 matrix (sentences x features, scipy CSR). For a batch of
candidate pairs the rows of both sides are gathered, multiplied element-wise (a feature survives only where
both sentences have it) and multiplied by the weight vector: one C-level pass yields the shared weight of
every pair, with no n x m matrix anywhere. rapidfuzz's `process.cpdist` gives the matching `fuzz.ratio`
values in one call. Feature columns are numbered in sorted order, so every sum adds the same numbers in the
same order in every run, whatever `PYTHONHASHSEED` does to the order of sets (determinism); the values equal
the per-pair path (`_PairScorer.pair_sims` below `VECTOR_MIN`) up to the last bits of rounding.

numpy and scipy are imported here, and this module only when an input is long enough to use it, so the app's
start and its usual article pairs never load them.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from rapidfuzz import fuzz, process
from scipy import sparse

_BATCH = 20000  # pairs gathered at once (bounds the temporary matrices)


class SparseFeatures:
    """Both sides' feature sets as CSR matrices over one sorted feature vocabulary, with the weights."""

    def __init__(self, left: Sequence[frozenset[str]], right: Sequence[frozenset[str]],
                 weights: dict[str, float], left_mass: Sequence[float], right_mass: Sequence[float]) -> None:
        vocab = sorted(weights)
        column = {f: k for k, f in enumerate(vocab)}
        self.weights = np.fromiter((weights[f] for f in vocab), dtype=np.float64, count=len(vocab))
        self.left = _csr(left, column)
        self.right = _csr(right, column)
        self.left_mass = np.asarray(left_mass, dtype=np.float64)
        self.right_mass = np.asarray(right_mass, dtype=np.float64)

    def lexical(self, ii: np.ndarray, jj: np.ndarray) -> np.ndarray:
        """Weighted Dice coefficient (capped at 1) of left ii[k] and right jj[k], for every k."""
        out = np.empty(len(ii), dtype=np.float64)
        for a in range(0, len(ii), _BATCH):
            i, j = ii[a : a + _BATCH], jj[a : a + _BATCH]
            shared = self.left[i].multiply(self.right[j]) @ self.weights
            total = self.left_mass[i] + self.right_mass[j]
            with np.errstate(divide="ignore", invalid="ignore"):
                dice = np.where(total > 0, 2.0 * shared / total, 0.0)
            out[a : a + _BATCH] = np.minimum(dice, 1.0)
        return out


def _csr(feature_sets: Sequence[frozenset[str]], column: dict[str, int]) -> sparse.csr_matrix:
    indptr = np.zeros(len(feature_sets) + 1, dtype=np.int64)
    indices: list[int] = []
    for k, feats in enumerate(feature_sets):
        indices.extend(sorted(column[f] for f in feats))
        indptr[k + 1] = len(indices)
    idx = np.asarray(indices, dtype=np.int32)
    return sparse.csr_matrix((np.ones(len(idx), dtype=np.float64), idx, indptr),
                             shape=(len(feature_sets), len(column)))


def pair_sims(feats: SparseFeatures, left_text: Sequence[str], right_text: Sequence[str],
              lexical_weight: float, ratio_weight: float, items: Sequence[tuple[int, int]]) -> list[float]:
    """The mixed similarity of each (left, right) pair: 0.0 without a shared feature, else
    `lexical_weight * lexical + ratio_weight * fuzz.ratio / 100` (the formula of `scorer.Mix`)."""
    if not items:
        return []
    pairs = np.asarray(items, dtype=np.int64)
    ii, jj = pairs[:, 0], pairs[:, 1]
    lexical = feats.lexical(ii, jj)
    shared = np.flatnonzero(lexical > 0.0)
    out = np.zeros(len(items), dtype=np.float64)
    if len(shared):
        ratio = process.cpdist([left_text[i] for i in ii[shared]], [right_text[j] for j in jj[shared]],
                               scorer=fuzz.ratio, dtype=np.float64, workers=1)
        out[shared] = lexical_weight * lexical[shared] + ratio_weight * ratio / 100.0
    return out.tolist()
