"""Paragraph layout: hard-wrapped lines joined, sentences broken across a blank line mended."""

from __future__ import annotations

import re

_BLANK = re.compile(r"\n[ \u00a0]*\n\s*")
_TERMINAL = tuple(".!?:;…。！？\"”’»)")


def _join_lines(block: str) -> str:
    lines = [ln.strip() for ln in block.split("\n")]
    return " ".join(ln for ln in lines if ln)


def _continues(prev: str, nxt: str) -> bool:
    """Whether `nxt` is the rest of a sentence that `prev` broke off (a stray blank line)."""
    if not prev or not nxt or prev.endswith(_TERMINAL):
        return False
    if nxt[0].islower():
        return True
    words = prev.split()
    prose = len(words) >= 15 and re.search(r"[.!?][\"”’]?\s", prev) is not None
    return prose and words[-1][:1].islower() and nxt[0].isalpha()


def layout_paragraphs(text: str) -> list[str]:
    """The paragraphs of a cleaned text, each on one line."""
    blocks = [_join_lines(b) for b in _BLANK.split(text)]
    paras: list[str] = []
    for block in blocks:
        if not block:
            continue
        if paras and _continues(paras[-1], block):
            paras[-1] = paras[-1] + " " + block
        else:
            paras.append(block)
    return paras
