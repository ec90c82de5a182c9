"""The pair scorer: one mixing formula behind every path, and the worker pool mapping a function."""

from __future__ import annotations

import pytest
from rapidfuzz import fuzz

import reader.align.scorer as scorer_mod
from reader.align.params import AlignParams
from reader.align.scorer import Mix, _PairScorer, _Workers
from reader.align.weights import mass

LEFT = ["Kyiv rejects talks with Putin, the president said on Tuesday.", "Heavy snow closed the pass.",
        "The army retreated from Kherson."]
RIGHT = ["The president said Kyiv rejects any talks with Putin.", "Troops left Kherson in November.",
         "An orchestra premiered a symphony.", "Snow closed the mountain pass."]


def _lexical(scorer: _PairScorer, i: int, j: int) -> float:
    common = scorer.left_feats[i] & scorer.right_feats[j]
    return min(1.0, 2.0 * mass(common, scorer.weights) / (scorer.left_mass[i] + scorer.right_mass[j]))


def test_mix_is_the_formula_and_upper_bound_is_its_maximum() -> None:
    mix = Mix.of(0.2)
    assert mix == Mix(0.8, 0.2)
    assert mix.mix(0.5, 40.0) == pytest.approx(0.8 * 0.5 + 0.2 * 0.4)
    assert mix.upper_bound(0.5) == mix.mix(0.5, 100.0)
    assert all(mix.mix(0.5, r) <= mix.upper_bound(0.5) for r in (0.0, 33.3, 99.9, 100.0))


@pytest.mark.parametrize("ratio_weight", [0.2, 0.5])
def test_pair_sims_and_run_sim_return_mix(ratio_weight: float) -> None:
    """The hot path (`pair_sims`) and the run path (`run_sim`, 1:1 here) both give exactly `mix`."""
    scorer = _PairScorer(LEFT, RIGHT, AlignParams(ratio_weight=ratio_weight))
    expected = scorer.mix.mix(_lexical(scorer, 0, 0), fuzz.ratio(scorer.left_text[0], scorer.right_text[0]))
    assert expected > scorer.params.threshold
    assert scorer.pair_sims([(0, 0)]) == [expected]
    assert scorer.run_sim(0, 1, 0, 1) == expected


def test_both_paths_go_through_the_one_mix(monkeypatch: pytest.MonkeyPatch) -> None:
    """Replacing `Mix.mix` changes what both paths return (and the bound `run_sim` prunes with)."""
    monkeypatch.setattr(Mix, "mix", lambda self, lexical, ratio: 10.0 + lexical + 1000.0 * ratio)
    scorer = _PairScorer(LEFT, RIGHT, AlignParams())
    for i, j in ((0, 0), (1, 3), (2, 1)):
        ratio = fuzz.ratio(scorer.left_text[i], scorer.right_text[j])
        expected = 10.0 + _lexical(scorer, i, j) + 1000.0 * ratio
        assert scorer.pair_sims([(i, j)]) == [expected]
        assert scorer.run_sim(i, 1, j, 1) == expected
    monkeypatch.setattr(Mix, "upper_bound", lambda self, lexical: 0.0)
    assert scorer.run_sim(0, 1, 0, 1) == 0.0


def test_workers_map_a_function_of_the_scorer(monkeypatch: pytest.MonkeyPatch) -> None:
    """Forked workers apply the mapped function to the scorer they inherit; the results equal one process."""
    monkeypatch.setattr(scorer_mod, "_CHUNK_MIN", 1)
    scorer = _PairScorer(LEFT, RIGHT, AlignParams())
    pairs = [(i, j) for i in range(len(LEFT)) for j in range(len(RIGHT))]
    runs = [(0, 2, 0, 1), (1, 2, 2, 2), (0, 1, 0, 2), (2, 1, 1, 1)]
    with _Workers(scorer, 2) as pool:
        assert pool._pool is not None
        assert pool.map(_PairScorer.pair_sims, pairs) == scorer.pair_sims(pairs)
        assert pool.map(_PairScorer.run_sims, runs) == [scorer.run_sim(*r) for r in runs]
    assert scorer_mod._SHARED is None
