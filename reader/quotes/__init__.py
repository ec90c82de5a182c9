"""Speakers and quotes of one or two articles: extraction, attribution, merging, matching across articles.

Plain Python, no Textual: the sidebar and `reader quotes` render a `QuoteReport`.

    report = analyze_quotes([left_doc, right_doc], alignment)
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Collection, Sequence

from ..alignment import Alignment
from ..document import Document
from ..errors import InputError
from .extract import find_quotes, paragraphs_of_text
from .found import FoundQuote
from .matching import match_quotes
from .model import Quote, QuoteKind, QuoteMatch, QuoteReport, Speaker, Verdict
from .speakers import merge_speakers, resolve_mentions

__all__ = [
    "MAX_QUOTE_TEXT",
    "Quote",
    "QuoteKind",
    "QuoteMatch",
    "QuoteReport",
    "Speaker",
    "Verdict",
    "analyze_quotes",
    "analyze_text",
    "check_quotable",
    "document_paragraphs",
]


def document_paragraphs(doc: Document) -> list[tuple[int, int]]:
    """The paragraphs of a document that can hold quotes: page chrome is left out."""
    return [(p.start, p.end) for p in doc.content_paragraphs()]


#: Quote analysis is for articles: past this many characters of text (a long book) it is refused up front,
#: because text that is nothing but quotes costs about 0.6 ms a quote to attribute and match, so 20 MB of
#: it would take many minutes (bench/large_inputs.py). A news article is 5-50 thousand characters.
MAX_QUOTE_TEXT = 1_000_000


def check_quotable(docs: Sequence[Document]) -> None:
    """InputError (one line) when a document is too large for quote analysis."""
    for doc in docs:
        if len(doc.text) > MAX_QUOTE_TEXT:
            raise InputError(f"{doc.source}: {len(doc.text):,} characters is too long for quote analysis "
                             f"(at most {MAX_QUOTE_TEXT:,}, it is meant for articles); `reader align` works")


def analyze_quotes(docs: Sequence[Document], alignment: Alignment | None = None) -> QuoteReport:
    """Quotes and speakers of one or two documents; with two, quotes are matched across them.

    `alignment` links sentences of docs[0] (left) to docs[1] (right) and guides the matching. A document
    over MAX_QUOTE_TEXT characters raises InputError (`check_quotable`).
    """
    check_quotable(docs)
    found: list[list[FoundQuote]] = []
    for doc in docs:
        paragraphs = doc.content_paragraphs()
        headings = {n for n, p in enumerate(paragraphs) if p.kind == "heading"}
        quotes = find_quotes(doc.text, [(p.start, p.end) for p in paragraphs], headings)
        found.append([q for q in quotes if _not_chrome(doc, q.start)])
    sentence_lookup = [_sentence_finder(doc) for doc in docs]
    return _build_report([doc.source for doc in docs], [doc.text for doc in docs], found, sentence_lookup,
                         alignment)


def analyze_text(text: str, name: str = "", headings: Collection[int] = ()) -> QuoteReport:
    """Quotes and speakers of a plain text whose paragraphs are its lines (offsets into `text` as given).

    `headings`: the indices of the lines (counting non-blank lines only) that are headlines, as a
    `Document` marks them (`analyze_quotes`). The PolNeAR evaluation scores this path; it runs the same
    extraction and merging as `analyze_quotes`.
    """
    found = [find_quotes(text, paragraphs_of_text(text), headings)]
    return _build_report([name], [text], found, [lambda start, end: (None, set())], None)


def _not_chrome(doc: Document, offset: int) -> bool:
    s = doc.sentence_at(offset)
    return s is None or s.kind != "chrome"


def _sentence_finder(doc: Document) -> Callable[[int, int], tuple[int | None, set[int]]]:
    """For a quote's span: the sentence holding its start, and every sentence it overlaps (by bisection)."""
    starts = [s.start for s in doc.sentences]

    def find(start: int, end: int) -> tuple[int | None, set[int]]:
        first = doc.sentence_at(start)
        lo = max(0, bisect_right(starts, start) - 1)
        hi = bisect_left(starts, end)
        ids = {s.id for s in doc.sentences[lo:hi] if s.start < end and s.end > start}
        return (first.id if first else (min(ids) if ids else None)), ids

    return find


SentenceLookup = Callable[[int, int], tuple[int | None, set[int]]]


def _build_report(names: list[str], texts: list[str], found: list[list[FoundQuote]],
                  sentence_lookup: Sequence[SentenceLookup], alignment: Alignment | None) -> QuoteReport:
    routes: list[list[str]] = [[] for _ in found]
    resolved = [resolve_mentions(quotes, routes[d]) for d, quotes in enumerate(found)]
    speakers, speaker_ids = merge_speakers(resolved, [[q.start for q in quotes] for quotes in found])
    quotes: list[Quote] = []
    sentence_sets: dict[int, set[int]] = {}
    for d, doc_quotes in enumerate(found):
        for i, fq in enumerate(doc_quotes):
            first, ids = sentence_lookup[d](fq.start, fq.end)
            qid = len(quotes)
            mention = resolved[d][i]
            named_as = None
            if mention is not None and speaker_ids[d][i] is not None:
                named_as = mention.written or mention.name
            words = " ".join(texts[d][a:b].strip() for a, b in fq.parts) if fq.parts \
                else texts[d][fq.start:fq.end]
            speaker = speaker_ids[d][i]
            speech = fq.kind == "direct" or (fq.kind == "partial" and fq.cue is not None
                                             and speaker is not None)
            quotes.append(Quote(qid, d, fq.start, fq.end, words, fq.kind, speaker, first, fq.cue,
                                named_as, fq.rule_path(routes[d][i]), fq.parts, speech))
            sentence_sets[qid] = ids
            if speaker_ids[d][i] is not None:
                speakers[speaker_ids[d][i]].quotes.append(qid)
    matches: list[QuoteMatch] = []
    if len(texts) == 2:
        matches = match_quotes(quotes, alignment, lambda q: q.speaker, lambda q: sentence_sets[q.id])
    return QuoteReport(list(names), quotes, speakers, matches)
