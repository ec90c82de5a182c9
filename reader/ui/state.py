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
from ..review.corrections import NO_CORRECTIONS, Corrections, LinkPair, Review, Step
from ..review.preview import preview
from ..stats import Coverage, coverage

if TYPE_CHECKING:
    from ..alignment import Alignment, Link, LinkStatus
    from ..changes.index import ChangeIndex
    from ..changes.model import Change
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


#: Which status a sentence shows when its links differ: a person's link over a checked one over the aligner's.
STATUS_RANK: dict[str, int] = {"auto": 0, "confirmed": 1, "manual": 2}


def only_mark(side: Side, sentence_id: int, note: str = "") -> Mark:
    """The mark of a sentence only one article has ("only in the retelling / in the source")."""
    ids = (sentence_id,)
    return Mark("only", ids, (), note) if side == 0 else Mark("only", (), ids, note)


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
    #: The strongest status of its links ("manual" over "confirmed" over "auto"); None without a link.
    status: LinkStatus | None = None
    #: The notes of its marks (none when unmarked or without notes).
    notes: tuple[str, ...] = ()
    #: The fact-level changes between its sentences (none before they are found).
    changes: tuple[Change, ...] = ()


class ReadingState:
    """The documents, the alignment and everything derived from it, and the user's marks."""

    def __init__(self) -> None:
        self.docs: tuple[Document, Document] | None = None
        self.alignment: Alignment | None = None
        self.coverage: Coverage | None = None
        self.quote_report: QuoteReport | None = None
        #: The fact-level changes of the alignment (None until found, or when finding them failed).
        self.changes: ChangeIndex | None = None
        self.marks: list[Mark] = []
        self.store: SessionStore | None = None
        #: The person's corrections of the alignment and the undo history (of corrections and marks).
        self.review = Review()
        #: Per side: the sentences in a manual or confirmed link, with the strongest such status.
        self.statuses: tuple[dict[int, LinkStatus], dict[int, LinkStatus]] = ({}, {})
        #: Per side: every linked sentence with the best score of its links (empty until aligned).
        self.scores: tuple[dict[int, float], dict[int, float]] = ({}, {})
        self._linked_sorted: tuple[list[int], list[int]] = ([], [])

    # ----------------------------------------------------------------- data in
    def set_documents(self, left: Document, right: Document, marks: list[Mark],
                      store: SessionStore | None = None, corrections: Corrections = NO_CORRECTIONS) -> None:
        self.docs = (left, right)
        self.marks = list(marks)
        self.store = store
        self.review = Review(corrections)

    def set_alignment(self, alignment: Alignment) -> None:
        assert self.docs is not None
        self.alignment = alignment
        self.coverage = coverage(self.docs[0], self.docs[1], alignment)
        self.scores = (alignment.best_scores(0), alignment.best_scores(1))
        self._linked_sorted = (sorted(self.scores[0]), sorted(self.scores[1]))
        statuses: tuple[dict[int, LinkStatus], dict[int, LinkStatus]] = ({}, {})
        for link in alignment.links:
            if link.status != "auto":
                for side, ids in enumerate((link.left, link.right)):
                    for i in ids:
                        if STATUS_RANK[link.status] > STATUS_RANK[statuses[side].get(i, "auto")]:
                            statuses[side][i] = link.status
        self.statuses = statuses

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
        status: LinkStatus | None = None
        left_ids, right_ids = self._pair_ids(side, sentence_id, links)
        if links:
            score: float | None = max(link.score for link in links)
            status = max((link.status for link in links), key=STATUS_RANK.__getitem__)
        else:
            score = None
        wanted = set(self.wanted_marks(side, sentence_id, links))
        held = [m for m in self.marks if m in wanted]
        marked = bool(wanted) and len(held) == len(wanted)
        changes = self.pair_changes(side, sentence_id, links)
        return Pair(tuple(links), left_ids, right_ids, self.docs[0].text_of(left_ids),
                    self.docs[1].text_of(right_ids), score, marked, status,
                    tuple(m.note for m in held if m.note), tuple(changes))

    @staticmethod
    def _pair_ids(side: Side, sentence_id: int, links: list[Link]) -> tuple[tuple[int, ...], tuple[int, ...]]:
        """The sentences of each side in the pair (the sentence alone when it has no link)."""
        if not links:
            return ((sentence_id,), ()) if side == 0 else ((), (sentence_id,))
        return (tuple(sorted({i for link in links for i in link.left})),
                tuple(sorted({j for link in links for j in link.right})))

    def pair_changes(self, side: Side, sentence_id: int, links: list[Link] | None = None) -> list[Change]:
        """The fact-level changes of the pair under a cursor (none before they are found, or without a link);
        cheap enough for every cursor move (no texts are built)."""
        if self.changes is None:
            return []
        links = self.current_links(side, sentence_id) if links is None else links
        if not links:
            return []
        return self.changes.of_pair(*self._pair_ids(side, sentence_id, links))

    # ----------------------------------------------------------------- marks
    @staticmethod
    def mark_of(link: Link) -> Mark:
        """The mark of a link's pair."""
        return Mark("link", tuple(link.left), tuple(link.right))

    def wanted_marks(self, side: Side, sentence_id: int | None,
                     links: list[Link] | None = None) -> list[Mark]:
        """The marks Space makes on a sentence: one per link of its pair, or its "only" mark when it has no
        counterpart; none for a sentence that is not aligned (a heading, page chrome) or before the
        alignment."""
        if sentence_id is None or self.docs is None or self.alignment is None:
            return []
        links = self.current_links(side, sentence_id) if links is None else links
        if links:
            return [self.mark_of(link) for link in links]
        if not self.docs[side].sentences[sentence_id].alignable:
            return []
        return [only_mark(side, sentence_id)]

    def marks_at(self, side: Side, sentence_id: int | None) -> list[Mark]:
        """The marks held on the sentence's pair (with their notes)."""
        wanted = set(self.wanted_marks(side, sentence_id))
        return [m for m in self.marks if m in wanted]

    def toggle_mark(self, side: Side, sentence_id: int | None) -> bool | None:
        """Mark the pair under a cursor (or the sentence alone, when it has no counterpart: an "only" mark),
        or unmark it when all its marks are held already; the change can be undone.

        Returns True when it is marked now, False when unmarked, None when there is nothing to mark."""
        wanted = self.wanted_marks(side, sentence_id)
        if not wanted:
            return None
        held = [m for m in self.marks if m in wanted]
        if len(held) == len(wanted):
            self.marks = [m for m in self.marks if m not in wanted]
            self.review.record_marks(removed=held)
            return False
        added = [m for m in wanted if m not in self.marks]
        self.marks.extend(added)
        self.review.record_marks(added=added)
        return True

    def set_note(self, side: Side, sentence_id: int | None, note: str) -> bool:
        """Attach a one-line note to the marks of the sentence's pair, marking it first when it is not
        (one undoable step); an empty note removes the note. False when there is nothing to mark."""
        wanted = self.wanted_marks(side, sentence_id)
        if not wanted:
            return False
        by_mark = {m: m for m in self.marks}
        old = [by_mark[m] for m in wanted if m in by_mark]
        new = [Mark(m.kind, m.left, m.right, note) for m in wanted]
        if [m.note for m in old] == [m.note for m in new]:
            return True
        replaced = {m: n for m, n in zip(wanted, new, strict=True)}
        self.marks = [replaced.get(m, m) for m in self.marks]
        self.marks.extend(n for m, n in replaced.items() if m not in by_mark)
        self.review.record_marks(added=new, removed=old)
        return True

    def note_at(self, side: Side, sentence_id: int | None) -> str:
        """The note of the sentence's pair (the first one, when its links hold several)."""
        return next((m.note for m in self.marks_at(side, sentence_id) if m.note), "")

    def toggle_quote_mark(self, quote_id: int) -> bool | None:
        """Mark (True) or unmark (False) a quote's pair (kind "quote"); None: the quote has no counterpart."""
        report = self.quote_report
        match = report.match_of(quote_id) if report is not None else None
        if match is None or match.left is None or match.right is None:
            return None
        mark = Mark("quote", (match.left,), (match.right,))
        if mark in self.marks:
            self.review.record_marks(removed=[self.marks.pop(self.marks.index(mark))])
            return False
        self.marks.append(mark)
        self.review.record_marks(added=[mark])
        return True

    def marked_ids(self, side: Side) -> set[int]:
        """The sentences of one side in a marked pair."""
        return {i for mark in self.marks if mark.kind != "quote" for i in (mark.left, mark.right)[side]}

    def marked_quotes(self) -> set[int]:
        """The quotes in a marked quote pair."""
        return {q for m in self.marks if m.kind == "quote" for q in (*m.left, *m.right)}

    # ----------------------------------------------------------------- corrections
    def link(self, left: tuple[int, ...], right: tuple[int, ...],
             replaces: LinkPair | None = None) -> Step | None:
        """Link sentences (a manual link; `replaces` the link it grows from); shown at once (`preview`)."""
        return self._previewed(self.review.link(left, right, replaces))

    def unlink(self, link: Link) -> Step | None:
        """Remove a link and remember it as rejected."""
        return self._previewed(self.review.unlink(link.left, link.right))

    def confirm(self, link: Link) -> Step | None:
        return self._previewed(self.review.confirm(link.left, link.right))

    def undo(self) -> Step | None:
        """Revert the last correction or mark change (None: nothing to undo)."""
        step = self.review.undo()
        if step is None:
            return None
        self.marks = [m for m in self.marks if m not in step.marks_removed]
        self.marks.extend(m for m in step.marks_added if m not in self.marks)
        return self._previewed(step)

    def _previewed(self, step: Step | None) -> Step | None:
        if step is not None and step.before != step.after and self.alignment is not None:
            self.set_alignment(preview(self.alignment, self.review.corrections))
        return step

    def save(self) -> bool:
        """Write the marks and corrections to the session file (ReaderError when that fails); nothing before
        the documents.

        The store merges them with what another window on the same pair saved meanwhile; the merged marks and
        corrections become this state's own, so the other window's show here too. True when they differ from
        what this state held."""
        if self.store is None or self.docs is None:
            return False
        left, right = self.docs
        self.store.save(left, right, self.marks, self.review.corrections)
        merged = self.store.adopt_merged(left, right)
        corrections = self.store.adopt_merged_corrections(left, right)
        changed = merged != self.marks or corrections != self.review.corrections
        self.marks = merged
        self.review.corrections = corrections
        return changed
