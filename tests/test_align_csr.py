"""`reader.align.csr` (scipy's sparse kernels without `import scipy.sparse`) gives what scipy.sparse gives,
bit for bit, and the batched and pruned scoring of long inputs gives what the plain one gives."""

from __future__ import annotations

import random
import subprocess
import sys

import numpy as np
import pytest

import reader.align.scorer as scorer_mod
import reader.align.vector as vector_mod
from reader.align.csr import Csr, csr, matmat, matvec, multiply, take_rows
from reader.align.params import DEFAULT_PARAMS
from reader.align.scorer import _PairScorer

WORDS = ("Kremlin", "ceasefire", "Ukraine", "troops", "Kherson", "winter", "offensive", "sources", "talks",
         "the", "and", "of", "2023", "Putin", "army", "negotiations", "Zelensky", "front", "gain", "time")


def _sentences(rng: random.Random, count: int) -> list[str]:
    return [" ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 10))) + "." for _ in range(count)]


def _random_csr(rng: np.random.Generator, n: int, width: int, per_row: int) -> Csr:
    """A canonical 0/1 matrix (sorted, distinct columns in each row)."""
    rows = [np.sort(rng.choice(width, size=rng.integers(0, per_row + 1), replace=False)) for _ in range(n)]
    indptr = np.r_[0, np.cumsum([len(r) for r in rows])]
    indices = np.concatenate(rows) if rows else np.zeros(0, dtype=np.int64)
    return csr(np.ones(len(indices)), indices, indptr, (n, width))


def _same(a: Csr, b: object) -> None:
    """`a` holds exactly the arrays of the scipy matrix `b` (same order within rows, same values)."""
    assert a.shape == b.shape  # type: ignore[attr-defined]
    assert (a.indptr == b.indptr).all()  # type: ignore[attr-defined]
    assert (a.indices == b.indices).all()  # type: ignore[attr-defined]
    assert (a.data == b.data).all()  # type: ignore[attr-defined]


def test_kernels_give_what_scipy_sparse_gives() -> None:
    rng = np.random.default_rng(5)
    left, right = _random_csr(rng, 80, 300, 40), _random_csr(rng, 70, 300, 60)
    weights = rng.random(300) * 7.0
    sl, sr = left.to_scipy(), right.to_scipy()
    ii, jj = rng.integers(0, 80, 500), rng.integers(0, 70, 500)
    gathered_l, gathered_r = take_rows(left, ii), take_rows(right, jj)
    _same(gathered_l, sl[ii])
    product = multiply(gathered_l, gathered_r)
    _same(product, sl[ii].multiply(sr[jj]))
    assert (matvec(product, weights) == sl[ii].multiply(sr[jj]) @ weights).all()
    # Unions of rows (a selector times the matrix): columns come unsorted, and the element-wise product
    # and the sum by a vector must follow that order exactly as scipy does.
    select = _random_csr(rng, 60, 80, 3)
    union, scipy_union = matmat(select, left), select.to_scipy() @ sl
    _same(union, scipy_union)
    other = matmat(_random_csr(rng, 60, 70, 3), right)
    scipy_product = scipy_union.multiply(other.to_scipy())
    _same(multiply(union, other), scipy_product)
    assert (matvec(multiply(union, other), weights) == scipy_product @ weights).all()
    assert take_rows(left, np.zeros(0, dtype=np.int64)).shape == (0, 300)


def test_the_vector_path_does_not_import_scipy_sparse() -> None:
    code = ("import sys, reader.align.vector; "
            "print(sorted(m for m in sys.modules if m.startswith('scipy')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "['scipy.sparse._sparsetools']"


def test_small_batches_give_the_same_scores(monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(21)
    left, right = _sentences(rng, 70), _sentences(rng, 60)
    monkeypatch.setattr(scorer_mod, "VECTOR_MIN_SENTENCES", 10)
    scorer = _PairScorer(left, right, DEFAULT_PARAMS)
    ii, jj = np.divmod(np.arange(70 * 60), 60)
    runs = np.array([(ls, ln, rs, rn) for ls in range(0, 66, 2) for ln in (1, 2, 3) for rs in range(0, 56, 3)
                     for rn in (1, 2, 4) if ln == 1 or rn == 1 or (ln, rn) == (2, 2)], dtype=np.int64)
    pairs, run_sims = scorer.pair_sim_array(ii, jj), scorer.run_sim_array(runs)
    monkeypatch.setattr(vector_mod, "_BATCH", 97)
    monkeypatch.setattr(vector_mod, "_RUN_BATCH", 31)
    assert (scorer.pair_sim_array(ii, jj) == pairs).all()
    assert (scorer.run_sim_array(runs) == run_sims).all()


def test_runs_that_cannot_beat_their_need_are_left_out(monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(23)
    left, right = _sentences(rng, 40), _sentences(rng, 35)
    left[5] = right[7] + " " + right[8]
    monkeypatch.setattr(scorer_mod, "VECTOR_MIN_SENTENCES", 10)
    scorer = _PairScorer(left, right, DEFAULT_PARAMS)
    runs = np.array([(ls, ln, rs, rn) for ls in range(0, 36) for ln in (1, 2, 3) for rs in range(0, 32)
                     for rn in (1, 2, 4) if ln == 1 or rn == 1 or (ln, rn) == (2, 2)], dtype=np.int64)
    plain = scorer.run_sim_array(runs)
    need = np.random.default_rng(1).uniform(0.3, 0.7, len(runs))
    pruned = scorer.run_sim_array(runs, need)
    skipped = np.isnan(pruned)
    assert skipped.sum() > 100 and (~skipped).sum() > 100
    assert (pruned[~skipped] == plain[~skipped]).all()
    assert (plain[skipped] < need[skipped]).all()  # what was left out could not have beaten its need
