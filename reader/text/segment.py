"""Sentence segmentation with character offsets.

The base segmenter is sentencex (Wikimedia, Rust core): it was the most accurate and the fastest candidate
on our hand-labelled English+German set (see docs/segmentation.md and bench/segmenters.py). On top of it we
add what news text needs:

- dialogue-dash speech keeps its attribution: "– What …? – asked Podolak, quoted by …" is one unit;
- a piece that starts in lower case continues the previous sentence ("“Why?” asked one farmer.");
- CJK sentences end at 。！？ whatever the language;
- no unit is longer than MAX_SENTENCE_CHARS: overly long runs (a 1 MB line without punctuation) are cut at
  white space, so nothing downstream (alignment, rendering) sees a megabyte-long "sentence".

All functions return (start, end) spans into the paragraph text they were given, trimmed of white space.
"""

from __future__ import annotations

import itertools
import re

from .abbreviations import ALWAYS as _ABBR_ALWAYS
from .abbreviations import BEFORE_NAME as _ABBR_BEFORE_NAME
from .abbreviations import BEFORE_NUMBER as _ABBR_BEFORE_NUMBER

MAX_SENTENCE_CHARS = 1000

_DASHES = "–—‒―-"
# A piece opening with a dash and a lower-case word is the attribution of the speech before it ("– asked X").
_DASH_ATTRIBUTION = re.compile(rf"[{_DASHES}]\s*[^\W\d_]", re.UNICODE)
_OPENERS = "\"'“‘„«‹»(["
_CJK_END = re.compile(r"[。！？]+[」』”’）)]*")
_WORDS = {
    "en": ("the", "and", "of", "to", "is", "that", "in", "was", "with", "for"),
    "de": ("der", "die", "und", "das", "ist", "nicht", "mit", "den", "ein", "zu"),
    "fr": ("le", "la", "les", "et", "des", "est", "une", "pas", "que", "dans"),
    "es": ("el", "la", "los", "y", "que", "en", "es", "por", "una", "del"),
    "it": ("il", "che", "di", "la", "è", "per", "non", "una", "gli", "della"),
    "nl": ("de", "het", "een", "en", "van", "niet", "dat", "zijn", "ook", "met"),
    "pl": ("się", "nie", "jest", "że", "na", "w", "do", "to", "jak", "przez"),
    "ru": ("и", "в", "не", "на", "что", "с", "по", "это", "как", "из"),
}
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
# German (and Slavic) ordinals: "im 19. Jahrhundert", "am 3. Oktober".
_ORDINAL_CONTEXT = frozenset(
    [
        "im",
        "am",
        "vom",
        "zum",
        "beim",
        "bis",
        "seit",
        "ab",
        "der",
        "die",
        "das",
        "dem",
        "den",
        "des",
        "w",
        "we",
        "z",
        "od",
        "do",
    ]
)


def guess_language(text: str) -> str:
    """A cheap guess (function-word counts on a sample) used only to pick sentencex's abbreviation rules."""
    sample = text[:20000]
    cjk = sum(1 for ch in sample[:4000] if "\u3040" <= ch <= "\u30ff" or "\u4e00" <= ch <= "\u9fff")
    if cjk > 50:
        return "ja" if any("\u3040" <= ch <= "\u30ff" for ch in sample[:4000]) else "zh"
    counts: dict[str, int] = dict.fromkeys(_WORDS, 0)
    lookup: dict[str, list[str]] = {}
    for lang, words in _WORDS.items():
        for w in words:
            lookup.setdefault(w, []).append(lang)
    for m in _WORD.finditer(sample.lower()):
        for lang in lookup.get(m.group(), ()):
            counts[lang] += 1
    best = max(counts, key=lambda k: counts[k])
    return best if counts[best] > counts["en"] else "en"


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


def _base_spans(text: str, lang: str) -> list[tuple[int, int]]:
    try:
        from sentencex import get_sentence_boundaries

        bounds = [(b["start_index"], b["end_index"]) for b in get_sentence_boundaries(lang, text)]
    except Exception:  # a segmenter bug must never stop a document from opening
        bounds = [(0, len(text))]
    # Offsets must tile the text exactly; anything else would break `text[start:end] == sentence`.
    contiguous = bool(bounds) and bounds[0][0] == 0 and bounds[-1][1] == len(text)
    if contiguous and any(a[1] != b[0] or b[0] > b[1] for a, b in itertools.pairwise(bounds)):
        contiguous = False
    return bounds if contiguous else [(0, len(text))]


