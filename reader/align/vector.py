"""Vectorised pair scoring for long inputs: the weighted overlap of many candidate pairs as sparse products.

Each side's feature sets become a sparse 0/1 matrix (sentences x features, CSR on scipy's C kernels: `csr`).
For a batch of candidate pairs the rows of both sides are gathered, multiplied element-wise (a feature
survives only where both sentences have it) and multiplied by the weight vector: one C-level pass yields
the shared weight of every pair, with no n x m matrix anywhere. rapidfuzz's `process.cpdist` gives the
matching `fuzz.ratio` values in one call per batch. Feature columns are numbered in a fixed order, so every
sum adds the same numbers in the same order in every run, whatever `PYTHONHASHSEED` does to the order of
sets (determinism); the values equal the per-pair path of shorter inputs (`_PairScorer.pair_sims`) up to
the last bits of rounding.

numpy and scipy's kernels are loaded here, and this module only when an input is long enough to use it, so the
app's start and its usual article pairs never load them.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from itertools import chain, repeat

import numpy as np
from rapidfuzz import fuzz, process

from .csr import Csr, csr, matmat, matvec, multiply, take_rows
from .features import _WORD, SEPARATOR, _word_grams

_TOKEN = re.compile(rf"\w+|{SEPARATOR}")  # the words of `features._WORD`, and the separator
_BATCH = 5000  # pairs gathered at once (bounds the temporary matrices: peak memory)
_RUN_BATCH = 2500  # runs gathered at once (a run's feature union is several sentences' features)


class SparseFeatures:
    """Both sides' feature sets as CSR matrices over one feature vocabulary, with the weights.

    Built from the normalised texts (`from_texts`): each distinct word is cut into n-grams once, and the
    matrices, IDF weights and masses come from numpy arrays, with no Python set per sentence. Columns are
    numbered in the order features are first met in the text (deterministic, whatever the hash seed), so
    every sum adds the same numbers in the same order in every run."""

    def __init__(self, left: Csr, right: Csr, weights: np.ndarray,
                 keys: tuple[tuple[np.ndarray, np.ndarray], tuple[np.ndarray, np.ndarray], int] | None = None,
                 ) -> None:
        self.weights = weights
        self.left = left
        self.right = right
        self.left_mass = matvec(left, weights)
        self.right_mass = matvec(right, weights)
        # Text lengths (characters of the normalised texts), for the ratio's bound (`run_bounds`).
        self.left_len: np.ndarray | None = None
        self.right_len: np.ndarray | None = None
        # Index keys (word stems) of each side as (sentence, stem column) arrays, stems in sorted order.
        self.keys = keys

    @classmethod
    def from_texts(cls, left: Sequence[str], right: Sequence[str], prefix: int = 5) -> SparseFeatures:
        """From normalised texts: the features of `features.features`, the IDF weights of
        `weights.idf_weights` (the same numbers) and the index keys of `features.index_keys(text, prefix)`."""
        found = [_tokens(texts) for texts in (left, right)]
        # Word ids in order of first appearance (dict.fromkeys keeps it), left side first; the separator -1.
        first = dict.fromkeys(chain.from_iterable(found))
        first.pop(SEPARATOR, None)
        words = {w: k for k, w in enumerate(first)}
        sides = [_word_ids(found[0], words, len(left)), _word_ids(found[1], words, len(right))]
        # Every word's n-grams, and the n-grams numbered in order of first appearance (C-level loops).
        word_grams = list(map(_word_grams, words))
        gram_ptr = np.zeros(len(words) + 1, dtype=np.int64)
        np.cumsum(np.fromiter(map(len, word_grams), dtype=np.int64, count=len(words)), out=gram_ptr[1:])
        all_grams = list(chain.from_iterable(word_grams))
        grams = {g: k for k, g in enumerate(dict.fromkeys(all_grams))}
        gram_idx = np.fromiter(map(grams.__getitem__, all_grams), dtype=np.int64, count=len(all_grams))
        stems = [w[:prefix] for w in words]
        stem_vocab = sorted(set(stems))
        stem_column = {t: k for k, t in enumerate(stem_vocab)}
        word_stem = np.fromiter(map(stem_column.__getitem__, stems), dtype=np.int64, count=len(stems))
        mats, keys = [], []
        for rows, ids, count in sides:
            reps = gram_ptr[ids + 1] - gram_ptr[ids]
            offsets = np.arange(int(reps.sum()), dtype=np.int64) - np.repeat(np.cumsum(reps) - reps, reps)
            mats.append(_unique_csr(np.repeat(rows, reps), gram_idx[np.repeat(gram_ptr[ids], reps) + offsets],
                                    count, len(grams)))
            codes = _sorted_unique(rows * len(stem_vocab) + word_stem[ids])
            keys.append(np.divmod(codes, len(stem_vocab)))
        df = np.bincount(mats[0].indices, minlength=len(grams)) + np.bincount(mats[1].indices,
                                                                              minlength=len(grams))
        # log((N + 1) / df) as `weights.idf_weights` computes it (math.log: the same last bits).
        top = math.log(mats[0].shape[0] + mats[1].shape[0] + 1)
        table = np.array([0.0] + [top - math.log(c) for c in range(1, int(df.max(initial=0)) + 1)])
        feats = cls(mats[0], mats[1], table[df], (keys[0], keys[1], len(stem_vocab)))
        feats.left_len, feats.right_len = (np.fromiter(map(len, t), dtype=np.int64, count=len(t))
                                           for t in (left, right))
        return feats

    def lexical(self, ii: np.ndarray, jj: np.ndarray) -> np.ndarray:
        """Weighted Dice coefficient (capped at 1) of left ii[k] and right jj[k], for every k."""
        out = np.empty(len(ii), dtype=np.float64)
        for a in range(0, len(ii), _BATCH):
            i, j = ii[a : a + _BATCH], jj[a : a + _BATCH]
            shared = matvec(multiply(take_rows(self.left, i), take_rows(self.right, j)), self.weights)
            total = self.left_mass[i] + self.right_mass[j]
            with np.errstate(divide="ignore", invalid="ignore"):
                dice = np.where(total > 0, 2.0 * shared / total, 0.0)
            out[a : a + _BATCH] = np.minimum(dice, 1.0)
        return out


def int_rows(items: Sequence[tuple[int, ...]], width: int) -> np.ndarray:
    """A list of int tuples as an (n, width) array (`np.fromiter` over the flattened tuples: several times
    faster than `np.asarray` on a list of tuples)."""
    flat = np.fromiter(chain.from_iterable(items), dtype=np.int64, count=width * len(items))
    return flat.reshape(len(items), width)


def _tokens(texts: Sequence[str]) -> list[str]:
    """The words of every text, texts apart by a separator token: one regex pass over the joined texts,
    unless a text holds the separator (then text by text)."""
    joined = SEPARATOR.join(texts)
    if joined.count(SEPARATOR) == max(len(texts) - 1, 0):
        return _TOKEN.findall(joined)
    tokens: list[str] = []
    for t in texts:
        tokens += _WORD.findall(t)
        tokens.append(SEPARATOR)
    return tokens


def _word_ids(tokens: list[str], words: dict[str, int], count: int) -> tuple[np.ndarray, np.ndarray, int]:
    """(sentence, word id) of every word of `_tokens` (a sentence's number: the separators before it)."""
    ids = np.fromiter(map(words.get, tokens, repeat(-1)), dtype=np.int64, count=len(tokens))
    sep = ids < 0
    rows = np.cumsum(sep)[~sep]
    return rows, ids[~sep], count


def _sorted_unique(codes: np.ndarray) -> np.ndarray:
    """The distinct values, sorted (a plain sort: numpy's hash-based `unique` is several times slower)."""
    codes = np.sort(codes)
    return codes[np.r_[True, codes[1:] != codes[:-1]]] if len(codes) else codes


def _unique_csr(row: np.ndarray, cols: np.ndarray, n: int, width: int) -> Csr:
    """The 0/1 matrix with a one at every (row[k], cols[k]), columns sorted within rows."""
    codes = _sorted_unique(row * width + cols)
    indptr = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(np.bincount(codes // width, minlength=n), out=indptr[1:])
    return csr(np.ones(len(codes), dtype=np.float64), codes % width, indptr, (n, width))


def pair_sims(feats: SparseFeatures, left_text: Sequence[str], right_text: Sequence[str],
              lexical_weight: float, ratio_weight: float, items: Sequence[tuple[int, int]]) -> list[float]:
    """The mixed similarity of each (left, right) pair: 0.0 without a shared feature, else
    `lexical_weight * lexical + ratio_weight * fuzz.ratio / 100` (the formula of `scorer.Mix`)."""
    if not items:
        return []
    pairs = int_rows(items, 2)
    return pair_sim_array(feats, left_text, right_text, lexical_weight, ratio_weight, pairs[:, 0],
                          pairs[:, 1]).tolist()


def pair_sim_array(feats: SparseFeatures, left_text: Sequence[str], right_text: Sequence[str],
                   lexical_weight: float, ratio_weight: float, ii: np.ndarray, jj: np.ndarray) -> np.ndarray:
    """`pair_sims` of left ii[k] and right jj[k], as an array."""
    out = np.zeros(len(ii), dtype=np.float64)
    for a in range(0, len(ii), _BATCH):
        i, j = ii[a : a + _BATCH], jj[a : a + _BATCH]
        lexical = feats.lexical(i, j)
        shared = np.flatnonzero(lexical > 0.0)
        if len(shared):
            ratio = process.cpdist(list(map(left_text.__getitem__, i[shared].tolist())),
                                   list(map(right_text.__getitem__, j[shared].tolist())),
                                   scorer=fuzz.ratio, dtype=np.float64, workers=1)
            out[a + shared] = lexical_weight * lexical[shared] + ratio_weight * ratio / 100.0
    return out


def _union_rows(matrix: Csr, starts: np.ndarray, lengths: np.ndarray) -> Csr:
    """Row r: the features of rows starts[r] .. starts[r] + lengths[r] - 1 together (0/1)."""
    total = int(lengths.sum())
    indptr = np.zeros(len(starts) + 1, dtype=np.int64)
    np.cumsum(lengths, out=indptr[1:])
    # Member rows of every run, run after run: start + 0, 1, ..., length - 1.
    members = np.repeat(starts - indptr[:-1], lengths) + np.arange(total, dtype=np.int64)
    select = csr(np.ones(total, dtype=np.float64), members, indptr, (len(starts), matrix.shape[0]))
    union = matmat(select, matrix)
    union.data[:] = 1.0
    return union


def run_sims(feats: SparseFeatures, left_text: Sequence[str], right_text: Sequence[str],
             lexical_weight: float, ratio_weight: float, threshold: float,
             items: Sequence[tuple[int, int, int, int]]) -> list[float]:
    """`_PairScorer.run_sim` of many (left start, left length, right start, right length) runs: the weighted
    Dice coefficient of the runs' feature unions as sparse products, 0.0 without a shared feature or when
    the ratio at its maximum could not lift the pair above `threshold`, else the `scorer.Mix` formula."""
    if not items:
        return []
    return run_sim_array(feats, left_text, right_text, lexical_weight, ratio_weight, threshold,
                         int_rows(items, 4)).tolist()


def run_sim_array(feats: SparseFeatures, left_text: Sequence[str], right_text: Sequence[str],
                  lexical_weight: float, ratio_weight: float, threshold: float,
                  runs: np.ndarray, need: np.ndarray | None = None) -> np.ndarray:
    """`run_sims` of the rows of `runs` (runs x 4), as an array.

    `need`: what each run's similarity must exceed to be of use. A run whose exact lexical score plus the
    ratio's bound from the two texts' lengths (see `run_bounds`) cannot exceed it gets no `fuzz.ratio`
    (most runs, on long inputs) and is NaN: not computed, as it depends on `need`."""
    out = np.zeros(len(runs), dtype=np.float64)
    # A run's text is a slice of all the texts joined by spaces: the same string as its sentences joined.
    joined = (" ".join(left_text), " ".join(right_text))
    begin = [np.r_[0, np.cumsum(np.fromiter(map(len, texts), dtype=np.int64, count=len(texts)) + 1)]
             for texts in (left_text, right_text)]

    def run_texts(side: int, starts: np.ndarray, lengths: np.ndarray) -> list[str]:
        """The texts of the runs of `side` starting at `starts` (sentences `lengths` long)."""
        first, stop = begin[side][starts].tolist(), (begin[side][starts + lengths] - 1).tolist()
        return list(map(joined[side].__getitem__, map(slice, first, stop)))

    for a in range(0, len(runs), _RUN_BATCH):
        ls, ln, rs, rn = runs[a : a + _RUN_BATCH].T
        left = _union_rows(feats.left, ls, ln)
        right = _union_rows(feats.right, rs, rn)
        shared = matvec(multiply(left, right), feats.weights)
        total = matvec(left, feats.weights) + matvec(right, feats.weights)
        with np.errstate(divide="ignore", invalid="ignore"):
            lexical = np.minimum(np.where(total > 0, 2.0 * shared / total, 0.0), 1.0)
        keep = np.flatnonzero((shared > 0) & (lexical_weight * lexical + ratio_weight > threshold))
        if need is not None and ratio_weight > 0.0 and len(keep):
            la = begin[0][ls[keep] + ln[keep]] - begin[0][ls[keep]] - 1
            lb = begin[1][rs[keep] + rn[keep]] - begin[1][rs[keep]] - 1
            with np.errstate(divide="ignore", invalid="ignore"):
                ratio = np.where(la + lb > 0, 2.0 * np.minimum(la, lb) / (la + lb), 1.0)
            # Margin: the bound and the score add the same terms in other orders.
            hopeless = lexical_weight * lexical[keep] + ratio_weight * ratio + 1e-9 <= need[a + keep]
            out[a + keep[hopeless]] = np.nan
            keep = keep[~hopeless]
        if ratio_weight <= 0.0:
            out[a + keep] = lexical[keep]
        elif len(keep):
            ratio = process.cpdist(run_texts(0, ls[keep], ln[keep]), run_texts(1, rs[keep], rn[keep]),
                                   scorer=fuzz.ratio, dtype=np.float64, workers=1)
            out[a + keep] = lexical_weight * lexical[keep] + ratio_weight * ratio / 100.0
    return out


def _span(values: np.ndarray, starts: np.ndarray, lengths: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(largest, sum) of values[s : s + n] for every run start s and length n (n >= 1)."""
    top = values[starts].astype(np.float64)
    total = top.copy()
    last = len(values) - 1
    for d in range(1, int(lengths.max(initial=1))):
        more = np.flatnonzero(lengths > d)
        member = values[np.minimum(starts[more] + d, last)]
        top[more] = np.maximum(top[more], member)
        total[more] += member
    return top, total


def run_bounds(feats: SparseFeatures, lexical_weight: float, ratio_weight: float,
               runs: np.ndarray) -> np.ndarray:
    """An upper bound of `run_sim_array` for each row of `runs`, from masses and lengths alone (no sparse
    product, no ratio): the weighted Dice coefficient of two sets is at most 2 min / (a + b) of their
    masses a and b, and a run's feature union weighs at least its heaviest and at most the sum of its
    sentences; `fuzz.ratio` is at most 2 min / (a + b) of the two texts' lengths (a space joins the
    sentences of a run). A run whose bound cannot beat what it must beat need not be scored."""
    assert feats.left_len is not None and feats.right_len is not None
    ls, ln, rs, rn = runs.T
    a_lo, a_hi = _span(feats.left_mass, ls, ln)
    b_lo, b_hi = _span(feats.right_mass, rs, rn)
    la = _span(feats.left_len, ls, ln)[1] + (ln - 1)
    lb = _span(feats.right_len, rs, rn)[1] + (rn - 1)
    dice = np.ones(len(runs), dtype=np.float64)
    with np.errstate(divide="ignore", invalid="ignore"):
        low = a_hi < b_lo
        dice[low] = 2.0 * a_hi[low] / (a_hi[low] + b_lo[low])
        high = b_hi < a_lo
        dice[high] = 2.0 * b_hi[high] / (b_hi[high] + a_lo[high])
        ratio = np.where(la + lb > 0, 2.0 * np.minimum(la, lb) / (la + lb), 1.0)
    return lexical_weight * np.minimum(dice, 1.0) + ratio_weight * ratio


def nm_blocks(keys: Sequence[tuple[int, int]],
              offsets: Sequence[tuple[int, int]]) -> list[tuple[int, int, int, int]]:
    """(left start, left length, right start, right length) of every block spanned by a candidate pair
    (i, j) and another candidate pair (i + di, j + dj), for (di, dj) in `offsets` (di > 0), without
    duplicates and sorted: the same list as the per-pair loop of `aligner._blocks`."""
    if not keys:
        return []
    return [tuple(row) for row in nm_block_array(int_rows(keys, 2), offsets).tolist()]


def nm_block_array(ids: np.ndarray, offsets: Sequence[tuple[int, int]]) -> np.ndarray:
    """`nm_blocks` of the pairs in the rows of `ids`, as a (blocks x 4) array."""
    if not len(ids):
        return np.zeros((0, 4), dtype=np.int64)
    width = int(ids[:, 1].max()) + 5  # codes i * width + j + 2 stay distinct for j + dj in [-2, max + 2]
    table = np.sort(ids[:, 0] * width + ids[:, 1] + 2)
    i, j = np.divmod(table, width)
    j -= 2
    found = []
    for di, dj in offsets:
        # Looked up in the table's own (sorted) order: searchsorted on sorted targets stays in cache.
        target = table + (di * width + dj)
        pos = np.minimum(np.searchsorted(table, target), len(table) - 1)
        hit = table[pos] == target
        # Each block as one integer, in the order of its (left start, left length, right start, right
        # length) row (lengths are 2 or 3; `np.unique(..., axis=0)` of the rows is several times slower).
        ln, rs, rn = di + 1, np.minimum(j[hit], j[hit] + dj), abs(dj) + 1
        found.append(((i[hit] * 4 + ln) * width + rs) * 4 + rn)
    codes = _sorted_unique(np.concatenate(found) if found else np.zeros(0, dtype=np.int64))
    codes, rn = np.divmod(codes, 4)
    codes, rs = np.divmod(codes, width)
    ls, ln = np.divmod(codes, 4)
    return np.stack([ls, ln, rs, rn], axis=1)
