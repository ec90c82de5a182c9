"""A quote as found in one text (before speakers are merged), and the sentence starts every stage shares.

Its own module so that the forms (which build `FoundQuote`s for reported speech), attribution and the
extractor can all use it without importing one another.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from .mentions import Mention
from .model import QuoteKind
from .sentences import sentence_starts

#: How a quote is set off in the text: quotation marks, a dialogue dash, a colon-introduced block of
#: paragraphs, or reported (indirect) speech without marks. `forms.FORMS` lists the finders in this order.
QuoteForm = Literal["marks", "dash", "block", "reported"]

#: Characters of context looked at around a quote within its sentence.
MAX_SENTENCE = 600


@dataclass(frozen=True, slots=True)
class FoundQuote:
    """A quote of one text before speakers are merged: offsets into the text, its kind and who said it."""

    start: int
    end: int
    kind: QuoteKind
    form: QuoteForm
    mention: Mention | None
    cue: str | None
    paragraph: int = -1  # index into the paragraph spans given to find_quotes
    opens_paragraph: bool = False  # nothing but marks or a dash before it in its paragraph
    #: for a pronoun speaker (`he said`): the last named subject of a sentence before the quote, and where
    antecedent: Mention | None = None
    antecedent_at: int = -1
    #: the context-level rule that decided the attribution (`cue_after`), or for reported speech the form's
    #: rule (`said_after`); `rule_path` makes the name `reader quotes` shows
    rule: str = ""
    #: the phrase-level rule inside it that read the mention (`after.cue_then_name`), if one did
    phrase_rule: str = ""
    #: for a speech split by its attribution (`“X,” she said. “Y.”`), the pieces inside the marks, in order;
    #: empty for a quote in one piece (`start`, `end`)
    parts: tuple[tuple[int, int], ...] = ()

    def pieces(self) -> tuple[tuple[int, int], ...]:
        """The spans of the quote's own words: its parts, or its one span."""
        return self.parts or ((self.start, self.end),)

    def rule_path(self, route: str) -> str | None:
        """The one rule name a quote carries in `reader quotes` (`Quote.rule`), to read errors by rule: the
        deciding rule (`context.*`, or `reported.*` for reported speech), the phrase rule that read the
        mention, and how the speaker was resolved when not named right there (`resolve.pronoun`,
        `resolve.split`…: a route of `speakers.resolve_mentions`), joined by "/"; None when no rule
        applied."""
        parts = []
        if self.rule:
            parts.append(f"{'reported' if self.form == 'reported' else 'context'}.{self.rule}")
        if self.phrase_rule:
            parts.append(self.phrase_rule)
        if route not in ("own", "none"):
            parts.append(f"resolve.{route}")
        return "/".join(parts) or None


@lru_cache(maxsize=256)
def paragraph_starts(text: str, a: int, b: int) -> list[int]:
    """Sentence starts of one paragraph, computed once per paragraph (quotes in it share them)."""
    return sentence_starts(text, a, b)
