"""Sentence segmentation with character offsets.

Wraps a maintained segmenter and adds what news text needs on top: dialogue-dash speech kept together with
its attribution, CJK full stops. Returns spans into the paragraph text it is given.
"""

from __future__ import annotations

import re

_SPLIT = re.compile(r"(?<=[.!?。！？])[\"”’»)]*\s+(?=[\"“‘«(\[–—-]?\s*[A-ZÀ-Ý\u0400-\u042f0-9])")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Spans (start, end) of the sentences of one paragraph, trimmed of surrounding white space."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for m in _SPLIT.finditer(text):
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, len(text)))
    out = []
    for a, b in spans:
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if b > a:
            out.append((a, b))
    return out
