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

from ..alignment import Link
from .candidates import stable_by
from .chain import Bead
from .constraints import Allowed
from .memo import AlignMemo
from .scorer import _PairScorer
from .vector import int_rows, nm_block_array


def _side_runs(group: np.ndarray, member: np.ndarray, max_run: int) -> tuple[np.ndarray, ...]:
    """(group, run start, run length) of the runs of `aligner._runs`, in its order: groups in order of
    first appearance, runs by first member, then by last member; a run starts and ends at members of its
    group and spans at most `max_run` positions."""
    values, first = np.unique(group, return_index=True)
    rank = np.zeros(int(values.max()) + 1, dtype=np.int64)
    rank[values[np.argsort(first)]] = np.arange(len(values))
    order = stable_by(rank[group], stable_by(member, np.arange(len(member))))
    g, v = group[order], member[order]
    found = []
    for d in range(1, max_run):
        k = np.arange(len(g) - d)
        ok = np.flatnonzero((g[k + d] == g[k]) & (v[k + d] - v[k] < max_run))
        found.append(np.stack([ok, np.full(len(ok), d)], axis=1))
    both = np.concatenate(found) if found else np.zeros((0, 2), dtype=np.int64)
    both = both[stable_by(both[:, 0], np.arange(len(both)))]  # by k, then d (the concatenation's order)
    k, d = both[:, 0], both[:, 1]
    return g[k], v[k], v[k + d] - v[k] + 1


def _cells(runs: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(left, right) of every sentence pair inside each run (run after run), and where each run's pairs
    start in those arrays."""
    ls, ln, rs, rn = runs.T
    cells = ln * rn
    starts = np.cumsum(cells) - cells
    owner = np.repeat(np.arange(len(runs)), cells)
    within = np.arange(int(cells.sum()), dtype=np.int64) - starts[owner]
    return ls[owner] + within // rn[owner], rs[owner] + within % rn[owner], starts


def allowed_mask(allowed: Allowed, i: np.ndarray, j: np.ndarray) -> np.ndarray:
    """`Allowed.pair` of every (i[k], j[k])."""
    seg_left = np.asarray(allowed.seg_left, dtype=np.int64)
    seg_right = np.asarray(allowed.seg_right, dtype=np.int64)
    ok = (seg_left[i] >= 0) & (seg_left[i] == seg_right[j])
    if allowed.rejected and len(i):
        rejected = int_rows(sorted(allowed.rejected), 2)
        width = int(max(j.max(), rejected[:, 1].max())) + 1
        ok &= ~np.isin(i * width + j, rejected[:, 0] * width + rejected[:, 1])
    return ok


def candidate_pairs(scorer: _PairScorer, memo: AlignMemo, allowed: Allowed | None,
                    top_k: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The scored candidate pairs (allowed, similarity above 0) that `candidates.keep_top` keeps, as
    (left, right, similarity) arrays in its order. The memo keeps every candidate's similarity as an array
    beside its (sorted) candidate pairs."""
    ids = memo.todo_ids
    if memo.todo_sims is None:
        memo.todo_sims = scorer.pair_sim_array(ids[:, 0], ids[:, 1])
    keep = memo.todo_sims > 0.0
    if allowed is not None:
        keep &= allowed_mask(allowed, ids[:, 0], ids[:, 1])
    kept = np.flatnonzero(keep)
    i, j, sims = ids[kept, 0], ids[kept, 1], memo.todo_sims[kept]
    order = keep_top_order(i, j, sims, top_k)
    return i[order], j[order], sims[order]


def keep_top_order(i: np.ndarray, j: np.ndarray, sims: np.ndarray, top_k: int) -> np.ndarray:
    """`candidates.keep_top` of pairs sorted by (left, right), as positions: those kept for their left
    sentence, by (left, similarity descending, right), then the others kept for their right sentence, by
    (right, similarity descending, left)."""
    taken = np.zeros(len(sims), dtype=bool)
    parts = []
    pos = np.arange(len(sims))
    # The pairs come sorted by (left, right) (the memo's candidate order), so a stable sort by (own,
    # similarity descending) leaves equal keys in `other` order: by similarity once, then by `own`.
    by_sim = np.argsort(-sims, kind="stable")
    for own in (i, j):
        order = stable_by(own, by_sim)
        group = own[order]
        first = np.maximum.accumulate(np.where(np.r_[True, group[1:] != group[:-1]], pos, 0))
        chosen = order[pos - first < top_k]
        chosen = chosen[~taken[chosen]]
        taken[chosen] = True
        parts.append(chosen)
    return np.concatenate(parts)


def _run_sims(runs: np.ndarray, need: np.ndarray, scorer: _PairScorer, memo: AlignMemo) -> np.ndarray:
    """`_PairScorer.run_sims` of the rows of `runs`, computing only those the memo does not hold (the memo
    keeps them as sorted integer codes and their values) and whose bound (`vector.run_bounds`, then the
    exact lexical score with the ratio's bound) exceeds `need`: the others cannot become beads here and
    are 0.0 (not kept by the memo, since what a run must beat depends on the pairs the constraints leave)."""
    size = max(scorer.params.max_run, 3) + 1
    width = len(scorer.right_text)
    ls, ln, rs, rn = runs.T
    codes = ((ls * size + ln) * width + rs) * size + rn
    known, values = memo.run_codes, memo.run_values
    if known is None:
        known, values = np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float64)
    pos = np.minimum(np.searchsorted(known, codes), max(len(known) - 1, 0))
    hit = known[pos] == codes if len(known) else np.zeros(len(codes), dtype=bool)
    out = np.where(hit, values[pos], 0.0) if len(known) else np.zeros(len(codes), dtype=np.float64)
    todo = np.flatnonzero(~hit)
    if len(todo):
        # Margin: the bound and the score add the same terms in other orders.
        todo = todo[scorer.run_bound_array(runs[todo]) + 1e-9 > need[todo]]
    if len(todo):
        new, first, inverse = np.unique(codes[todo], return_index=True, return_inverse=True)
        sims = scorer.run_sim_array(runs[todo[first]], need[todo[first]])
        computed = ~np.isnan(sims)
        out[todo] = np.where(computed, sims, 0.0)[inverse.ravel()]
        known, values = np.concatenate([known, new[computed]]), np.concatenate([values, sims[computed]])
        order = np.argsort(known, kind="stable")
        memo.run_codes, memo.run_values = known[order], values[order]
    return out


