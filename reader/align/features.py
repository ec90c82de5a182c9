"""Text normalisation and the lexical features the aligner compares.

Case, quotation marks and diacritics are folded away (so "Erdoğan" meets "Erdogan", "Schloß" meets
"Schloss"), and each word is cut into character 4-grams with boundary marks. The n-grams let inflected
forms, compounds and transliterated names ("Podolak" / "Podolyak", "Wasserverbrauch" / "Verbrauch")
share most of their features without any language-specific stemmer.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from itertools import chain

_QUOTES = re.compile(r"[\"'`´„“”‚‘’«»‹›]")
_WORD = re.compile(r"\w+")
NGRAM = 4


class _Combining(dict[int, int | None]):
    """`str.translate` table: combining marks (`unicodedata.combining`) to None (dropped), other code
    points to themselves; filled as characters are met."""

    def __missing__(self, code: int) -> int | None:
        value = None if unicodedata.combining(chr(code)) else code
        self[code] = value
        return value


_DROP_COMBINING = _Combining()


@lru_cache(maxsize=65536)
def _fold_char_run(text: str) -> str:
    return unicodedata.normalize("NFKD", text).translate(_DROP_COMBINING)


def normalize(text: str) -> str:
    """Casefolded text without diacritics and quotation marks."""
    folded = text.casefold()
    if not folded.isascii():
        folded = _fold_char_run(folded)
    return _QUOTES.sub("", folded)


SEPARATOR = "\x00"  # joins many normalised texts into one for `vector` (unless a text holds it)


@lru_cache(maxsize=262144)
def _word_grams(word: str) -> tuple[str, ...]:
    marked = f"_{word}_"
    if len(marked) <= NGRAM:
        return (marked,)
    return tuple(marked[k : k + NGRAM] for k in range(len(marked) - NGRAM + 1))


def features(text: str, *, normalized: bool = False) -> frozenset[str]:
    """The set of character n-grams of a text's words, the unit of lexical similarity."""
    found = _WORD.findall(text if normalized else normalize(text))
    return frozenset(chain.from_iterable(map(_word_grams, found)))


def index_keys(text: str, prefix: int = 5, *, normalized: bool = False) -> frozenset[str]:
    """Word stems (first `prefix` characters) used to find candidate pairs cheaply."""
    return frozenset(w[:prefix] for w in _WORD.findall(text if normalized else normalize(text)))
