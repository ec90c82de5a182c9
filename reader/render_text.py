"""Plain-text and Markdown renderings of an alignment for the command line."""

from __future__ import annotations

import json

from .alignment import Alignment
from .document import Document
from .sanitize import strip_controls


def alignment_json(left: Document, right: Document, alignment: Alignment) -> str:
    data = {"left": left.to_json(), "right": right.to_json(), "links": [k.to_json() for k in alignment.links]}
    return json.dumps(data, ensure_ascii=False, indent=1)


def _join(doc: Document, ids: tuple[int, ...]) -> str:
    return " ".join(doc.sentences[i].text for i in ids)


def alignment_text(left: Document, right: Document, alignment: Alignment) -> str:
    lines = [f"LEFT:  {left.title} ({left.source})", f"RIGHT: {right.title} ({right.source})", ""]
    for link in alignment.links:
        lids = ",".join(str(i) for i in link.left)
        rids = ",".join(str(j) for j in link.right)
        lines.append(f"[{lids}] <-> [{rids}]  score {link.score:.2f}")
        lines.append(f"  L: {_join(left, link.left)}")
        lines.append(f"  R: {_join(right, link.right)}")
        lines.append("")
    return strip_controls("\n".join(lines))


def alignment_markdown(left: Document, right: Document, alignment: Alignment) -> str:
    from .markdown import escape_inline, quote_block

    out = [f"# Alignment: {escape_inline(left.title)} / {escape_inline(right.title)}", ""]
    out.append(f"- Left: {escape_inline(left.source)}")
    out.append(f"- Right: {escape_inline(right.source)}")
    out.append("")
    for n, link in enumerate(alignment.links, 1):
        out.append(f"## Link {n} (score {link.score:.2f})")
        out.append("")
        out.append(quote_block(_join(left, link.left)))
        out.append("")
        out.append(quote_block(_join(right, link.right)))
        out.append("")
    return strip_controls("\n".join(out))
