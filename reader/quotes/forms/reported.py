"""Reported (indirect) speech: sentences without quote marks that report what someone said.

`According to X, C`, `C, according to X`, `X said (that) C`, `C, X said` and `C, writes the portal Meduza`.
Only sentences that no quoted span touches are read; the reported clause C is the quote.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from ..attribution import attribution_after, attribution_before
from ..found import FoundQuote, paragraph_starts
from ..lexicon import CUE, REPORTED_SAY, ROLE_HEADS, TITLES
from ..mentions import make_mention
from .quotemarks import MarkedSpan

#: `According to X, C` (after an optional short opening phrase).
_ACCORDING_LEAD = re.compile(r"\s*(?:[A-Z][\w’' ,]{0,30},\s*)?[Aa]ccording to ([^,]{2,80}),\s*")
#: `According to X, adviser to the president, C`: an appositive after the source.
_APPOSITIVE = re.compile(r"(?:(?:a|an|the)\s+)?([a-z]+)[^,]{0,60},\s*")
#: `C, according to X.`
_ACCORDING_TAIL = re.compile(r",\s*according to ([^,.;]{2,80})\.?$")
#: A source between commas right after the cue: `, wrote the INFOBAE commentator, that …`.
_INSERTED_SOURCE = re.compile(r"\s+((?:the|a|an|one)\s[^,;:]{2,60}|[A-Z][^,;:]{1,60}),\s*(that\s+)?")
#: After `told`/`tell`: who was told, then `that`: `told reporters that C`, `told CNN C`.
_TOLD_WHOM = re.compile(r"\s*(?:(?:reporters|journalists|him|her|them|us|me|(?:the\s+)?[A-Z][\w’'.-]*"
                        r"(?:\s+[A-Z][\w’'.-]*)*)\s+)?(?:that\s+)?")
_THAT = re.compile(r"\s*(?:that\s+)?")


def find_reported_speech(text: str, paragraphs: Sequence[tuple[int, int]],
                         taken: Sequence[MarkedSpan]) -> list[FoundQuote]:
    """Indirect speech in sentences without quotes: `according to X, C`, `X said (that) C`, `C, X said`."""
    found: list[FoundQuote] = []
    busy = sorted((s.outer_start, max(s.outer_end, s.end)) for s in taken)
    busy_starts = [x for x, _ in busy]
    reach = []  # reach[i]: the furthest end among busy[:i + 1], so overlap tests are a bisection
    for _, y in busy:
        reach.append(max(y, reach[-1]) if reach else y)
    for a, b in paragraphs:
        starts = paragraph_starts(text, a, b)
        for k, s_start in enumerate(starts):
            s_end = starts[k + 1] if k + 1 < len(starts) else b
            i = bisect_left(busy_starts, s_end) - 1  # the last span starting before the sentence ends
            if i >= 0 and reach[i] > s_start:
                continue
            quote = reported_in(text, s_start, s_end)
            if quote:
                found.append(quote)
    return found


def reported_in(text: str, a: int, b: int) -> FoundQuote | None:
    """The reported speech of the sentence `text[a:b]`, or None. The first rule that matches decides."""
    sentence = text[a:b].rstrip()
    b = a + len(sentence)
    body_end = b - 1 if sentence.endswith((".", "!", "?")) else b
    lead = _ACCORDING_LEAD.match(sentence)
    if lead:
        return _according_to_lead(sentence, a, body_end, lead)
    quote = _according_to_tail(sentence, a)
    if quote is not None:
        return quote
    # the first reporting cue decides, whether it yields a quote or not
    cue = next((c for c in CUE.finditer(sentence) if c.group().lower() in REPORTED_SAY), None)
    return _around_cue(text, sentence, a, body_end, cue) if cue is not None else None


def _according_to_lead(sentence: str, a: int, body_end: int, lead: re.Match[str]) -> FoundQuote | None:
    """`According to X, C`, `According to X, adviser to the president, C`."""
    mention = make_mention(lead.group(1))
    content = lead.end()
    appositive = _APPOSITIVE.match(sentence[content:])
    if appositive and appositive.group(1) in TITLES | ROLE_HEADS:
        content += appositive.end()
    if mention and len(sentence[content:].split()) >= 4:
        return FoundQuote(a + content, body_end, "indirect", "reported", mention, "according to",
                          rule="according_to_lead")
    return None


def _according_to_tail(sentence: str, a: int) -> FoundQuote | None:
    """`C, according to X.`"""
    m = _ACCORDING_TAIL.search(sentence)
    if not m:
        return None
    mention = make_mention(m.group(1))
    if mention and len(sentence[:m.start()].split()) >= 4:
        return FoundQuote(a, a + m.start(), "indirect", "reported", mention, "according to",
                          rule="according_to_tail")
    return None


def _around_cue(text: str, sentence: str, a: int, body_end: int, cue: re.Match[str]) -> FoundQuote | None:
    """The reported clause around the sentence's first reporting cue: after it, or before it."""
    word = cue.group().lower()
    before = sentence[:cue.start()]
    tail = sentence[cue.end():]
    head, comma, subject = before.rpartition(",")
    if comma and len(subject.split()) <= 6 and len(tail.split()) <= 8:  # "C, X said." / "C, said X."
        attribution = attribution_after(sentence[len(head):])
        if attribution and attribution.mention and len(head.split()) >= 4:
            return FoundQuote(a, a + len(head), "indirect", "reported", attribution.mention, word,
                              rule="said_after")
        return None
    inserted = _INSERTED_SOURCE.match(tail)
    if comma and not subject.strip() and inserted:
        return _inserted_source(text, a, body_end, cue, inserted, head)
    attribution = attribution_before(sentence[:cue.end()])
    if attribution is None or attribution.mention is None or len(before.split()) > 12:
        return None
    m = (_TOLD_WHOM if word.startswith(("told", "tell")) else _THAT).match(tail)
    start = a + cue.end() + (m.end() if m else 0)
    while start < body_end and text[start] in " ,:;":
        start += 1
    if len(text[start:body_end].split()) >= 4:
        return FoundQuote(start, body_end, "indirect", "reported", attribution.mention, word,
                          rule="said_before")
    return None


def _inserted_source(text: str, a: int, body_end: int, cue: re.Match[str], inserted: re.Match[str],
                     head: str) -> FoundQuote | None:
    """`C, writes the portal Meduza, citing …` (C before); `P, wrote the critic, that C` (C after)."""
    word = cue.group().lower()
    mention = make_mention(inserted.group(1), described=True)
    if mention is None or mention.pronoun is not None:
        return None
    if inserted.group(2):
        start = a + cue.end() + inserted.end()
        if len(text[start:body_end].split()) >= 4:
            return FoundQuote(start, body_end, "indirect", "reported", mention, word, rule="inserted_source")
    elif len(head.split()) >= 4:
        return FoundQuote(a, a + len(head), "indirect", "reported", mention, word, rule="inserted_source")
    return None
