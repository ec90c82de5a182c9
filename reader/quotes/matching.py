"""Quotes of one article paired with their counterparts in the other, with a similarity and a verdict.

Similarity is word-level (rapidfuzz Indel on folded word sequences). A long quote (a block quote, a speech of
several sentences) is compared window by window of its sentences, so a retelling that quotes one sentence of
it still finds it. The sentence alignment and the speaker lower the bar: a pair in aligned sentences, or by
the same speaker, needs less word overlap than two unrelated quotes. Pairs are not all scored: an inverted
index of the quotes' rarest words (prefix filtering) proposes only those that can share enough words to reach
their bar, so a long pair of articles costs about as much as its quotes, not their product.

The similarity only pairs quotes (a quote found whole inside a longer one rates 1.0); the verdict on a pair
(`verbatim`, `shortened`, `extended`, `reworded`) and its word changes are decided on the words alone, by
`verdict.verdict_of`.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from rapidfuzz.distance import Indel

from ..alignment import Alignment
from .model import Quote, QuoteMatch
from .verdict import verdict_of

#: Minimum similarity for a pair: alone, with one supporting signal (alignment or speaker), with both.
THRESHOLDS = (0.55, 0.4, 0.3)
#: Bounds that keep matching near-linear on text no article has (thousands of quotes made of a handful of
#: words, which made every pair a candidate: 9 GB and minutes on two 1 MB files). A word shared by more
#: quotes than MAX_POSTINGS is no evidence of a match; a quote keeps its MAX_CANDIDATES right quotes with
#: the most shared words. Real articles stay far below both (so the index still equals exhaustive scoring).
MAX_POSTINGS = 200
MAX_CANDIDATES = 100
_FOLD = str.maketrans({"’": "'", "‘": "'", "ё": "е"})
_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)?")
_SENTENCE = re.compile(r"(?<=[.!?…])[\"”’»]?\s+")


def words(text: str) -> list[str]:
    return _WORD.findall(text.translate(_FOLD).casefold())


def _sentences(text: str) -> list[list[str]]:
    return [w for w in (words(s) for s in _SENTENCE.split(text)) if w]


@dataclass(frozen=True, slots=True)
class _Words:
    """A quote's folded words, its sentences as word lists, its word counts and its words as a set of
    (word, occurrence) tokens (so the size of a set intersection is the size of the multiset one), once."""

    words: list[str]
    sentences: list[list[str]]
    counts: Counter[str]
    tokens: frozenset[tuple[str, int]]

    @classmethod
    def of(cls, text: str) -> _Words:
        ws = words(text)
        counts = Counter(ws)
        return cls(ws, _sentences(text), counts,
                   frozenset((w, n) for w, count in counts.items() for n in range(count)))


def similarity(a: str, b: str) -> tuple[float, bool]:
    """(similarity in [0, 1], whether the shorter quote appears word for word in the longer one).

    The flag only rates containment for pairing (a contained quote scores 1.0); it is not the verdict."""
    return _similarity(_Words.of(a), _Words.of(b))


def _upper_bound(a: _Words, b: _Words) -> float:
    """No window of the longer quote can be more similar to the shorter one than this (shared words)."""
    short = min(len(a.words), len(b.words))
    common = len(a.tokens & b.tokens)
    return 2 * common / (short + common) if short + common else 0.0


def _similarity(a: _Words, b: _Words) -> tuple[float, bool]:
    if not a.words or not b.words:
        return 0.0, False
    short, long_ = (a, b) if len(a.words) <= len(b.words) else (b, a)
    best = Indel.normalized_similarity(a.words, b.words)
    span = len(short.sentences) + 1
    sents = long_.sentences
    for i in range(len(sents)):
        window: list[str] = []
        for j in range(i, min(len(sents), i + span)):
            window = window + sents[j]
            best = max(best, Indel.normalized_similarity(short.words, window))
    verbatim = (" " + " ".join(short.words) + " ") in (" " + " ".join(long_.words) + " ")
    return (1.0 if verbatim else best), verbatim


def match_quotes(quotes: Sequence[Quote], alignment: Alignment | None,
                 speaker_of: Callable[[Quote], int | None],
                 sentences_of: Callable[[Quote], set[int]], *, exhaustive: bool = False) -> list[QuoteMatch]:
    """Matches between document 0 and document 1 quotes; unmatched quotes get an "only" match.

    Only candidate pairs are scored (`_candidates`): every pair left out provably shares too few words to
    reach its bar, so the result is the same as scoring all pairs, which `exhaustive=True` does (tests and
    bench/quotes_large.py check the two agree).
    """
    left = [q for q in quotes if q.doc == 0]
    right = [q for q in quotes if q.doc == 1]
    right_sents = {r.id: sentences_of(r) for r in right}
    by_text: dict[str, _Words] = {}  # a quote repeated word for word is folded and compared once
    for q in quotes:
        if q.text not in by_text:
            by_text[q.text] = _Words.of(q.text)
    folded = {q.id: by_text[q.text] for q in quotes}
    linked_of = [_linked(q, alignment, sentences_of) for q in left]
    candidates = (None if exhaustive else
                  _candidates(left, right, folded, linked_of, right_sents, speaker_of))
    scorer = _Scorer(folded, right_sents, speaker_of)
    matches: list[QuoteMatch] = []
    used_right: set[int] = set()
    for i, q in enumerate(left):
        rights = right if candidates is None else [right[j] for j in candidates[i]]
        best = scorer.best(q, linked_of[i], rights)
        if best is None:
            matches.append(QuoteMatch(q.id, None, 0.0, "only"))
            continue
        sim, _, r = best
        used_right.add(r.id)
        matches.append(QuoteMatch(q.id, r.id, sim, *verdict_of(q.text, r.text)))
    matches.extend(QuoteMatch(None, r.id, 0.0, "only") for r in right if r.id not in used_right)
    return matches


def _linked(q: Quote, alignment: Alignment | None, sentences_of: Callable[[Quote], set[int]]) -> set[int]:
    """The right-hand sentences aligned with the sentences of a left quote."""
    linked: set[int] = set()
    if alignment is not None:
        for s in sentences_of(q):
            linked.update(alignment.counterparts(0, s))
    return linked


@dataclass(slots=True)
class _Scorer:
    """Scores left/right pairs against the bar their support sets; a pair of texts is compared once."""

    folded: dict[int, _Words]
    right_sents: dict[int, set[int]]
    speaker_of: Callable[[Quote], int | None]
    similarities: dict[tuple[str, str], tuple[float, bool]] = field(default_factory=dict)

    def best(self, q: Quote, linked: set[int], rights: Sequence[Quote]) -> tuple[float, bool, Quote] | None:
        """(similarity, verbatim, quote) of the best right quote for `q` that reaches its bar, or None.

        The score adds 0.15 per supporting signal (aligned sentences, same speaker); the first of equal
        scores wins."""
        best: tuple[float, float, bool, Quote] | None = None
        for r in rights:
            scored = self._score(q, r, linked)
            if scored is not None and (best is None or scored[0] > best[0]):
                best = (*scored, r)
        return None if best is None else best[1:]

    def _score(self, q: Quote, r: Quote, linked: set[int]) -> tuple[float, float, bool] | None:
        """(score, similarity, verbatim) of a pair that reaches its bar, else None."""
        aligned = bool(linked & self.right_sents[r.id])
        if (q.kind == "indirect") != (r.kind == "indirect") and not aligned:
            return None
        support = int(aligned)
        support += int(self.speaker_of(q) is not None and self.speaker_of(q) == self.speaker_of(r))
        if _upper_bound(self.folded[q.id], self.folded[r.id]) < THRESHOLDS[support]:
            return None  # too few shared words to reach the bar: skip the window comparisons
        key = (q.text, r.text)
        if key not in self.similarities:
            self.similarities[key] = _similarity(self.folded[q.id], self.folded[r.id])
        sim, verbatim = self.similarities[key]
        if sim < THRESHOLDS[support]:
            return None
        return sim + 0.15 * support, sim, verbatim


def _candidates(left: Sequence[Quote], right: Sequence[Quote], folded: dict[int, _Words],
                linked_of: Sequence[set[int]], right_sents: dict[int, set[int]],
                speaker_of: Callable[[Quote], int | None]) -> list[list[int]]:
    """For each left quote, the positions in `right` of the quotes worth scoring, in ascending order.

    A pair can only be accepted if its shared words reach the bound of `_upper_bound` for its support:
    - quotes in aligned sentences (any kinds): all proposed, there are few;
    - quotes of the same speaker and compatible kinds: an overlap join with the one-signal bar;
    - any other pair of compatible kinds: an overlap join with the no-signal bar.
    """
    orders = _token_order([folded[q.id] for q in (*left, *right)])
    tokens = {q.id: _tokens(folded[q.id], orders) for q in (*left, *right)}
    found: list[set[int]] = [set() for _ in left]
    by_sentence: dict[int, list[int]] = {}
    for j, r in enumerate(right):
        for s in right_sents[r.id]:
            by_sentence.setdefault(s, []).append(j)
    for i, linked in enumerate(linked_of):
        for s in linked:
            found[i].update(by_sentence.get(s, ()))
    groups: dict[tuple[bool, int | None], tuple[list[int], list[int]]] = {}
    for i, q in enumerate(left):
        groups.setdefault((q.kind == "indirect", speaker_of(q)), ([], []))[0].append(i)
    for j, r in enumerate(right):
        groups.setdefault((r.kind == "indirect", speaker_of(r)), ([], []))[1].append(j)
    by_kind: dict[bool, tuple[list[int], list[int]]] = {}
    for (indirect, speaker), (ls, rs) in groups.items():
        ls_all, rs_all = by_kind.setdefault(indirect, ([], []))
        ls_all.extend(ls)
        rs_all.extend(rs)
        if speaker is not None and ls and rs:
            _overlap_join(ls, rs, left, right, tokens, THRESHOLDS[1], found)
    for ls, rs in by_kind.values():
        if ls and rs:
            _overlap_join(sorted(ls), sorted(rs), left, right, tokens, THRESHOLDS[0], found)
    return [sorted(js) for js in found]


def _token_order(all_words: Sequence[_Words]) -> dict[str, int]:
    """Rank of each word, rarest first (over all quotes), so a quote's prefix holds its rarest words."""
    freq: Counter[str] = Counter()
    for w in all_words:
        freq.update(w.counts.keys())
    return {word: rank for rank, word in enumerate(sorted(freq, key=lambda x: (freq[x], x)))}


