"""Candidate-based quote matching (inverted index, prefix filter) gives exactly the exhaustive result."""

from __future__ import annotations

import random
import re
from collections.abc import Callable

import pytest

from reader.align.aligner import align_documents
from reader.alignment import Alignment, Link
from reader.document import Document
from reader.ingest.raw import RawArticle
from reader.quotes import analyze_quotes
from reader.quotes.lexicon import CUE, CUE_WORDS
from reader.quotes.matching import THRESHOLDS, _upper_bound, _Words, match_quotes
from reader.quotes.model import Quote, QuoteMatch
from reader.resources import seed_paths
from reader.text.load import build_document, load_document

LEFT = """\
“We will rebuild every bridge on the river before the winter comes,” said Mayor Anna Kovacs on Monday.

The council was not convinced. “There is no money for this,” said councillor Peter Brandt.

Kovacs added that the federal government had promised to pay half of the cost of the bridges.

“The river is rising again and the old dam will not hold,” warned engineer Laura Chen.

According to the regional water authority, the dam was last inspected eleven years ago.

“I have never seen anything like it,” a resident told reporters.

“Bridges are a matter for the state and not for the town,” said Governor Mark Hill."""

RIGHT = """\
Mayor Anna Kovacs promised on Monday: “We will rebuild every bridge on the river before winter.”

Councillor Peter Brandt disagreed. “There is simply no money for this plan,” Brandt said.

“Nobody asked us about the bridges,” said shop owner Tom Riley on Tuesday in the town hall.

“The federal government has promised to pay half of the cost,” Kovacs said later.

Engineer Laura Chen warned: “The old dam will not hold if the river keeps rising.”

The water authority said the dam was inspected eleven years ago and found safe."""


def _sentences_of(docs: list[Document]) -> Callable[[Quote], set[int]]:
    def of(q: Quote) -> set[int]:
        return {s.id for s in docs[q.doc].sentences if s.start < q.end and s.end > q.start}
    return of


def _both_ways(docs: list[Document], alignment: Alignment | None
               ) -> tuple[list[QuoteMatch], list[QuoteMatch]]:
    report = analyze_quotes(docs, alignment)
    args = (report.quotes, alignment, lambda q: q.speaker, _sentences_of(docs))
    fast = match_quotes(*args)
    assert fast == report.matches  # analyze_quotes uses the candidate path
    return fast, match_quotes(*args, exhaustive=True)


@pytest.mark.parametrize("aligned", [True, False])
def test_hand_written_pair_matches_like_exhaustive(aligned: bool) -> None:
    docs = [build_document(RawArticle("left", LEFT)), build_document(RawArticle("right", RIGHT))]
    fast, exhaustive = _both_ways(docs, align_documents(*docs) if aligned else None)
    assert fast == exhaustive
    paired = [m for m in fast if m.left is not None and m.right is not None]
    assert len(paired) >= (3 if aligned else 2)
    assert any(m.right is None for m in fast) and any(m.left is None for m in fast)


def test_seed_pair_matches_like_exhaustive() -> None:
    left, right = (load_document(str(p)) for p in seed_paths())
    fast, exhaustive = _both_ways([left, right], align_documents(left, right))
    assert fast == exhaustive
    assert sum(1 for m in fast if m.left is not None and m.right is not None) >= 3


def _random_quotes(rng: random.Random) -> tuple[list[Quote], dict[int, set[int]], Alignment]:
    """Many short quotes over a small Zipf-like vocabulary (frequent words shared by most quotes)."""
    vocab = [f"w{i}" for i in range(40)]
    weights = [1 / (i + 1) for i in range(len(vocab))]
    quotes: list[Quote] = []
    sentences: dict[int, set[int]] = {}
    for doc in (0, 1):
        for _ in range(60):
            n = rng.choice([0, 1, 2, 3, 5, 8, 13, 21])
            text = " ".join(rng.choices(vocab, weights, k=n))
            if rng.random() < 0.3:  # two sentences, so the window comparison is used too
                text += ". " + " ".join(rng.choices(vocab, weights, k=rng.randint(1, 6))) + "."
            qid = len(quotes)
            kind = rng.choice(["direct", "direct", "partial", "indirect"])
            quotes.append(Quote(qid, doc, 0, len(text), text, kind, rng.choice([None, None, 1, 2, 3]), None))
            sentences[qid] = {rng.randrange(40)}
    links = [Link((i,), (rng.randrange(40),), 1.0) for i in range(0, 40, 2)]
    return quotes, sentences, Alignment(links)


@pytest.mark.parametrize("seed", range(4))
def test_random_quotes_match_like_exhaustive(seed: int) -> None:
    quotes, sentences, alignment = _random_quotes(random.Random(seed))
    for align in (alignment, None):
        args = (quotes, align, lambda q: q.speaker, lambda q: sentences[q.id])
        fast = match_quotes(*args)
        assert fast == match_quotes(*args, exhaustive=True)
        assert any(m.left is not None and m.right is not None for m in fast)


def test_pairs_left_out_cannot_reach_the_bar() -> None:
    """Every pair the exhaustive loop would score in full (upper bound at the bar) is a candidate."""
    from reader.quotes.matching import _candidates

    quotes, sentences, _ = _random_quotes(random.Random(7))
    left = [q for q in quotes if q.doc == 0]
    right = [q for q in quotes if q.doc == 1]
    folded = {q.id: _Words.of(q.text) for q in quotes}
    found = _candidates(left, right, folded, [set() for _ in left], {r.id: sentences[r.id] for r in right},
                        lambda q: None)
    needed = 0
    for i, q in enumerate(left):
        for j, r in enumerate(right):
            compatible = (q.kind == "indirect") == (r.kind == "indirect")
            if compatible and _upper_bound(folded[q.id], folded[r.id]) >= THRESHOLDS[0]:
                needed += 1
                assert j in found[i], (q.text, r.text)
    total = sum(len(js) for js in found)
    assert needed > 0 and total < len(left) * len(right)  # some pruning happened


def test_cue_regex_finds_the_same_words_as_a_plain_alternation() -> None:
    plain = re.compile(r"\b(?:according\s+to|puts?\s+it|points?\s+out|pointed\s+out|pointing\s+out|went\s+on"
                       r"|goes\s+on|" + "|".join(sorted(CUE_WORDS, key=len, reverse=True)) + r")\b", re.I)
    rng = random.Random(3)
    words = [*sorted(CUE_WORDS), "sai", "saidx", "SAID", "ſays", "according  to", "points out", "x_said", "2"]
    text = " ".join(rng.choice(words) + rng.choice(["", " ", ", ", "-"]) for _ in range(3000))
    assert [m.span() for m in CUE.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert all(bool(CUE.fullmatch(w)) == bool(plain.fullmatch(w)) for w in words)