def _after_abbreviation(prev: str, piece: str) -> bool:
    """Whether `prev` ends in an abbreviation or ordinal number rather than a full stop."""
    if not prev.endswith("."):
        return False
    tokens = prev[-60:].split()
    last = tokens[-1][:-1].lstrip(_OPENERS).lower()
    before = tokens[-2].lower() if len(tokens) > 1 else ""
    first = piece[:1]
    if last in _ABBR_ALWAYS:
        return True
    if last in _ABBR_BEFORE_NUMBER and first.isdigit():
        return True
    if last in _ABBR_BEFORE_NAME and first.isupper():
        return True
    return last.isdigit() and len(last) <= 2 and before in _ORDINAL_CONTEXT and first.isalpha()


def _continues(text: str, prev: tuple[int, int], cur: tuple[int, int]) -> bool:
    """Whether the piece `cur` belongs to the sentence `prev` (attribution, abbreviation, lower case)."""
    piece = text[cur[0] : cur[1]]
    if _after_abbreviation(text[prev[0] : prev[1]], piece):
        return True
    if _DASH_ATTRIBUTION.match(piece):
        word = _WORD.search(piece)
        return word is not None and word.group()[0].islower()
    # "e.g. about …", "“Why?” asked one farmer": sentences do not start in lower case.
    stripped = piece.lstrip(_OPENERS + " ")
    return bool(stripped) and stripped[0].islower()


def _split_cjk(text: str, a: int, b: int) -> list[tuple[int, int]]:
    out = []
    pos = a
    for m in _CJK_END.finditer(text, a, b):
        if m.end() < b:
            out.append((pos, m.end()))
            pos = m.end()
    out.append((pos, b))
    return out


def _cap_length(text: str, a: int, b: int, limit: int) -> list[tuple[int, int]]:
    """Cut an overly long span at the last white space before each `limit` (hard cut if there is none)."""
    out = []
    while b - a > limit:
        cut = -1
        for i in range(a + limit, a + limit // 2, -1):
            if text[i].isspace():
                cut = i
                break
        if cut < 0:
            cut = a + limit
        out.append((a, cut))
        a = cut
        while a < b and text[a].isspace():
            a += 1
    if b > a:
        out.append((a, b))
    return out


#: Full words sentencex takes for abbreviations, so that it never ends a sentence after them ("in May. Cars
#: use …" stayed one sentence); a capital after them starts a new sentence.
_MISSED_END = re.compile(r"(?<![\w.])May\.\s+(?=[\"“‘'(]?[A-Z])")


def _missed_ends(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """`spans`, each cut after a full stop the segmenter took for an abbreviation's (`_MISSED_END`)."""
    out: list[tuple[int, int]] = []
    for a, b in spans:
        for m in _MISSED_END.finditer(text, a, b):
            out.append((a, m.end()))
            a = m.end()
        out.append((a, b))
    return out


def sentence_spans(text: str, lang: str = "en", max_chars: int = MAX_SENTENCE_CHARS) -> list[tuple[int, int]]:
    """Spans (start, end) of the sentences of one paragraph, trimmed of surrounding white space."""
    bases = _base_spans(text, lang)
    pieces = [_trim(text, a, b) for a, b in (_missed_ends(text, bases) if lang == "en" else bases)]
    pieces = [p for p in pieces if p[1] > p[0]]
    merged: list[tuple[int, int]] = []
    for piece in pieces:
        if merged and _continues(text, merged[-1], piece):
            merged[-1] = (merged[-1][0], piece[1])
        else:
            merged.append(piece)
    out: list[tuple[int, int]] = []
    for a, b in merged:
        for ca, cb in _split_cjk(text, a, b):
            ca, cb = _trim(text, ca, cb)
            if cb > ca:
                out.extend(_cap_length(text, ca, cb, max_chars))
    return out


def segment(text: str, lang: str = "en") -> list[str]:
    """The sentences of one paragraph as strings (for the segmenter comparison and tests)."""
    return [text[a:b] for a, b in sentence_spans(text, lang)]
