"""The chain's Fenwick-tree programme (`chain.best_chain`, `vbeads.chain_of`) equals a quadratic one with the
same tie-break, on random beads with many equal gains (ties are where the order of updates shows)."""

from __future__ import annotations

import random

import numpy as np

from reader.align.chain import Bead, best_chain
from reader.align.vbeads import chain_of


def _quadratic(beads: list[Bead]) -> list[Bead]:
    """value[k] = gain + the best (value, index) among beads ending before k on both sides (0.0, -1 if
    none); beads visited by (left start, right start); the first bead with the highest value ends it."""
    order = sorted(range(len(beads)), key=lambda k: (beads[k].left_start, beads[k].right_start))
    value, prev = [0.0] * len(beads), [-1] * len(beads)
    for k in order:
        b = beads[k]
        best = max(((value[e], e) for e in range(len(beads)) if beads[e].left_end <= b.left_start
                    and beads[e].right_end <= b.right_start), default=(0.0, -1))
        value[k], prev[k] = best[0] + b.gain, best[1]
    k = value.index(max(value))
    chain = []
    while k != -1:
        chain.append(beads[k])
        k = prev[k]
    return chain[::-1]


def test_fenwick_chain_equals_the_quadratic_chain() -> None:
    rng = random.Random(17)
    for trial in range(60):
        n = rng.randint(5, 40)
        beads = []
        for _ in range(rng.randint(1, 120)):
            ls, rs = rng.randrange(n), rng.randrange(n)
            ln, rn = rng.choice([(1, 1), (1, 1), (1, 2), (2, 1), (2, 2), (1, 3)])
            if ls + ln <= n and rs + rn <= n:
                gain = rng.choice([0.25, 0.5, 0.5, 1.0, 0.75])  # few values: many ties
                beads.append(Bead(ls, ln, rs, rn, gain + 0.3, gain))
        if not beads:
            continue
        expected = _quadratic(beads)
        assert best_chain(beads, n) == expected, trial
        runs = np.array([(b.left_start, b.left_len, b.right_start, b.right_len) for b in beads],
                        dtype=np.int64)
        sims = np.array([b.sim for b in beads])
        gains = np.array([b.gain for b in beads])
        assert chain_of(runs, sims, gains, n) == expected, trial
