"""Two readers on the same pair: saving merges, so what either one marked or unmarked is kept."""

from __future__ import annotations

import json
import multiprocessing
from pathlib import Path

import pytest

from reader.document import Document
from reader.marks import Mark
from reader.session import SessionStore

M1, M2, M3 = Mark("link", (0,), (0,)), Mark("link", (1,), (1,)), Mark("quote", (0,), ())


@pytest.fixture
def pair(text_doc) -> tuple[Document, Document]:
    return (text_doc("One sentence here. Two sentences here. Three here.", "l.txt"),
            text_doc("One sentence there. Two sentences there. Three there.", "r.txt"))


def _on_disk(store: SessionStore, pair: tuple[Document, Document]) -> list[Mark]:
    return SessionStore(store.data_dir).load(*pair).marks


def test_marks_of_two_instances_are_both_kept(tmp_path: Path, pair) -> None:
    a, b = SessionStore(tmp_path), SessionStore(tmp_path)
    assert a.load(*pair).marks == [] and b.load(*pair).marks == []
    a.save(*pair, [M1])
    b.save(*pair, [M2])  # b never saw M1: it must not write it away
    assert _on_disk(a, pair) == [M1, M2]
    b.save(*pair, [M2, M3])  # b's next save still keeps a's M1, which b never held
    assert _on_disk(a, pair) == [M1, M2, M3]
    assert b.adopt_merged(*pair) == [M1, M2, M3]
    b.save(*pair, [M2, M3])  # having adopted M1, b's save without it now removes it
    assert _on_disk(a, pair) == [M2, M3]


def test_a_removal_is_kept_and_not_undone_by_the_other_instance(tmp_path: Path, pair) -> None:
    a, b = SessionStore(tmp_path), SessionStore(tmp_path)
    a.load(*pair)
    a.save(*pair, [M1, M2])
    b.load(*pair)  # b sees M1 and M2
    a.save(*pair, [M2])  # a unmarks M1
    b.save(*pair, [M1, M2, M3])  # b still holds M1 from its load, and adds M3
    assert _on_disk(a, pair) == [M2, M3]  # M1 stays removed; b's M3 is kept
    b.save(*pair, [M2])  # b unmarks M3 (and drops its stale M1)
    assert _on_disk(a, pair) == [M2]


def test_a_damaged_file_found_while_saving_is_set_aside_not_overwritten(tmp_path: Path, pair) -> None:
    a = SessionStore(tmp_path)
    a.load(*pair)
    path = a.save(*pair, [M1])
    path.write_text("{not json", encoding="utf-8")
    a.save(*pair, [M1, M2])
    backups = list(path.parent.glob("*.damaged-*.json"))
    assert len(backups) == 1 and backups[0].read_text(encoding="utf-8") == "{not json"
    assert json.loads(path.read_text(encoding="utf-8"))["marks"] == [M1.to_json(), M2.to_json()]


def _mark_many(data_dir: str, texts: tuple[str, str], side: int, count: int) -> None:
    from conftest import build_text_doc

    pair = (build_text_doc(texts[0], "l.txt"), build_text_doc(texts[1], "r.txt"))
    store = SessionStore(Path(data_dir))
    marks = list(store.load(*pair).marks)
    for n in range(count):
        marks.append(Mark("quote", (n,), ()) if side == 0 else Mark("quote", (), (n,)))
        store.save(*pair, marks)


def test_two_processes_saving_at_once_lose_nothing(tmp_path: Path, pair) -> None:
    texts = (pair[0].text, pair[1].text)
    ctx = multiprocessing.get_context("fork")
    procs = [ctx.Process(target=_mark_many, args=(str(tmp_path), texts, side, 25)) for side in (0, 1)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(60)
        assert p.exitcode == 0
    marks = _on_disk(SessionStore(tmp_path), pair)
    assert len(marks) == 50
    assert {m.left for m in marks if m.left} == {(n,) for n in range(25)}
    assert {m.right for m in marks if m.right} == {(n,) for n in range(25)}


def test_a_changed_note_is_saved_over_the_file(tmp_path: Path, pair) -> None:
    a = SessionStore(tmp_path)
    a.load(*pair)
    a.save(*pair, [Mark("link", (0,), (0,), "first note")])
    a.save(*pair, [Mark("link", (0,), (0,), "second note")])
    assert [m.note for m in _on_disk(a, pair)] == ["second note"]


def test_a_file_rewritten_by_a_newer_version_is_not_overwritten(tmp_path: Path, pair) -> None:
    from reader.errors import OutputError

    a = SessionStore(tmp_path)
    a.load(*pair)
    path = a.save(*pair, [M1])
    data = json.loads(path.read_text(encoding="utf-8"))
    data["version"] = 99
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(OutputError, match="newer version"):
        a.save(*pair, [M1, M2])
    assert json.loads(path.read_text(encoding="utf-8"))["version"] == 99
