"""What changed: the fact-level differences between a retelling (left) and its source (right).

For every link of an `Alignment`, the linked sentences' texts are compared kind by kind (one module per
kind, its words in `lexicon.py`); quote and attribution changes come from the quote analysis. Plain Python,
no Textual.

    changes = find_changes(left_doc, right_doc, alignment)          # list[Change], in text order
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from ..alignment import Alignment
from ..document import Document
from . import dates, hedges, names, negation, numbers, quoted, quotes
from .model import KINDS, Change, ChangeKind, Span
from .pairing import Pair
from .passage import Passage

if TYPE_CHECKING:
    from ..quotes.model import QuoteReport

__all__ = ["KINDS", "Change", "ChangeKind", "Span", "find_changes", "pair_changes"]

#: The kinds read from a linked pair's texts, in the order they are asked.
PAIR_KINDS: tuple[Callable[[Pair], list[Change]], ...] = (
    numbers.find, dates.find, names.find, negation.find, hedges.find, quoted.find)


def pair_changes(left: Document, left_ids: tuple[int, ...], right: Document,
                 right_ids: tuple[int, ...]) -> list[Change]:
    """The changes between some sentences of the left document and some of the right one."""
    pair = Pair.of(Passage.of(left, left_ids), Passage.of(right, right_ids))
    out: list[Change] = []
    for kind in PAIR_KINDS:
        out += kind(pair)
    return out


def _overlap(a: Change, b: Change) -> bool:
    return (a.kind == b.kind and a.left.start < max(b.left.end, b.left.start + 1)
            and b.left.start < max(a.left.end, a.left.start + 1))


def _within(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    """Whether range a touches range b (an empty range is a point)."""
    return a_start <= max(b_end, b_start) and b_start <= max(a_end, a_start)


def _covers(specific: Change, quote: Change) -> bool:
    """A number, date, name, negation or hedge change where a quote change is: the specific kind says it."""
    return (specific.left.sentence == quote.left.sentence
            and _within(specific.left.start, specific.left.end, quote.left.start, quote.left.end)
            and _within(specific.right.start, specific.right.end, quote.right.start, quote.right.end))


def find_changes(left: Document, right: Document, alignment: Alignment, *,
                 quote_report: QuoteReport | None = None, with_quotes: bool = True) -> list[Change]:
    """Every change of every link, then those of matched quotes, sorted by left then right position.
    `quote_report`: an analysis already made (else one is made when `with_quotes`)."""
    out: list[Change] = []
    for link in alignment.links:
        out += pair_changes(left, link.left, right, link.right)
    if with_quotes:
        from_report = quotes.find([left, right], alignment, quote_report)
        out = [c for c in out if c.kind != "quote" or not any(_overlap(c, q) for q in from_report)]
        out += from_report
    specific = [c for c in out if c.kind not in ("quote", "attribution")]
    out = [c for c in out if c.kind != "quote" or not any(_covers(s, c) for s in specific)]
    renamed = {c.left.sentence for c in specific if c.kind == "name"}
    out = [c for c in out if c.kind != "attribution" or c.left.sentence not in renamed]  # the name says it
    seen: set[tuple[object, ...]] = set()
    unique: list[Change] = []
    for c in sorted(out, key=lambda c: (c.left.start, c.right.start, KINDS.index(c.kind))):
        key = (c.kind, c.left.start, c.left.end, c.right.start, c.right.end)
        if key not in seen:
            seen.add(key)
            unique.append(c)
    return unique
