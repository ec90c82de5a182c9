"""The context of one quote as the context rules see it: its sentence, the words around it, and the readings
of the phrase-level rules, computed once per quote (`QuoteContext`).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property

from ..forms.quotemarks import MarkedSpan
from ..found import MAX_SENTENCE, paragraph_starts
from ..lexicon import CUE, WORDS
from ..mentions import Attribution
from ..sentences import first_sentence_end, sentence_starts
from . import attribution_after, attribution_before
from .subjects import nearby_attribution

#: The words between two quotes when they only introduce the second: `Mills then writes back, `.
_ATTRIBUTION_FOR_NEXT = re.compile(r"\s+[A-Z][^.!?“”\"]{0,80}[,:]\s*")
#: A finite verb in the clause after a cue: `a prosecutor said the two cases were different`.
_OWN_FINITE = re.compile(r"[\s\u00a0]*(?:that\s+)?[^,;:“”\"]*?\b"
                         r"(?:is|are|was|were|has|have|had|will|would|can|could|should|must)\b")
_SENTENCE_STOP = re.compile(r"[.!?]")
_OPENING_QUOTE = re.compile(r"[“\"«„]")
_BLANK = re.compile(r"\s*")


@dataclass(frozen=True)
class QuoteContext:
    """What the context rules look at for one quote: its sentence, the words around it, and the readings of
    the phrase-level rules. Plain fields are computed by `of`; the costlier readings are cached properties,
    computed only when a rule first asks (no slots: `cached_property` needs the instance dict)."""

    text: str
    span: MarkedSpan
    paragraphs: Sequence[tuple[int, int]]
    prev_end: int  # the end of the quote before in the paragraph, or the paragraph's start
    next_start: int  # where the text after the quote stops: the next quote or the paragraph's end
    after: str  # the words after the quote, up to the end of its sentence unless the quote ended it
    inner_tail: str  # the last characters inside the quote
    ends_sentence: bool  # the quote ends with a full stop that ends its sentence
    sentence_start: int  # the start of the quote's sentence (at most MAX_SENTENCE back)
    lead: str  # the words of the sentence before the quote

    @classmethod
    def of(cls, text: str, span: MarkedSpan, paragraphs: Sequence[tuple[int, int]], prev_end: int,
           next_start: int) -> QuoteContext:
        p_start, p_end = paragraphs[span.paragraph]
        after = text[span.outer_end:next_start]
        inner_tail = text[max(span.start, span.end - 2):span.end]
        # the quote's own sentence goes on after it unless the quote ended with a full stop
        ends_sentence = (inner_tail.rstrip().endswith((".", "…"))
                         and not after.lstrip().startswith(("said", "says")))
        cut = first_sentence_end(after)
        if cut is not None and not ends_sentence:
            after = after[:cut]
        starts = paragraph_starts(text, p_start, p_end)
        sentence_start = starts[max(0, bisect_right(starts, span.outer_start) - 1)]
        # a "sentence" longer than this is not prose (a list, a dump of marks): look no further back
        sentence_start = max(sentence_start, span.outer_start - MAX_SENTENCE)
        return cls(text, span, paragraphs, prev_end, next_start, after, inner_tail, ends_sentence,
                   sentence_start, text[sentence_start:span.outer_start])

    @property
    def content(self) -> str:
        return self.text[self.span.start:self.span.end]

    @property
    def paragraph(self) -> tuple[int, int]:
        return self.paragraphs[self.span.paragraph]

    @property
    def own_sentence(self) -> bool:
        """No earlier quote in this sentence."""
        return self.prev_end <= self.sentence_start

    @property
    def introduced_by_lead(self) -> bool:
        """The words before the quote end with a colon or a comma: `Smith said: “…”`."""
        return self.lead.rstrip().endswith((":", ","))

    @cached_property
    def in_front(self) -> Attribution | None:
        """The cue in front of the quote in its own sentence, if any (several rules use it)."""
        return attribution_before(self.lead) if self.own_sentence else None

    @property
    def named_in_front(self) -> bool:
        return self.in_front is not None and self.in_front.mention is not None

    @cached_property
    def cue_after(self) -> Attribution | None:
        """The attribution after the quote as the sentence allows it (see `_after_reading`)."""
        return _after_reading(self)

    @cached_property
    def base(self) -> int:
        """Where the words before the quote start: its sentence, or the end of the quote before in it."""
        return max(self.prev_end, self.sentence_start)

    @cached_property
    def front(self) -> Attribution | None:
        """The attribution before the quote: in its own sentence, or after the quote before in it."""
        if self.own_sentence:
            return self.in_front
        return attribution_before(self.text[self.base:self.span.outer_start])

    @property
    def has_front(self) -> bool:
        return self.front is not None and self.front.mention is not None

    @cached_property
    def nearby(self) -> Attribution | None:
        """With no cue next to the quote: a subject of its sentence or the speaker of the sentence before."""
        return nearby_attribution(self.text, self.span, self.sentence_start, self.paragraph, self.prev_end)

    @cached_property
    def opens_paragraph(self) -> bool:
        # matched in place, not sliced: paragraphs can be long
        return _BLANK.fullmatch(self.text, self.paragraph[0], self.span.outer_start) is not None

    @cached_property
    def intro(self) -> tuple[int, int, str, str] | None:
        """For a quote opening a paragraph that is not the first: the paragraph before (start, end), its text
        without trailing space, and its last sentence."""
        if not self.opens_paragraph or self.span.paragraph == 0:
            return None
        a, b = self.paragraphs[self.span.paragraph - 1]
        intro = self.text[a:b].rstrip()
        return a, b, intro, last_sentence(self.text, a, a + len(intro))


def last_sentence(text: str, a: int, b: int) -> str:
    return text[sentence_starts(text, a, b)[-1]:b]


def _after_reading(c: QuoteContext) -> Attribution | None:
    """The attribution after the quote, unless the sentence says the words before it introduce the quote."""
    # `Smith said: “….” Jones said …`: a quote closing its sentence after a cue and a colon or comma is the
    # speech of the cue's subject, whatever the next sentence says
    closed = c.ends_sentence or (c.inner_tail.rstrip().endswith(("?", "!"))
                                 and _ATTRIBUTION_FOR_NEXT.fullmatch(c.after) is not None)
    introduced = closed and c.introduced_by_lead and c.named_in_front
    if introduced or (c.ends_sentence and not _starts_with_attribution(c.after)):
        return None
    attribution = attribution_after(c.after)
    if attribution and attribution.cue and c.named_in_front and _reports_own_clause(c.after, attribution.cue):
        # `As Trump claimed that “…,” a prosecutor said the cases were different`: the cue after the quote
        # reports a clause of its own; the cue before the quote is the quote's
        return None
    if (attribution and attribution.mention and attribution.mention.pronoun and c.introduced_by_lead
            and c.in_front is not None and c.in_front.mention is not None and c.in_front.mention.named):
        # `Fallon fired back: “…,” he wrote`: the pronoun is the subject introducing the quote
        return Attribution(c.in_front.mention, attribution.cue)
    return attribution


def _starts_with_attribution(after: str) -> bool:
    """`“We won.” Smith said.` - a short clause with a cue right after the quote."""
    parts = _SENTENCE_STOP.split(after, maxsplit=1)
    clause = parts[0]
    cue = CUE.search(clause)
    if cue is None or len(clause.split()) > 8 or _OPENING_QUOTE.search(clause):
        return False
    # `“…” He warns that …`, `“…” Carly Fiorina said Ted Cruz “…”`: a new sentence reporting something else
    tail = WORDS.findall(clause[cue.end():])
    if tail and tail[0].lower() == "that":
        return False
    return len(tail) <= 3 if len(parts) > 1 else not tail


def _reports_own_clause(after: str, cue: str) -> bool:
    """Whether the cue found after a quote is followed, in its sentence, by a clause with a finite verb of
    its own (`…,” a prosecutor said the two cases were different`), not by adverbials (`said on Tuesday`)."""
    m = re.search(r"\b" + re.escape(cue) + r"\b", after, re.IGNORECASE)
    if m is None:
        return False
    rest = after[m.end():]
    stop = first_sentence_end(rest)
    rest = rest[:stop] if stop is not None else rest
    return _OWN_FINITE.match(rest) is not None
