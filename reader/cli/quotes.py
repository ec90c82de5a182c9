"""`reader quotes FILE [FILE2] [--format text|json]`: speakers and quotes of one or two articles."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable

from ..document import Document
from ..errors import ReaderError
from ..quotes.model import Quote, QuoteReport
from ..text.sanitize import strip_controls

_WIDTH = 100


def run_quotes(file: str, file2: str | None = None, *, fmt: str = "text",
               max_bytes: int = 20 * 1024 * 1024) -> int:
    """Print the quote report of one article, or of two with the matches between them; 0 on success."""
    from ..quotes import analyse_quotes
    from ..text.load import load_document

    if fmt not in ("text", "json"):
        raise ReaderError(f"unknown format {fmt!r}: use text or json")
    docs = [load_document(file, max_bytes=max_bytes)]
    alignment = None
    if file2 is not None:
        from ..align.aligner import align_documents

        docs.append(load_document(file2, max_bytes=max_bytes))
        alignment = align_documents(docs[0], docs[1])
    report = analyse_quotes(docs, alignment)
    out = json.dumps(report_json(report), ensure_ascii=False, indent=2) if fmt == "json" else report_text(
        report, docs)
    sys.stdout.write(out + "\n")
    return 0


def report_json(report: QuoteReport) -> dict[str, object]:
    """The documented JSON shape of `reader quotes --format json`."""
    return report.to_json()


def _one_line(text: str, limit: int = _WIDTH) -> str:
    flat = " ".join(strip_controls(text).split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def report_text(report: QuoteReport, docs: list[Document]) -> str:
    """A plain-text listing: speakers with their quotes, then the matches between the two articles."""
    lines: list[str] = []
    for d, doc in enumerate(docs):
        label = "left" if d == 0 and len(docs) == 2 else "right" if d == 1 else "article"
        lines.append(f"[{label}] {_one_line(doc.title or doc.source, 80)}")
    side = "L/R = left/right article, then " if len(docs) == 2 else ""
    verdicts = "; <verdict> = the quote's counterpart in the other article" if len(docs) == 2 else ""
    lines.append(f"Key: {side}d = direct, p = partial, i = indirect{verdicts}; [n / m] = quotes per article.")
    lines.append("")
    tag: Callable[[Quote], str] = (lambda q: "LR"[q.doc]) if len(docs) == 2 else (lambda q: "")
    named = [s for s in report.speakers if not s.anonymous]
    anonymous = [s for s in report.speakers if s.anonymous]
    for group, speakers in (("Speakers", named), ("Anonymous sources", anonymous)):
        if not speakers:
            continue
        lines.append(f"{group}:")
        for s in speakers:
            counts = " / ".join(str(s.count(d)) for d in range(len(docs)))
            aliases = f"  (also: {_one_line(', '.join(s.aliases), 60)})" if s.aliases else ""
            lines.append(f"  {_one_line(s.name, 60)} [{counts}]{aliases}")
            for qid in s.quotes:
                q = report.quotes[qid]
                match = report.match_of(qid)
                verdict = f" <{match.verdict}>" if match and len(docs) == 2 else ""
                other = report.named_differently(q)
                named = f"  (as {_one_line(other, 40)})" if other else ""
                lines.append(f"    {tag(q)}{q.kind[0]} {_one_line(q.text, 80)}{verdict}{named}")
        lines.append("")
    unattributed = [q for q in report.quotes if q.speaker is None and q.kind != "partial"]
    if unattributed:
        lines.append("Unattributed:")
        lines.extend(f"    {tag(q)}{q.kind[0]} {_one_line(q.text, 80)}" for q in unattributed)
        lines.append("")
    if len(docs) == 2:
        lines.append("Matches (left -> right):")
        for m in report.matches:
            if m.left is None or m.right is None:
                continue
            left, right = report.quotes[m.left], report.quotes[m.right]
            lines.append(f"  {m.verdict} {m.similarity:.2f}: {_one_line(left.text, 60)}")
            lines.append(f"      -> {_one_line(right.text, 70)}")
            lines.extend(_diff_lines(left.text, right.text))
        only = sum(1 for m in report.matches if m.verdict == "only")
        lines.append(f"  ({only} quotes only in one article)")
    return "\n".join(lines).rstrip()


def _diff_lines(a: str, b: str) -> list[str]:
    """Word-level changes of a reworded quote, when reader.worddiff is available."""
    try:
        from ..worddiff import word_diff
    except ImportError:  # pragma: no cover - the module is optional for this command
        return []
    changes = []
    for op in word_diff(a, b):
        if op.tag == "equal":
            continue
        old, new = _one_line(a[op.a_start:op.a_end], 40), _one_line(b[op.b_start:op.b_end], 40)
        changes.append(f"-{old}" if not new else f"+{new}" if not old else f"{old} => {new}")
    return [f"      changes: {'; '.join(changes[:8])}"] if changes else []
