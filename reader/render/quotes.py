"""The quote report as text or JSON (`reader quotes`): speakers, quotes, then cross-article matches.

The text listing cuts each quote to its first 80 characters to keep one quote a line; `full=True`
(`reader quotes --full`) prints every quote whole, for reading a long quote or checking a verdict.
"""

from __future__ import annotations

import json
from collections.abc import Callable

from ..document import Document
from ..quotes.model import Quote, QuoteChange, QuoteReport, Speaker
from ..text.sanitize import one_line

_WIDTH = 100
#: How many characters of a quote the listing shows unless asked for the full text.
QUOTE_CHARS = 80
#: How many changes of a pair the listing shows unless asked for the full text (the JSON has them all).
SHOWN_CHANGES = 8


def report_json(report: QuoteReport, docs: list[Document] | None = None, *, full: bool = False) -> str:
    """The documented JSON shape of `reader quotes --format json` (the shape is `QuoteReport.to_json`);
    quotes are always whole in it, so `full` changes nothing."""
    return json.dumps(report.to_json(), ensure_ascii=False, indent=2)


def _one_line(text: str, limit: int | None = _WIDTH) -> str:
    """The text on one line, control characters removed, cut to `limit` characters (None: whole)."""
    flat = one_line(text)
    return flat if limit is None or len(flat) <= limit else flat[: limit - 1] + "…"


def report_text(report: QuoteReport, docs: list[Document], *, full: bool = False) -> str:
    """A plain-text listing: speakers with their quotes, then the matches between the two articles; `full`
    prints quotes and changes whole instead of cut to a line."""
    two = len(docs) == 2
    width = None if full else QUOTE_CHARS
    tag: Callable[[Quote], str] = (lambda q: "LR"[q.doc]) if two else (lambda q: "")
    lines = _heading(docs)
    named = [s for s in report.speakers if not s.anonymous]
    anonymous = [s for s in report.speakers if s.anonymous]
    for group, speakers in (("Speakers", named), ("Anonymous sources", anonymous)):
        if speakers:
            lines.append(f"{group}:")
            for s in speakers:
                lines.extend(_speaker_lines(report, s, len(docs), tag, width))
            lines.append("")
    unattributed = [q for q in report.quotes if q.speaker is None and q.kind != "partial"]
    if unattributed:
        lines.append("Unattributed:")
        lines.extend(f"    {tag(q)}{q.kind[0]} {_one_line(q.text, width)}" for q in unattributed)
        lines.append("")
    if two:
        lines.extend(_match_lines(report, full))
    return "\n".join(lines).rstrip()


def _heading(docs: list[Document]) -> list[str]:
    lines: list[str] = []
    for d, doc in enumerate(docs):
        label = "left" if d == 0 and len(docs) == 2 else "right" if d == 1 else "article"
        lines.append(f"[{label}] {_one_line(doc.title or doc.source, 80)}")
    side = "L/R = left/right article, then " if len(docs) == 2 else ""
    verdicts = "; <verdict> = the quote's counterpart in the other article" if len(docs) == 2 else ""
    lines.append(f"Key: {side}d = direct, p = partial, i = indirect{verdicts}; [n / m] = quotes per article.")
    if len(docs) == 2:
        lines.append("Verdicts: verbatim = the same words; shortened = the left quote cuts words of the "
                     "right one; extended = it adds words; reworded = other changes; only = no counterpart.")
    lines.append("")
    return lines


def _speaker_lines(report: QuoteReport, s: Speaker, n_docs: int, tag: Callable[[Quote], str],
                   width: int | None) -> list[str]:
    counts = " / ".join(str(s.count(d)) for d in range(n_docs))
    aliases = f"  (also: {_one_line(', '.join(s.aliases), 60)})" if s.aliases else ""
    lines = [f"  {_one_line(s.name, 60)} [{counts}]{aliases}"]
    for qid in s.quotes:
        q = report.quotes[qid]
        match = report.match_of(qid)
        verdict = f" <{_verdict_here(match.verdict, q.doc)}>" if match and n_docs == 2 else ""
        other = report.named_differently(q)
        named = f"  (as {_one_line(other, 40)})" if other else ""
        lines.append(f"    {tag(q)}{q.kind[0]} {_one_line(q.text, width)}{verdict}{named}")
    return lines


def _verdict_here(verdict: str, doc: int) -> str:
    """A pair's verdict at one of its quotes: at the right one, a cut or an addition happened on the left
    (`Rd Her mind is shot! <extended on the left>`), which the bare name would seem to say of this quote."""
    return f"{verdict} on the left" if doc == 1 and verdict in ("shortened", "extended") else verdict


def _match_lines(report: QuoteReport, full: bool) -> list[str]:
    lines = ["Matches (left -> right):"]
    for m in report.matches:
        if m.left is None or m.right is None:
            continue
        left, right = report.quotes[m.left], report.quotes[m.right]
        lines.append(f"  {m.verdict} {m.similarity:.2f}: {_one_line(left.text, None if full else 60)}")
        lines.append(f"      -> {_one_line(right.text, None if full else 70)}")
        lines.extend(_change_lines(m.changes, full))
    only = sum(1 for m in report.matches if m.verdict == "only")
    lines.append(f"  ({only} quotes only in one article)")
    return lines


def _change_text(c: QuoteChange, limit: int | None) -> str:
    if c.kind == "cut":
        return f'cut "{_one_line(c.right, limit)}"'
    if c.kind == "added":
        return f'added "{_one_line(c.left, limit)}"'
    return f'"{_one_line(c.left, limit)}" => "{_one_line(c.right, limit)}"'


def _change_lines(changes: tuple[QuoteChange, ...], full: bool) -> list[str]:
    """The word-level changes of a pair (`QuoteMatch.changes`, as in the JSON): left words => right words,
    words of the right cut on the left, words added on the left."""
    shown = changes if full else changes[:SHOWN_CHANGES]
    texts = [_change_text(c, None if full else 40) for c in shown]
    more = f"; … {len(changes) - len(shown)} more" if len(shown) < len(changes) else ""
    return [f"      changes: {'; '.join(texts)}{more}"] if texts else []