def _best_inner(i: np.ndarray, j: np.ndarray, sims: np.ndarray, runs: np.ndarray) -> np.ndarray:
    """The highest similarity among the kept pairs inside each run (0.0 where none is kept)."""
    if not len(runs):
        return np.zeros(0, dtype=np.float64)
    width = int(j.max(initial=0)) + 1
    codes = i * width + j
    order = np.argsort(codes)
    codes, values = codes[order], sims[order]
    ci, cj, starts = _cells(runs)
    target = ci * width + cj
    pos = np.minimum(np.searchsorted(codes, target), max(len(codes) - 1, 0))
    inner = np.where(codes[pos] == target, values[pos], 0.0) if len(codes) else np.zeros(len(target))
    return np.maximum.reduceat(inner, starts)


def bead_arrays(i: np.ndarray, j: np.ndarray, sims: np.ndarray, scorer: _PairScorer, memo: AlignMemo,
                allowed: Allowed | None, offsets: Sequence[tuple[int, int]]) -> tuple[np.ndarray, ...]:
    """`aligner._beads` of the kept pairs (left, right, similarity, in `keep_top` order) as arrays: (runs
    (B x 4: left start, left length, right start, right length), similarities, gains), the same beads in
    the same order."""
    p = scorer.params
    c, e = p.threshold, p.size_exponent
    factor = np.array([(k + 1) ** e for k in range(max(p.max_run, 3) + 1)])  # Python's pow, as before
    one = np.flatnonzero(sims > c)
    ones = np.ones(len(one), dtype=np.int64)
    beads = [np.stack([i[one], ones, j[one], ones], axis=1)]
    bead_sims = [sims[one]]
    bead_gains = [(sims[one] - c) * factor[1]]
    parts = []
    if len(i):
        rj, rstart, rlen = _side_runs(j, i, p.max_run)
        parts.append(np.stack([rstart, rlen, rj, np.ones(len(rj), dtype=np.int64)], axis=1))
        li, lstart, llen = _side_runs(i, j, p.max_run)
        parts.append(np.stack([li, np.ones(len(li), dtype=np.int64), lstart, llen], axis=1))
        if p.max_run >= 3:
            parts.append(nm_block_array(np.stack([i, j], axis=1), offsets))
    runs = np.concatenate(parts) if parts else np.zeros((0, 4), dtype=np.int64)
    if allowed is not None and len(runs):
        ci, cj, starts = _cells(runs)
        runs = runs[np.logical_and.reduceat(allowed_mask(allowed, ci, cj), starts)]
    # A merge must match better than the threshold and than the best single pair inside it.
    best_inner = _best_inner(i, j, sims, runs)
    run_sims = _run_sims(runs, np.maximum(best_inner, c), scorer, memo)
    good = np.flatnonzero(run_sims > c)  # no gain otherwise
    runs, run_sims, best_inner = runs[good], run_sims[good], best_inner[good]
    merge = np.flatnonzero(run_sims > best_inner)
    ln, rn = runs[merge, 1], runs[merge, 3]
    beads.append(runs[merge])
    bead_sims.append(run_sims[merge])
    bead_gains.append((run_sims[merge] - c) * factor[np.maximum(ln, rn)])
    return np.concatenate(beads), np.concatenate(bead_sims), np.concatenate(bead_gains)


