"""`reader quotes`: JSON shape, text output without control characters, errors as exit 2."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from reader.cli.main import main
from reader.resources import seed_paths


def test_json_shape_for_the_seed_pair(capsys) -> None:
    left, right = seed_paths()
    assert main(["quotes", str(left), str(right), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert len(data["documents"]) == 2
    assert {"id", "name", "aliases", "quotes"} <= set(data["speakers"][0])
    assert {"doc", "start", "end", "text", "kind", "sentence"} <= set(data["speakers"][0]["quotes"][0])
    assert {"doc", "start", "end", "text", "speaker", "kind"} <= set(data["quotes"][0])
    assert {q["kind"] for q in data["quotes"]} <= {"direct", "partial", "indirect"}
    verdicts = {m["verdict"] for m in data["matches"]}
    assert "reworded" in verdicts and "only" in verdicts
    for m in data["matches"]:
        assert set(m) == {"left", "right", "similarity", "verdict", "changes"}


def test_single_file_text_output(tmp_path: Path, capsys) -> None:
    article = tmp_path / "a.txt"
    article.write_text("“We will win this race \x1b[31measily,” said Governor Ann Lee.\n", encoding="utf-8")
    assert main(["quotes", str(article)]) == 0
    out = capsys.readouterr().out
    assert "Ann Lee [1]" in out
    assert "\x1b" not in out
    assert "We will win this race" in out


def test_missing_file_is_exit_2() -> None:
    proc = subprocess.run([sys.executable, "-m", "reader", "quotes", "no-such-file.txt"],
                          capture_output=True, text=True)
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr
    assert proc.stderr.startswith("reader: error:")
