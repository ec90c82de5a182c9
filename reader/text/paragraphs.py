"""Paragraph layout: hard-wrapped lines joined, sentences broken across a blank line mended.

Blank lines separate paragraphs. Inside a block, wrapped lines are joined with one space, except that Markdown
headings ("# …"), list items ("- …", "1. …") and block quotes ("> …") start a paragraph of their own, so a
list stays a list. A block that continues a sentence the previous block broke off (a stray blank line inside a
sentence, as in the Meduza seed) is joined back to it.
"""

from __future__ import annotations

import itertools
import re

_BLANK = re.compile(r"\n[^\S\n]*\n\s*")
_TERMINAL = tuple('.!?:;…。！？"”’»)')
_OWN_LINE = re.compile(r"(#{1,6}\s|[-*+•]\s|\d{1,3}[.)]\s|>\s?)")
_SENTENCE_END_INSIDE = re.compile(r"[.!?][\"”’»]?\s")
# Lines longer than this are not hard-wrapped prose but one paragraph per line.
_WRAP_WIDTH = 100


def _is_heading(line: str) -> bool:
    return line.startswith("#") and _OWN_LINE.match(line) is not None


def _ends_paragraph(line: str, nxt: str, width: int) -> bool:
    """Whether a line break inside a block is a real paragraph break rather than a hard wrap."""
    if _OWN_LINE.match(nxt) or _is_heading(line):
        return True
    if width > _WRAP_WIDTH:
        # Long lines: one paragraph per line (text copied from a web page), unless a sentence runs on.
        return line.endswith(_TERMINAL) or not (nxt[:1].islower() or line.endswith((",", "-", "–", "—")))
    short = len(line) < 0.7 * width
    return short and (line.endswith(_TERMINAL) or nxt[:1].isupper() or nxt[:1].isdigit())


def _split_block(block: str) -> list[str]:
    """Join the wrapped lines of one block; headings, list items and short last lines end a paragraph."""
    lines = [ln.strip() for ln in block.split("\n")]
    lines = [ln for ln in lines if ln]
    if not lines:
        return []
    width = max(len(ln) for ln in lines)
    out: list[list[str]] = [[lines[0]]]
    for prev, line in itertools.pairwise(lines):
        if _ends_paragraph(prev, line, width):
            out.append([line])
        else:
            out[-1].append(line)
    return [" ".join(part) for part in out]


def _continues(prev: str, nxt: str) -> bool:
    """Whether `nxt` is the rest of a sentence that `prev` broke off (a stray blank line)."""
    if not prev or not nxt or prev.endswith(_TERMINAL) or _OWN_LINE.match(prev) or _OWN_LINE.match(nxt):
        return False
    words = prev.split()
    last_lower = words[-1][:1].islower()
    if nxt[0].islower():
        # "…the Russian-backed occupation" / "authorities in …": the previous block ends mid-phrase.
        return last_lower or prev.endswith((",", "-", "–", "—"))
    # "…maintain control of the occupied" / "Donbas territories": only inside real prose.
    prose = len(words) >= 15 and _SENTENCE_END_INSIDE.search(prev) is not None
    return prose and last_lower and nxt[0].isalpha()


def layout_paragraphs(text: str) -> list[str]:
    """The paragraphs of a cleaned text (newlines already normalised), each on one line."""
    paras: list[str] = []
    for block in _BLANK.split(text):
        parts = _split_block(block)
        if not parts:
            continue
        if paras and _continues(paras[-1], parts[0]):
            paras[-1] = paras[-1] + " " + parts[0]
            parts = parts[1:]
        paras.extend(parts)
    return paras