def extra_links(i: np.ndarray, j: np.ndarray, sims: np.ndarray, chain: list[Bead], n: int, m: int,
                threshold: float, repeat: float) -> list[Link]:
    """`aligner._extra_links` of the kept pairs (arrays): an unlinked sentence's best partner (highest
    similarity, then lowest position) when it reaches `threshold` (`repeat` when that partner is linked)."""
    linked_left, linked_right = np.zeros(n, dtype=bool), np.zeros(m, dtype=bool)
    for b in chain:
        linked_left[b.left_start : b.left_end] = True
        linked_right[b.right_start : b.right_end] = True
    found_left, found_right, found_sims = [], [], []
    for own, other, own_linked, other_linked, flip in ((i, j, linked_left, linked_right, False),
                                                        (j, i, linked_right, linked_left, True)):
        free = np.flatnonzero(~own_linked[own])
        o, t, v = own[free], other[free], sims[free]
        order = np.lexsort((t, -v, o))
        o, t, v = o[order], t[order], v[order]
        head = np.flatnonzero(np.r_[True, o[1:] != o[:-1]]) if len(o) else np.zeros(0, dtype=np.int64)
        o, t, v = o[head], t[head], v[head]
        ok = v >= np.where(other_linked[t], repeat, threshold)
        found_left.append(t[ok] if flip else o[ok])
        found_right.append(o[ok] if flip else t[ok])
        found_sims.append(v[ok])
    fl, fr, fs = np.concatenate(found_left), np.concatenate(found_right), np.concatenate(found_sims)
    _, first = np.unique(fl * m + fr, return_index=True)
    return [Link((a,), (b,), s) for a, b, s in zip(fl[first].tolist(), fr[first].tolist(), fs[first].tolist(),
                                                   strict=True)]


def chain_of(runs: np.ndarray, sims: np.ndarray, gains: np.ndarray, right_size: int) -> list[Bead]:
    """`chain.best_chain` of these beads: the same Fenwick-tree dynamic programme over plain lists, with
    the same tie-break (the later bead among equal values in the tree, the first among equal chain ends).
    An update stops at the first node that already holds at least its value: every node further up covers
    that node's range, so it holds at least as much (the tree ends up the same as with a full walk)."""
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
    # The tree's (value, bead index) pairs as two lists: tuples compared without building them.
    tree_value, tree_bead = [0.0] * (right_size + 1), [-1] * (right_size + 1)
    done = 0
    for k in by_start:
        start = start_l[k]
        while done < count and left_end[by_end[done]] <= start:
            e = by_end[done]
            v, pos = value[e], right_end[e]
            while pos <= right_size:
                t = tree_value[pos]
                if not (v > t or (v == t and e > tree_bead[pos])):
                    break  # the nodes above cover this one's range: they hold as much already
                tree_value[pos], tree_bead[pos] = v, e
                pos += pos & -pos
            done += 1
        best, before, pos = 0.0, -1, start_r[k]
        while pos > 0:
            t = tree_value[pos]
            if t > best or (t == best and tree_bead[pos] > before):
                best, before = t, tree_bead[pos]
            pos -= pos & -pos
        value[k] = best + gain[k]
        prev[k] = before
    top = max(value)
    k = value.index(top)  # the first bead with the highest value
    rows, sim_list = runs.tolist(), sims.tolist()
    chain: list[Bead] = []
    while k != -1:
        chain.append(Bead(*rows[k], sim_list[k], gain[k]))
        k = prev[k]
    chain.reverse()
    return chain
