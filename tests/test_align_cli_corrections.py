"""`reader align` applies the pair's saved corrections (statuses, rejected pairs); `--fresh` ignores them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reader.align.aligner import align_documents
from reader.cli.main import main
from reader.resources import seed_paths
from reader.review.corrections import NO_CORRECTIONS
from reader.session import SessionStore
from reader.text.load import load_document


@pytest.fixture
def corrected(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """The bundled pair with a manual link, a confirmed link and a rejected (removed) link saved."""
    monkeypatch.setenv("READER_DATA_DIR", str(tmp_path))
    left, right = (load_document(str(p)) for p in seed_paths())
    base = align_documents(left, right)
    removed = base.links[len(base.links) // 2]
    manual = (base.links[2].left, base.links[4].right)
    confirmed = base.links[-1]
    corrections = NO_CORRECTIONS.with_unlink(removed.left, removed.right).with_link(*manual).with_confirm(
        confirmed.left, confirmed.right)
    store = SessionStore()
    store.load(left, right)
    store.save(left, right, [], corrections)
    return base, removed, manual, confirmed


def _links(capsys, *extra: str) -> dict:
    assert main(["align", *map(str, seed_paths()), "--format", "json", *extra]) == 0
    return json.loads(capsys.readouterr().out)


def test_align_applies_saved_corrections(corrected, capsys) -> None:
    _, removed, manual, confirmed = corrected
    data = _links(capsys)
    pairs = {(tuple(k["left"]), tuple(k["right"])): k["status"] for k in data["links"]}
    assert pairs[manual] == "manual"
    assert pairs[(confirmed.left, confirmed.right)] == "confirmed"
    assert (removed.left, removed.right) not in pairs
    assert data["rejected"] == [{"left": list(removed.left), "right": list(removed.right)}]
    assert {"left", "right", "links"} <= set(data)
    assert all(set(k) == {"left", "right", "score", "status"} for k in data["links"])


def test_fresh_ignores_them(corrected, capsys) -> None:
    base, *_ = corrected
    data = _links(capsys, "--fresh")
    assert data["rejected"] == []
    expected = [(list(k.left), list(k.right)) for k in base.links]
    assert [(k["left"], k["right"]) for k in data["links"]] == expected
    assert {k["status"] for k in data["links"]} == {"auto"}


def test_text_and_tsv_show_statuses(corrected, capsys) -> None:
    assert main(["align", *map(str, seed_paths()), "--format", "tsv"]) == 0
    rows = [line.split("\t") for line in capsys.readouterr().out.splitlines()[1:]]
    assert {"manual", "confirmed", "auto"} == {row[2] for row in rows}
    assert main(["align", *map(str, seed_paths())]) == 0
    out = capsys.readouterr().out
    assert ", manual" in out and ", confirmed" in out


def test_without_a_session_all_links_are_auto(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                              capsys) -> None:
    monkeypatch.setenv("READER_DATA_DIR", str(tmp_path))
    data = _links(capsys)
    assert data["rejected"] == [] and {k["status"] for k in data["links"]} == {"auto"}


def test_export_keeps_to_the_saved_corrections(corrected, capsys) -> None:
    _, removed, manual, _ = corrected
    assert main(["export", *map(str, seed_paths()), "--all", "-o", "-"]) == 0
    report = capsys.readouterr().out
    first = f"Retelling sentence {manual[0][0] + 1} ↔ source sentence {manual[1][0] + 1}"
    assert first in report
    item = report[report.index(first):]
    assert item.split("\n### ")[0].count("Status: manual") == 1
    gone = f"Retelling sentence {removed.left[0] + 1} ↔ source sentence {removed.right[0] + 1}\n"
    assert gone not in report
