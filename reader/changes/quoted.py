"""`quote`, read from a linked pair itself: words the word diff changes inside quotation marks on both sides
(“persuade” for “convince” where the quote analysis found no counterpart for such a short quote)."""

from __future__ import annotations

import re

from .lexicon import FUNCTION_WORDS
from .model import Change
from .pairing import Pair, make

_QUOTED = re.compile(r"[“\"„«‘]([^“”\"„«»‘’\n]{1,600})[”\"“»’]")
_WORD = re.compile(r"[^\W_]+")


def quoted_ranges(text: str) -> list[tuple[int, int]]:
    """The insides of quotation marks in a passage (double marks, guillemets, typographic single marks)."""
    return [(m.start(1), m.end(1)) for m in _QUOTED.finditer(text)]


def _inside(ranges: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(a <= start and end <= b for a, b in ranges)


def substantive(text: str) -> bool:
    """Whether a changed stretch holds a word that is not a function word ("a" / "the" is not a change)."""
    return any(w.casefold() not in FUNCTION_WORDS for w in _WORD.findall(text))


_CONTRACTIONS = (("can't", "cannot"), ("won't", "will not"), ("n't", " not"), ("'re", " are"),
                 ("'ve", " have"), ("'ll", " will"), ("'m", " am"))


def _normal(text: str) -> list[str]:
    """The words of a stretch with numbers as values, "%" as "percent" and contractions spelled out."""
    from .numbers import number_items
    from .passage import item_tokens

    text = text.replace("’", "'").replace("%", " percent ")
    for short, full in _CONTRACTIONS:
        text = text.replace(short, full)
    out, pos = [], 0
    for item in number_items(text, item_tokens(text)):
        out += [*_WORD.findall(text[pos:item.start].casefold()), item.value]
        pos = item.end
    return out + _WORD.findall(text[pos:].casefold())


def equivalent(a: str, b: str) -> bool:
    """Two stretches that say the same in another spelling ("3" / "three", "%" / "percent", "can't")."""
    return _normal(a) == _normal(b)


def _describe(left: str, right: str) -> str:
    return f"quote reworded: “{right}” → “{left}”"


def find(pair: Pair) -> list[Change]:
    lq, rq = quoted_ranges(pair.left.text), quoted_ranges(pair.right.text)
    if not lq or not rq:
        return []
    out: list[Change] = []
    for op in pair.ops:
        if op.tag != "replace":
            continue
        lt, rt = pair.left.text[op.a_start:op.a_end], pair.right.text[op.b_start:op.b_end]
        if (_inside(lq, op.a_start, op.a_end) and _inside(rq, op.b_start, op.b_end)
                and (substantive(lt) or substantive(rt)) and not equivalent(lt, rt)):
            out.append(make("quote", pair, (op.a_start, op.a_end, op.b_start, op.b_end), _describe))
    return out
