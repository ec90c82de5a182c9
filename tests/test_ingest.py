"""Reading inputs: encodings, bad input (one clear InputError each, exit 2 from the CLI), stdin, HTML."""

from __future__ import annotations

import io
import random
import subprocess
import sys
from pathlib import Path

import pytest

from reader.cli.main import main
from reader.errors import InputError
from reader.ingest.read import DEFAULT_MAX_BYTES, read_source
from reader.text.load import load_document

FIXTURES = Path(__file__).parent / "fixtures"
POLISH = (
    "Rząd ogłosił w środę, że zamknie stary most na rzece. Mieszkańcy są zaniepokojeni, bo nie mają "
    "innej drogi do pracy. Burmistrz obiecał, że autobusy będą jeździć częściej, a prace ruszą jesienią. "
    "Żółta łódź pływa po jeziorze, gdzie ćwiczą żeglarze.\n"
)
FRENCH = (
    "Le conseil municipal a voté lundi soir la fermeture définitive de l'ancien quai. Les habitants des "
    "îles craignent l'isolement, car le bateau privé ne passe que deux fois par jour. « C'est une décision "
    "très difficile », a déclaré le maire après le vote. Les élèves et les employés seront les premiers "
    "touchés, selon l'association des riverains.\n"
)


def _write(tmp_path: Path, name: str, data: bytes) -> str:
    path = tmp_path / name
    path.write_bytes(data)
    return str(path)


# --- decoding -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("encoded", "label"),
    [
        (POLISH.encode("utf-8"), "utf-8"),
        (b"\xef\xbb\xbf" + POLISH.encode("utf-8"), "utf-8 with BOM"),
        (POLISH.encode("utf-16"), "utf-16 with BOM"),
        (b"\xfe\xff" + POLISH.encode("utf-16-be"), "utf-16-be with BOM"),
        (POLISH.encode("cp1250"), "cp1250"),
    ],
)
def test_polish_text_in_each_encoding(tmp_path, encoded, label):
    raw = read_source(_write(tmp_path, "a.txt", encoded))
    assert raw.text.lstrip("\ufeff") == POLISH, label


def test_latin1_text_is_detected(tmp_path):
    raw = read_source(_write(tmp_path, "a.txt", FRENCH.encode("latin-1")))
    assert raw.text == FRENCH


def test_bom_is_not_in_document_text(tmp_path):
    doc = load_document(_write(tmp_path, "a.txt", b"\xef\xbb\xbfTitle line\n\nBody text here."))
    assert doc.text.startswith("Title line") and doc.title == "Title line"


# --- bad input: each one clear sentence ---------------------------------------------------------------------

PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"
)
PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"


def _undecodable() -> bytes:
    rng = random.Random(7)
    return bytes(rng.choice(range(1, 256)) for _ in range(3000))


BAD_FILES = [
    ("nul.txt", b"some text\x00\x00\x01\x02 with NUL bytes", "binary data"),
    ("doc.pdf", PDF, "PDF"),
    ("pic.png", PNG, "PNG"),
    ("empty.txt", b"", "empty"),
    ("blank.txt", b" \n\t\r\n  \n", "empty"),
    ("bom-only.txt", b"\xef\xbb\xbf\n ", "empty"),
    ("noise.txt", _undecodable(), "encoding"),
]


@pytest.mark.parametrize(("name", "data", "phrase"), BAD_FILES)
def test_bad_file_is_one_clear_error(tmp_path, name, data, phrase):
    path = _write(tmp_path, name, data)
    with pytest.raises(InputError) as info:
        load_document(path)
    message = info.value.message
    assert phrase in message and path in message and "\n" not in message


def test_missing_file(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_source(str(tmp_path / "nope.txt"))


def test_directory(tmp_path):
    with pytest.raises(InputError, match="is a directory"):
        read_source(str(tmp_path))


def test_permission_denied(tmp_path, monkeypatch):
    path = _write(tmp_path, "secret.txt", b"text")

    def denied(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    # Tests run as root, which reads any file: make `open` refuse like it does for an ordinary user.
    monkeypatch.setattr("reader.ingest.read.open", denied, raising=False)
    with pytest.raises(InputError, match="permission denied"):
        read_source(path)


def test_size_limit(tmp_path):
    path = _write(tmp_path, "big.txt", b"word " * 2000)
    with pytest.raises(InputError, match="larger than"):
        read_source(path, max_bytes=5000)
    assert read_source(path, max_bytes=10000).text.startswith("word")
    assert DEFAULT_MAX_BYTES == 20 * 1024 * 1024


def test_stdin_size_limit(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"x" * 200)))
    with pytest.raises(InputError, match="larger than"):
        read_source("-", max_bytes=100)


