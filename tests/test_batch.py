"""`reader batch`: JSONL in, JSONL out, error records, --jobs, --force and atomic writes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reader.cli.main import main

Capture = pytest.CaptureFixture[str]

STORY = (
    "# Ceasefire plan\n\n"
    "The Kremlin wants a temporary ceasefire with Ukraine. Sources say the pause would be used to train "
    "soldiers.\n\nKyiv rejects talks with Putin."
)
SOURCE = (
    "Sources close to the Kremlin say it wants a temporary ceasefire with Ukraine. The pause would be used "
    "to train newly mobilised soldiers.\n\nKyiv has ruled out talks with Putin."
)


def _write(path: Path, lines: list[object]) -> Path:
    path.write_text("".join((x if isinstance(x, str) else json.dumps(x)) + "\n" for x in lines),
                    encoding="utf-8")
    return path


def _read(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.fixture
def requests(tmp_path: Path) -> Path:
    return _write(tmp_path / "req.jsonl", [
        {"id": "lists", "left": ["Kyiv rejects talks with Putin.", "It snowed."],
         "right": ["The weather was mild.", "Kyiv has ruled out talks with Putin."]},
        {"id": 2, "left": STORY, "right": SOURCE},
        {"id": "empty-side", "left": [], "right": ["Something."]},
    ])


def test_lists_and_strings_in_input_order(requests: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    assert main(["batch", str(requests), "-o", str(out)]) == 0
    records = _read(out)
    assert [r["id"] for r in records] == ["lists", 2, "empty-side"]
    first = records[0]
    assert first["left"]["sentences"] == ["Kyiv rejects talks with Putin.", "It snowed."]
    assert [(k["left"], k["right"]) for k in first["links"]] == [([0], [1])]
    assert 0.0 <= first["links"][0]["score"] <= 1.0
    second = records[1]
    assert "Kyiv rejects talks with Putin." in second["left"]["sentences"]
    assert "Ceasefire plan" in second["left"]["sentences"][0]
    n, m = len(second["left"]["sentences"]), len(second["right"]["sentences"])
    assert second["links"]
    for k in second["links"]:
        assert all(0 <= i < n for i in k["left"]) and all(0 <= j < m for j in k["right"])
    assert records[2]["links"] == []


def test_bad_lines_become_error_records_and_exit_2(tmp_path: Path, capsys: Capture) -> None:
    req = _write(tmp_path / "req.jsonl", [
        "{not json",
        {"id": "no-right", "left": ["a"]},
        {"id": "bad-type", "left": 5, "right": ["a"]},
        ["not", "an", "object"],
        {"id": "good", "left": ["Kyiv rejects talks."], "right": ["Kyiv rejects talks."]},
    ])
    out = tmp_path / "out.jsonl"
    assert main(["batch", str(req), "-o", str(out)]) == 2
    records = _read(out)
    assert len(records) == 5
    assert [("error" in r) for r in records] == [True, True, True, True, False]
    assert records[0]["line"] == 1 and "JSON" in records[0]["error"]
    assert records[1]["id"] == "no-right" and "right" in records[1]["error"]
    assert records[2]["id"] == "bad-type"
    assert records[4]["links"][0]["left"] == [0]
    err = capsys.readouterr().err
    assert "4 of 5" in err and "Traceback" not in err


def test_existing_output_needs_force(requests: Path, tmp_path: Path, capsys: Capture) -> None:
    out = tmp_path / "out.jsonl"
    out.write_text("keep me\n", encoding="utf-8")
    assert main(["batch", str(requests), "-o", str(out)]) == 2
    assert out.read_text(encoding="utf-8") == "keep me\n"
    assert "--force" in capsys.readouterr().err
    assert main(["batch", str(requests), "-o", str(out), "--force"]) == 0
    assert len(_read(out)) == 3
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.jsonl", "req.jsonl"]  # no temp file left


def test_jobs_give_the_same_output(requests: Path, tmp_path: Path) -> None:
    one, two, every = tmp_path / "one.jsonl", tmp_path / "two.jsonl", tmp_path / "all.jsonl"
    assert main(["batch", str(requests), "-o", str(one), "--jobs", "1"]) == 0
    assert main(["batch", str(requests), "-o", str(two), "--jobs", "2"]) == 0
    assert main(["batch", str(requests), "-o", str(every), "--jobs", "0"]) == 0
    assert _read(one) == _read(two) == _read(every)


def test_stdout_without_output_and_no_progress_bar(requests: Path, capsys: Capture) -> None:
    assert main(["batch", str(requests)]) == 0
    captured = capsys.readouterr()
    assert [json.loads(line)["id"] for line in captured.out.splitlines()] == ["lists", 2, "empty-side"]
    assert captured.err == ""


def test_missing_requests_file_is_one_line_error(tmp_path: Path, capsys: Capture) -> None:
    assert main(["batch", str(tmp_path / "nope.jsonl")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "nope.jsonl" in err


def test_negative_jobs_rejected(requests: Path) -> None:
    assert main(["batch", str(requests), "--jobs", "-1"]) == 2


class _FakeTerminal:
    """A stand-in for a terminal on stderr: records what is written and says it is a TTY."""

    def __init__(self) -> None:
        self.parts: list[str] = []

    def write(self, text: str) -> int:
        self.parts.append(text)
        return len(text)

    def flush(self) -> None:
        pass

    def isatty(self) -> bool:
        return True

    def fileno(self) -> int:
        raise OSError("not a real terminal")


def test_progress_bar_on_a_terminal(requests: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fake = _FakeTerminal()
    monkeypatch.setattr("sys.stderr", fake)
    out = tmp_path / "out.jsonl"
    assert main(["batch", str(requests), "-o", str(out)]) == 0
    assert len(_read(out)) == 3
    assert "aligning" in "".join(fake.parts)


def _handful(tmp_path: Path) -> Path:
    """Seven requests of different sizes and kinds, one of them bad, so two workers interleave."""
    sentences = [s.strip() + "." for s in (STORY + " " + SOURCE).replace("\n", " ").split(".") if s.strip()]
    lines: list[object] = []
    for k in range(1, 7):
        left, right = sentences[: k + 1], sentences[len(sentences) - 2 * k :]
        lines.append({"id": f"pair-{k}", "left": left if k % 2 else " ".join(left), "right": right})
    lines.insert(3, {"id": "broken", "left": 7, "right": ["x"]})
    return _write(tmp_path / "handful.jsonl", lines)


def test_two_jobs_write_byte_identical_output(tmp_path: Path) -> None:
    req = _handful(tmp_path)
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    assert main(["batch", str(req), "-o", str(one), "--jobs", "1"]) == 2
    assert main(["batch", str(req), "-o", str(two), "--jobs", "2"]) == 2
    assert one.read_bytes() == two.read_bytes()
    records = _read(one)
    assert [r["id"] for r in records] == [f"pair-{k}" for k in (1, 2, 3)] + ["broken"] + [
        f"pair-{k}" for k in (4, 5, 6)]
    assert sum(bool(r.get("links")) for r in records) >= 3


def test_no_scoring_pool_inside_batch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """--jobs alone decides the processes: the aligner's own scoring pool is never started, even for pairs
    long enough to use it (threshold lowered to 0 here; forked workers inherit the patch)."""
    import reader.align.aligner as aligner

    def refuse(self: aligner._Workers) -> aligner._Workers:
        if self.workers > 1:
            raise AssertionError("nested scoring pool started")
        return self

    monkeypatch.setattr(aligner, "_PARALLEL_MIN", 0)
    monkeypatch.setattr(aligner._Workers, "__enter__", refuse)
    req = _handful(tmp_path)
    for jobs in ("1", "2"):
        out = tmp_path / f"out{jobs}.jsonl"
        assert main(["batch", str(req), "-o", str(out), "--jobs", jobs]) == 2
        assert sum("error" in r for r in _read(out)) == 1


def test_directory_as_requests_is_named_as_such(tmp_path, capsys):
    from reader.cli.main import main

    assert main(["batch", str(tmp_path)]) == 2
    assert "is a directory" in capsys.readouterr().err