def _tokens(w: _Words, order: dict[str, int]) -> list[tuple[int, int]]:
    """A quote's words as a set of (rank, occurrence) tokens, rarest first: set overlap = multiset overlap."""
    return sorted((order[word], n) for word, count in w.counts.items() for n in range(count))


def _min_overlap(threshold: float, short: int) -> int:
    """Fewest shared words for which `_upper_bound` (2c / (short + c)) can reach `threshold`."""
    return max(1, math.ceil(threshold * short / (2 - threshold) - 1e-6))


def _overlap_join(ls: Sequence[int], rs: Sequence[int], left: Sequence[Quote], right: Sequence[Quote],
                  tokens: dict[int, list[tuple[int, int]]], threshold: float, found: list[set[int]]) -> None:
    """Add to `found` every pair (i in ls, j in rs) sharing enough words to reach `threshold`, and some more.

    Prefix filtering: if the shorter quote of a pair (n tokens) shares at least k tokens with the longer one,
    its first n - k + 1 tokens (rarest first) include a shared one. So the right quotes' prefixes and full
    token sets are indexed; a left quote probes the prefixes with all its tokens (right quote shorter) and
    the full sets with its prefix (left quote shorter). Rare tokens have short posting lists; a posting list
    longer than MAX_POSTINGS is skipped and a left quote keeps its MAX_CANDIDATES best-sharing right quotes,
    which bounds the work on degenerate text (see MAX_POSTINGS).
    """
    full: dict[tuple[int, int], list[int]] = {}
    prefix: dict[tuple[int, int], list[int]] = {}
    size: dict[int, int] = {}
    for j in rs:
        toks = tokens[right[j].id]
        size[j] = len(toks)
        if not toks:
            continue
        for t in toks:
            full.setdefault(t, []).append(j)
        for t in toks[:len(toks) - _min_overlap(threshold, len(toks)) + 1]:
            prefix.setdefault(t, []).append(j)
    for i in ls:
        toks = tokens[left[i].id]
        n = len(toks)
        if not n:
            continue
        shared: Counter[int] = Counter()
        for t in toks:  # right quote no longer than the left one: its prefix meets the left tokens
            postings = prefix.get(t, ())
            if len(postings) <= MAX_POSTINGS:
                shared.update(j for j in postings if size[j] <= n)
        for t in toks[:n - _min_overlap(threshold, n) + 1]:  # left quote no longer: its prefix meets
            postings = full.get(t, ())
            if len(postings) <= MAX_POSTINGS:
                shared.update(j for j in postings if size[j] >= n)
        found[i].update(j for j, _ in shared.most_common(MAX_CANDIDATES))