# --- the command line: exit 2, one line on stderr, no traceback ---------------------------------------------


def _cli_rows(tmp_path: Path) -> list[list[str]]:
    good = _write(tmp_path, "good.txt", b"A good article with one sentence.")
    rows = [[_write(tmp_path, name, data), good] for name, data, _ in BAD_FILES]
    rows.append([str(tmp_path / "missing.txt"), good])
    rows.append([str(tmp_path), good])
    rows.append(["--max-size", "0.001", _write(tmp_path, "big.txt", b"word " * 1000), good])
    return rows


def test_cli_bad_inputs_exit_2_with_one_line(tmp_path, capsys):
    for row in _cli_rows(tmp_path):
        assert main(["align", *row]) == 2, row
        captured = capsys.readouterr()
        err = captured.err.strip()
        assert err.startswith("reader: error: ") and "\n" not in err, err
        assert "Traceback" not in captured.err and captured.out == ""


def test_cli_permission_denied(tmp_path, capsys, monkeypatch):
    bad = _write(tmp_path, "secret.txt", b"text")

    def denied(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("reader.ingest.read.open", denied, raising=False)
    assert main(["align", bad, bad]) == 2
    err = capsys.readouterr().err.strip()
    assert "permission denied" in err and "\n" not in err


# --- stdin and HTML -----------------------------------------------------------------------------------------


def test_stdin_plain_text(monkeypatch):
    monkeypatch.setattr(
        sys, "stdin", io.TextIOWrapper(io.BytesIO("Héllo from a pipe.\n\nSecond one.".encode()))
    )
    doc = load_document("-")
    assert doc.source == "<stdin>" and [s.text for s in doc.sentences] == [
        "Héllo from a pipe.",
        "Second one.",
    ]


def test_stdin_html_goes_through_the_extractor(monkeypatch):
    html = (FIXTURES / "article_page.html").read_bytes()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(html)))
    doc = load_document("-")
    assert doc.title == "Harbour town votes to close old ferry pier"
    assert "ADVERTISEMENT" not in doc.text


NOT_ARTICLE = [
    "ADVERTISEMENT",
    "RELATED-LINK",
    "FOOTER-TEXT",
    "TRACKING-SCRIPT",
    "ACCEPT-COOKIES",
    "SHARE-WIDGET",
    "Subscribe",
    "Sport",
    "Weather",
    "font-family",
    "Privacy policy",
    "Related stories",
]


def test_saved_news_page_opens_with_only_the_article():
    doc = load_document(str(FIXTURES / "article_page.html"))
    for marker in NOT_ARTICLE:
        assert marker not in doc.text, marker
    assert doc.title == "Harbour town votes to close old ferry pier"
    assert doc.meta["byline"] == "Nora Lindqvist"
    assert doc.meta["date"] == "2025-03-18"
    texts = [s.text for s in doc.sentences]
    assert texts[0] == "Harbour town votes to close old ferry pier" and doc.sentences[0].kind == "heading"
    assert "Islanders fear isolation" in texts
    assert any(t.startswith("The town council of Eastmere voted on Monday evening") for t in texts)
    assert texts[-1].startswith("The council promised to review the boat contract")
    assert all(s.alignable for s in doc.sentences)
    assert len(doc.paragraphs) == 6


def test_html_without_article_is_a_clear_error(tmp_path):
    path = _write(
        tmp_path,
        "empty.html",
        b"<html><head><title>x</title></head><body><script>var a = 1;</script></body></html>",
    )
    with pytest.raises(InputError, match="no article text"):
        load_document(path)


def test_plain_text_path_does_not_import_the_html_stack():
    code = (
        "import sys; from reader.text.load import load_document; from reader.resources import seed_paths; "
        "load_document(str(seed_paths()[0])); "
        "print(sorted(m for m in ('trafilatura', 'lxml', 'charset_normalizer', 'urllib.request') "
        "if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
