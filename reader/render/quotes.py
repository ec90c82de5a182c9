"""The quote report as text or JSON (`reader quotes`): speakers, quotes, then cross-article matches."""

from __future__ import annotations

import json
from collections.abc import Callable

from ..document import Document
from ..quotes.model import Quote, QuoteReport, Speaker
from ..text.sanitize import strip_controls
from ..worddiff import word_diff

_WIDTH = 100


def report_json(report: QuoteReport, docs: list[Document] | None = None) -> str:
    """The documented JSON shape of `reader quotes --format json` (the shape is `QuoteReport.to_json`)."""
    return json.dumps(report.to_json(), ensure_ascii=False, indent=2)


def _one_line(text: str, limit: int = _WIDTH) -> str:
    flat = " ".join(strip_controls(text).split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def report_text(report: QuoteReport, docs: list[Document]) -> str:
    """A plain-text listing: speakers with their quotes, then the matches between the two articles."""
    two = len(docs) == 2
    tag: Callable[[Quote], str] = (lambda q: "LR"[q.doc]) if two else (lambda q: "")
    lines = _heading(docs)
    named = [s for s in report.speakers if not s.anonymous]
    anonymous = [s for s in report.speakers if s.anonymous]
    for group, speakers in (("Speakers", named), ("Anonymous sources", anonymous)):
        if speakers:
            lines.append(f"{group}:")
            for s in speakers:
                lines.extend(_speaker_lines(report, s, len(docs), tag))
            lines.append("")
    unattributed = [q for q in report.quotes if q.speaker is None and q.kind != "partial"]
    if unattributed:
        lines.append("Unattributed:")
        lines.extend(f"    {tag(q)}{q.kind[0]} {_one_line(q.text, 80)}" for q in unattributed)
        lines.append("")
    if two:
        lines.extend(_match_lines(report))
    return "\n".join(lines).rstrip()


def _heading(docs: list[Document]) -> list[str]:
    lines: list[str] = []
    for d, doc in enumerate(docs):
        label = "left" if d == 0 and len(docs) == 2 else "right" if d == 1 else "article"
        lines.append(f"[{label}] {_one_line(doc.title or doc.source, 80)}")
    side = "L/R = left/right article, then " if len(docs) == 2 else ""
    verdicts = "; <verdict> = the quote's counterpart in the other article" if len(docs) == 2 else ""
    lines.append(f"Key: {side}d = direct, p = partial, i = indirect{verdicts}; [n / m] = quotes per article.")
    lines.append("")
    return lines


def _speaker_lines(report: QuoteReport, s: Speaker, n_docs: int, tag: Callable[[Quote], str]) -> list[str]:
    counts = " / ".join(str(s.count(d)) for d in range(n_docs))
    aliases = f"  (also: {_one_line(', '.join(s.aliases), 60)})" if s.aliases else ""
    lines = [f"  {_one_line(s.name, 60)} [{counts}]{aliases}"]
    for qid in s.quotes:
        q = report.quotes[qid]
        match = report.match_of(qid)
        verdict = f" <{match.verdict}>" if match and n_docs == 2 else ""
        other = report.named_differently(q)
        named = f"  (as {_one_line(other, 40)})" if other else ""
        lines.append(f"    {tag(q)}{q.kind[0]} {_one_line(q.text, 80)}{verdict}{named}")
    return lines


def _match_lines(report: QuoteReport) -> list[str]:
    lines = ["Matches (left -> right):"]
    for m in report.matches:
        if m.left is None or m.right is None:
            continue
        left, right = report.quotes[m.left], report.quotes[m.right]
        lines.append(f"  {m.verdict} {m.similarity:.2f}: {_one_line(left.text, 60)}")
        lines.append(f"      -> {_one_line(right.text, 70)}")
        lines.extend(_diff_lines(left.text, right.text))
    only = sum(1 for m in report.matches if m.verdict == "only")
    lines.append(f"  ({only} quotes only in one article)")
    return lines


def _diff_lines(a: str, b: str) -> list[str]:
    """Word-level changes of a reworded quote."""
    changes = []
    for op in word_diff(a, b):
        if op.tag == "equal":
            continue
        old, new = _one_line(a[op.a_start:op.a_end], 40), _one_line(b[op.b_start:op.b_end], 40)
        changes.append(f"-{old}" if not new else f"+{new}" if not old else f"{old} => {new}")
    return [f"      changes: {'; '.join(changes[:8])}"] if changes else []
