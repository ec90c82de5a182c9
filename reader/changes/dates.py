"""`date`: dates and times that differ or appear on one side only, weekdays and relative days included.

"October 8", "Oct. 8", "8 October", "8. Oktober" and "10/8/2016" are read to month and day ("5/12" and "9/11"
too, month first; "3/4" without a year is a fraction, left to `number`); a year is a date of its own (four
digits from 1800 to 2100), and so are a month alone, a weekday and "yesterday" / "today"."""

from __future__ import annotations

from ..worddiff import Token
from .lexicon import MONTHS, RELATIVE_DAYS, WEEKDAYS
from .model import Change
from .pairing import Item, Pair, changes_of, summary


def _day(key: str) -> int | None:
    digits = key[:-2] if key[-2:] in ("st", "nd", "rd", "th") else key
    return int(digits) if digits.isdigit() and 1 <= int(digits) <= 31 else None


def _year(key: str) -> int | None:
    return int(key) if key.isdigit() and len(key) == 4 and 1800 <= int(key) <= 2100 else None


def _skip_dot(tokens: list[Token], j: int) -> int:
    return j + 1 if j < len(tokens) and tokens[j].key in (".", ",") else j


def _month_date(tokens: list[Token], k: int) -> tuple[str, int, int]:
    """A date around the month name at token k: its value and first and last token."""
    month = MONTHS[tokens[k].key.split("'")[0]]
    first, last = k, k
    day: int | None = None
    j = _skip_dot(tokens, k + 1)
    if j < len(tokens) and _day(tokens[j].key) is not None:  # October 8 / Oct. 8
        day, last = _day(tokens[j].key), j
    elif k >= 1:  # 8 October / 8. Oktober / 8th of October
        i = k - 1
        if tokens[i].key in (".", "of") and i >= 1:
            i -= 1
        if _day(tokens[i].key) is not None:
            day, first = _day(tokens[i].key), i
    return f"{month:02d}" + (f"-{day:02d}" if day else ""), first, last


def _joined(tokens: list[Token], k: int, n: int) -> bool:
    """Whether tokens k .. k+n-1 exist and touch (no space between them)."""
    return k + n <= len(tokens) and all(tokens[j].end == tokens[j + 1].start for j in range(k, k + n - 1))


def _slash_date(tokens: list[Token], k: int) -> tuple[list[tuple[str, int, int]], int] | None:
    """"5/12", "9/11", "10/8/2016" (month first, as US news writes them): the date items and the last token.
    Without a year, the day must be 11 or more: "3/4" and "1/2" are fractions."""
    if not (_joined(tokens, k, 3) and tokens[k + 1].key == "/" and tokens[k].key.isdigit()):
        return None
    month, day = int(tokens[k].key), _day(tokens[k + 2].key)
    if not 1 <= month <= 12 or day is None or not tokens[k + 2].key.isdigit():
        return None
    out = [(f"{month:02d}-{day:02d}", k, k + 2)]
    if _joined(tokens, k, 5) and tokens[k + 3].key == "/" and tokens[k + 4].key.isdigit() and len(
            tokens[k + 4].key) in (2, 4):
        if _year(tokens[k + 4].key):
            out.append((tokens[k + 4].key, k + 4, k + 4))
        return out, k + 4
    return (out, k + 2) if day >= 11 else None


def date_items_tokens(tokens: list[Token]) -> list[tuple[str, int, int]]:
    """(value, first token, last token) of every date of a token list."""
    out: list[tuple[str, int, int]] = []
    k = 0
    while k < len(tokens):
        slash = _slash_date(tokens, k)
        if slash is not None:
            out += slash[0]
            k = slash[1] + 1
            continue
        key = tokens[k].key.split("'")[0]
        if key in MONTHS and not (key == "may" and _modal_may(tokens, k)) and not (
                key == "march" and not _month_context(tokens, k)):
            value, first, last = _month_date(tokens, k)
            out.append((value, first, last))
            k = last + 1
            continue
        if key in WEEKDAYS:
            out.append((f"weekday {WEEKDAYS[key]}", k, k))
        elif key in RELATIVE_DAYS or _year(key):
            out.append((key, k, k))
        k += 1
    return out


def _modal_may(tokens: list[Token], k: int) -> bool:
    """"may" as a verb: not a month unless a day or year touches it."""
    return not _month_context(tokens, k)


def _month_context(tokens: list[Token], k: int) -> bool:
    nxt = tokens[_skip_dot(tokens, k + 1)].key if _skip_dot(tokens, k + 1) < len(tokens) else ""
    prev = tokens[k - 1].key if k >= 1 else ""
    prev2 = tokens[k - 2].key if k >= 2 else ""
    return bool(_day(nxt) or _year(nxt) or _day(prev) or (prev in (".", "of") and _day(prev2))
                or (prev in ("-", "or", "and", "to", "–") and prev2 in MONTHS)
                or prev in ("in", "since", "until", "early", "late", "mid", "of", "im", "anfang", "ende"))


def date_token_ranges(text: str, tokens: list[Token]) -> set[int]:
    """The tokens that belong to dates (numbers leave them alone)."""
    covered: set[int] = set()
    for _, first, last in date_items_tokens(tokens):
        covered.update(range(first, last + 1))
    return covered


def date_items(text: str, tokens: list[Token]) -> list[Item]:
    return [Item(value, tokens[first].start, tokens[last].end, text[tokens[first].start:tokens[last].end])
            for value, first, last in date_items_tokens(tokens)]


def find(pair: Pair) -> list[Change]:
    left = date_items(pair.left.text, pair.left.tokens)
    right = date_items(pair.right.text, pair.right.tokens)
    return changes_of("date", pair, left, right, summary("date"), widen=False)
