"""Sessions: marks remembered per pair of documents; damaged or future files kept aside, never deleted."""

import json
import os

import pytest

from reader.document import Document
from reader.errors import OutputError
from reader.marks import Mark
from reader.session import SESSION_VERSION, SessionStore


@pytest.fixture
def pair(text_doc) -> tuple[Document, Document]:
    left = text_doc("First sentence here. Second sentence here.\n\nThird one in a new paragraph.", "left.txt")
    right = text_doc("Another text. With its own sentences. And a third. And a fourth.", "right.txt")
    return left, right


@pytest.fixture(autouse=True)
def data_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("READER_DATA_DIR", str(tmp_path / "data"))
    return tmp_path / "data"


def session_files(data_dir) -> list[str]:
    return sorted(os.listdir(data_dir / "sessions"))


def test_round_trip(pair, data_dir):
    left, right = pair
    marks = [Mark("link", (0,), (1, 2)), Mark("link", (2,), (3,)), Mark("quote", (4,), ())]
    store = SessionStore()
    path = store.save(left, right, marks)
    assert path.parent == data_dir / "sessions"
    loaded = SessionStore().load(left, right)
    assert loaded.warning is None
    assert loaded.marks == marks
    data = json.loads(path.read_text())
    assert data["version"] == SESSION_VERSION
    assert data["left"]["source"] == "left.txt" and len(data["right"]["sha256"]) == 64
    assert data["marks"][0] == {"kind": "link", "left": [0], "right": [1, 2]}


def test_no_file_means_no_marks(pair):
    loaded = SessionStore().load(*pair)
    assert loaded.marks == [] and loaded.warning is None


def test_key_is_content_based_and_ordered(text_doc, pair):
    left, right = pair
    store = SessionStore()
    moved = text_doc(left.text, "/elsewhere/copy.txt")
    assert store.key(left, right) == store.key(moved, right)
    assert store.key(left, right) != store.key(right, left)
    edited = text_doc(left.text + " More.", "left.txt")
    assert store.key(left, right) != store.key(edited, right)


def test_same_pair_from_another_path_restores_marks(text_doc, pair):
    left, right = pair
    SessionStore().save(left, right, [Mark("link", (1,), (0,))])
    loaded = SessionStore().load(text_doc(left.text, "copy.txt"), text_doc(right.text, "copy2.txt"))
    assert loaded.marks == [Mark("link", (1,), (0,))]


def test_explicit_data_dir_wins_over_env(pair, tmp_path):
    store = SessionStore(tmp_path / "explicit")
    path = store.save(*pair, [Mark("link", (0,), (0,))])
    assert path.is_relative_to(tmp_path / "explicit")


@pytest.mark.parametrize("content", [
    b"{not json",
    b"\xff\xfe binary",
    b"[]",
    b'{"version": 1, "marks": "nope"}',
    b'{"version": "1", "marks": []}',
])
def test_damaged_file_is_moved_aside(pair, data_dir, content):
    left, right = pair
    store = SessionStore()
    store.save(left, right, [])
    path = store.path(left, right)
    path.write_bytes(content)
    loaded = SessionStore().load(left, right)
    assert loaded.marks == []
    assert loaded.warning is not None and loaded.warning.startswith("Session file was damaged; kept as ")
    (backup,) = [n for n in session_files(data_dir) if ".damaged-" in n]
    assert (data_dir / "sessions" / backup).read_bytes() == content
    assert str(data_dir / "sessions" / backup) in loaded.warning
    assert not path.exists()
    # Starting fresh works and the backup stays.
    store.save(left, right, [Mark("link", (0,), (0,))])
    assert len(session_files(data_dir)) == 2


def valid_file(store: SessionStore, left: Document, right: Document) -> dict:
    store.save(left, right, [Mark("link", (0,), (1,))])
    return json.loads(store.path(left, right).read_text())


@pytest.mark.parametrize("damage", ["bad kind", "negative id", "empty ids", "bool id", "other pair",
                                    "past end"])
