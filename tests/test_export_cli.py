"""`reader export`: saved marks or --all to a Markdown file, never overwriting without --force."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from reader.align.aligner import align_documents
from reader.changes import find_changes
from reader.cli.export import run_export
from reader.cli.main import main
from reader.marks import Mark
from reader.quotes import analyze_quotes
from reader.render.marks_md import default_export_name, render_export
from reader.resources import seed_paths
from reader.session import SessionStore
from reader.text.load import load_document

LEFT, RIGHT = (str(p) for p in seed_paths())


@pytest.fixture(autouse=True)
def data_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("READER_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.chdir(tmp_path)
    return tmp_path / "data"


@pytest.fixture(scope="module")
def seed():
    left, right = load_document(LEFT), load_document(RIGHT)
    return left, right, align_documents(left, right)


def save_two_marks(seed) -> list[Mark]:
    left, right, alignment = seed
    marks = [Mark("link", k.left, k.right) for k in (alignment.links[2], alignment.links[0])]
    SessionStore().save(left, right, marks)
    return marks


def sections(text: str) -> int:
    """The number of items (level-3 headings) in a report."""
    return sum(1 for line in text.splitlines() if line.startswith("### "))


def test_exports_saved_marks_to_named_file(seed, tmp_path, capsys):
    marks = save_two_marks(seed)
    out = tmp_path / "marks.md"
    assert run_export(LEFT, RIGHT, output=str(out), today=date(2026, 1, 2)) == 0
    assert capsys.readouterr().out.strip() == str(out)
    left, right, alignment = seed
    quotes = analyze_quotes([left, right], alignment)
    changes = find_changes(left, right, alignment, quote_report=quotes)
    want = render_export(left, right, alignment, marks, today=date(2026, 1, 2), quotes=quotes,
                         changes=changes)
    assert out.read_text(encoding="utf-8") == want
    assert sections(out.read_text()) == 2
    assert "## What changed" in want and f"What changed ({len(changes)})" in want and changes


def test_default_name_in_current_directory(seed, tmp_path, capsys):
    save_two_marks(seed)
    assert main(["export", LEFT, RIGHT]) == 0
    expected = tmp_path / default_export_name(seed[0], seed[1])
    assert expected.is_file()
    assert capsys.readouterr().out.strip() == str(expected)


def test_all_exports_every_link_and_every_unlinked_sentence(seed, tmp_path):
    left, right, alignment = seed
    out = tmp_path / "all.md"
    assert main(["export", LEFT, RIGHT, "--all", "-o", str(out)]) == 0
    unlinked = sum(1 for doc, side in ((left, 0), (right, 1)) for s in doc.sentences
                   if s.alignable and not alignment.links_of(side, s.id))
    assert unlinked > 0
    text = out.read_text()
    assert sections(text) == len(alignment.links) + unlinked
    # Every link, not what a person marked: the section and the header say "Linked pairs".
    assert "\n## Linked pairs\n" in text and "Marked pairs" not in text
    assert f"- Sections: Linked pairs ({len(alignment.links)})" in text


def test_no_marks_is_an_error_and_writes_nothing(tmp_path, capsys):
    assert main(["export", LEFT, RIGHT, "-o", "x.md"]) == 2
    err = capsys.readouterr().err
    assert "no marked alignments" in err and "--all" in err and err.count("\n") == 1
    assert not (tmp_path / "x.md").exists()


def test_existing_file_needs_force(seed, tmp_path, capsys):
    save_two_marks(seed)
    out = tmp_path / "keep.md"
    out.write_text("my notes")
    assert main(["export", LEFT, RIGHT, "-o", str(out)]) == 2
    assert capsys.readouterr().err.strip() == f"reader: error: {out} exists; use --force to overwrite"
    assert out.read_text() == "my notes"
    assert main(["export", LEFT, RIGHT, "-o", str(out), "--force"]) == 0
    assert sections(out.read_text()) == 2
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "keep.md"]


def test_unwritable_destination_is_one_clear_line(seed, tmp_path, capsys):
    save_two_marks(seed)
    (tmp_path / "notes.txt").write_text("a file, not a directory")
    assert main(["export", LEFT, RIGHT, "-o", str(tmp_path / "notes.txt" / "out.md")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("reader: error: cannot write ") and "is not a directory" in err
    assert err.count("\n") == 1


def test_unwritable_destination_in_a_subprocess_has_no_traceback(tmp_path):
    target = tmp_path / "missing-dir" / "out.md"
    proc = subprocess.run([sys.executable, "-m", "reader", "export", LEFT, RIGHT, "--all", "-o", str(target)],
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr and proc.stderr.count("\n") == 1
    assert "does not exist" in proc.stderr


def test_damaged_session_is_reported_and_kept(seed, data_dir, capsys):
    left, right, _ = seed
    store = SessionStore()
    store.save(left, right, [])
    store.path(left, right).write_text("{broken")
    assert main(["export", LEFT, RIGHT, "-o", "x.md"]) == 2
    err = capsys.readouterr().err
    assert "reader: warning: Session file was damaged; kept as" in err
    backups = list((data_dir / "sessions").glob("*.damaged-*.json"))
    assert len(backups) == 1 and backups[0].read_text() == "{broken"


def test_output_dash_writes_to_stdout(seed, capsys):
    save_two_marks(seed)
    assert main(["export", LEFT, RIGHT, "-o", "-"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("# ") and sections(out) == 2
    assert not Path("-").exists()
