"""Pair scoring: the similarity of two sentences or two runs of sentences, and the pool that spreads it.

The similarity mixes the weighted Dice coefficient of the features (`lexical`, in [0, 1]) with rapidfuzz's
`fuzz.ratio` of the normalised text (`ratio`, in [0, 100] as rapidfuzz gives it). `Mix` is the one place
that formula is written; the hot path, the general path and the pruning bound all go through it.

Long inputs are scored by this process plus forked copies of it (`_Workers`). A forked worker inherits the
scorer through the module global `_SHARED` instead of receiving it pickled; only the function to apply
(a plain function taking the scorer, pickled by name) and the items travel.
"""

from __future__ import annotations

import math
import os
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, NamedTuple, TypeVar

from rapidfuzz import fuzz

from .features import features, normalize
from .params import AlignParams
from .weights import idf_weights, mass

if TYPE_CHECKING:
    from multiprocessing.pool import Pool


class Mix(NamedTuple):
    """The similarity formula: `lexical_weight * lexical + ratio_weight * ratio / 100`."""

    lexical_weight: float
    ratio_weight: float

    @classmethod
    def of(cls, ratio_weight: float) -> Mix:
        """The mix giving `ratio_weight` to the ratio and the rest to the lexical score."""
        return cls(1.0 - ratio_weight, ratio_weight)

    def mix(self, lexical: float, ratio: float) -> float:
        """Similarity in [0, 1] from `lexical` in [0, 1] and `ratio` in [0, 100]."""
        return self.lexical_weight * lexical + self.ratio_weight * ratio / 100.0

    def upper_bound(self, lexical: float) -> float:
        """The highest similarity a pair with this lexical score can reach: the ratio at its maximum."""
        return self.mix(lexical, 100.0)


# Inputs with this many sentences (both sides) build their features and score every pair and run with
# numpy/scipy (`vector`); shorter ones (the app's usual article pairs) never import them. Read at call time,
# so a test can lower it.
VECTOR_MIN_SENTENCES = 2000


class _PairScorer:
    """Similarity of sentences and of runs of neighbouring sentences of the two sides.

    A run's features are the union of its sentences' features, so a merged run matches better than its
    parts exactly when its sentences each cover a different part of the counterpart.
    """

    def __init__(self, left: Sequence[str], right: Sequence[str], params: AlignParams) -> None:
        self.params = params
        self.mix = Mix.of(params.ratio_weight)
        self.left_text = [normalize(s) for s in left]
        self.right_text = [normalize(s) for s in right]
        self._sparse = None
        if len(left) + len(right) >= VECTOR_MIN_SENTENCES:
            from .vector import SparseFeatures  # numpy and scipy: only for long inputs

            self._sparse = SparseFeatures.from_texts(self.left_text, self.right_text)
            return
        self.left_feats = [features(s, normalized=True) for s in self.left_text]
        self.right_feats = [features(s, normalized=True) for s in self.right_text]
        self.weights = idf_weights([*self.left_feats, *self.right_feats])
        self.left_mass = [mass(f, self.weights) for f in self.left_feats]
        self.right_mass = [mass(f, self.weights) for f in self.right_feats]
        self._mass: dict[tuple[int, int, int], float] = {}

    @property
    def vectorised(self) -> bool:
        """Whether this input is long enough for the numpy/scipy paths (`VECTOR_MIN_SENTENCES`)."""
        return self._sparse is not None

    @property
    def index_postings(self) -> tuple[object, object, int]:
        """Long inputs: each side's index keys as (sentence, stem column) arrays and the number of stems
        (`candidates.shortlist_postings`)."""
        assert self._sparse is not None and self._sparse.keys is not None
        return self._sparse.keys

    def _run_mass(self, side: int, start: int, length: int) -> float:
        if length == 1:
            return (self.left_mass if side == 0 else self.right_mass)[start]
        key = (side, start, length)
        value = self._mass.get(key)
        if value is None:
            feats = self.left_feats if side == 0 else self.right_feats
            value = mass(frozenset().union(*feats[start : start + length]), self.weights)
            self._mass[key] = value
        return value

    def pair_sim(self, i: int, j: int) -> float:
        """Similarity of left sentence i and right sentence j."""
        return self.pair_sims([(i, j)])[0]

    def pair_sims(self, items: Sequence[tuple[int, int]]) -> list[float]:
        """Similarities of many (left, right) pairs: the hot path, kept flat with local names.

        The shared features are a set iterated in hash order, so they are summed with `math.fsum` (exactly
        rounded, hence the same in every run; see `weights.mass`). Long inputs (`VECTOR_MIN_SENTENCES`)
        are scored as sparse products instead (`vector`), however few the items.
        """
        if self._sparse is not None:
            from .vector import pair_sims

            return pair_sims(self._sparse, self.left_text, self.right_text, self.mix.lexical_weight,
                             self.mix.ratio_weight, items)
        lf, rf, lm, rm = self.left_feats, self.right_feats, self.left_mass, self.right_mass
        lt, rt = self.left_text, self.right_text
        weight = self.weights.__getitem__
        mix = self.mix.mix
        ratio = fuzz.ratio
        fsum = math.fsum
        out: list[float] = []
        append = out.append
        for i, j in items:
            common = lf[i] & rf[j]
            if not common:
                append(0.0)
                continue
            lexical = 2.0 * fsum(map(weight, common)) / (lm[i] + rm[j])
            append(mix(lexical if lexical < 1.0 else 1.0, ratio(lt[i], rt[j])))
        return out

    def pair_sim_array(self, ii: Any, jj: Any) -> Any:
        """Long inputs: `pair_sims` of left ii[k] and right jj[k] (numpy arrays), as an array."""
        from .vector import pair_sim_array

        return pair_sim_array(self._sparse, self.left_text, self.right_text, self.mix.lexical_weight,
                              self.mix.ratio_weight, ii, jj)

    def run_sim_array(self, runs: Any, need: Any = None) -> Any:
        """Long inputs: `run_sims` of the rows of a (runs x 4) numpy array, as an array (NaN where a run
        cannot exceed `need`, see `vector.run_sim_array`)."""
        from .vector import run_sim_array

        return run_sim_array(self._sparse, self.left_text, self.right_text, self.mix.lexical_weight,
                             self.mix.ratio_weight, self.params.threshold, runs, need)

    def run_bound_array(self, runs: Any) -> Any:
        """Long inputs: an upper bound of `run_sim_array` of each row, from masses and lengths alone."""
        from .vector import run_bounds

        return run_bounds(self._sparse, self.mix.lexical_weight, self.mix.ratio_weight, runs)

    def run_sim(self, ls: int, ln: int, rs: int, rn: int) -> float:
        """Similarity of a left run and a right run; 0.0 when it cannot exceed the bead threshold."""
        if self._sparse is not None:
            return self.run_sims([(ls, ln, rs, rn)])[0]
        lf, rf = self.left_feats, self.right_feats
        if ln == 1 and rn == 1:
            common = lf[ls] & rf[rs]
        elif rn == 1:
            b = rf[rs]
            common = frozenset().union(*(a & b for a in lf[ls : ls + ln]))
        elif ln == 1:
            a = lf[ls]
            common = frozenset().union(*(a & b for b in rf[rs : rs + rn]))
        else:
            common = frozenset().union(*lf[ls : ls + ln]) & frozenset().union(*rf[rs : rs + rn])
        if not common:
            return 0.0
        total = self._run_mass(0, ls, ln) + self._run_mass(1, rs, rn)
        lexical = min(1.0, 2.0 * mass(common, self.weights) / total) if total > 0 else 0.0
        if self.mix.upper_bound(lexical) <= self.params.threshold:
            return 0.0
        if self.mix.ratio_weight <= 0.0:
            return lexical  # the ratio has no weight: not worth computing
        lt = self.left_text[ls] if ln == 1 else " ".join(self.left_text[ls : ls + ln])
        rt = self.right_text[rs] if rn == 1 else " ".join(self.right_text[rs : rs + rn])
        return self.mix.mix(lexical, fuzz.ratio(lt, rt))

    def run_sims(self, items: Sequence[tuple[int, int, int, int]]) -> list[float]:
        """`run_sim` of many (left start, left length, right start, right length) runs; long inputs score
        batches as sparse products (`vector`)."""
        if self._sparse is not None:
            from .vector import run_sims

            return run_sims(self._sparse, self.left_text, self.right_text, self.mix.lexical_weight,
                            self.mix.ratio_weight, self.params.threshold, items)
        run_sim = self.run_sim
        return [run_sim(*item) for item in items]


