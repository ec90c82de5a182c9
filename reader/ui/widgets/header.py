"""The header: each article's title and source above its pane."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.content import Content
from textual.widgets import Static

from ...document import Document


class ArticleTitle(Static):
    """Title (bold) and source (muted) of one article, rendered as plain content, never markup."""

    def show_document(self, doc: Document | None, placeholder: str = "") -> None:
        if doc is None:
            self.update(Content(placeholder))
            return
        title = Content.styled(doc.title or "(untitled)", "bold")
        source = Content.styled(doc.source, "$text-muted")
        self.update(Content("\n").join([title, source]))


class PairHeader(Horizontal):
    """Titles and sources of both articles, aligned with the panes below."""

    def compose(self) -> ComposeResult:
        yield ArticleTitle(id="title-left", classes="article-title")
        yield ArticleTitle(id="title-right", classes="article-title")

    def show_pair(self, left: Document | None, right: Document | None, placeholder: str = "") -> None:
        self.query_one("#title-left", ArticleTitle).show_document(left, placeholder)
        self.query_one("#title-right", ArticleTitle).show_document(right, placeholder)
