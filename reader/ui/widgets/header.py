"""The header: each article's title and source above its pane."""

from __future__ import annotations

from textual.content import Content
from textual.widgets import Static

from ...document import Document
from ..literal import literal


class ArticleTitle(Static):
    """Title (bold) and source (muted) of one article, rendered as plain content, never markup."""

    def show_document(self, doc: Document | None, placeholder: str = "") -> None:
        if doc is None:
            self.update(literal(placeholder, one_line=True))
            return
        title = literal(doc.title or "(untitled)", "bold", one_line=True)
        source = literal(doc.source, "$text-muted", one_line=True)
        self.update(Content("\n").join([title, source]))