def test_wrong_shape_is_damaged(pair, data_dir, damage):
    left, right = pair
    store = SessionStore()
    data = valid_file(store, left, right)
    mark = data["marks"][0]
    if damage == "bad kind":
        mark["kind"] = "highlight"
    elif damage == "negative id":
        mark["left"] = [-1]
    elif damage == "empty ids":
        mark["left"] = mark["right"] = []
    elif damage == "bool id":
        mark["right"] = [True]
    elif damage == "other pair":
        data["left"]["sha256"] = "0" * 64
    else:
        mark["right"] = [len(right.sentences)]
    store.path(left, right).write_text(json.dumps(data))
    loaded = SessionStore().load(left, right)
    assert loaded.marks == [] and "damaged" in (loaded.warning or "")
    assert any(".damaged-" in n for n in session_files(data_dir))


def test_future_version_is_moved_aside(pair, data_dir):
    left, right = pair
    store = SessionStore()
    data = valid_file(store, left, right)
    data["version"] = SESSION_VERSION + 1
    data["marks"] = [{"kind": "range", "from": 1}]
    store.path(left, right).write_text(json.dumps(data))
    loaded = SessionStore().load(left, right)
    assert loaded.marks == []
    assert "newer version" in (loaded.warning or "") and "kept as" in (loaded.warning or "")
    (backup,) = [n for n in session_files(data_dir) if ".damaged-" in n]
    assert json.loads((data_dir / "sessions" / backup).read_text())["version"] == SESSION_VERSION + 1


def test_second_damaged_file_gets_its_own_backup(pair, data_dir):
    left, right = pair
    store = SessionStore()
    for _ in range(2):
        store.save(left, right, [])
        store.path(left, right).write_text("garbage")
        assert SessionStore().load(left, right).warning
    assert len([n for n in session_files(data_dir) if ".damaged-" in n]) == 2


def test_file_that_cannot_be_moved_aside_is_never_overwritten(pair, monkeypatch):
    left, right = pair
    store = SessionStore()
    store.save(left, right, [])
    store.path(left, right).write_text("garbage")

    def refuse(src, dst):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "rename", refuse)
    loaded = store.load(left, right)
    assert "could not be moved aside" in (loaded.warning or "")
    with pytest.raises(OutputError):
        store.save(left, right, [Mark("link", (0,), (0,))])
    assert store.path(left, right).read_text() == "garbage"


def test_save_into_unusable_data_dir_is_an_output_error(pair, tmp_path):
    blocker = tmp_path / "blocker"
    blocker.write_text("a file where the data directory should be")
    with pytest.raises(OutputError, match="cannot save marks"):
        SessionStore(blocker).save(*pair, [Mark("link", (0,), (0,))])


def test_duplicate_marks_are_saved_once(pair):
    left, right = pair
    store = SessionStore()
    store.save(left, right, [Mark("link", (0,), (1,)), Mark("link", (0,), (1,))])
    assert store.load(left, right).marks == [Mark("link", (0,), (1,))]


def test_save_leaves_no_temp_files(pair, data_dir):
    store = SessionStore()
    for n in range(3):
        store.save(*pair, [Mark("link", (n,), (n,))])
    assert session_files(data_dir) == [f"{store.key(*pair)}.json"]


def test_notes_and_one_sided_marks_round_trip_and_a_note_is_not_identity(pair, data_dir):
    from reader.marks import Mark, MarkError, parse_marks

    marks = [Mark("only", (2,), (), "added by the retelling"), Mark("link", (0,), (1,), "check the date")]
    store = SessionStore()
    store.save(*pair, marks)
    loaded = SessionStore().load(*pair).marks
    assert loaded == marks and [m.note for m in loaded] == ["added by the retelling", "check the date"]
    assert Mark("link", (0,), (1,), "another note") == marks[1]
    with pytest.raises(MarkError):
        parse_marks([{"kind": "only", "left": [1], "right": [2]}])
    with pytest.raises(MarkError):
        parse_marks([{"kind": "link", "left": [1], "right": [2], "note": 5}])
