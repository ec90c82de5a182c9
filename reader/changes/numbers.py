"""`number`: quantities that differ, appear on one side only, or are rounded ("almost eight" / "eight").

Digits and number words are read to one value ("three" = "3", "3,100" = "3.100" as thousands, "1.5 million"
= "1,500,000"); "%" and "percent" are the same; years and days of a date are left to `dates`; digits joined
to a capitalised word by a hyphen ("PF-9", "F-16") are part of a name."""

from __future__ import annotations

import re

from ..worddiff import Token
from .dates import date_token_ranges
from .lexicon import APPROXIMATORS, MONTHS, ONE, SCALE_ABBREVIATIONS, SCALES, UNITS
from .model import Change
from .pairing import Item, Pair, changes_of, summary

_DIGITS = re.compile(r"^\d+(?:[.,]\d+)*$")
_THOUSANDS = re.compile(r"^\d{1,3}(?:([.,])\d{3})(?:\1\d{3})*$")


def digit_value(text: str) -> float | None:
    """The value of digits as written in English or German ("3,100", "3.100", "2,5", "1.5")."""
    if not _DIGITS.match(text):
        return None
    if _THOUSANDS.match(text):
        return float(re.sub(r"[.,]", "", text))
    if text.count(",") + text.count(".") > 1:
        return None  # "18.432.24", a version or a code, not a quantity
    return float(text.replace(",", "."))


def _fmt(value: float) -> str:
    return str(int(value)) if value == int(value) else f"{value:g}"


def _word_value(key: str, next_key: str | None) -> int | None:
    if key in UNITS:
        return UNITS[key]
    if key in ONE and next_key in SCALES:
        return 1
    return None


def _read_number(tokens: list[Token], k: int) -> tuple[float, int] | None:
    """A number starting at token k (digits or words, with a scale word after it): value and end token."""
    key = tokens[k].key
    nxt = tokens[k + 1].key if k + 1 < len(tokens) else None
    value = digit_value(key)
    if value is None:
        word = _word_value(key, nxt)
        if word is None:
            return None
        value = float(word)
        j = k + 1
        while j < len(tokens) and (tokens[j].key in UNITS or tokens[j].key in SCALES or tokens[j].key == "-"):
            part = tokens[j].key
            if part in SCALES:
                value *= SCALES[part]
            elif part in UNITS:
                value += UNITS[part]
            j += 1
        return value, j
    j = k + 1
    if j < len(tokens) and (tokens[j].key in SCALES or tokens[j].key in SCALE_ABBREVIATIONS):
        value *= SCALES.get(tokens[j].key) or SCALE_ABBREVIATIONS[tokens[j].key]
        j += 1
    return value, j


def _approximate(tokens: list[Token], k: int) -> int:
    """How many tokens before token k make the number approximate ("almost", "more than"): 0, 1 or 2."""
    for n in (2, 1):
        if k >= n and " ".join(t.key for t in tokens[k - n:k]) in APPROXIMATORS:
            return n
    return 0


def _code(text: str, tokens: list[Token], k: int) -> bool:
    """Digits joined by a hyphen to a capitalised word ("PF-9", "F-16", "COVID-19"): part of a name."""
    if k < 2 or tokens[k - 1].key != "-":
        return False
    word, dash, digits = tokens[k - 2], tokens[k - 1], tokens[k]
    return (word.end == dash.start and dash.end == digits.start and text[word.start:word.start + 1].isupper()
            and word.key not in MONTHS)  # "May-22" is a date range


def number_items(text: str, tokens: list[Token]) -> list[Item]:
    """Every number of a passage outside dates and names, with "~" before the value when it is approximate."""
    skip = date_token_ranges(text, tokens)
    items: list[Item] = []
    k = 0
    while k < len(tokens):
        if k in skip or _code(text, tokens, k):
            k += 1
            continue
        found = _read_number(tokens, k)
        if found is None:
            k += 1
            continue
        value, end = found
        before = _approximate(tokens, k)
        start_tok = k - before
        value_key = ("~" if before else "") + _fmt(value)
        items.append(Item(value_key, tokens[start_tok].start, tokens[end - 1].end,
                          text[tokens[start_tok].start:tokens[end - 1].end]))
        k = end
    return items


def find(pair: Pair) -> list[Change]:
    left = number_items(pair.left.text, pair.left.tokens)
    right = number_items(pair.right.text, pair.right.tokens)
    return changes_of("number", pair, left, right, summary("number"), widen=False)
