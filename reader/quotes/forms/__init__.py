"""Quote forms: how a quote is set off in the text, and the finder for each, in the order they run.

`find_quotes` iterates `FORMS`, then `SENTENCE_FORMS`. Each span form's finder gets the spans of the forms
before it (`taken`), so a later form never claims text an earlier one quoted: dashes skip quoted text, block
quotes skip paragraphs holding either. Reported speech (`REPORTED`) runs last, on the sentences no span
touches, and yields finished quotes with their attribution.

To add a form (say Q:/A: transcripts): a module here with a `SpanFinder`, its name in `QuoteForm`
(`found.py`), and one `SpanForm` entry in `FORMS` at the place its precedence calls for.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ..found import FoundQuote, QuoteForm
from .blocks import find_block_quotes
from .dashes import find_dash_speech
from .quotemarks import MarkedSpan, find_marked
from .reported import find_reported_speech

__all__ = ["FORMS", "FORM_BY_NAME", "REPORTED", "SENTENCE_FORMS", "MarkedSpan", "QuoteForm", "SentenceForm",
           "SpanForm"]

#: (text, paragraph spans, spans of the forms before) -> spans of this form
SpanFinder = Callable[[str, Sequence[tuple[int, int]], Sequence[MarkedSpan]], list[MarkedSpan]]
#: (text, paragraph spans, every span found) -> finished quotes
QuoteFinder = Callable[[str, Sequence[tuple[int, int]], Sequence[MarkedSpan]], list[FoundQuote]]


@dataclass(frozen=True, slots=True)
class SpanForm:
    """A form whose finder yields spans; the extractor attributes them and decides their kind."""

    name: QuoteForm
    find: SpanFinder
    #: always direct speech: a dash or a block is never a scare quote, a title or a fragment
    speech: bool = False
    #: attributed by the paragraph that introduces it (`…, telling Meduza:`), not by its own sentence
    introduced: bool = False
    #: the two halves of a split quote may share one cue (`“X,” he added, “to do Y”`)
    shares_cue: bool = False


@dataclass(frozen=True, slots=True)
class SentenceForm:
    """A form found in whole sentences that no span touches; its finder attributes the quotes itself."""

    name: QuoteForm
    find: QuoteFinder


def _marked(text: str, paragraphs: Sequence[tuple[int, int]],
            taken: Sequence[MarkedSpan]) -> list[MarkedSpan]:
    """Quotation marks come first: nothing is taken before them."""
    return find_marked(text, paragraphs)


#: Span forms in the order they claim text.
FORMS: tuple[SpanForm, ...] = (
    SpanForm("marks", _marked, shares_cue=True),
    SpanForm("dash", find_dash_speech, speech=True),
    SpanForm("block", find_block_quotes, speech=True, introduced=True),
)
#: Reported speech: after the span forms, in the sentences they leave free.
REPORTED = SentenceForm("reported", find_reported_speech)
#: Forms found in whole sentences, after the span forms.
SENTENCE_FORMS: tuple[SentenceForm, ...] = (REPORTED,)
FORM_BY_NAME: dict[str, SpanForm] = {form.name: form for form in FORMS}
