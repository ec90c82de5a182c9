"""The corrections model: operations, JSON form and validation, the undo history, the session file (v2)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reader.marks import Mark
from reader.review.corrections import (
    NO_CORRECTIONS,
    CorrectionError,
    Corrections,
    LinkPair,
    Review,
    merge_corrections,
    parse_corrections,
)
from reader.session import SESSION_VERSION, SessionStore


def test_link_unlink_confirm() -> None:
    c = NO_CORRECTIONS.with_link([3, 2], [7])
    assert c.manual == (LinkPair((2, 3), (7,)),)
    c = c.with_confirm([5], [9])
    assert c.confirmed == (LinkPair((5,), (9,)),)
    c = c.with_unlink([5], [9])  # a confirmed link removed: rejected
    assert c.confirmed == () and c.rejected == (LinkPair((5,), (9,)),)
    c = c.with_unlink([2, 3], [7])
    assert c.manual == () and LinkPair((2, 3), (7,)) in c.rejected
    c = c.with_link([3], [7])  # linking again lifts the rejection that contains (3, 7)
    assert c.rejected == (LinkPair((5,), (9,)),) and c.manual == (LinkPair((3,), (7,)),)
    assert c.with_confirm([3], [7]) == c  # a manual link is already a person's
    assert [k.status for k in c.with_confirm([1], [1]).anchors] == ["manual", "confirmed"]


def test_growing_a_link_replaces_it_in_one_undoable_step() -> None:
    review = Review()
    review.confirm([1], [1])
    review.link([1], [1, 2], replaces=LinkPair((1,), (1,)))
    assert review.corrections == Corrections(manual=(LinkPair((1,), (1, 2)),))
    review.undo()
    assert review.corrections == Corrections(confirmed=(LinkPair((1,), (1,)),))


def test_empty_side_is_an_error() -> None:
    with pytest.raises(CorrectionError):
        NO_CORRECTIONS.with_link([], [1])


def test_json_round_trip_and_validation() -> None:
    c = NO_CORRECTIONS.with_link([1], [2, 3]).with_confirm([4], [5]).with_unlink([6], [6])
    assert parse_corrections(json.loads(json.dumps(c.to_json()))) == c
    assert parse_corrections(None) == NO_CORRECTIONS
    for bad in ([], {"manual": {}}, {"manual": [{"left": [], "right": [1]}]},
                {"rejected": [{"left": [1], "right": [-1]}]}, {"confirmed": [{"left": [True], "right": [1]}]},
                {"manual": [3]}):
        with pytest.raises(CorrectionError):
            parse_corrections(bad)
    c.check_ids(7, 7)
    with pytest.raises(CorrectionError):
        c.check_ids(7, 6)


def test_undo_several_levels_and_marks() -> None:
    review = Review()
    assert review.undo() is None
    review.link([1], [1])
    review.confirm([2], [2])
    mark = Mark("only", (4,), ())
    review.record_marks(added=[mark])
    review.unlink([1], [1])
    assert review.corrections.rejected == (LinkPair((1,), (1,)),)
    step = review.undo()
    assert step is not None and step.kind == "unlink"
    assert review.corrections.manual == (LinkPair((1,), (1,)),) and not review.corrections.rejected
    step = review.undo()
    assert step is not None and step.kind == "marks"
    assert step.marks_removed == (mark,) and not step.marks_added
    assert review.undo().kind == "confirm"  # type: ignore[union-attr]
    assert review.undo().kind == "link"  # type: ignore[union-attr]
    assert review.corrections == NO_CORRECTIONS and review.undo() is None


def test_no_op_is_not_recorded_and_levels_are_bounded() -> None:
    review = Review(levels=3)
    review.link([1], [1])
    assert review.link([1], [1]) is None
    for i in range(5):
        review.link([i + 2], [i + 2])
    assert len(review.history) == 3


def test_merge_applies_this_stores_changes_to_the_file() -> None:
    base = NO_CORRECTIONS.with_link([1], [1])
    mine = base.with_unlink([1], [1]).with_link([2], [2])
    disk = base.with_link([5], [5])  # another window added (5, 5)
    merged = merge_corrections(base, mine, disk)
    assert set(merged.manual) == {LinkPair((2,), (2,)), LinkPair((5,), (5,))}
    assert merged.rejected == (LinkPair((1,), (1,)),)


@pytest.fixture
def pair(text_doc):
    return (text_doc("One sentence here. Two sentences here. Three here.", "l.txt"),
            text_doc("One sentence there. Two sentences there. Three there.", "r.txt"))


def test_session_saves_and_merges_corrections(tmp_path: Path, pair) -> None:
    a, b = SessionStore(tmp_path), SessionStore(tmp_path)
    a.load(*pair)
    b.load(*pair)
    ca = NO_CORRECTIONS.with_link([0], [0])
    path = a.save(*pair, [], ca)
    data = json.loads(path.read_text())
    assert data["version"] == SESSION_VERSION == 2
    assert data["corrections"]["manual"] == [{"left": [0], "right": [0]}]
    b.save(*pair, [], NO_CORRECTIONS.with_unlink([1], [1]))  # b never saw a's link: it keeps it
    loaded = SessionStore(tmp_path).load(*pair).corrections
    assert loaded.manual == (LinkPair((0,), (0,)),) and loaded.rejected == (LinkPair((1,), (1,)),)
    assert b.adopt_merged_corrections(*pair) == loaded
    b.save(*pair, [Mark("link", (2,), (2,))])  # marks only: corrections kept as the file holds them
    assert SessionStore(tmp_path).load(*pair).corrections == loaded
    b.save(*pair, [], Corrections(rejected=loaded.rejected))  # having adopted a's link, b removes it
    assert SessionStore(tmp_path).load(*pair).corrections.manual == ()


def test_version_1_file_loads(tmp_path: Path, pair) -> None:
    store = SessionStore(tmp_path)
    path = store.save(*pair, [Mark("link", (0,), (0,))])
    data = json.loads(path.read_text())
    data["version"] = 1
    del data["corrections"]
    path.write_text(json.dumps(data))
    loaded = SessionStore(tmp_path).load(*pair)
    assert loaded.warning is None and loaded.marks == [Mark("link", (0,), (0,))]
    assert loaded.corrections == NO_CORRECTIONS


@pytest.mark.parametrize("corrections", [{"manual": [{"left": [0], "right": [99]}]}, {"manual": "x"}])
def test_damaged_corrections_set_the_file_aside(tmp_path: Path, pair, corrections) -> None:
    store = SessionStore(tmp_path)
    path = store.save(*pair, [Mark("link", (0,), (0,))])
    data = json.loads(path.read_text())
    data["corrections"] = corrections
    path.write_text(json.dumps(data))
    loaded = SessionStore(tmp_path).load(*pair)
    assert loaded.warning and "damaged" in loaded.warning and loaded.marks == []
    assert list(path.parent.glob("*.damaged-*.json"))
