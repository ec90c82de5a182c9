"""The header: each article's title and source above its pane.

The source line shows a short name for the bundled pair ("report.txt (bundled)", not the path inside the
installed package) and cuts a long path at its start ("…/dir/file.txt"), where the file name is. A document
read with a guessed legacy encoding that was a close call gets a `⚠ cp1252?` marker there, with the note in
its tooltip. Everything from outside (titles, paths, the note, which quotes words of the file) is plain
content with control characters made visible: never markup.
"""

from __future__ import annotations

from pathlib import Path

from rich.cells import cell_len
from textual import events
from textual.content import Content
from textual.widgets import Static

from ...document import Document
from ...resources import seed_paths
from ..literal import literal, literal_str

ELLIPSIS = "…"


def source_label(source: str) -> str:
    """How the header names a source: a bundled file by its name, anything else as given."""
    try:
        path = Path(source).resolve()
        for seed in seed_paths():
            if path == seed.resolve():
                return f"{seed.name} (bundled)"
    except (OSError, ValueError):
        pass
    return literal_str(source, one_line=True)


def cut_start(text: str, width: int) -> str:
    """`text` in at most `width` cells, its start replaced by an ellipsis when it does not fit."""
    if cell_len(text) <= width:
        return text
    if width <= 0:
        return ""
    kept: list[str] = []
    used = cell_len(ELLIPSIS)
    for char in reversed(text):
        if used + cell_len(char) > width:
            break
        kept.append(char)
        used += cell_len(char)
    return (ELLIPSIS + "".join(reversed(kept)))[-width:] if kept else ELLIPSIS[:width]


class ArticleTitle(Static):
    """Title (bold) and source (muted) of one article, rendered as plain content, never markup."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.doc: Document | None = None

    def show_document(self, doc: Document) -> None:
        self.doc = doc
        note = doc.meta.get("encoding_note")
        self.tooltip = literal(note) if note else None
        self._draw()

    def on_resize(self, event: events.Resize) -> None:
        if self.doc is not None:
            self._draw()

    def _draw(self) -> None:
        doc = self.doc
        assert doc is not None
        width = self.content_size.width or 10_000  # not laid out yet: drawn again on the first resize
        title = literal(doc.title or "(untitled)", "bold", one_line=True)
        marker = ""
        if doc.meta.get("encoding_note"):
            marker = f" ⚠ {literal_str(doc.meta.get('encoding') or 'encoding', one_line=True)}?"
        label = cut_start(source_label(doc.source), max(1, width - cell_len(marker)))
        source = Content.styled(label, "$text-muted")
        if marker:
            source = Content.assemble(source, (marker, "$text-warning"))
        self.update(Content("\n").join([title, source]))
