"""The account a quote is relayed through: `…,” Walker said, according to an Associated Press account.`

Such a source replaces the speaker found by the context rules (`attribution.context`): the quote is
credited to the account it was taken from.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

from ..forms.quotemarks import MarkedSpan
from ..found import MAX_SENTENCE, paragraph_starts
from ..lexicon import CUE
from ..mentions import Mention, make_mention
from ..sentences import first_sentence_end

#: `…,” Walker said, according to an Associated Press account.`: the quote's sentence ends by naming the
#: account it is taken from.
_RELAY = re.compile(r"(?:,\s*|^\s+)(?:according\s+to|as\s+reported\s+by|reports?|reported|via)\s+"
                    r"((?:[^,.;:“”\"]|(?<=\b[A-Z])\.){2,100}?)\s*[.;]?\s*$")
#: `“…,” the pope told reporters, according to Reuters, during …`: the account named inside the sentence.
_RELAY_INSIDE = re.compile(r",\s+according\s+to\s+([^,.;:“”\"]{2,60}?)\s*,")
#: Right after a quote that ended its sentence: the account follows at once (`“….” according to X`).
_RELAY_AT_ONCE = re.compile(r"[\s,]*(?:according|reports?\b|reported\b|via\b|as\s+reported)")
#: A quote mark: a sentence with another quote in it names no account.
_ANOTHER_QUOTE = re.compile(r"[“”\"]")
#: `According to X, Smith said “…”`, `As reported by X, …`: the source named at the start of the sentence.
_RELAY_LEAD = re.compile(r"\s*(?:[A-Z][\w’' ,]{0,30},\s*)?(?:[Aa]ccording\s+to\s+([^,.;:“”\"]{2,80}?),\s+"
                         r"[^“”\"]*\b(?:said|says|told|wrote|writes|added|asked)\b"
                         r"|[Aa]s\s+(?:first\s+)?reported\s+by\s+([^,.;:“”\"]{2,80}?),)")


def relayed_by(text: str, quote_end: int, limit: int, ended: bool) -> Mention | None:
    """The source a quote is relayed through, named at the end of its sentence, or None.

    `ended`: the quote closes with a full stop, so the sentence after it is another one unless it goes on
    at once (`“….” according to X`) or with a cue (`“….” Smith said, according to X`).
    """
    rest = text[quote_end:min(limit, quote_end + MAX_SENTENCE)]
    if ended and not _RELAY_AT_ONCE.match(rest) and not CUE.search(rest[:40]):
        return None
    stop = first_sentence_end(rest)
    rest = rest[:stop] if stop is not None else rest
    if _ANOTHER_QUOTE.search(rest):
        return None
    m = _RELAY.search(rest) or _RELAY_INSIDE.search(rest)
    if m is None:
        return None
    mention = make_mention(m.group(1), described=True)
    return mention if mention is not None and mention.pronoun is None else None


def relayed_before(text: str, span: MarkedSpan, paragraphs: Sequence[tuple[int, int]]) -> Mention | None:
    """`According to X, Smith said “…”`, `As reported by X, …`: the source named at the start of the quote's
    sentence."""
    p_start, p_end = paragraphs[span.paragraph]
    starts = paragraph_starts(text, p_start, p_end)
    sentence_start = max(starts[max(0, bisect_right(starts, span.outer_start) - 1)],
                         span.outer_start - MAX_SENTENCE)
    m = _RELAY_LEAD.match(text[sentence_start:span.outer_start])
    if m is None:
        return None
    mention = make_mention(m.group(1) or m.group(2), described=True)
    return mention if mention is not None and mention.pronoun is None else None