_Item = TypeVar("_Item", bound=tuple[int, ...])
# What a pool maps: a function of the scorer and a chunk of items (e.g. `_PairScorer.pair_sims`); it is
# pickled by name, so it must be reachable from module level.
ScoreFn = Callable[[_PairScorer, list[_Item]], list[float]]

_CHUNK_MIN = 2000  # items below this are scored in-process even when workers are running
_SHARED: _PairScorer | None = None  # the scorer a forked worker inherits


def _auto_workers() -> int:
    import multiprocessing
    import threading

    if (os.cpu_count() or 1) < 2 or threading.active_count() > 1 or multiprocessing.current_process().daemon:
        return 1
    return 2


def _score_chunk(fn: ScoreFn[_Item], items: list[_Item]) -> list[float]:
    """Run in a forked worker: apply `fn` to the scorer inherited from the parent."""
    assert _SHARED is not None
    return fn(_SHARED, items)


class _Workers:
    """Scores items with the scorer in this process plus `workers - 1` forked copies (no pickling of it)."""

    def __init__(self, scorer: _PairScorer, workers: int) -> None:
        self.scorer = scorer
        self.workers = max(1, workers)
        self._pool: Pool | None = None

    def __enter__(self) -> _Workers:
        global _SHARED
        if self.workers > 1:
            import multiprocessing

            _SHARED = self.scorer
            self._pool = multiprocessing.get_context("fork").Pool(self.workers - 1)
        return self

    def __exit__(self, *exc: object) -> None:
        global _SHARED
        if self._pool is not None:
            self._pool.terminate()
            self._pool = None
        _SHARED = None

    def map(self, fn: ScoreFn[_Item], items: list[_Item]) -> list[float]:
        """`fn(scorer, items)`, split across the workers when there are enough items."""
        if self._pool is None or len(items) < _CHUNK_MIN:
            return fn(self.scorer, items)
        share = len(items) // self.workers
        pending = [self._pool.apply_async(_score_chunk, (fn, items[k * share : (k + 1) * share]))
                   for k in range(self.workers - 1)]
        mine = fn(self.scorer, items[(self.workers - 1) * share :])
        out: list[float] = []
        for p in pending:
            out.extend(p.get())
        out.extend(mine)
        return out
