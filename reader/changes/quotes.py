"""`quote` and `attribution`, from the quote analysis (`reader.quotes.analyze_quotes`): a quote matched across
the articles whose words inside the quotation marks differ (verdict shortened, extended or reworded, each
word-level change that is more than punctuation, a number written another way or quotation-mark style), and
a matched quote whose speakers differ.

Only quotes in quotation marks on both sides count for `quote`: indirect speech is paraphrase by nature."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..alignment import Alignment
from ..document import Document
from ..worddiff import word_diff
from .model import Change, Span
from .quoted import equivalent, quoted_ranges, substantive

if TYPE_CHECKING:
    from ..quotes.model import Quote, QuoteMatch, QuoteReport

#: Quoted words shown in a summary are cut to this many characters.
SHOWN = 60


def _cut(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= SHOWN else flat[:SHOWN - 1] + "…"


def _sentence(doc: Document, offset: int) -> int:
    s = doc.sentence_at(offset)
    return s.id if s is not None else -1


def _at(doc: Document, quote: Quote, offset: int, *, end: bool = False) -> int:
    """An offset into `quote.text` as an offset into `doc.text`. A speech split by its attribution has the
    words of its pieces (`Quote.parts`, each stripped) joined by a space as its text, so the offset is found
    piece by piece; one on the joining space maps to the end of the piece before (`end`) or the start of
    the one after."""
    if not quote.parts:
        return quote.start + offset
    at = 0
    for n, (a, b) in enumerate(quote.parts):
        raw = doc.text[a:b]
        lead, size = len(raw) - len(raw.lstrip()), len(raw.strip())
        if offset < at + size or (offset == at + size and (end or n == len(quote.parts) - 1)):
            return a + lead + offset - at
        at += size + 1
    return quote.end


def _marked(quote: Quote, start: int, end: int) -> bool:
    """Whether a range of a quote's text is inside quotation marks: all of a direct quote is; of a partial
    quote (“a 'new full-blown attack' could begin”), only the marked words."""
    if quote.kind == "direct":
        return True
    return any(a <= start and end <= b for a, b in quoted_ranges(quote.text))


def quote_changes(docs: Sequence[Document], report: QuoteReport, match: QuoteMatch) -> list[Change]:
    if match.left is None or match.right is None or match.verdict in ("verbatim", "only"):
        return []
    lq, rq = report.quotes[match.left], report.quotes[match.right]
    if lq.kind == "indirect" or rq.kind == "indirect":
        return []
    out: list[Change] = []
    for op in word_diff(lq.text, rq.text):
        if op.tag == "equal":
            continue
        lt, rt = lq.text[op.a_start:op.a_end], rq.text[op.b_start:op.b_end]
        if not (substantive(lt) or substantive(rt)) or equivalent(lt, rt):
            continue
        if not (_marked(lq, op.a_start, op.a_end) and _marked(rq, op.b_start, op.b_end)):
            continue
        ls, rs = _at(docs[0], lq, op.a_start), _at(docs[1], rq, op.b_start)
        le, re_ = _at(docs[0], lq, op.a_end, end=True), _at(docs[1], rq, op.b_end, end=True)
        left = Span(_sentence(docs[0], ls), ls, max(ls, le), lt)
        right = Span(_sentence(docs[1], rs), rs, max(rs, re_), rt)
        if lt and rt:
            summary = f"quote reworded: “{_cut(rt)}” → “{_cut(lt)}”"
        elif lt:
            summary = f"quote extended: “{_cut(lt)}” added inside the quotation marks"
        else:
            summary = f"quote shortened: “{_cut(rt)}” cut from the quotation"
        out.append(Change("quote", left, right, summary))
    return out


def _words(name: str) -> list[str]:
    from .names import fold

    return [fold(w) for w in name.replace("’", " ").replace("'", " ").split() if len(w) > 2]


def _sentence_text(doc: Document, quote: Quote) -> str:
    return doc.sentences[quote.sentence].text if quote.sentence is not None else ""


def _linked(alignment: Alignment, lq: Quote, rq: Quote) -> bool:
    """Whether the two quotes' sentences are linked (a match across unlinked sentences is not shown)."""
    return lq.sentence is not None and rq.sentence is not None and rq.sentence in alignment.counterparts(
        0, lq.sentence)


def _speaker(report: QuoteReport, quote: Quote) -> str | None:
    if quote.speaker is None:
        return None
    return quote.named_as or report.speakers[quote.speaker].name


def attribution_change(docs: Sequence[Document], report: QuoteReport, match: QuoteMatch) -> Change | None:
    if match.left is None or match.right is None:
        return None
    lq, rq = report.quotes[match.left], report.quotes[match.right]
    if lq.speaker is None or rq.speaker is None or lq.speaker == rq.speaker:
        return None
    if report.speakers[lq.speaker].anonymous or report.speakers[rq.speaker].anonymous:
        return None  # "sources" / "the service's interlocutor": a description, not a different source
    ls, rs = _speaker(report, lq) or "", _speaker(report, rq) or ""
    if set(_words(ls)) & set(_words(rs)):
        return None
    lsent, rsent = _sentence_text(docs[0], lq), _sentence_text(docs[1], rq)
    if _words(lsent) == _words(rsent):
        return None  # the same sentence on both sides: a speaker resolved differently, not a new source
    if set(_words(ls)) & set(_words(rsent)) or set(_words(rs)) & set(_words(lsent)):
        return None  # each side still names the other's speaker
    left = Span(_sentence(docs[0], lq.start), lq.start, lq.end, lq.text)
    right = Span(_sentence(docs[1], rq.start), rq.start, rq.end, rq.text)
    return Change("attribution", left, right, f"attribution changed: {rs} → {ls}")


def find(docs: Sequence[Document], alignment: Alignment, report: QuoteReport | None = None) -> list[Change]:
    """Quote and attribution changes of every cross-article quote match."""
    if report is None:
        from ..quotes import analyze_quotes

        report = analyze_quotes(docs, alignment)
    out: list[Change] = []
    for match in report.matches:
        if match.left is None or match.right is None:
            continue
        if not _linked(alignment, report.quotes[match.left], report.quotes[match.right]):
            continue
        out += quote_changes(docs, report, match)
        change = attribution_change(docs, report, match)
        if change is not None:
            out.append(change)
    return out
