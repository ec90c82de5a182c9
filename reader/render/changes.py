"""What changed (`reader changes`): the fact-level differences of a pair as text, JSON or Markdown.

Sentence numbers in text and Markdown are 1-based as in `reader align`'s text listing; JSON has the ids
(0-based, as in `reader align --format json`)."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence

from ..changes.model import KINDS, Change
from ..document import Document
from ..text.sanitize import one_line
from .markdown import escape_inline
from .report.roles import origin


def changes_json(left: Document, right: Document, changes: Sequence[Change]) -> str:
    """`{"documents": [left, right], "changes": [{"kind", "left", "right", "summary", "spelling"?}]}`."""
    return json.dumps({"documents": [left.to_json(), right.to_json()],
                       "changes": [c.to_json() for c in changes]}, ensure_ascii=False, indent=2)


def _counts(changes: Sequence[Change]) -> str:
    counts = Counter(c.kind for c in changes)
    return ", ".join(f"{kind} {counts[kind]}" for kind in KINDS if counts[kind]) or "none"


def _where(c: Change) -> str:
    return f"L{c.left.sentence + 1}↔R{c.right.sentence + 1}"


def changes_text(left: Document, right: Document, changes: Sequence[Change]) -> str:
    """One line a change: where (left and right sentence numbers), kind, summary."""
    lines = [f"{one_line(origin(left))} (retelling) ↔ {one_line(origin(right))} (source)",
             f"{len(changes)} changes: {_counts(changes)}", ""]
    for c in changes:
        kind = f"{c.kind} (spelling)" if c.spelling else c.kind
        lines.append(f"{_where(c):<12} {kind:<18} {one_line(c.summary)}")
    return "\n".join(lines)


def changes_markdown(left: Document, right: Document, changes: Sequence[Change]) -> str:
    """A "What changed" section: a table of kind, sentences and summary."""
    names = f"{escape_inline(one_line(origin(left)))} ↔ {escape_inline(one_line(origin(right)))}"
    lines = ["## What changed", "", f"{names} — {len(changes)} changes ({_counts(changes)})", ""]
    if changes:
        lines += ["| kind | left | right | summary |", "|---|---|---|---|"]
        for c in changes:
            kind = f"{c.kind} (spelling)" if c.spelling else c.kind
            summary = escape_inline(one_line(c.summary))
            lines.append(f"| {kind} | {c.left.sentence + 1} | {c.right.sentence + 1} | {summary} |")
    return "\n".join(lines)
