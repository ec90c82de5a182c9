"""Quotes of one article paired with their counterparts in the other, with a similarity and a verdict.

Similarity is word-level (rapidfuzz Indel on folded word sequences). A long quote (a block quote, a speech of
several sentences) is compared window by window of its sentences, so a retelling that quotes one sentence of
it still finds it. The sentence alignment and the speaker lower the bar: a pair in aligned sentences, or by
the same speaker, needs less word overlap than two unrelated quotes.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from rapidfuzz.distance import Indel

from ..alignment import Alignment
from .model import Quote, QuoteMatch

#: Minimum similarity for a pair: alone, with one supporting signal (alignment or speaker), with both.
THRESHOLDS = (0.55, 0.4, 0.3)
_FOLD = str.maketrans({"’": "'", "‘": "'", "ё": "е"})
_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)?")
_SENTENCE = re.compile(r"(?<=[.!?…])[\"”’»]?\s+")


def words(text: str) -> list[str]:
    return _WORD.findall(text.translate(_FOLD).casefold())


def _sentences(text: str) -> list[list[str]]:
    return [w for w in (words(s) for s in _SENTENCE.split(text)) if w]


@dataclass(frozen=True, slots=True)
class _Words:
    """A quote's folded words, its sentences as word lists and its word counts, computed once."""

    words: list[str]
    sentences: list[list[str]]
    counts: Counter[str]

    @classmethod
    def of(cls, text: str) -> _Words:
        ws = words(text)
        return cls(ws, _sentences(text), Counter(ws))


def similarity(a: str, b: str) -> tuple[float, bool]:
    """(similarity in [0, 1], whether the shorter quote appears word for word in the longer one)."""
    return _similarity(_Words.of(a), _Words.of(b))


def _upper_bound(a: _Words, b: _Words) -> float:
    """No window of the longer quote can be more similar to the shorter one than this (shared words)."""
    short = min(len(a.words), len(b.words))
    common = sum((a.counts & b.counts).values())
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
                 sentences_of: Callable[[Quote], set[int]]) -> list[QuoteMatch]:
    """Matches between document 0 and document 1 quotes; unmatched quotes get an "only" match."""
    left = [q for q in quotes if q.doc == 0]
    right = [q for q in quotes if q.doc == 1]
    matches: list[QuoteMatch] = []
    used_right: set[int] = set()
    right_sents = {r.id: sentences_of(r) for r in right}
    folded = {q.id: _Words.of(q.text) for q in quotes}
    for q in left:
        q_sents = sentences_of(q)
        linked: set[int] = set()
        if alignment is not None:
            for s in q_sents:
                linked.update(alignment.counterparts(0, s))
        best: tuple[float, float, bool, Quote] | None = None
        for r in right:
            if (q.kind == "indirect") != (r.kind == "indirect") and not (linked & right_sents[r.id]):
                continue
            support = int(bool(linked & right_sents[r.id]))
            support += int(speaker_of(q) is not None and speaker_of(q) == speaker_of(r))
            if _upper_bound(folded[q.id], folded[r.id]) < THRESHOLDS[support]:
                continue  # too few shared words to reach the bar: skip the window comparisons
            sim, verbatim = _similarity(folded[q.id], folded[r.id])
            if sim < THRESHOLDS[support]:
                continue
            score = sim + 0.15 * support
            if best is None or score > best[0]:
                best = (score, sim, verbatim, r)
        if best is None:
            matches.append(QuoteMatch(q.id, None, 0.0, "only"))
            continue
        _, sim, verbatim, r = best
        used_right.add(r.id)
        matches.append(QuoteMatch(q.id, r.id, sim, "verbatim" if verbatim else "reworded"))
    matches.extend(QuoteMatch(None, r.id, 0.0, "only") for r in right if r.id not in used_right)
    return matches
