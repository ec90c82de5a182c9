"""`reader changes`: the JSON shape, the text and Markdown listings, and the bundled pair's named changes."""

from __future__ import annotations

import json
from pathlib import Path

from reader.cli.main import main


def _json(capsys, *args: str) -> dict:
    assert main(["changes", *args, "--format", "json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_json_shape_for_the_bundled_pair(capsys) -> None:
    data = _json(capsys)
    assert set(data) == {"documents", "changes"}
    assert len(data["documents"]) == 2
    texts = [d["sentences"] for d in data["documents"]]
    assert data["changes"]
    for c in data["changes"]:
        assert {"kind", "left", "right", "summary"} <= set(c)
        assert c["kind"] in {"number", "date", "name", "negation", "hedge", "quote", "attribution"}
        assert ("spelling" in c) == (c["kind"] == "name")
        for side, sentences in zip(("left", "right"), texts, strict=True):
            span = c[side]
            assert set(span) == {"sentence", "start", "end", "text"}
            assert span["start"] <= span["end"]
            assert (span["text"] == "") == (span["start"] == span["end"])
            sentence = sentences[span["sentence"]]
            assert sentence["start"] <= span["start"] <= sentence["end"]  # the sentence the words begin in


def test_bundled_pair_names_the_issue_changes(capsys) -> None:
    found = {(c["kind"], c["left"]["text"], c["right"]["text"]) for c in _json(capsys)["changes"]}
    assert ("quote", "persuade", "convince") in found
    assert ("quote", "prevented", "avoided") in found
    assert ("name", "Putin", "Moscow") in found
    assert any(k == "date" and r == "October 8" and not lt for k, lt, r in found)
    assert any(k == "hedge" and "ready" in lt and "likely" in r for k, lt, r in found)


def test_text_and_markdown(tmp_path: Path, capsys) -> None:
    left, right = tmp_path / "l.txt", tmp_path / "r.txt"
    left.write_text("The company did not hire 40 people on Monday.\n", encoding="utf-8")
    right.write_text("The company hired 40 people on Tuesday.\n", encoding="utf-8")
    assert main(["changes", str(left), str(right)]) == 0
    out = capsys.readouterr().out
    assert "2 changes: date 1, negation 1" in out
    assert main(["changes", str(left), str(right), "--format", "md"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("## What changed") and "| date | 1 | 1 |" in out


def test_a_pair_without_changes(tmp_path: Path, capsys) -> None:
    left, right = tmp_path / "l.txt", tmp_path / "r.txt"
    left.write_text("Three ministers resigned on Oct. 8.\n", encoding="utf-8")
    right.write_text("3 ministers resigned on 8 October.\n", encoding="utf-8")
    assert _json(capsys, str(left), str(right))["changes"] == []
