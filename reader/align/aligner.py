"""Sentence alignment: n:m links between two lists of sentences, with rapidfuzz for the string similarity.

How it works (each step in its own module):
1. Features (`features`): case, quotes and diacritics folded; words cut into character 4-grams.
2. Weights (`weights`): IDF within the document pair, so rare content words, names and numbers dominate.
   The similarity (`scorer`) of two runs of sentences mixes the weighted Dice coefficient of their features
   with rapidfuzz's `fuzz.ratio` of their normalised text (word order and length), in [0, 1]; long inputs
   are scored with numpy/scipy (`vector`, `vbeads`); other inputs with many pairs by forked workers too.
   The knobs are `params.AlignParams`.
3. Candidates (`candidates`): an inverted index of rare word stems proposes the pairs worth scoring; each
   sentence keeps its best few partners. `exhaustive=True` scores every pair instead (for the check that
   the index loses nothing).
4. Beads: runs of up to `max_run` neighbouring sentences on one side against one sentence on the other
   (1:m, n:1) and small n:m runs, built around the candidate pairs. Merging pays when the merged text
   matches better than its parts.
5. Chain (`chain`): the best monotone sequence of beads by total gain; sentences outside it stay unlinked.
6. Gaps and extra links: small gaps between consecutive beads are filled 1:1 with a lower threshold; a
   sentence still unlinked whose best partner is a strong match is linked anyway, which is how crossing
   (reordered) links appear and how one source sentence is linked from several sentences (a report quoting
   the same sentence twice). For documents, the two titles are linked on weaker evidence.

Symmetry: the pair is always aligned in one canonical orientation (the smaller list of sentences first,
then by text, then by the constraints) and the result mirrored back, so swapping left and right gives exactly
the mirrored alignment. A pair that is its own mirror image returns its links with their mirror images.

Determinism: the same input gives the same links and scores in every run, whatever `PYTHONHASHSEED` makes
of the order of sets of strings: feature weights are summed with `math.fsum` (exactly rounded, so order
independent), the candidate index visits stems in sorted order, and other ties are broken by sentence ids
(checked across processes by tests/test_align_determinism.py).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from ..alignment import Alignment, Link
from ..document import Document
from .candidates import PairScores, keep_top
from .chain import Bead, best_chain
from .constraints import NO_CONSTRAINTS, Allowed, Constraints
from .memo import AlignMemo, scores
from .params import DEFAULT_PARAMS, AlignParams
from .scorer import _auto_workers, _PairScorer, _Workers

# Pairs to score before a second process pays for its start-up (read here, at call time, so a test can
# lower it on this module).
_PARALLEL_MIN = 20000
_NM_SHAPES = frozenset({(2, 2), (2, 3), (3, 2)})
# (row, column) offsets from one candidate pair to another that span a 2:2, 2:3 or 3:2 block.
_NM_OFFSETS = tuple((di, dj) for di in (1, 2) for dj in (-2, -1, 1, 2) if (di + 1, abs(dj) + 1) in _NM_SHAPES)


def _runs(partners: dict[int, list[int]], max_run: int) -> Iterator[tuple[int, int, int]]:
    """(sentence, run start, run length): runs on the other side that start and end at a partner."""
    for x, lst in partners.items():
        lst.sort()
        for p, first in enumerate(lst):
            for q in range(p + 1, len(lst)):
                length = lst[q] - first + 1
                if length > max_run:
                    break
                yield x, first, length


def _beads(pairs: PairScores, scorer: _PairScorer, pool: _Workers, memo: AlignMemo,
           allowed: Allowed | None) -> list[Bead]:
    """Candidate beads: the candidate pairs (1:1); 1:m and n:1 runs whose first and last members are
    candidate partners of the single sentence; 2:2, 2:3 and 3:2 blocks spanned by two candidate pairs.
    Runs the constraints do not allow are not scored (`pairs` holds allowed pairs only)."""
    p = scorer.params
    c, e = p.threshold, p.size_exponent
    beads: list[Bead] = []

    def add(ls: int, ln: int, rs: int, rn: int, sim: float) -> None:
        gain = (sim - c) * (max(ln, rn) + 1) ** e
        if gain > 0.0:
            beads.append(Bead(ls, ln, rs, rn, sim, gain))

    by_left: dict[int, list[int]] = {}
    by_right: dict[int, list[int]] = {}
    single = 2.0**e
    for (i, j), s in pairs.items():
        if s > c:  # else no gain
            beads.append(Bead(i, 1, j, 1, s, (s - c) * single))
        by_left.setdefault(i, []).append(j)
        by_right.setdefault(j, []).append(i)
    runs = [(start, length, j, 1) for j, start, length in _runs(by_right, p.max_run)]
    runs += [(i, 1, start, length) for i, start, length in _runs(by_left, p.max_run)]
    if p.max_run >= 3:
        runs += _blocks(pairs, scorer.vectorised)
    if allowed is not None:
        runs = [r for r in runs if allowed.block(*r)]
    get = pairs.get
    for run, sim in zip(runs, scores(_PairScorer.run_sims, memo.run_sims, runs, pool), strict=True):
        if sim <= c:
            continue  # no gain (most runs): the pairs inside need not be looked at
        ls, ln, rs, rn = run
        # A merge must match better than the best single pair inside it.
        if sim > max(get((i, j), 0.0) for i in range(ls, ls + ln) for j in range(rs, rs + rn)):
            add(ls, ln, rs, rn, sim)
    return beads


def _blocks(pairs: PairScores, vectorised: bool) -> list[tuple[int, int, int, int]]:
    """The 2:2, 2:3 and 3:2 blocks spanned by two candidate pairs, sorted (numpy for long inputs)."""
    if vectorised:
        from .vector import nm_blocks

        return nm_blocks(list(pairs), _NM_OFFSETS)
    blocks: set[tuple[int, int, int, int]] = set()
    for i, j in pairs:
        for di, dj in _NM_OFFSETS:
            if (i + di, j + dj) in pairs:
                lo = min(j, j + dj)
                blocks.add((i, di + 1, lo, abs(dj) + 1))
    return sorted(blocks)


def _gap_links(chain: list[Bead], n: int, m: int, scorer: _PairScorer, threshold: float,
               max_cells: int, allowed: Allowed | None = None) -> list[Bead]:
    """1:1 beads inside small gaps the chain leaves on both sides, with a lower threshold.

    Between two consecutive beads the order is already fixed, so a weaker match there is far more likely to
    be right than anywhere else (Bleualign-style gap filling). Each gap is solved by a small monotone
    dynamic programme; gaps larger than `max_cells` pairs are left alone (on DEplain, where many sentences
    have no counterpart, filling larger gaps costs more precision than it gains).
    """
    found: list[Bead] = []
    bounds = [(0, 0)] + [(b.left_end, b.right_end) for b in chain]
    ends = [(b.left_start, b.right_start) for b in chain] + [(n, m)]
    gaps = [(l0, r0, l1 - l0, r1 - r0) for (l0, r0), (l1, r1) in zip(bounds, ends, strict=True)
            if l1 - l0 > 0 and r1 - r0 > 0 and (l1 - l0) * (r1 - r0) <= max_cells]
    # Every cell of every gap scored in one call (one batch for the vectorised scorer).
    cells = iter(scorer.pair_sims([(l0 + x, r0 + y) for l0, r0, h, w in gaps for x in range(h)
                                   for y in range(w)]))
    for l0, r0, h, w in gaps:
        gain = [[next(cells) - threshold for _ in range(w)] for _ in range(h)]
        if allowed is not None:
            gain = [[g if allowed.pair(l0 + x, r0 + y) else -1.0 for y, g in enumerate(row)]
                    for x, row in enumerate(gain)]
        best = [[0.0] * (w + 1) for _ in range(h + 1)]
        for x in range(1, h + 1):
            row, prev = best[x], best[x - 1]
            g = gain[x - 1]
            for y in range(1, w + 1):
                row[y] = max(prev[y], row[y - 1], prev[y - 1] + g[y - 1] if g[y - 1] > 0 else prev[y - 1])
        x, y = h, w
        while x > 0 and y > 0:
            if best[x][y] == best[x - 1][y]:
                x -= 1
            elif best[x][y] == best[x][y - 1]:
                y -= 1
            else:
                if gain[x - 1][y - 1] > 0:
                    sim = gain[x - 1][y - 1] + threshold
                    found.append(Bead(l0 + x - 1, 1, r0 + y - 1, 1, sim, gain[x - 1][y - 1]))
                x -= 1
                y -= 1
    return found


def _extra_links(pairs: PairScores, chain: list[Bead], threshold: float, repeat: float) -> list[Link]:
    """1:1 links for sentences the chain left unlinked, to their best partner when it is a strong match.

    When that partner is already linked (a report quoting the same source sentence twice), the weaker
    `repeat` threshold applies: the partner's own link already shows it belongs to the alignment.
    """
    linked_left = {i for b in chain for i in range(b.left_start, b.left_end)}
    linked_right = {j for b in chain for j in range(b.right_start, b.right_end)}
    best_left: dict[int, tuple[float, int]] = {}
    best_right: dict[int, tuple[float, int]] = {}
    for (i, j), s in pairs.items():
        if i not in linked_left and (s, -j) > best_left.get(i, (-1.0, 0)):
            best_left[i] = (s, -j)
        if j not in linked_right and (s, -i) > best_right.get(j, (-1.0, 0)):
            best_right[j] = (s, -i)
    found: dict[tuple[int, int], float] = {}
    for i, (s, negj) in best_left.items():
        if s >= (repeat if -negj in linked_right else threshold):
            found[(i, -negj)] = s
    for j, (s, negi) in best_right.items():
        if s >= (repeat if -negi in linked_left else threshold):
            found[(-negi, j)] = s
    return [Link((i,), (j,), s) for (i, j), s in sorted(found.items())]


RELATED_LINKS = 3  # body links that show two articles tell the same story (their titles then correspond)


def _title_link(links: list[Link], titles: tuple[int, int], scorer: _PairScorer, floor: float) -> list[Link]:
    """Link the two titles when either is still unlinked and they share at least a little vocabulary, or
    when neither is linked at all in a pair whose bodies are aligned (RELATED_LINKS links or more): a
    retelling's headline stands for its source's headline even in other words ("Moscow wants a ceasefire to
    gain time" for "Why Russia is pushing a return to negotiations"); two unrelated articles get no link."""
    ti, tj = titles
    linked_left = {i for k in links for i in k.left}
    linked_right = {j for k in links for j in k.right}
    if any(ti in k.left and tj in k.right for k in links) or (ti in linked_left and tj in linked_right):
        return []
    sim = scorer.pair_sim(ti, tj)
    unlinked = ti not in linked_left and tj not in linked_right and len(links) >= RELATED_LINKS
    return [Link((ti,), (tj,), sim)] if sim >= floor or unlinked else []


def _anchor_score(anchor: Link, scorer: _PairScorer) -> float:
    """The similarity of an anchor's sentences (its run's when both sides are runs, else its best pair's)."""
    best = max(scorer.pair_sims([(i, j) for i in anchor.left for j in anchor.right]))
    ls, ln, rs, rn = anchor.left[0], len(anchor.left), anchor.right[0], len(anchor.right)
    if (ln > 1 or rn > 1) and anchor.left[-1] == ls + ln - 1 and anchor.right[-1] == rs + rn - 1:
        return max(best, scorer.run_sim(ls, ln, rs, rn))
    return best


def _anchor_beads(allowed: Allowed) -> list[Bead]:
    """The boundary anchors as beads spanning their sentences, for the gap filling between them."""
    return [Bead(min(a.left), max(a.left) - min(a.left) + 1, min(a.right), max(a.right) - min(a.right) + 1,
                 1.0, 0.0) for a in allowed.boundary]


def _short_chain(scorer: _PairScorer, memo: AlignMemo, allowed: Allowed | None, params: AlignParams,
                 workers: int) -> tuple[PairScores, list[Bead]]:
    """The kept candidate pairs and the chain of inputs below `VECTOR_MIN_SENTENCES`, item by item (a
    forked worker pays only for this per-pair Python scoring, above `_PARALLEL_MIN` unscored pairs)."""
    todo = memo.todo if allowed is None else [(i, j) for i, j in memo.todo if allowed.pair(i, j)]
    unscored = sum(1 for pair in todo if pair not in memo.pair_sims)
    parallel = unscored >= _PARALLEL_MIN
    with _Workers(scorer, workers if parallel else 1) as pool:
        sims = scores(_PairScorer.pair_sims, memo.pair_sims, todo, pool)
        scored = {pair: s for pair, s in zip(todo, sims, strict=True) if s > 0.0}
        pairs = keep_top(scored, params.top_k)
        return pairs, best_chain(_beads(pairs, scorer, pool, memo, allowed), len(scorer.right_text))


def _align_oriented(
    left: Sequence[str], right: Sequence[str], params: AlignParams, exhaustive: bool, workers: int,
    titles: tuple[int, int] | None = None, constraints: Constraints = NO_CONSTRAINTS,
    memo: AlignMemo | None = None,
) -> list[Link]:
    n, m = len(left), len(right)
    memo = memo if memo is not None else AlignMemo()
    scorer = memo.prepare(left, right, params, exhaustive)
    allowed = Allowed(constraints, n, m) if constraints else None
    if scorer.vectorised:
        # Long inputs: pairs, beads and chain as numpy arrays from the index to the chain (`vbeads`).
        from .vbeads import bead_arrays, candidate_pairs, chain_of, extra_links

        kept = candidate_pairs(scorer, memo, allowed, params.top_k)
        chain = chain_of(*bead_arrays(*kept, scorer, memo, allowed, _NM_OFFSETS), m)
    else:
        pairs, chain = _short_chain(scorer, memo, allowed, params, workers)
    if params.gap_threshold < params.threshold:
        bounds = chain if allowed is None else sorted(chain + _anchor_beads(allowed),
                                                      key=lambda b: (b.left_start, b.right_start))
        gaps = _gap_links(bounds, n, m, scorer, params.gap_threshold, params.gap_cells, allowed)
        chain = sorted(chain + gaps, key=lambda b: (b.left_start, b.right_start))
    links = [
        Link(tuple(range(b.left_start, b.left_end)), tuple(range(b.right_start, b.right_end)), b.sim)
        for b in chain
    ]
    if params.extra_link <= 1.0 and scorer.vectorised:
        links.extend(extra_links(*kept, chain, n, m, params.extra_link, params.repeat_link))
    elif params.extra_link <= 1.0:
        links.extend(_extra_links(pairs, chain, params.extra_link, params.repeat_link))
    anchors = [Link(a.left, a.right, _anchor_score(a, scorer), a.status) for a in constraints.anchors]
    if titles is not None:
        title = _title_link(links + anchors, titles, scorer, params.gap_threshold)
        links.extend(k for k in title if allowed is None or allowed.pair(k.left[0], k.right[0]))
    return links + anchors


def align_sentences(
    left: Sequence[str],
    right: Sequence[str],
    params: AlignParams = DEFAULT_PARAMS,
    *,
    exhaustive: bool = False,
    workers: int | None = None,
    titles: tuple[int, int] | None = None,
    constraints: Constraints | None = None,
    memo: AlignMemo | None = None,
) -> list[Link]:
    """Link sentences of `left` to sentences of `right` (ids are list positions); n:m, scores in [0, 1].

    `workers`: processes for scoring long inputs; None picks 2 when that is safe (more than one core, not
    inside a daemon process, no other threads running, since forking a threaded process is not).
    `titles`: (left id, right id) of the two documents' titles; a retelling's headline corresponds to its
    source's, so they are linked on weaker lexical evidence (`gap_threshold`) when one is still unlinked.
    `constraints` (in list positions): anchors returned as they are, the chain solved between them, rejected
    combinations never returned (see `constraints`). `memo`: what an earlier call on the same pair computed,
    reused (see `memo`; the app keeps one per pair and re-aligns after each correction in a few ms).
    """
    if not left or not right:
        return []
    left, right = list(left), list(right)
    if workers is None:
        workers = _auto_workers()
    constraints = constraints or NO_CONSTRAINTS
    flipped = (titles[1], titles[0]) if titles is not None else None
    # Canonical orientation makes the result exactly mirror-symmetric: the shorter list first, then by text,
    # then (the same sentences on both sides) by the constraints and titles.
    own, other = (len(left), left), (len(right), right)
    if own == other:
        own, other = _orientation_key(constraints, titles), _orientation_key(constraints.mirrored(), flipped)
    if own > other:
        links = _align_oriented(right, left, params, exhaustive, workers, flipped, constraints.mirrored(),
                                memo)
        links = [k.mirrored() for k in links]
    else:
        links = _align_oriented(left, right, params, exhaustive, workers, titles, constraints, memo)
        if own == other:
            links = _symmetric_closure(links)
    return sorted(links, key=lambda k: (k.left, k.right))


def _orientation_key(constraints: Constraints, titles: tuple[int, int] | None) -> tuple[object, ...]:
    """What tells the two orientations of a pair with the same sentences on both sides apart."""
    return (sorted((a.left, a.right, a.status) for a in constraints.anchors), sorted(constraints.combos),
            titles or ())


def _symmetric_closure(links: list[Link]) -> list[Link]:
    """The links and their mirror images (one per (left, right), the higher score then status kept).

    A pair that is its own mirror image (the same sentences on both sides, symmetric constraints) can have
    two optimal chains, each the other's mirror image, with no symmetric way to choose one (two repeated
    sentences, the diagonal pair rejected: (2, 3) or (3, 2)); both are returned, so swapping the sides
    mirrors the result. Constraints allow a link exactly when they allow its mirror image here."""
    best: dict[tuple[tuple[int, ...], tuple[int, ...]], Link] = {}
    for k in (*links, *(k.mirrored() for k in links)):
        kept = best.get((k.left, k.right))
        if kept is None or (k.score, k.status) > (kept.score, kept.status):
            best[(k.left, k.right)] = k
    return list(best.values())


def align_documents(
    left: Document, right: Document, params: AlignParams = DEFAULT_PARAMS, *, workers: int | None = None,
    constraints: Constraints | None = None, memo: AlignMemo | None = None,
) -> Alignment:
    """Align the alignable (non-chrome) sentences of two documents; link ids are document sentence ids.

    When both documents open (after chrome) with a heading, those headings are taken as the titles.
    `constraints` (in document sentence ids, e.g. `Corrections.constraints()`): its anchors are in the result
    as they are (with their status), the rest is aligned around them, its rejected pairs never appear.
    `memo`: an `AlignMemo` kept for this pair, so that re-aligning after a correction reuses the scores.
    """
    lids, rids = left.alignable_ids, right.alignable_ids
    titles = None
    if lids and rids and {left.sentences[lids[0]].kind, right.sentences[rids[0]].kind} == {"heading"}:
        titles = (0, 0)
    constraints = constraints or NO_CONSTRAINTS
    inner, outside = to_positions(constraints, lids, rids)
    links = align_sentences([left.sentences[i].text for i in lids], [right.sentences[j].text for j in rids],
                            params, workers=workers, titles=titles, constraints=inner, memo=memo)
    scores = {(k.left, k.right): k.score for k in links if k.status != "auto"}
    found = [Link(tuple(lids[i] for i in k.left), tuple(rids[j] for j in k.right), k.score) for k in links
             if k.status == "auto"]
    for anchor, pos in outside:
        found.append(Link(anchor.left, anchor.right, scores.get(pos, 0.0), anchor.status))
    return Alignment(found, rejected=list(constraints.rejected))


def to_positions(constraints: Constraints, lids: Sequence[int], rids: Sequence[int]
                 ) -> tuple[Constraints, list[tuple[Link, tuple[tuple[int, ...], tuple[int, ...]]]]]:
    """Constraints in document ids → in positions of the alignable ids, and each anchor (document ids) with
    its positions (an anchor without an alignable sentence on a side is kept but constrains nothing)."""
    lpos, rpos = {i: x for x, i in enumerate(lids)}, {j: y for y, j in enumerate(rids)}
    anchors: list[Link] = []
    outside = []
    for a in constraints.anchors:
        pl = tuple(lpos[i] for i in a.left if i in lpos)
        pr = tuple(rpos[j] for j in a.right if j in rpos)
        if pl and pr:
            anchors.append(Link(pl, pr, a.score, a.status))
        outside.append((a, (pl, pr)))
    rejected = tuple((tuple(lpos[i] for i in ls if i in lpos), tuple(rpos[j] for j in rs if j in rpos))
                     for ls, rs in constraints.rejected)
    return Constraints(tuple(anchors), tuple(g for g in rejected if g[0] and g[1])), outside
