"""The quotes analysis' own sentence splitter: a regex and the abbreviation list.

`Document` sentences come from `reader.segment`; the quotes code splits again here because the PolNeAR
evaluation runs the very same code on raw text, where there is no `Document`.
"""

from __future__ import annotations

import re

from .lexicon import ABBREVIATIONS

#: Final punctuation (and closing quotes or brackets), then a space and what can open a sentence.
#: Two apostrophes stand for a double quote in some outlets (`said Mr. Burman. ''It is …''`).
_SENTENCE_END = re.compile(r"[.!?…]+(?:''|[\"”’»)])*(?=\s+(?:''|[\"“‘«„(\[–—-])?\s?[A-Z0-9])")
#: The word a sentence end closes, to tell an abbreviation's period from a full stop.
_LAST_WORD = re.compile(r"([\w.]+)[.!?…]*[\"”’»)]*$")
#: Final punctuation, maybe a closing quote, then a space: where `first_sentence_end` may cut.
_STOP = re.compile(r"[.!?…](?:''|[\"”’»])?\s")
#: A title or an initial right before a period, which does not end the sentence.
_ENDS_WITH_ABBREVIATION = re.compile(r"\b(?:Sen|Rep|Gov|Dr|Mr|Mrs|Ms|Gen|Lt|Col|Jr|Sr|St|Prof|Rev|[A-Z])$")


def sentence_starts(text: str, start: int, end: int) -> list[int]:
    """Offsets where sentences begin in `text[start:end]` (the first is `start`)."""
    starts = [start]
    for m in _SENTENCE_END.finditer(text, start, end):
        word = _LAST_WORD.search(text[max(start, m.start() - 12):m.end()])
        if text[m.start()] == "." and word:
            w = word.group(1).lower().rstrip(".")
            if w in ABBREVIATIONS or (len(w) == 1 and w.isalpha()):
                continue
        nxt = m.end()
        while nxt < end and text[nxt].isspace():
            nxt += 1
        starts.append(nxt)
    return starts


def first_sentence_end(s: str) -> int | None:
    """End of the first sentence of `s` (after its final punctuation), skipping titles and initials."""
    for m in _STOP.finditer(s):
        if s[m.start()] == "." and _ENDS_WITH_ABBREVIATION.search(s, 0, m.start()):
            continue
        return m.end()
    return None
