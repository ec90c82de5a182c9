"""Renderings of an alignment for the command line: plain text, JSON, Markdown and TSV."""

from __future__ import annotations

import json

from ..alignment import Alignment, Side, sentence_numbers
from ..document import Document
from ..text.sanitize import one_line, strip_controls


def alignment_json(left: Document, right: Document, alignment: Alignment) -> str:
    data = {"left": left.to_json(), "right": right.to_json(), "links": [k.to_json() for k in alignment.links],
            "rejected": [{"left": list(ls), "right": list(rs)} for ls, rs in alignment.rejected]}
    # json.dumps escapes C0 controls but passes C1 controls (U+0080-U+009F) through: make those visible too.
    return strip_controls(json.dumps(data, ensure_ascii=False, indent=1))


def _unlinked(doc: Document, alignment: Alignment, side: Side) -> list[int]:
    linked = alignment.linked_ids(side)
    return [s.id for s in doc.sentences if s.alignable and s.id not in linked]


def alignment_text(left: Document, right: Document, alignment: Alignment) -> str:
    """A plain listing: the coverage, every link, then the sentences only one article has; sentence numbers
    count from 1 (as in the app and the export); control characters made visible."""
    from ..stats import coverage

    lines = [f"LEFT (retelling): {left.title} ({left.source})",
             f"RIGHT (source):   {right.title} ({right.source})",
             f"Coverage: {coverage(left, right, alignment).describe()}", ""]
    for link in alignment.links:
        status = "" if link.status == "auto" else f", {link.status}"
        pair = f"[{sentence_numbers(link.left)}] <-> [{sentence_numbers(link.right)}]"
        lines.append(f"{pair}  score {link.score:.2f}{status}")
        lines.append(f"  L: {left.text_of(link.left)}")
        lines.append(f"  R: {right.text_of(link.right)}")
        lines.append("")
    for side, doc, name in ((0, left, "left"), (1, right, "right")):
        only = _unlinked(doc, alignment, side)  # type: ignore[arg-type]
        lines.append(f"Only in the {name} article ({len(only)} sentences without a counterpart):")
        lines.extend(f"  [{i + 1}] {doc.sentences[i].text}" for i in only)
        lines.append("")
    return strip_controls("\n".join(lines).rstrip("\n"))


def alignment_markdown(left: Document, right: Document, alignment: Alignment) -> str:
    """Every link as a section with both texts as block quotes; article text escaped to render literally."""
    from ..stats import coverage
    from .markdown import escape_inline, quote_block

    def inline(text: str) -> str:
        return escape_inline(text, line_start=False)

    title_left = escape_inline(left.title, line_start=False)
    title_right = escape_inline(right.title, line_start=False, heading=True)
    out = [f"# Alignment: {title_left} / {title_right}", ""]
    out.append(f"- Left, the retelling: {inline(left.title)} — {inline(left.source)}")
    out.append(f"- Right, the source: {inline(right.title)} — {inline(right.source)}")
    out.append(f"- Coverage: {coverage(left, right, alignment).describe()}")
    out.append("")
    for n, link in enumerate(alignment.links, 1):
        status = "" if link.status == "auto" else f", {link.status}"
        out.append(f"## Link {n} (score {link.score:.2f}{status})")
        out.append("")
        out.append(f"Left, sentence {sentence_numbers(link.left)}:")
        out.append("")
        out.append(quote_block(left.text_of(link.left)))
        out.append("")
        out.append(f"Right, sentence {sentence_numbers(link.right)}:")
        out.append("")
        out.append(quote_block(right.text_of(link.right)))
        out.append("")
    return strip_controls("\n".join(out))


TSV_COLUMNS = ("left", "right", "status", "score", "left_text", "right_text")


def alignment_tsv(left: Document, right: Document, alignment: Alignment) -> str:
    """One row per link for spreadsheets and corpus tools: 1-based sentence numbers of each side
    (comma-separated), the link's status, its score and both texts on one line each (tabs and line breaks
    become spaces, so every row has six cells)."""

    rows = ["\t".join(TSV_COLUMNS)]
    for link in alignment.links:
        rows.append("\t".join((
            sentence_numbers(link.left),
            sentence_numbers(link.right),
            link.status,
            f"{link.score:.4f}",
            one_line(left.text_of(link.left)),
            one_line(right.text_of(link.right)),
        )))
    return "\n".join(rows)
