"""The header above each pane: short names for the bundled files, long paths cut at the start, the encoding
note as a literal tooltip."""

from __future__ import annotations

from pathlib import Path

from conftest import KindsDoc
from rich.cells import cell_len
from textual.app import App, ComposeResult
from textual.content import Content

from reader.resources import seed_paths
from reader.ui.widgets.header import ArticleTitle, cut_start, source_label


def test_bundled_files_get_a_short_name() -> None:
    left, right = seed_paths()
    assert source_label(str(left)) == "report.txt (bundled)"
    assert source_label(str(right)) == "meduza.txt (bundled)"
    assert source_label("notes/report.txt") == "notes/report.txt"
    assert source_label("a\x1b]0;x\x07b") == "a␛]0;x␇b"


def test_cut_start_keeps_the_end() -> None:
    assert cut_start("short.txt", 20) == "short.txt"
    cut = cut_start("/very/long/directory/name/article.txt", 16)
    assert cut == "…ame/article.txt" and cell_len(cut) == 16
    wide = cut_start("/dir/新聞記事の本文.txt", 9)
    assert wide.startswith("…") and wide.endswith(".txt") and cell_len(wide) <= 9
    assert cut_start("abc", 0) == ""


class TitleApp(App[None]):
    def compose(self) -> ComposeResult:
        yield ArticleTitle(classes="article-title")


async def test_long_path_and_encoding_note(kinds_doc: KindsDoc) -> None:
    doc = kinds_doc([[("Le café était fermé.", "body")]],
                    source="/home/someone/archive/2024/very-long-folder-name/article.txt", title="T[/]")
    doc.meta["encoding"] = "cp1252"
    doc.meta["encoding_note"] = 'assumed encoding cp1252: "[b]café[/b]\x1b"; it could also be mac_roman'
    app = TitleApp()
    async with app.run_test(size=(40, 5)) as pilot:
        title = app.query_one(ArticleTitle)
        title.show_document(doc)
        await pilot.pause()
        lines = str(title.content).split("\n")
        assert lines[0] == "T[/]"
        assert lines[1].startswith("…") and lines[1].endswith("article.txt ⚠ cp1252?")
        assert cell_len(lines[1]) <= title.content_size.width
        assert isinstance(title.tooltip, Content)
        assert str(title.tooltip) == 'assumed encoding cp1252: "[b]café[/b]␛"; it could also be mac_roman'


async def test_no_note_no_marker(kinds_doc: KindsDoc, tmp_path: Path) -> None:
    doc = kinds_doc([[("One.", "body")]], source="a.txt")
    app = TitleApp()
    async with app.run_test(size=(40, 5)) as pilot:
        title = app.query_one(ArticleTitle)
        title.show_document(doc)
        await pilot.pause()
        assert str(title.content).split("\n")[1] == "a.txt"
        assert title.tooltip is None
