"""`ReadingState` without a running interface: the pair under a cursor, marks, scores, saving."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

from reader.alignment import Alignment, Link
from reader.document import Document
from reader.marks import Mark
from reader.session import SessionStore
from reader.text.load import load_document
from reader.ui.state import SIDE_LETTERS, SIDE_NAMES, ReadingState, other_side


def _doc(tmp_path: Path, name: str, text: str) -> Document:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return load_document(str(path))


@pytest.fixture
def docs(tmp_path: Path) -> tuple[Document, Document]:
    left = _doc(tmp_path, "left.txt", "The mayor spoke at noon. The bridge will close.\n\n"
                                      "Traffic will move to the ring road. Nobody else spoke.\n")
    right = _doc(tmp_path, "right.txt", "The mayor spoke today. The bridge closes in May.\n\n"
                                        "Cars will use the ring road. A new paragraph here.\n")
    assert len(left.sentences) >= 4 and len(right.sentences) >= 4
    return left, right


@pytest.fixture
def state(docs: tuple[Document, Document]) -> ReadingState:
    state = ReadingState()
    state.set_documents(*docs, marks=[])
    # 0-0 alone; 1 and 2 on the left with 1 and 2 on the right (n:m); 3 on the left has no counterpart.
    state.set_alignment(Alignment([Link((0,), (0,), 0.9), Link((1,), (1,), 0.7), Link((1, 2), (2,), 0.4)]))
    return state


def test_side_names_are_defined_once_each() -> None:
    assert SIDE_NAMES == ("left", "right") and SIDE_LETTERS == ("L", "R")
    assert other_side(0) == 1 and other_side(1) == 0


def test_no_pair_before_the_alignment(docs: tuple[Document, Document]) -> None:
    state = ReadingState()
    assert state.pair_at(0, 0) is None and not state.ready
    state.set_documents(*docs, marks=[])
    assert state.pair_at(0, 0) is None and state.current_links(0, 0) == []
    assert state.toggle_mark(0, 0) is None and state.marks == []


def test_pair_of_a_linked_sentence(state: ReadingState, docs: tuple[Document, Document]) -> None:
    pair = state.pair_at(0, 1)
    assert pair is not None
    assert pair.left_ids == (1, 2) and pair.right_ids == (1, 2)
    assert pair.left_text == docs[0].text_of([1, 2]) and pair.right_text == docs[1].text_of([1, 2])
    assert pair.score == 0.7 and not pair.marked and len(pair.links) == 2
    # From the right side the same sentence pair has the same text.
    assert state.pair_at(1, 2).left_ids == (1, 2)  # type: ignore[union-attr]


def test_pair_of_a_sentence_only_on_one_side(state: ReadingState, docs: tuple[Document, Document]) -> None:
    pair = state.pair_at(0, 3)
    assert pair is not None and pair.links == () and pair.score is None
    assert pair.left_ids == (3,) and pair.right_ids == () and pair.right_text == ""
    assert pair.left_text == docs[0].sentences[3].text
    right_only = state.pair_at(1, 3)
    assert right_only is not None and right_only.left_ids == () and right_only.right_ids == (3,)


def test_scores_and_linked_sentences(state: ReadingState) -> None:
    assert state.best_score(0, 1) == 0.7 and state.best_score(0, 2) == 0.4 and state.best_score(0, 3) is None
    assert state.scores[1] == {0: 0.9, 1: 0.7, 2: 0.4}
    assert state.linked_sorted(0) == [0, 1, 2]
    assert state.nearest_linked(0, 3) == 2 and state.nearest_linked(0, 0) == 0
    assert state.counterparts(0, 2) == [2] and state.counterparts(1, 2) == [1, 2]
    assert state.coverage is not None and state.sizes()[0] == len(state.docs[0].alignable_ids)  # type: ignore[index]


def test_toggle_mark_marks_every_link_of_the_pair_then_unmarks(state: ReadingState) -> None:
    assert state.toggle_mark(0, 1) is True
    assert state.marks == [Mark("link", (1,), (1,)), Mark("link", (1, 2), (2,))]
    assert state.pair_at(0, 1).marked is True  # type: ignore[union-attr]
    assert state.pair_at(0, 2).marked is True  # type: ignore[union-attr]  # its only link is marked
    assert state.pair_at(0, 0).marked is False  # type: ignore[union-attr]
    assert state.marked_ids(0) == {1, 2} and state.marked_ids(1) == {1, 2}
    assert state.toggle_mark(0, 1) is False and state.marks == []
    # No counterpart: the sentence alone is marked, as only in its article (and unmarked again).
    assert state.toggle_mark(0, 3) is True and state.marks == [Mark("only", (3,), ())]
    assert state.marked_ids(0) == {3} and state.pair_at(0, 3).marked  # type: ignore[union-attr]
    assert state.toggle_mark(0, 3) is False and state.marks == []


def test_a_partly_marked_pair_is_completed_not_unmarked(state: ReadingState) -> None:
    state.marks = [Mark("link", (1, 2), (2,))]
    assert state.toggle_mark(0, 1) is True
    assert set(state.marks) == {Mark("link", (1,), (1,)), Mark("link", (1, 2), (2,))}
    assert len(state.marks) == 2


def test_quote_marks(state: ReadingState) -> None:
    matches = {5: SimpleNamespace(left=5, right=9), 6: SimpleNamespace(left=6, right=None)}
    state.quote_report = SimpleNamespace(match_of=matches.get)  # type: ignore[assignment]
    assert state.toggle_quote_mark(5) is True and state.marks == [Mark("quote", (5,), (9,))]
    assert state.marked_quotes() == {5, 9} and state.marked_ids(0) == set()
    assert state.toggle_quote_mark(6) is None and state.toggle_quote_mark(7) is None
    assert state.toggle_quote_mark(5) is False and state.marks == []


def test_save_writes_the_session(state: ReadingState, tmp_path: Path) -> None:
    state.save()  # no store: nothing happens
    store = SessionStore(tmp_path / "data")
    state.store = store
    state.toggle_mark(0, 0)
    state.save()
    assert state.docs is not None
    assert store.load(*state.docs).marks == [Mark("link", (0,), (0,))]
