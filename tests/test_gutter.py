"""Gutter signs belong to sentences: a screen line shows the sign of the sentence owning most of it."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from conftest import KindsDoc
from textual.app import App, ComposeResult

from reader.document import Document
from reader.resources import stylesheet_paths
from reader.ui.widgets.article_pane import ArticlePane
from reader.ui.widgets.gutter import line_owner
from reader.ui.widgets.pane_style import SIGN_CONTRAST


def _owner(doc: Document, start: int, end: int) -> int:
    return line_owner(doc.sentences, [s.start for s in doc.sentences], start, end)


def test_owner_is_the_sentence_with_most_of_the_line(kinds_doc: KindsDoc) -> None:
    doc = kinds_doc([[("Short one.", "body"), ("A much longer second sentence follows it here.", "body")]])
    first, second = doc.sentences
    assert _owner(doc, 0, len(doc.text)) == second.id  # the line is mostly the second sentence
    assert _owner(doc, 0, first.end + 3) == first.id
    assert _owner(doc, second.start + 5, second.end) == second.id  # a continuation line


def test_a_tie_goes_to_the_sentence_starting_on_the_line(kinds_doc: KindsDoc) -> None:
    doc = kinds_doc([[("Aaaa aaaa.", "body"), ("Bbbb bbbb.", "body")]])
    first, second = doc.sentences
    start = first.start + 5  # "aaaa." (5 chars) continues here, then " ", then "Bbbb " (5 chars)
    assert _owner(doc, start, second.start + 5) == second.id


def test_no_sentence_no_owner(kinds_doc: KindsDoc) -> None:
    doc = kinds_doc([[("One.", "body")]])
    assert _owner(doc, 10, 12) == -1


class PaneApp(App[None]):
    CSS_PATH: ClassVar[list[str | Path]] = list(stylesheet_paths())

    def compose(self) -> ComposeResult:
        yield ArticlePane(0, id="pane")


async def test_a_line_mostly_linked_shows_the_link_bar(kinds_doc: KindsDoc) -> None:
    doc = kinds_doc([[("No.", "body"),
                      ("This sentence is linked to the other article and fills the line.", "body")]])
    app = PaneApp()
    async with app.run_test(size=(80, 10)) as pilot:
        pane = app.query_one(ArticlePane)
        pane.set_document(doc)
        await pilot.pause()
        pane.set_alignment({1}, {1: 0.9})  # "No." has no counterpart, the long sentence is linked
        await pilot.pause()
        first_line = list(pane.render_line(0))
        assert first_line[0].text == "▌"
        only_here = pane.look.style(("article-pane--only-here",), SIGN_CONTRAST)
        fair = pane.look.style(("article-pane--score-mid",), SIGN_CONTRAST)
        assert only_here.color != fair.color  # "no counterpart" has a colour of its own
        pane.set_alignment({0}, {0: 0.6})  # now only the short one is linked: the line is mostly unlinked
        await pilot.pause()
        first_line = list(pane.render_line(0))
        assert first_line[0].text == "·"
        assert first_line[0].style == only_here
