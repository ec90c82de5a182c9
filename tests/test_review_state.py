"""Corrections, notes and undo in `ReadingState` (no interface), and the preview of a correction."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.alignment import Alignment, Link
from reader.document import Document
from reader.marks import Mark
from reader.review.corrections import Corrections, LinkPair
from reader.review.preview import preview
from reader.session import SessionStore
from reader.text.load import load_document
from reader.ui.state import ReadingState


def _doc(tmp_path: Path, name: str, text: str) -> Document:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return load_document(str(path))


@pytest.fixture
def state(tmp_path: Path) -> ReadingState:
    left = _doc(tmp_path, "left.txt", "The mayor spoke at noon. The bridge will close. Traffic moves. "
                                      "Nobody else spoke.\n")
    right = _doc(tmp_path, "right.txt", "The mayor spoke today. The bridge closes in spring. "
                                        "Cars use the ring road. A new sentence.\n")
    state = ReadingState()
    state.set_documents(left, right, [], SessionStore(tmp_path / "data"))
    state.set_alignment(Alignment([Link((0,), (0,), 0.9), Link((1,), (1,), 0.7), Link((2,), (2,), 0.3)]))
    return state


def statuses(state: ReadingState) -> dict[tuple[tuple[int, ...], tuple[int, ...]], str]:
    assert state.alignment is not None
    return {(k.left, k.right): k.status for k in state.alignment.links}


def test_a_manual_link_replaces_the_links_it_overlaps_in_the_preview(state: ReadingState) -> None:
    step = state.link((2, 3), (3,))
    assert step is not None and step.after.manual == (LinkPair((2, 3), (3,)),)
    assert statuses(state) == {((0,), (0,)): "auto", ((1,), (1,)): "auto", ((2, 3), (3,)): "manual"}
    assert state.statuses[0] == {2: "manual", 3: "manual"} and state.statuses[1] == {3: "manual"}
    pair = state.pair_at(0, 3)
    assert pair is not None and pair.status == "manual" and pair.right_ids == (3,)


def test_unlink_rejects_and_confirm_marks_the_status(state: ReadingState) -> None:
    assert state.alignment is not None
    state.unlink(state.alignment.links_of(0, 1)[0])
    assert ((1,), (1,)) not in statuses(state) and state.alignment.rejected == [((1,), (1,))]
    state.confirm(state.alignment.links_of(0, 0)[0])
    assert statuses(state)[((0,), (0,))] == "confirmed" and state.pair_at(0, 0).status == "confirmed"  # type: ignore[union-attr]


def test_undo_reverts_corrections_and_marks_in_order(state: ReadingState) -> None:
    assert state.toggle_mark(0, 3) is True  # only in the left article
    state.link((3,), (3,))
    state.set_note(0, 3, "added by the retelling")
    assert state.review.corrections.manual == (LinkPair((3,), (3,)),)
    assert state.marks_at(0, 3)[0].note == "added by the retelling"  # the note went on the pair's mark now
    undone = [state.undo() for _ in range(3)]
    assert [step.kind for step in undone if step is not None] == ["marks", "link", "marks"]
    assert state.marks == [] and not state.review.corrections
    assert state.undo() is None


def test_a_note_marks_an_unmarked_pair_and_an_empty_note_removes_it(state: ReadingState) -> None:
    assert state.set_note(0, 1, "softer wording") is True
    assert state.marks == [Mark("link", (1,), (1,))] and state.marks[0].note == "softer wording"
    assert state.pair_at(1, 1).notes == ("softer wording",)  # type: ignore[union-attr]
    assert state.note_at(0, 1) == "softer wording"
    state.set_note(0, 1, "")
    assert state.marks == [Mark("link", (1,), (1,))] and state.marks[0].note == ""
    state.undo()
    assert state.marks[0].note == "softer wording"  # undo brings the note back


def test_save_keeps_corrections_with_the_marks(state: ReadingState, tmp_path: Path) -> None:
    state.link((3,), (3,))
    state.toggle_mark(0, 3)
    state.save()
    assert state.docs is not None
    loaded = SessionStore(tmp_path / "data").load(*state.docs)
    assert loaded.corrections.manual == (LinkPair((3,), (3,)),)
    assert loaded.marks == [Mark("link", (3,), (3,))]


def test_preview_drops_rejected_links_and_demotes_links_no_longer_held() -> None:
    alignment = Alignment([Link((0,), (0,), 0.9, "manual"), Link((1,), (1,), 0.6), Link((2,), (2, 3), 0.5)])
    corrections = Corrections(rejected=(LinkPair((2,), (3,)),))
    result = preview(alignment, corrections)
    assert [(k.left, k.right, k.status) for k in result.links] == [((0,), (0,), "auto"), ((1,), (1,), "auto")]
    assert result.links[0].score == 0.9 and result.rejected == [((2,), (3,))]
