"""Beads and the chain for long inputs, with numpy: the same beads in the same order as `aligner._beads`
and the same chain as `chain.best_chain`, without a Python object per candidate pair or run.

The order matters: among beads of exactly equal chain value the first built wins, and long inputs built
from repeated text have many such ties. So the runs are listed as the dict version lists them (a sentence's
partners grouped in the order the sentence first appears among the candidate pairs, then by position), and
the chain's dynamic programme keeps the same (value, bead index) tie-break.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from .candidates import PairScores
from .chain import Bead
from .constraints import Allowed
from .memo import AlignMemo, scores
from .scorer import _PairScorer, _Workers
from .vector import int_rows, nm_block_array


def _side_runs(group: np.ndarray, member: np.ndarray, max_run: int) -> tuple[np.ndarray, ...]:
    """(group, run start, run length) of the runs of `aligner._runs`, in its order: groups in order of
    first appearance, runs by first member, then by last member; a run starts and ends at members of its
    group and spans at most `max_run` positions."""
    values, first = np.unique(group, return_index=True)
    rank = np.zeros(int(values.max()) + 1, dtype=np.int64)
    rank[values[np.argsort(first)]] = np.arange(len(values))
    order = np.lexsort((member, rank[group]))
    g, v = group[order], member[order]
    found = []
    for d in range(1, max_run):
        k = np.arange(len(g) - d)
        ok = np.flatnonzero((g[k + d] == g[k]) & (v[k + d] - v[k] < max_run))
        found.append(np.stack([ok, np.full(len(ok), d)], axis=1))
    both = np.concatenate(found) if found else np.zeros((0, 2), dtype=np.int64)
    both = both[np.lexsort((both[:, 1], both[:, 0]))]
    k, d = both[:, 0], both[:, 1]
    return g[k], v[k], v[k + d] - v[k] + 1


def bead_arrays(pairs: PairScores, scorer: _PairScorer, pool: _Workers, memo: AlignMemo,
                allowed: Allowed | None, offsets: Sequence[tuple[int, int]]) -> tuple[np.ndarray, ...]:
    """`aligner._beads` as arrays: (runs (B x 4: left start, left length, right start, right length),
    similarities, gains), the same beads in the same order."""
    p = scorer.params
    c, e = p.threshold, p.size_exponent
    factor = np.array([(k + 1) ** e for k in range(max(p.max_run, 3) + 1)])  # Python's pow, as before
    keys = list(pairs)
    ids = int_rows(keys, 2)
    sims = np.fromiter(pairs.values(), dtype=np.float64, count=len(keys))
    i, j = ids[:, 0], ids[:, 1]
    one = np.flatnonzero(sims > c)
    ones = np.ones(len(one), dtype=np.int64)
    beads = [np.stack([i[one], ones, j[one], ones], axis=1)]
    bead_sims = [sims[one]]
    bead_gains = [(sims[one] - c) * factor[1]]
    parts = []
    if len(keys):
        rj, rstart, rlen = _side_runs(j, i, p.max_run)
        parts.append(np.stack([rstart, rlen, rj, np.ones(len(rj), dtype=np.int64)], axis=1))
        li, lstart, llen = _side_runs(i, j, p.max_run)
        parts.append(np.stack([li, np.ones(len(li), dtype=np.int64), lstart, llen], axis=1))
        if p.max_run >= 3:
            parts.append(nm_block_array(ids, offsets))
    runs = np.concatenate(parts) if parts else np.zeros((0, 4), dtype=np.int64)
    items = list(map(tuple, runs.tolist()))
    if allowed is not None:
        keep = [allowed.block(*r) for r in items]
        runs = runs[np.asarray(keep, dtype=bool)] if items else runs
        items = [r for r, k in zip(items, keep, strict=True) if k]
    run_sims = np.fromiter(scores(_PairScorer.run_sims, memo.run_sims, items, pool), dtype=np.float64,
                           count=len(items))
    good = np.flatnonzero(run_sims > c)  # no gain otherwise
    runs, run_sims = runs[good], run_sims[good]
    # A merge must match better than the best single pair inside it.
    width = int(j.max(initial=0)) + 1
    codes = i * width + j
    order = np.argsort(codes)
    codes, values = codes[order], sims[order]
    ls, ln, rs, rn = runs.T
    cells = ln * rn
    starts = np.cumsum(cells) - cells
    owner = np.repeat(np.arange(len(runs)), cells)
    within = np.arange(int(cells.sum()), dtype=np.int64) - starts[owner]
    target = (ls[owner] + within // rn[owner]) * width + rs[owner] + within % rn[owner]
    pos = np.minimum(np.searchsorted(codes, target), max(len(codes) - 1, 0))
    inner = np.where(codes[pos] == target, values[pos], 0.0) if len(codes) else np.zeros(len(target))
    best_inner = np.maximum.reduceat(inner, starts) if len(runs) else np.zeros(0)
    merge = np.flatnonzero(run_sims > best_inner)
    beads.append(runs[merge])
    bead_sims.append(run_sims[merge])
    bead_gains.append((run_sims[merge] - c) * factor[np.maximum(ln[merge], rn[merge])])
    return np.concatenate(beads), np.concatenate(bead_sims), np.concatenate(bead_gains)


def chain_of(runs: np.ndarray, sims: np.ndarray, gains: np.ndarray, right_size: int) -> list[Bead]:
    """`chain.best_chain` of these beads: the same Fenwick-tree dynamic programme over plain lists, with
    the same tie-break (the later bead among equal values in the tree, the first among equal chain ends)."""
    if not len(runs):
        return []
    ls, ln, rs, rn = runs.T
    by_start = np.lexsort((rs, ls)).tolist()
    left_end = (ls + ln).tolist()
    by_end = np.argsort(ls + ln, kind="stable").tolist()
    right_end = (rs + rn).tolist()
    start_l, start_r, gain = ls.tolist(), rs.tolist(), gains.tolist()
    count = len(gain)
    value = [0.0] * count
    prev = [-1] * count
    tree: list[tuple[float, int]] = [(0.0, -1)] * (right_size + 1)
    done = 0
    for k in by_start:
        start = start_l[k]
        while done < count and left_end[by_end[done]] <= start:
            e = by_end[done]
            item, pos = (value[e], e), right_end[e]
            while pos <= right_size:
                if item > tree[pos]:
                    tree[pos] = item
                pos += pos & -pos
            done += 1
        best, pos = (0.0, -1), start_r[k]
        while pos > 0:
            if tree[pos] > best:
                best = tree[pos]
            pos -= pos & -pos
        value[k] = best[0] + gain[k]
        prev[k] = best[1]
    top = max(value)
    k = value.index(top)  # the first bead with the highest value
    rows, sim_list = runs.tolist(), sims.tolist()
    chain: list[Bead] = []
    while k != -1:
        chain.append(Bead(*rows[k], sim_list[k], gain[k]))
        k = prev[k]
    chain.reverse()
    return chain
