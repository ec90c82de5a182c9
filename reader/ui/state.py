"""What the reader is looking at, without Textual: both documents, their alignment, the marks, the quotes.

The app keeps one `ReadingState` and asks it about the pair under a cursor (`pair_at`), toggles marks through
it and saves them with it; the widgets only draw what the app hands them. Everything here is plain Python, so
it is tested without a running interface (tests/test_ui_state.py).
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from ..marks import Mark
from ..stats import Coverage, coverage

if TYPE_CHECKING:
    from ..alignment import Alignment, Link
    from ..document import Document
    from ..quotes.model import QuoteReport
    from ..session import SessionStore

#: A pane, an article, a quote's document: 0 is the left one, 1 the right one.
Side = Literal[0, 1]
#: The sides as words, in ids ("#pane-left") and in messages ("in the left article").
SIDE_NAMES: tuple[str, str] = ("left", "right")
#: The sides as one letter, where room is short (the sidebar's quote rows, the detail strip).
SIDE_LETTERS: tuple[str, str] = ("L", "R")


def other_side(side: Side) -> Side:
    return 1 if side == 0 else 0


@dataclass(frozen=True, slots=True)
class Pair:
    """The pair under a cursor: its links (none: the sentence is only in its own article), ids and texts."""

    links: tuple[Link, ...]
    left_ids: tuple[int, ...]
    right_ids: tuple[int, ...]
    left_text: str
    right_text: str
    score: float | None
    marked: bool


class ReadingState:
    """The documents, the alignment and everything derived from it, and the user's marks."""

    def __init__(self) -> None:
        self.docs: tuple[Document, Document] | None = None
        self.alignment: Alignment | None = None
        self.coverage: Coverage | None = None
        self.quote_report: QuoteReport | None = None
        self.marks: list[Mark] = []
        self.store: SessionStore | None = None
        #: Per side: every linked sentence with the best score of its links (empty until aligned).
        self.scores: tuple[dict[int, float], dict[int, float]] = ({}, {})
        self._linked_sorted: tuple[list[int], list[int]] = ([], [])

    # ----------------------------------------------------------------- data in
    def set_documents(self, left: Document, right: Document, marks: list[Mark],
                      store: SessionStore | None = None) -> None:
        self.docs = (left, right)
        self.marks = list(marks)
        self.store = store

    def set_alignment(self, alignment: Alignment) -> None:
        assert self.docs is not None
        self.alignment = alignment
        self.coverage = coverage(self.docs[0], self.docs[1], alignment)
        self.scores = (alignment.best_scores(0), alignment.best_scores(1))
        self._linked_sorted = (sorted(self.scores[0]), sorted(self.scores[1]))

    def sizes(self) -> tuple[int, int]:
        """Alignable sentences of each document (none before the documents)."""
        if self.docs is None:
            return (0, 0)
        return (len(self.docs[0].alignable_ids), len(self.docs[1].alignable_ids))

    @property
    def ready(self) -> bool:
        """The alignment is known."""
        return self.alignment is not None

    # ----------------------------------------------------------------- the pair under a cursor
    def current_links(self, side: Side, sentence_id: int | None) -> list[Link]:
        """The links holding the sentence under a cursor (none before the alignment, or without a cursor)."""
        if sentence_id is None or self.alignment is None:
            return []
        return self.alignment.links_of(side, sentence_id)

    def counterparts(self, side: Side, sentence_id: int) -> list[int]:
        return self.alignment.counterparts(side, sentence_id) if self.alignment is not None else []

    def best_score(self, side: Side, sentence_id: int) -> float | None:
        return self.scores[side].get(sentence_id)

    def linked_sorted(self, side: Side) -> list[int]:
        """The linked sentences of one side, in order."""
        return self._linked_sorted[side]

    def nearest_linked(self, side: Side, sentence_id: int) -> int | None:
        """The linked sentence of one side closest to a sentence (the earlier one on a tie)."""
        linked = self._linked_sorted[side]
        if not linked:
            return None
        k = bisect_left(linked, sentence_id)
        return min(linked[max(0, k - 1): k + 1], key=lambda i: abs(i - sentence_id))

    def pair_at(self, side: Side, sentence_id: int) -> Pair | None:
        """The pair a cursor is on, with both texts; None until the alignment is known."""
        if self.docs is None or self.alignment is None:
            return None
        links = self.current_links(side, sentence_id)
        if links:
            left_ids = tuple(sorted({i for link in links for i in link.left}))
            right_ids = tuple(sorted({j for link in links for j in link.right}))
            score: float | None = max(link.score for link in links)
        else:
            left_ids, right_ids = ((sentence_id,), ()) if side == 0 else ((), (sentence_id,))
            score = None
        marks = set(self.marks)
        marked = bool(links) and all(self.mark_of(link) in marks for link in links)
        return Pair(tuple(links), left_ids, right_ids, self.docs[0].text_of(left_ids),
                    self.docs[1].text_of(right_ids), score, marked)

    # ----------------------------------------------------------------- marks
    @staticmethod
    def mark_of(link: Link) -> Mark:
        """The mark of a link's pair."""
        return Mark("link", tuple(link.left), tuple(link.right))

    def toggle_mark(self, side: Side, sentence_id: int | None) -> bool | None:
        """Mark the pair under a cursor, or unmark it when all its links are marked already.

        Returns True when it is marked now, False when unmarked, None when there is no pair to mark."""
        links = self.current_links(side, sentence_id)
        if not links:
            return None
        wanted = [self.mark_of(link) for link in links]
        if all(mark in self.marks for mark in wanted):
            self.marks = [m for m in self.marks if m not in wanted]
            return False
        self.marks.extend(m for m in wanted if m not in self.marks)
        return True

    def toggle_quote_mark(self, quote_id: int) -> bool | None:
        """Mark (True) or unmark (False) a quote's pair (kind "quote"); None: the quote has no counterpart."""
        report = self.quote_report
        match = report.match_of(quote_id) if report is not None else None
        if match is None or match.left is None or match.right is None:
            return None
        mark = Mark("quote", (match.left,), (match.right,))
        if mark in self.marks:
            self.marks.remove(mark)
            return False
        self.marks.append(mark)
        return True

    def marked_ids(self, side: Side) -> set[int]:
        """The sentences of one side in a marked pair."""
        return {i for mark in self.marks if mark.kind == "link" for i in (mark.left, mark.right)[side]}

    def marked_quotes(self) -> set[int]:
        """The quotes in a marked quote pair."""
        return {q for m in self.marks if m.kind == "quote" for q in (*m.left, *m.right)}

    def save(self) -> bool:
        """Write the marks to the session file (ReaderError when that fails); nothing before the documents.

        The store merges them with what another window on the same pair saved meanwhile; the merged marks
        become this state's own, so the other window's marks show here too. True when they differ from the
        marks this state held."""
        if self.store is None or self.docs is None:
            return False
        self.store.save(self.docs[0], self.docs[1], self.marks)
        merged = self.store.adopt_merged(self.docs[0], self.docs[1])
        changed = merged != self.marks
        self.marks = merged
        return changed
