"""Sentence alignment: n:m links between two lists of sentences, with rapidfuzz for the string similarity.

How it works (each step in its own module):
1. Features (`normalize_tokens`): case, quotes and diacritics folded; words cut into character 4-grams.
2. Weights (`similarity`): IDF within the document pair, so rare content words, names and numbers dominate.
   The similarity of two runs of sentences mixes the weighted Dice coefficient of their features with
   rapidfuzz's `fuzz.ratio` of their normalised text (word order and length), in [0, 1].
3. Candidates (`candidates`): an inverted index of rare word stems proposes the pairs worth scoring; each
   sentence keeps its best few partners. `exhaustive=True` scores every pair instead (for the check that
   the index loses nothing).
4. Beads: runs of up to `max_run` neighbouring sentences on one side against one sentence on the other
   (1:m, n:1) and small n:m runs, built around the candidate pairs. Merging pays when the merged text
   matches better than its parts.
5. Chain (`chain`): the best monotone sequence of beads by total gain; sentences outside it stay unlinked.
6. Extra links: a sentence the chain left unlinked whose best partner is a strong match is linked anyway.
   This is how crossing (reordered) links appear and how one source sentence is linked from several
   sentences (a report quoting the same sentence twice).

Symmetry: the pair is always aligned in one canonical orientation (the smaller list of sentences first)
and the result mirrored back, so swapping left and right gives exactly the mirrored alignment.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

from .alignment import Alignment, Link
from .candidates import PairScores, all_pairs, indexed_pairs
from .chain import Bead, best_chain
from .document import Document
from .normalize_tokens import features, index_keys, normalize
from .similarity import idf_weights, mass, Blocks, dice
import os
UNION = bool(os.environ.get('UNION'))


@dataclass(frozen=True, slots=True)
class AlignParams:
    """Tuning knobs; the defaults were chosen on DEplain dev (see docs/evaluation-alignment.md)."""

    threshold: float = 0.28  # a bead pays only when its similarity is above this
    size_exponent: float = 0.25  # reward for covering more sentences: gain = (sim - threshold) * (run+1)^e
    max_run: int = 6  # longest run of sentences merged on one side of a 1:m or n:1 bead
    ratio_weight: float = 0.2  # share of rapidfuzz fuzz.ratio in the similarity (the rest: weighted Dice)
    extra_link: float = 0.5  # an unlinked sentence is linked to its best partner at or above this
    max_df: int = 50  # stems in more sentences than this (on either side) do not propose candidates
    top_k: int = 6  # candidate partners kept per sentence


DEFAULT_PARAMS = AlignParams()
_NM_SHAPES = ((2, 2), (2, 3), (3, 2))


class _PairScorer:
    """Similarity of sentences and of runs of neighbouring sentences of the two sides.

    The lexical part of a run is additive: its shared weight is the sum of its members' shared weights
    with the other side, its mass the sum of their masses. That makes a merged run cost a few additions
    (instead of a set union per run) while still rewarding merges whose members each match a part of the
    counterpart.
    """

    def __init__(self, left: Sequence[str], right: Sequence[str], params: AlignParams) -> None:
        self.params = params
        self.left_feats = [features(s) for s in left]
        self.right_feats = [features(s) for s in right]
        self.weights = idf_weights([*self.left_feats, *self.right_feats])
        self.left_mass = [mass(f, self.weights) for f in self.left_feats]
        self.right_mass = [mass(f, self.weights) for f in self.right_feats]
        self.left_text = [normalize(s) for s in left]
        self.right_text = [normalize(s) for s in right]
        self.shared: dict[tuple[int, int], float] = {}
        self.left_blocks = Blocks(self.left_feats, self.weights, 6)
        self.right_blocks = Blocks(self.right_feats, self.weights, 6)

    def pair_sim(self, i: int, j: int) -> float:
        """Similarity of left sentence i and right sentence j (records their shared weight)."""
        a, b = self.left_feats[i], self.right_feats[j]
        if len(a) > len(b):
            a, b = b, a
        weights = self.weights
        shared = sum([weights[f] for f in a if f in b])
        if shared <= 0.0:
            return 0.0
        self.shared[(i, j)] = shared
        total = self.left_mass[i] + self.right_mass[j]
        lexical = min(1.0, 2.0 * shared / total) if total > 0 else 0.0
        return self._mix(lexical, self.left_text[i], self.right_text[j])

    def _mix(self, lexical: float, left_text: str, right_text: str) -> float:
        rw = self.params.ratio_weight
        if rw <= 0.0:
            return lexical
        return (1.0 - rw) * lexical + rw * fuzz.ratio(left_text, right_text) / 100.0

    def run_sim(self, ls: int, ln: int, rs: int, rn: int, floor: float) -> float:
        """Similarity of a left run and a right run; 0.0 when it cannot exceed `floor`."""
        if UNION:
            a, wa = self.left_blocks.get(ls, ln)
            b, wb = self.right_blocks.get(rs, rn)
            lexical = dice(a, wa, b, wb, self.weights)
        else:
            shared = 0.0
            get = self.shared.get
            for i in range(ls, ls + ln):
                for j in range(rs, rs + rn):
                    shared += get((i, j), 0.0)
            total = sum(self.left_mass[ls : ls + ln]) + sum(self.right_mass[rs : rs + rn])
            lexical = min(1.0, 2.0 * shared / total) if total > 0 else 0.0
        rw = self.params.ratio_weight
        if (1.0 - rw) * lexical + rw <= floor:
            return 0.0
        return self._mix(lexical, " ".join(self.left_text[ls : ls + ln]), " ".join(self.right_text[rs : rs + rn]))


def _runs(partners: dict[int, list[int]], max_run: int) -> Iterator[tuple[int, int, int]]:
    """(sentence, run start, run length) for runs on the other side whose first and last members are partners."""
    for x, lst in partners.items():
        lst.sort()
        for p, first in enumerate(lst):
            for q in range(p + 1, len(lst)):
                length = lst[q] - first + 1
                if length > max_run:
                    break
                yield x, first, length


def _beads(pairs: PairScores, n: int, m: int, scorer: _PairScorer) -> list[Bead]:
    """Candidate beads: 1:1 candidate pairs; 1:m and n:1 runs that start and end at a candidate partner of
    the single sentence; 2:2, 2:3 and 3:2 blocks holding at least two candidate pairs."""
    p = scorer.params
    c, e = p.threshold, p.size_exponent
    beads: list[Bead] = []

    def add(ls: int, ln: int, rs: int, rn: int, sim: float) -> None:
        gain = (sim - c) * (max(ln, rn) + 1) ** e
        if gain > 0.0:
            beads.append(Bead(ls, ln, rs, rn, sim, gain))

    by_left: dict[int, list[int]] = {}
    by_right: dict[int, list[int]] = {}
    for (i, j), s in pairs.items():
        add(i, 1, j, 1, s)
        by_left.setdefault(i, []).append(j)
        by_right.setdefault(j, []).append(i)
    for j, start, length in _runs(by_right, p.max_run):
        add(start, length, j, 1, scorer.run_sim(start, length, j, 1, c))
    for i, start, length in _runs(by_left, p.max_run):
        add(i, 1, start, length, scorer.run_sim(i, 1, start, length, c))
    seen: set[tuple[int, int, int, int]] = set()
    for i, j in pairs:
        for a, b in _NM_SHAPES:
            if max(a, b) > p.max_run:
                continue
            for s in range(max(0, i - a + 1), min(i, n - a) + 1):
                for t in range(max(0, j - b + 1), min(j, m - b) + 1):
                    key = (s, a, t, b)
                    if key in seen:
                        continue
                    seen.add(key)
                    hits = sum((x, y) in pairs for x in range(s, s + a) for y in range(t, t + b))
                    if hits >= 2:
                        add(s, a, t, b, scorer.run_sim(s, a, t, b, c))
    return beads


def _extra_links(pairs: PairScores, chain: list[Bead], threshold: float) -> list[Link]:
    """1:1 links for sentences the chain left unlinked whose best partner is a strong match."""
    linked_left = {i for b in chain for i in range(b.left_start, b.left_end)}
    linked_right = {j for b in chain for j in range(b.right_start, b.right_end)}
    best_left: dict[int, tuple[float, int]] = {}
    best_right: dict[int, tuple[float, int]] = {}
    for (i, j), s in pairs.items():
        if s >= threshold:
            if i not in linked_left and (s, -j) > best_left.get(i, (-1.0, 0)):
                best_left[i] = (s, -j)
            if j not in linked_right and (s, -i) > best_right.get(j, (-1.0, 0)):
                best_right[j] = (s, -i)
    found = {(i, -negj): s for i, (s, negj) in best_left.items()}
    found.update({(-negi, j): s for j, (s, negi) in best_right.items()})
    return [Link((i,), (j,), s) for (i, j), s in sorted(found.items())]


def _align_oriented(left: Sequence[str], right: Sequence[str], params: AlignParams, exhaustive: bool) -> list[Link]:
    n, m = len(left), len(right)
    scorer = _PairScorer(left, right, params)
    if exhaustive:
        pairs = all_pairs(n, m, scorer.pair_sim)
    else:
        pairs = indexed_pairs([index_keys(s) for s in left], [index_keys(s) for s in right], scorer.pair_sim,
                              max_df=params.max_df, top_k=params.top_k)
    chain = best_chain(_beads(pairs, n, m, scorer), m)
    links = [
        Link(tuple(range(b.left_start, b.left_end)), tuple(range(b.right_start, b.right_end)), round(b.sim, 6))
        for b in chain
    ]
    if params.extra_link <= 1.0:
        links.extend(_extra_links(pairs, chain, params.extra_link))
    return links


def align_sentences(
    left: Sequence[str],
    right: Sequence[str],
    params: AlignParams = DEFAULT_PARAMS,
    *,
    exhaustive: bool = False,
) -> list[Link]:
    """Link sentences of `left` to sentences of `right` (ids are list positions); n:m, scores in [0, 1]."""
    if not left or not right:
        return []
    left, right = list(left), list(right)
    # Canonical orientation makes the result exactly mirror-symmetric.
    if (len(left), left) > (len(right), right):
        links = _align_oriented(right, left, params, exhaustive)
        links = [k.mirrored() for k in links]
    else:
        links = _align_oriented(left, right, params, exhaustive)
    return sorted(links, key=lambda k: (k.left, k.right))


def align_documents(left: Document, right: Document, params: AlignParams = DEFAULT_PARAMS) -> Alignment:
    """Align the alignable (non-chrome) sentences of two documents; link ids are document sentence ids."""
    lids, rids = left.alignable_ids, right.alignable_ids
    links = align_sentences([left.sentences[i].text for i in lids], [right.sentences[j].text for j in rids],
                            params)
    return Alignment(
        [Link(tuple(lids[i] for i in k.left), tuple(rids[j] for j in k.right), k.score) for k in links]
    )
