"""The header: each article's title and source above its pane."""

from __future__ import annotations

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
