"""Quotes of one text: spans (marks, dialogue dashes, block quotes, reported speech), kinds and speaker mentions.

Works on plain text and a list of paragraph spans, so the app (a `Document`, chrome left out) and the PolNeAR
evaluation (a raw .txt file, offsets as in the file) run the very same code.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from .attribute import (
    Attribution,
    Mention,
    attribution_after,
    attribution_before,
    leading_subject,
    make_mention,
    sentence_starts,
)
from .cues import CUE, ROLE_HEADS, TITLES
from .dashes import find_block_quotes, find_dash_speech
from .marks import MarkedSpan, para_of, find_marked
from .model import QuoteKind

_WORDS = re.compile(r"[\w’'-]+")
_REPORTED_SAY = {"said", "says", "say", "told", "tells", "claim", "claims", "claimed", "believe", "believes",
                 "believed", "added", "adds", "argued", "argues", "insisted", "insists", "warned", "warns",
                 "noted", "notes", "stressed", "emphasized", "emphasised", "explained", "wrote", "writes",
                 "reported", "reports", "announced", "confirmed", "predicted", "suggested", "admitted",
                 "acknowledged", "estimated", "estimates", "point out", "points out", "pointed out"}


@dataclass(frozen=True, slots=True)
class FoundQuote:
    """A quote of one text before speakers are merged: offsets into the text, its kind and who said it."""

    start: int
    end: int
    kind: QuoteKind
    form: str  # "marks", "dash", "block" or "reported"
    mention: Mention | None
    cue: str | None
    paragraph: int = -1  # index into the paragraph spans given to find_quotes
    opens_paragraph: bool = False  # nothing but marks or a dash before it in its paragraph


def paragraphs_of_text(text: str) -> list[tuple[int, int]]:
    """Paragraph spans of a plain text: its non-blank lines (the PolNeAR files hold one paragraph a line)."""
    spans = []
    for m in re.finditer(r"[^\n]+", text):
        if m.group().strip():
            spans.append((m.start(), m.end()))
    return spans


def find_quotes(text: str, paragraphs: Sequence[tuple[int, int]]) -> list[FoundQuote]:
    """Every quote in the given paragraphs of `text`, in text order, with its speaker mention."""
    if not paragraphs:
        return []
    marked = find_marked(text, paragraphs)
    dashed = find_dash_speech(text, paragraphs, marked)
    blocks = find_block_quotes(text, paragraphs, [*marked, *dashed])
    spans = sorted([(s, "marks") for s in marked] + [(s, "dash") for s in dashed]
                   + [(s, "block") for s in blocks], key=lambda x: x[0].outer_start)
    found: list[FoundQuote] = []
    for n, (span, form) in enumerate(spans):
        p_start, p_end = paragraphs[span.paragraph]
        prev_end = max([p_start] + [s.outer_end for s, _ in spans[:n] if s.outer_end <= span.outer_start])
        next_start = min([p_end] + [s.outer_start for s, _ in spans[n + 1:] if s.outer_start >= span.outer_end])
        start, end = span.start, span.end
        if form == "block":
            intro_a, intro_b = _paragraph_before(paragraphs, span.paragraph)
            attribution = attribution_before(_last_sentence(text, intro_a, intro_b))
        else:
            attribution, clause = _attribute(text, span, prev_end, max(next_start, span.outer_end), paragraphs)
            if found and found[-1].start <= span.start and span.end <= found[-1].end:
                continue  # a second fragment of a partial quote already taken whole
            if clause is not None:
                start, end = clause
        kind = _kind(text[span.start:span.end], form, attribution)
        if (start, end) != (span.start, span.end):
            kind = "partial"  # a reported clause with quoted words in it: `Smith said the plan was “a mess”`
        quote = FoundQuote(start, end, kind, form, attribution.mention if attribution else None,
                           attribution.cue if attribution else None, span.paragraph)
        if found and _continues(text, paragraphs, found[-1], quote):
            found[-1] = replace(found[-1], end=quote.end)
            continue
        found.append(quote)
    found.extend(_reported_speech(text, paragraphs, spans))
    found.sort(key=lambda q: q.start)
    placed = []
    for q in found:
        p = para_of(paragraphs, q.start)
        lead = text[paragraphs[p][0]:q.start]
        placed.append(replace(q, paragraph=p, opens_paragraph=not lead.strip(" \u00a0\"“„«»‘'–—-")))
    return placed


def _continues(text: str, paragraphs: Sequence[tuple[int, int]], prev: FoundQuote, q: FoundQuote) -> bool:
    """Whether `q` is the rest of `prev`'s speech: `“X,” she said. “Y.”`, or a following quote paragraph.

    Such a quote has no attribution of its own; between the two there is at most the attribution clause.
    """
    if q.cue is not None or q.kind != "direct" or prev.kind != "direct" or q.form != prev.form:
        return False
    if q.paragraph == prev.paragraph:
        gap = text[prev.end:q.start]
    elif q.paragraph == prev.paragraph + 1:
        p_start = paragraphs[q.paragraph][0]
        if text[p_start:q.start].strip(" \u00a0\"“„«‘'–—-"):
            return False
        gap = text[prev.end:paragraphs[prev.paragraph][1]]
    else:
        return False
    words = _WORDS.findall(gap)
    return len(words) <= 12 and (not words or CUE.search(gap) is not None)


def _paragraph_before(paragraphs: Sequence[tuple[int, int]], index: int) -> tuple[int, int]:
    return paragraphs[index - 1] if index > 0 else paragraphs[index]


def _last_sentence(text: str, a: int, b: int) -> str:
    return text[sentence_starts(text, a, b)[-1]:b]


def _attribute(text: str, span: MarkedSpan, prev_end: int, next_start: int,
               paragraphs: Sequence[tuple[int, int]]) -> tuple[Attribution | None, tuple[int, int] | None]:
    """The attribution of a quote, and the reported clause around it when the quote is only part of it."""
    p_index = span.paragraph
    p_start, p_end = paragraphs[p_index]
    after = text[span.outer_end:next_start]
    inner_tail = text[max(span.start, span.end - 2):span.end]
    # the quote's own sentence goes on after it unless the quote ended with a full stop
    ends_sentence = inner_tail.rstrip().endswith((".", "…")) and not after.lstrip().startswith(("said", "says"))
    cut = re.search(r"[.!?…][\"”’»)]?\s", after)
    if cut and not ends_sentence:
        after = after[:cut.end()]
    sentence_start = max(s for s in sentence_starts(text, p_start, p_end) if s <= span.outer_start)
    lead = text[sentence_start:span.outer_start]
    attribution = None if ends_sentence and not _starts_with_attribution(after) else attribution_after(after)
    if attribution and attribution.mention:
        if len(_WORDS.findall(lead)) >= 2 and not lead.rstrip().endswith((":", ",")) and prev_end <= sentence_start:
            return attribution, (_skip_space(text, sentence_start), span.outer_end)  # `X is a “loser,” Y said`
        return attribution, None
    base = max(prev_end, sentence_start)
    attribution = attribution_before(text[base:span.outer_start])
    if not (attribution and attribution.mention):
        fallback = _nearby_attribution(text, span, sentence_start, p_start, prev_end)
        if fallback is not None:
            return fallback, None
        if not text[p_start:span.outer_start].strip() and p_index > 0:
            # a quote paragraph after `Smith said:` ending the paragraph before
            a, b = paragraphs[p_index - 1]
            intro = text[a:b].rstrip()
            if intro.endswith(":"):
                attribution = attribution_before(_last_sentence(text, a, a + len(intro)))
                if attribution and attribution.mention:
                    return attribution, None
        return None, None
    if attribution.cue != ":" and attribution.cue_end >= 0:
        cue_end = base + attribution.cue_end
        between = _WORDS.findall(text[cue_end:span.outer_start])
        if between and between[0].lower() == "that":
            between = between[1:]
        continues = re.match(r"[ \u00a0]+[a-z(]", text[span.outer_end:span.outer_end + 3]) is not None
        ended = text[span.start:span.end].rstrip().endswith((".", "!", "?", "…", ","))
        if ((len(between) >= 2 or (continues and not ended))
                and not text[cue_end:span.outer_start].rstrip().endswith(":")):
            clause_start = _skip_space(text, cue_end)
            if text.startswith("that ", clause_start):
                clause_start += 5
            return attribution, (clause_start, _clause_end(text, span, p_start, p_end))
    return attribution, None


def _nearby_attribution(text: str, span: MarkedSpan, sentence_start: int, p_start: int,
                        prev_end: int) -> Attribution | None:
    """No cue next to the quote: the subject of its own sentence (`Sanders used the question to demand “…”`),
    or, for a quote opening a sentence, the speaker of the sentence before (`Smith told Fox X. “…”`)."""
    lead = text[sentence_start:span.outer_start]
    if len(_WORDS.findall(lead)) >= 2 and prev_end <= sentence_start:
        mention = leading_subject(lead)
        if mention is not None and mention.named:
            return Attribution(mention, None)
    if not lead.strip() and sentence_start > p_start:
        starts = [s for s in sentence_starts(text, p_start, sentence_start) if s < sentence_start]
        previous = text[starts[-1]:sentence_start]
        attribution = attribution_before(previous)
        if attribution and attribution.mention and attribution.cue != ":":
            return Attribution(attribution.mention, None)  # inferred: no cue next to the quote
    return None


def _skip_space(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in " ,\u00a0":
        pos += 1
    return pos


def _clause_end(text: str, span: MarkedSpan, p_start: int, p_end: int) -> int:
    """The end of the sentence a quoted fragment sits in (not before the fragment's closing mark)."""
    later = [s for s in sentence_starts(text, p_start, p_end) if s >= span.outer_end]
    end = later[0] if later else p_end
    while end > span.outer_end and text[end - 1].isspace():
        end -= 1
    return max(end, span.outer_end)


def _starts_with_attribution(after: str) -> bool:
    """`“We won.” Smith said.` - a short clause with a cue right after the quote."""
    clause = re.split(r"[.!?]", after, maxsplit=1)[0]
    return len(clause.split()) <= 8 and CUE.search(clause) is not None and not re.search(r"[“\"«„]", clause)


def _kind(content: str, form: str, attribution: Attribution | None) -> QuoteKind:
    """Direct speech, or a partial quote: a scare quote, a title, a short fragment."""
    if form in ("dash", "block"):
        return "direct"
    words = _WORDS.findall(content)
    if len(words) < 3:
        return "partial"
    letters = [w for w in words if w[0].isalpha() and len(w) > 3]
    if len(words) <= 8 and letters and all(w[0].isupper() for w in letters) and not content.endswith(
            (".", "!", "?", ",")):
        return "partial"  # a title: “Kremlin Plan”, “Make America Great Again”
    if len(words) < 5 and (attribution is None or attribution.cue is None):
        return "partial"
    return "direct"


def _reported_speech(text: str, paragraphs: Sequence[tuple[int, int]],
                     spans: Sequence[tuple[MarkedSpan, str]]) -> list[FoundQuote]:
    """Indirect speech in sentences without quotes: `according to X, C`, `X said (that) C`, `C, X said`."""
    found: list[FoundQuote] = []
    busy = [(s.outer_start, max(s.outer_end, s.end)) for s, _ in spans]
    for a, b in paragraphs:
        starts = sentence_starts(text, a, b)
        for k, s_start in enumerate(starts):
            s_end = starts[k + 1] if k + 1 < len(starts) else b
            if any(x < s_end and y > s_start for x, y in busy):
                continue
            quote = _reported_in(text, s_start, s_end)
            if quote:
                found.append(quote)
    return found


def _reported_in(text: str, a: int, b: int) -> FoundQuote | None:
    sentence = text[a:b].rstrip()
    b = a + len(sentence)
    body_end = b - 1 if sentence.endswith((".", "!", "?")) else b
    m = re.match(r"\s*(?:[A-Z][\w’' ,]{0,30},\s*)?[Aa]ccording to ([^,]{2,80}),\s*", sentence)
    if m:
        mention = make_mention(m.group(1))
        content = m.end()
        appositive = re.match(r"(?:(?:a|an|the)\s+)?([a-z]+)[^,]{0,60},\s*", sentence[content:])
        if appositive and appositive.group(1) in TITLES | ROLE_HEADS:
            content += appositive.end()  # "According to X, adviser to the president, C"
        if mention and len(sentence[content:].split()) >= 4:
            return FoundQuote(a + content, body_end, "indirect", "reported", mention, "according to")
        return None
    m = re.search(r",\s*according to ([^,.;]{2,80})\.?$", sentence)
    if m:
        mention = make_mention(m.group(1))
        if mention and len(sentence[:m.start()].split()) >= 4:
            return FoundQuote(a, a + m.start(), "indirect", "reported", mention, "according to")
    for cue in CUE.finditer(sentence):
        word = cue.group().lower()
        if word not in _REPORTED_SAY:
            continue
        before = sentence[:cue.start()]
        tail = sentence[cue.end():]
        if before.rstrip().endswith(",") and len(tail.split()) <= 8:  # "C, X said." / "C, said X."
            content = before.rstrip()[:-1]
            attribution = attribution_after(sentence[len(content):])
            if attribution and attribution.mention and len(content.split()) >= 4:
                return FoundQuote(a, a + len(content), "indirect", "reported", attribution.mention, word)
            return None
        attribution = attribution_before(sentence[:cue.end()])
        if attribution is None or attribution.mention is None or len(before.split()) > 12:
            return None
        m = re.match(r"\s*(?:(?:[A-Z][\w’'.-]*\s*|the\s|a\s|reporters\s|journalists\s|him\s|her\s|them\s|"
                     r"us\s|me\s){0,4})?(?:that\s+)?" if word.startswith(("told", "tell")) else
                     r"\s*(?:that\s+)?", tail)
        start = a + cue.end() + (m.end() if m else 0)
        while start < body_end and text[start] in " ,:;":
            start += 1
        if len(text[start:body_end].split()) >= 4:
            return FoundQuote(start, body_end, "indirect", "reported", attribution.mention, word)
        return None
    return None
