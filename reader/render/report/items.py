"""The marks sorted into the report's sections, checked against the current articles.

A mark whose sentences (or quotes) no longer exist is not exported but counted, so the report can say so; a
quote mark needs the quote report (the app's quote analysis may still be running).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ...alignment import Alignment, Link
from ...document import Document
from ...marks import Mark

if TYPE_CHECKING:
    from ...quotes.model import QuoteReport


@dataclass(slots=True)
class Items:
    """The marks of each section, in reading order, and what could not be exported."""

    pairs: list[Mark] = field(default_factory=list)
    only_left: list[Mark] = field(default_factory=list)
    only_right: list[Mark] = field(default_factory=list)
    quotes: list[Mark] = field(default_factory=list)
    stale: int = 0  # marks that no longer match the articles
    waiting: int = 0  # quote marks without a quote report

    @property
    def empty(self) -> bool:
        return not (self.pairs or self.only_left or self.only_right or self.quotes)


def _in_range(ids: tuple[int, ...], doc: Document) -> bool:
    return all(0 <= i < len(doc.sentences) for i in ids)


def _valid_sentences(mark: Mark, left: Document, right: Document) -> bool:
    if mark.kind == "only" and bool(mark.left) == bool(mark.right):
        return False
    return bool(mark.left or mark.right) and _in_range(mark.left, left) and _in_range(mark.right, right)


def _valid_quote(mark: Mark, quotes: QuoteReport) -> bool:
    n = len(quotes.quotes)
    return (bool(mark.left or mark.right)
            and all(0 <= q < n and quotes.quotes[q].doc == 0 for q in mark.left)
            and all(0 <= q < n and quotes.quotes[q].doc == 1 for q in mark.right))


def _quote_order(mark: Mark, left: Document, quotes: QuoteReport) -> tuple[int, int, int]:
    """Retelling order: the sentence of the first retelling quote (quotes only in the source come last)."""
    lq = [quotes.quotes[q] for q in mark.left]
    if lq:
        first = min(lq, key=lambda q: q.start)
        sentence = left.sentence_at(first.start)
        return (0, sentence.id if sentence else len(left.sentences), first.start)
    return (1, min(quotes.quotes[q].start for q in mark.right), 0)


def _pair_order(mark: Mark) -> tuple[int, int]:
    return (0, min(mark.left)) if mark.left else (1, min(mark.right))


def collect_items(left: Document, right: Document, marks: Sequence[Mark],
                  quotes: QuoteReport | None) -> Items:
    """The usable marks by section (duplicates dropped), each section in its article's order."""
    items = Items()
    for mark in dict.fromkeys(marks):
        if mark.kind == "quote":
            if quotes is None:
                items.waiting += 1
            elif _valid_quote(mark, quotes):
                items.quotes.append(mark)
            else:
                items.stale += 1
        elif not _valid_sentences(mark, left, right):
            items.stale += 1
        elif mark.kind == "link":
            items.pairs.append(mark)
        elif mark.left:
            items.only_left.append(mark)
        else:
            items.only_right.append(mark)
    items.pairs.sort(key=_pair_order)
    items.only_left.sort(key=lambda m: min(m.left))
    items.only_right.sort(key=lambda m: min(m.right))
    if quotes is not None:
        items.quotes.sort(key=lambda m: _quote_order(m, left, quotes))
    return items


def link_of(alignment: Alignment, mark: Mark) -> tuple[Link | None, bool]:
    """The link a pair mark stands for and True; else the best-scoring link it overlaps (on both sides) and
    False; (None, False) when its sentences are no longer linked to each other."""
    overlapping: list[Link] = []
    for i in mark.left:
        overlapping.extend(alignment.links_of(0, i))
    for link in overlapping:
        if set(link.left) == set(mark.left) and set(link.right) == set(mark.right):
            return link, True
    shared = [k for k in overlapping if set(k.right) & set(mark.right)]
    return (max(shared, key=lambda k: k.score), False) if shared else (None, False)
