"""Bad input and odd destinations on the command line: one line on standard error, exit 2, no traceback."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from reader.atomic import write_text_atomic
from reader.cli.main import main
from reader.session import SessionStore
from reader.text.load import load_document


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "a.txt"
    path.write_text("The mayor spoke on Monday. The bridge will close.\n", encoding="utf-8")
    return path


def _one_error_line(err: str) -> str:
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("reader: error: ")
    return lines[0]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this platform")
def test_a_fifo_is_refused_without_blocking(tmp_path: Path, article: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    # opening a FIFO with no writer blocks forever: run it where a time limit can stop it
    proc = subprocess.run([sys.executable, "-m", "reader", "align", str(article), str(fifo)],
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 2
    assert "not a regular file" in _one_error_line(proc.stderr)


@pytest.mark.parametrize("size", ["nan", "inf", "-1", "0", "1e30"])
def test_max_size_must_be_a_finite_positive_number(article: Path, size: str, capsys) -> None:
    assert main(["align", str(article), str(article), "--max-size", size]) == 2
    assert "--max-size" in _one_error_line(capsys.readouterr().err)


def test_a_malformed_url_is_one_line(article: Path, capsys) -> None:
    assert main(["align", "http://[::1", str(article)]) == 2
    assert "http://[::1" in _one_error_line(capsys.readouterr().err)


def test_error_lines_show_control_characters_literally(tmp_path: Path, capsys) -> None:
    name = tmp_path / "evil\x1b]0;pwned\x07.txt"
    assert main(["align", str(name), str(name)]) == 2
    line = _one_error_line(capsys.readouterr().err)
    assert "\x1b" not in line and "\x07" not in line and "␛]0;pwned␇" in line


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full")
def test_a_full_disk_on_standard_output_is_one_line(article: Path) -> None:
    with open("/dev/full", "w") as full:
        proc = subprocess.run([sys.executable, "-m", "reader", "align", str(article), str(article)],
                              stdout=full, stderr=subprocess.PIPE, text=True, timeout=60)
    assert proc.returncode == 2
    assert "no space left" in _one_error_line(proc.stderr)


def test_the_app_without_a_terminal_is_refused(article: Path, tmp_path: Path) -> None:
    with open(os.devnull) as nothing, open(tmp_path / "out", "w") as out:
        proc = subprocess.run([sys.executable, "-m", "reader", str(article), str(article)], stdin=nothing,
                              stdout=out, stderr=subprocess.PIPE, text=True, timeout=60,
                              start_new_session=True)
    assert proc.returncode == 2
    assert "no terminal" in _one_error_line(proc.stderr)


def _batch(tmp_path: Path, lines: list[str], *extra: str) -> tuple[int, list[dict]]:
    requests = tmp_path / "requests.jsonl"
    requests.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    code = main(["batch", str(requests), "-o", str(out), "--force", *extra])
    return code, [json.loads(line) for line in out.read_text(encoding="utf-8").split("\n") if line]


def test_batch_lone_surrogate_is_an_error_record_and_the_rest_goes_on(tmp_path: Path) -> None:
    code, records = _batch(tmp_path, ['{"id": 1, "left": "a \\ud800 b. c.", "right": "a b. c."}',
                                      '{"id": 2, "left": "x. y.", "right": "x. y."}'])
    assert code == 2
    assert records[0]["id"] == 1 and "surrogate" in records[0]["error"]
    assert records[1]["id"] == 2 and records[1]["links"]


def test_batch_lines_end_only_at_newline(tmp_path: Path) -> None:
    line = json.dumps({"id": "u", "left": "One.\u2028Two.\x85Three.", "right": "One. Two. Three."},
                      ensure_ascii=False)
    assert "\u2028" in line  # a raw separator inside the JSON string
    code, records = _batch(tmp_path, [line])
    assert code == 0 and len(records) == 1 and records[0]["id"] == "u" and records[0]["links"]


@pytest.mark.parametrize("side", ['""', '"   "', '"\\n\\n"'])
def test_batch_refuses_an_empty_side_as_the_cli_refuses_an_empty_file(tmp_path: Path, side: str) -> None:
    code, records = _batch(tmp_path, [f'{{"id": 1, "left": {side}, "right": "a b. c."}}'])
    assert code == 2 and "empty" in records[0]["error"]


def test_batch_lines_have_a_size_limit(tmp_path: Path) -> None:
    big = json.dumps({"id": 7, "left": "word " * 300_000, "right": "word."})
    code, records = _batch(tmp_path, [big, '{"id": 8, "left": "x. y.", "right": "x. y."}'], "--max-size", "1")
    assert code == 2
    assert records[0]["id"] is None and "larger than the 1 MB limit" in records[0]["error"]
    assert records[1]["id"] == 8


def test_export_does_not_replace_a_dangling_symlink_without_force(tmp_path: Path) -> None:
    link = tmp_path / "out.md"
    link.symlink_to(tmp_path / "missing-target.md")
    with pytest.raises(FileExistsError):
        write_text_atomic(link, "text")
    assert link.is_symlink() and not (tmp_path / "missing-target.md").exists()
    write_text_atomic(link, "text", overwrite=True)
    assert link.read_text() == "text"


def test_stale_temporaries_of_a_killed_writer_are_removed(tmp_path: Path) -> None:
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True,
                          text=True, check=True)
    dead_pid = int(dead.stdout)  # that process has exited
    stale = tmp_path / f".out.md.{dead_pid}.abc123.tmp"
    live = tmp_path / f".out.md.{os.getpid()}.xyz789.tmp"  # a writer that is still running (this one)
    other = tmp_path / f".other.md.{dead_pid}.abc.tmp"
    for path in (stale, live, other):
        path.write_text("partial")
    write_text_atomic(tmp_path / "out.md", "done")
    assert not stale.exists() and live.exists() and other.exists()
    assert (tmp_path / "out.md").read_text() == "done"


def test_a_session_with_an_absurd_version_number_is_moved_aside(tmp_path: Path, monkeypatch, article) -> None:
    monkeypatch.setenv("READER_DATA_DIR", str(tmp_path / "data"))
    doc = load_document(str(article))
    store = SessionStore()
    path = store.save(doc, doc, [])
    path.write_text('{"version": ' + "9" * 5000 + "}", encoding="utf-8")
    loaded = SessionStore().load(doc, doc)
    assert loaded.marks == [] and loaded.warning and "damaged" in loaded.warning
    assert not path.exists() and list(path.parent.glob("*.damaged-*.json"))


def test_quote_analysis_refuses_a_book_sized_text_at_once(tmp_path: Path, capsys) -> None:
    from reader.quotes import MAX_QUOTE_TEXT

    big = tmp_path / "big.txt"
    sentence = "“We will win,” Smith said. "
    big.write_text(sentence * (MAX_QUOTE_TEXT // len(sentence) + 10), encoding="utf-8")
    assert main(["quotes", str(big), str(big)]) == 2
    assert "too long for quote analysis" in _one_error_line(capsys.readouterr().err)


def test_text_past_the_line_or_sentence_limit_is_refused_up_front(tmp_path: Path, monkeypatch,
                                                                   capsys) -> None:
    import reader.text.load as load

    lines = tmp_path / "lines.txt"
    lines.write_text("word\n" * 50, encoding="utf-8")
    monkeypatch.setattr(load, "MAX_LINES", 40)
    assert main(["align", str(lines), str(lines)]) == 2
    assert "50 lines is more than reader reads (at most 40)" in _one_error_line(capsys.readouterr().err)
    monkeypatch.setattr(load, "MAX_LINES", 1000)
    monkeypatch.setattr(load, "MAX_SENTENCES", 10)
    prose = tmp_path / "prose.txt"
    prose.write_text("A short sentence here. " * 12, encoding="utf-8")
    assert main(["quotes", str(prose)]) == 2
    assert "12 sentences is more than reader reads (at most 10)" in _one_error_line(capsys.readouterr().err)


def test_every_command_line_argument_has_help() -> None:
    import argparse

    from reader.cli.main import build_parser

    parser = build_parser()
    commands = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    undocumented = [(name, a.dest) for name, sub in [("reader", parser), *commands.choices.items()]
                    for a in sub._actions if not isinstance(a, argparse._HelpAction) and not a.help]
    assert undocumented == []


def test_batch_output_gets_the_usual_permissions(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        _batch(tmp_path, ['{"id": 1, "left": "x. y.", "right": "x. y."}'])
    finally:
        os.umask(old)
    assert (tmp_path / "out.jsonl").stat().st_mode & 0o777 == 0o644  # not mkstemp's 0600
