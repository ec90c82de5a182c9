"""Renderings of an alignment for the command line: plain text, JSON, Markdown and TSV."""

from __future__ import annotations

import json

from ..alignment import Alignment
from ..document import Document
from ..text.sanitize import strip_controls


def alignment_json(left: Document, right: Document, alignment: Alignment) -> str:
    data = {"left": left.to_json(), "right": right.to_json(), "links": [k.to_json() for k in alignment.links]}
    # json.dumps escapes C0 controls but passes C1 controls (U+0080-U+009F) through: make those visible too.
    return strip_controls(json.dumps(data, ensure_ascii=False, indent=1))


def alignment_text(left: Document, right: Document, alignment: Alignment) -> str:
    """A plain listing of the links; control characters made visible so none reaches the terminal."""
    lines = [f"LEFT:  {left.title} ({left.source})", f"RIGHT: {right.title} ({right.source})", ""]
    for link in alignment.links:
        lids = ",".join(str(i) for i in link.left)
        rids = ",".join(str(j) for j in link.right)
        lines.append(f"[{lids}] <-> [{rids}]  score {link.score:.2f}")
        lines.append(f"  L: {left.text_of(link.left)}")
        lines.append(f"  R: {right.text_of(link.right)}")
        lines.append("")
    return strip_controls("\n".join(lines))


def alignment_markdown(left: Document, right: Document, alignment: Alignment) -> str:
    """Every link as a section with both texts as block quotes; article text escaped to render literally."""
    from .markdown import escape_inline, quote_block

    def inline(text: str) -> str:
        return escape_inline(text, line_start=False)

    title_left = escape_inline(left.title, line_start=False)
    title_right = escape_inline(right.title, line_start=False, heading=True)
    out = [f"# Alignment: {title_left} / {title_right}", ""]
    out.append(f"- Left: {inline(left.title)} — {inline(left.source)}")
    out.append(f"- Right: {inline(right.title)} — {inline(right.source)}")
    out.append("")
    for n, link in enumerate(alignment.links, 1):
        out.append(f"## Link {n} (score {link.score:.2f})")
        out.append("")
        out.append(quote_block(left.text_of(link.left)))
        out.append("")
        out.append(quote_block(right.text_of(link.right)))
        out.append("")
    return strip_controls("\n".join(out))


TSV_COLUMNS = ("left", "right", "status", "score", "left_text", "right_text")


def alignment_tsv(left: Document, right: Document, alignment: Alignment) -> str:
    """One row per link for spreadsheets and corpus tools: 1-based sentence numbers of each side
    (comma-separated), the link's status, its score and both texts on one line each (tabs and line breaks
    become spaces, so every row has six cells)."""

    def cell(text: str) -> str:
        return strip_controls(" ".join(text.split()))

    rows = ["\t".join(TSV_COLUMNS)]
    for link in alignment.links:
        rows.append("\t".join((
            ",".join(str(i + 1) for i in link.left),
            ",".join(str(j + 1) for j in link.right),
            "auto",  # every link is the aligner's until links can be corrected
            f"{link.score:.4f}",
            cell(left.text_of(link.left)),
            cell(right.text_of(link.right)),
        )))
    return "\n".join(rows)
