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
    #: the attribution rule that found the mention (error analysis; not part of any output)
    rule: str = ""


@lru_cache(maxsize=256)
def paragraph_starts(text: str, a: int, b: int) -> list[int]:
    """Sentence starts of one paragraph, computed once per paragraph (quotes in it share them)."""
    return sentence_starts(text, a, b)
