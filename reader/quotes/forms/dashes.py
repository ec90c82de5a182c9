"""Speech without quote marks: dialogue dashes.

Dialogue dash (translated Polish, Czech, Russian news): a paragraph, or a sentence, opening with –/—/- is
speech; ` – asked Podolak` / ` – he added` after it is the attribution; a further ` – ` resumes the speech.
A dash inside an ordinary English sentence is parenthetical and is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..lexicon import CUE
from .quotemarks import MarkedSpan

_PARA_OPEN = re.compile(r"\s*([–—-])\s+(?=\S)")
_SENTENCE_OPEN = re.compile(r"(?<=[.!?…])[\"”’»]?\s+([–—])\s+(?=[\"“„«]?[A-Z0-9])")
#: ` – asked Podolak` / ` – he added`: a dash, then a lowercase word (the attribution starts).
_ATTRIBUTION_DASH = re.compile(r"\s([–—-])\s+(?=[a-z])")
_RESUME_DASH = re.compile(r"\s([–—-])\s+(?=\S)")
_PERSONAL = re.compile(r"\b(?:I|we|We|you|You|our|Our|my|My|us)\b|\?")
#: The end of the sentence an attribution after a dash stands in.
_SENTENCE_STOP = re.compile(r"[.!?…]\s")


def _dash_starts(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """(dash offset, speech start) for each dash that opens speech in the paragraph `text[a:b]`."""
    starts: list[tuple[int, int]] = []
    m = _PARA_OPEN.match(text, a, b)
    if m:
        starts.append((m.start(1), m.end()))
    for m in _SENTENCE_OPEN.finditer(text, a, b):
        starts.append((m.start(1), m.end()))
    return starts


def find_dash_speech(text: str, paragraphs: Sequence[tuple[int, int]],
                     taken: Sequence[MarkedSpan]) -> list[MarkedSpan]:
    """Dialogue-dash speech in paragraphs; `outer_end` is where the attribution after the speech begins."""
    found: list[MarkedSpan] = []
    previous_was_dash = False
    for p_index, (a, b) in enumerate(paragraphs):
        para_spans: list[MarkedSpan] = []
        for dash_at, start in _dash_starts(text, a, b):
            if any(s.outer_start <= dash_at < s.outer_end for s in taken):
                continue
            para_spans.extend(_speech_from(text, dash_at, start, b, p_index))
        keep = []
        for span in para_spans:
            attributed = span.closed
            opener = text[span.outer_start]
            personal = _PERSONAL.search(text, span.start, span.end) is not None
            if attributed or previous_was_dash or (opener in "–—" and personal):
                keep.append(span)
        found.extend(keep)
        previous_was_dash = bool(keep) and _PARA_OPEN.match(text, a, b) is not None
    return found


def _speech_from(text: str, dash_at: int, start: int, para_end: int, p_index: int) -> list[MarkedSpan]:
    """The speech opened at `start`, and any resumed after its attribution (`– he said – and ...`)."""
    spans: list[MarkedSpan] = []
    pos = start
    outer = dash_at
    while pos < para_end:
        nxt_sentence = _SENTENCE_OPEN.search(text, pos, para_end)
        limit = nxt_sentence.start(1) if nxt_sentence else para_end
        m = _ATTRIBUTION_DASH.search(text, pos, limit)
        if not m or not CUE.search(text[m.end():min(limit, m.end() + 80)]):
            end = limit
            while end > pos and text[end - 1].isspace():
                end -= 1
            # speech resumed after an attribution (`– he said – and ...`) counts as attributed
            spans.append(MarkedSpan(pos, end, outer, end, bool(spans), p_index))
            break
        end = m.start()
        spans.append(MarkedSpan(pos, end, outer, m.end(), True, p_index))
        # the attribution runs to the next dash (speech resumes) or to the end of its sentence
        resume = _RESUME_DASH.search(text, m.end(), limit)
        stop = _SENTENCE_STOP.search(text[m.end():limit])
        if resume and (stop is None or resume.start() < m.end() + stop.start()):
            outer, pos = resume.start(1), resume.end()
            continue
        break
    return [s for s in spans if s.end > s.start]
