"""Block quotes: paragraphs quoted without marks after a colon.

A paragraph ending with a colon after a cue ("…, telling Meduza:") introduces the following paragraphs, up to
the first one that has quote marks of its own or reads like narration again.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..lexicon import CUE, DOUBLE_QUOTES
from .quotemarks import MarkedSpan

_DASHES = "–—-"
_QUOTE_MARKS = re.compile("[" + DOUBLE_QUOTES + "]")
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+")
#: A paragraph that reads like narration again: `According to …`, `As …`.
_NARRATION = re.compile(r"\s*(According to|As )")


def find_block_quotes(text: str, paragraphs: Sequence[tuple[int, int]],
                      taken: Sequence[MarkedSpan]) -> list[MarkedSpan]:
    """Paragraphs introduced by `…, telling Meduza:` and quoted without marks."""
    found: list[MarkedSpan] = []
    busy = {s.paragraph for s in taken}
    n = len(paragraphs)
    for p_index, (a, b) in enumerate(paragraphs):
        intro = text[a:b].rstrip()
        if not intro.endswith(":") or p_index + 1 >= n:
            continue
        last_sentence = _SENTENCE_BREAK.split(intro)[-1]
        if not CUE.search(last_sentence) or _QUOTE_MARKS.search(last_sentence):
            continue
        block: list[int] = []
        for q in range(p_index + 1, min(n, p_index + 5)):
            qa, qb = paragraphs[q]
            body = text[qa:qb]
            if q in busy or _QUOTE_MARKS.search(body) or body.lstrip()[:1] in _DASHES:
                break
            if len(body.split()) < 4 or (block and _NARRATION.match(body)):
                break
            block.append(q)
        if block:
            start, end = paragraphs[block[0]][0], paragraphs[block[-1]][1]
            found.append(MarkedSpan(start, end, a + len(intro) - 1, end, False, block[0]))
    return found
