"""The vocabulary of quote extraction and context-level attribution: word sets and shared regex fragments.

Data only: the heuristics in `forms/` and `attribution/` read these; extending a word list is a change here.
"""

from __future__ import annotations

import re

#: Double quotation marks of every typographic form news text uses (a string of characters, for `[...]`).
DOUBLE_QUOTES = '"“”„«»'
#: A space or a no-break space (a regex character class).
SPACE = r"[ \u00a0]"

#: A word for counting words: letters, digits, apostrophes and hyphens.
WORDS = re.compile(r"[\w’'-]+")

#: Cue words that introduce reported speech in a sentence without quote marks (`X said (that) C`).
REPORTED_SAY = frozenset({
    "said", "says", "say", "told", "tells", "claim", "claims", "claimed", "believe", "believes",
    "believed", "added", "adds", "argued", "argues", "insisted", "insists", "warned", "warns",
    "noted", "notes", "stressed", "emphasized", "emphasised", "explained", "wrote", "writes",
    "reported", "reports", "announced", "confirmed", "predicted", "suggested", "admitted",
    "acknowledged", "estimated", "estimates", "point out", "points out", "pointed out"})
#: Verbs of being: after them a quote is the topic (`Guns are “a crisis”`), not the subject's words.
COPULAS = frozenset({"is", "are", "was", "were", "be", "been", "remains", "remained", "seems", "seemed"})
#: Prepositions that put a title after a cue (`said in an interview on CNN’s “State of the Union”`).
TITLE_PREPOSITIONS = frozenset({"in", "on", "during", "at", "with", "from", "while"})

#: Up to four capitalised words, written with plain spaces (for `spaced`).
NAME = r"(?:[A-Z][\w’'.-]* ){0,3}[A-Z][\w’'-]*"
#: Nouns for a text someone issued: `Trump’s statement in full:`.
TEXT_NOUN = r"(?:statement|response|remarks|tweets?|answer|reply|post|letter|message|speech|comments?)"


def spaced(pattern: str) -> re.Pattern[str]:
    """Compile a pattern written with plain spaces, each standing for a run of spaces or no-break spaces."""
    return re.compile(pattern.replace(" ", SPACE + "+"))
