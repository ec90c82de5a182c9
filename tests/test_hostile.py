"""Hostile or odd text opens, is shown literally, and keeps the alignment valid."""

from __future__ import annotations

import re

import pytest

from reader.align.aligner import align_documents
from reader.cli.main import main
from reader.document import Document
from reader.ingest.raw import RawArticle
from reader.text.load import build_document
from reader.text.segment import MAX_SENTENCE_CHARS

CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")

HOSTILE = {
    "markup": "Press [bold]here[/] or [link=https://evil.example]there[/link]. "
    "Then [@click=app.quit]quit[/]. "
    "Also [red on white]x[/red on white] and \\[escaped] and [/] alone.",
    "ansi": "Red \x1b[31malert\x1b[0m text. Bell\x07 and backspace\x08 here. Cursor \x1b[2J\x1b[H moved.",
    "quotes": 'He said “it’s fine" and left. »Wrong way« she wrote. „Half open. \'Single “mixed’ marks."',
    "rtl": "שלום עולם. זה טקסט בעברית. مرحبا بالعالم. هذا نص عربي.",
    "cjk": "今天下雨了。我们去哪儿？去图书馆！東京は晴れ。",
    "emoji": "Family 👨‍👩‍👧‍👦 and flag 🏳️‍🌈 and skin 👍🏽. Done.",
    "whitespace": "Tabs\there\tand\u00a0non-breaking\u00a0spaces.\u2028Line separator\u2029para separator. "
    "Zero\u200bwidth.",
    "bidi": "Override \u202eeciton\u202c and isolate \u2067text\u2069 here.",
    "lone_surrogate_free_odd": "\ufffd\ufffd replacement chars. \ufeff BOM in the middle.",
}


def _check(doc: Document) -> None:
    last = 0
    for s in doc.sentences:
        assert doc.text[s.start : s.end] == s.text
        assert s.start >= last and s.end > s.start
        last = s.end
    assert not CONTROL.search(doc.text), "a control character would reach the terminal"


def _aligned_ok(left: Document, right: Document) -> None:
    alignment = align_documents(left, right)
    for link in alignment.links:
        assert all(0 <= i < len(left.sentences) for i in link.left)
        assert all(0 <= j < len(right.sentences) for j in link.right)
        assert 0.0 <= link.score <= 1.0


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_text_opens_and_aligns(name):
    doc = build_document(RawArticle(name, HOSTILE[name]))
    _check(doc)
    assert doc.sentences
    other = build_document(RawArticle("other", HOSTILE["markup"] + "\n\n" + HOSTILE[name]))
    _aligned_ok(doc, other)
    _aligned_ok(other, doc)


def test_markup_lookalikes_stay_literal():
    doc = build_document(RawArticle("m", HOSTILE["markup"]))
    for literal in (
        "[bold]here[/]",
        "[link=https://evil.example]there[/link]",
        "[@click=app.quit]quit[/]",
        "\\[escaped]",
    ):
        assert literal in doc.text


def test_ansi_escapes_become_visible_symbols():
    doc = build_document(RawArticle("a", HOSTILE["ansi"]))
    assert "␛[31malert␛[0m" in doc.text and "Bell␇" in doc.text and "\x1b" not in doc.text


def test_cli_text_output_has_no_control_characters(tmp_path, capsys):
    left = tmp_path / "left.txt"
    right = tmp_path / "right.txt"
    left.write_text(HOSTILE["ansi"] + "\n\n" + HOSTILE["markup"], encoding="utf-8")
    right.write_text(HOSTILE["markup"] + "\n\n" + HOSTILE["ansi"], encoding="utf-8")
    for fmt in ("text", "md", "json"):
        assert main(["align", str(left), str(right), "--format", fmt]) == 0
        out = capsys.readouterr().out
        assert "\x1b" not in out and "\x07" not in out


def test_one_megabyte_line_without_punctuation():
    text = " ".join(f"w{i % 997}" for i in range(200_000))[: 1024 * 1024]
    doc = build_document(RawArticle("big", text))
    _check(doc)
    assert len(doc.sentences) > 100
    assert max(s.end - s.start for s in doc.sentences) <= MAX_SENTENCE_CHARS
    small = build_document(RawArticle("small", "w1 w2 w3 w4 w5 w6. Another sentence here."))
    _aligned_ok(small, doc)


def test_one_megabyte_line_without_any_space():
    doc = build_document(RawArticle("solid", "x" * (1024 * 1024)))
    _check(doc)
    assert max(s.end - s.start for s in doc.sentences) <= MAX_SENTENCE_CHARS


def test_repeated_time_stamps_do_not_backtrack():
    doc = build_document(RawArticle("t", "12:30 " * 50_000))
    _check(doc)


def test_tabs_and_odd_spaces_open():
    doc = build_document(RawArticle("w", HOSTILE["whitespace"]))
    assert "\t" not in doc.text and "\u2028" not in doc.text and "\u00a0" in doc.text
