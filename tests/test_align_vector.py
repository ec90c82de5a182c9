"""The vectorised paths for long inputs (sparse pair scores, numpy top-k) equal the per-pair paths."""

from __future__ import annotations

import random

import pytest

import reader.align.candidates as candidates_mod
import reader.align.scorer as scorer_mod
from reader.align.aligner import align_sentences
from reader.align.params import DEFAULT_PARAMS
from reader.align.scorer import _PairScorer

WORDS = ("Kremlin", "ceasefire", "Ukraine", "troops", "Kherson", "winter", "offensive", "sources", "talks",
         "the", "and", "of", "2023", "Putin", "army", "negotiations", "Zelensky", "front", "gain", "time")


def _sentences(rng: random.Random, count: int) -> list[str]:
    return [" ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 10))) + "." for _ in range(count)]


def test_sparse_pair_scores_equal_the_per_pair_scores(monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(7)
    left, right = _sentences(rng, 60), _sentences(rng, 45)
    items = [(i, j) for i in range(len(left)) for j in range(len(right))]
    plain = _PairScorer(left, right, DEFAULT_PARAMS)
    assert plain._sparse is None
    expected = plain.pair_sims(items)
    monkeypatch.setattr(scorer_mod, "VECTOR_MIN_SENTENCES", 10)
    fast = _PairScorer(left, right, DEFAULT_PARAMS)
    assert fast._sparse is not None
    got = fast.pair_sims(items)
    assert len(got) == len(expected)
    assert max(abs(a - b) for a, b in zip(got, expected, strict=True)) < 1e-12
    assert [a == 0.0 for a in got] == [b == 0.0 for b in expected]  # no shared feature: exactly 0
    assert any(a > 0.3 for a in got)


def test_sparse_run_scores_equal_the_per_run_scores(monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(3)
    left, right = _sentences(rng, 40), _sentences(rng, 35)
    items = [(ls, ln, rs, rn) for ls in range(0, 36, 3) for ln in (1, 2, 3) for rs in range(0, 32, 2)
             for rn in (1, 2, 4) if ln == 1 or rn == 1 or (ln, rn) == (2, 2)]
    plain = _PairScorer(left, right, DEFAULT_PARAMS)
    expected = plain.run_sims(items)
    monkeypatch.setattr(scorer_mod, "VECTOR_MIN_SENTENCES", 10)
    fast = _PairScorer(left, right, DEFAULT_PARAMS)
    got = fast.run_sims(items)
    assert len(got) == len(expected) >= 256
    assert max(abs(a - b) for a, b in zip(got, expected, strict=True)) < 1e-12
    assert [a == 0.0 for a in got] == [b == 0.0 for b in expected]  # pruned by the bound: exactly 0
    assert sum(a > 0.3 for a in got) > 10 and sum(a == 0.0 for a in got) > 10


def test_numpy_blocks_equal_the_per_pair_blocks() -> None:
    from reader.align.aligner import _blocks

    rng = random.Random(13)
    pairs = {(rng.randrange(60), rng.randrange(50)): 0.5 for _ in range(900)} | {(0, 0): 0.5, (1, 2): 0.5}
    expected = _blocks(pairs, vectorised=False)
    assert _blocks(pairs, vectorised=True) == expected
    assert (0, 2, 0, 3) in expected and len(expected) > 100


def test_numpy_top_k_keeps_the_same_pairs_in_the_same_order(monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(11)
    pairs = {(rng.randrange(80), rng.randrange(90)): rng.choice([0.2, 0.5, rng.random()])
             for _ in range(3000)}
    expected = candidates_mod.keep_top(pairs, 5)
    monkeypatch.setattr(candidates_mod, "_VECTOR_MIN", 1)
    got = candidates_mod.keep_top(pairs, 5)
    assert list(got.items()) == list(expected.items())
    assert len(got) < len(pairs)


def test_alignment_is_the_same_with_the_vectorised_paths(monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(5)
    left, right = _sentences(rng, 80), _sentences(rng, 70)
    left[10:10] = ["Troops could withdraw from part of the Kherson region before winter."]
    right[20:20] = ["Russian troops may withdraw from part of the Kherson region before the winter."]
    expected = align_sentences(left, right, workers=1)
    monkeypatch.setattr(scorer_mod, "VECTOR_MIN_SENTENCES", 10)
    monkeypatch.setattr(candidates_mod, "_VECTOR_MIN", 1)
    got = align_sentences(left, right, workers=1)
    assert [(k.left, k.right) for k in got] == [(k.left, k.right) for k in expected]
    assert [round(k.score, 9) for k in got] == [round(k.score, 9) for k in expected]
    assert any(k.left == (10,) and k.right == (20,) for k in got)


def test_numpy_candidate_index_gives_the_same_pairs() -> None:
    from reader.align.features import index_keys

    rng = random.Random(17)
    for trial in range(25):
        vocab = [f"w{k:03d}x" for k in range(rng.randint(5, 80))]
        left = [frozenset(rng.sample(vocab, rng.randint(0, 4))) for _ in range(rng.randint(1, 250))]
        right = [frozenset(rng.sample(vocab, rng.randint(0, 4))) for _ in range(rng.randint(1, 250))]
        max_df, top_k = rng.randint(1, 60), rng.randint(1, 5)
        expected = candidates_mod.shortlist_pairs(left, right, max_df=max_df, top_k=top_k)
        got = candidates_mod.shortlist_pairs(left, right, max_df=max_df, top_k=top_k, vectorised=True)
        assert got == expected, trial
    texts = _sentences(rng, 300), _sentences(rng, 280)
    left, right = ([index_keys(s) for s in side] for side in texts)
    expected = candidates_mod.shortlist_pairs(left, right, max_df=50, top_k=3)
    assert candidates_mod.shortlist_pairs(left, right, max_df=50, top_k=3, vectorised=True) == expected
    assert candidates_mod.shortlist_pairs([frozenset()], right, max_df=50, top_k=3, vectorised=True) == []


def test_texts_holding_the_separator_give_the_same_scores(monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(11)
    left, right = _sentences(rng, 30), _sentences(rng, 25)
    left[3] = left[3].replace(" ", "\x00", 1)  # the tokens are then found text by text
    items = [(i, j) for i in range(len(left)) for j in range(len(right))]
    expected = _PairScorer(left, right, DEFAULT_PARAMS).pair_sims(items)
    monkeypatch.setattr(scorer_mod, "VECTOR_MIN_SENTENCES", 10)
    got = _PairScorer(left, right, DEFAULT_PARAMS).pair_sims(items)
    assert max(abs(a - b) for a, b in zip(got, expected, strict=True)) < 1e-12


def test_run_bounds_are_upper_bounds(monkeypatch: pytest.MonkeyPatch) -> None:
    import numpy as np

    rng = random.Random(13)
    left, right = _sentences(rng, 40), _sentences(rng, 35)
    left[5] = right[7] + " " + right[8]  # a 1:2 run that matches exactly
    monkeypatch.setattr(scorer_mod, "VECTOR_MIN_SENTENCES", 10)
    scorer = _PairScorer(left, right, DEFAULT_PARAMS)
    runs = np.array([(ls, ln, rs, rn) for ls in range(0, 36) for ln in (1, 2, 3) for rs in range(0, 32)
                     for rn in (1, 2, 4) if ln == 1 or rn == 1 or (ln, rn) == (2, 2)], dtype=np.int64)
    sims = scorer.run_sim_array(runs)
    bounds = scorer.run_bound_array(runs)
    assert (sims <= bounds + 1e-12).all()
    assert (bounds < 0.99).sum() > 100  # the bound does rule runs out
    assert sims[(runs == (5, 1, 7, 2)).all(axis=1)][0] > 0.99
