"""The help screen: every key of the reading screen, and the mouse."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

MOUSE_ROWS = [
    ("click", "Move the cursor to the clicked sentence"),
    ("wheel", "Scroll a pane; with linking on, the other pane follows"),
]

LEGEND = [
    ("▌", "$success", "gutter: linked; colour = link score (green strong, yellow fair, red weak)"),
    ("·", "$warning", "gutter: only in this article (no counterpart); the text is dimmed"),
    ("*", "$accent", "gutter: marked pair (saved, exported with e)"),
]


class HelpScreen(ModalScreen[None]):
    """Lists (keys, description) rows; closed with Escape, q, ? or F1."""

    BINDINGS = [  # noqa: RUF012
        Binding("escape,q,question_mark,f1", "close", "Close", id="help-close"),
    ]

    def __init__(self, rows: list[tuple[str, str, str]]) -> None:
        super().__init__()
        self.rows = rows

    def compose(self) -> ComposeResult:
        width = max(len(keys) for keys, _, _ in self.rows) + 2
        lines = [Content.styled("Keys", "bold $accent")]
        for keys, description, _ in self.rows:
            lines.append(Content.styled(keys.ljust(width), "bold") + Content(description))
        lines.append(Content(""))
        lines.append(Content.styled("Mouse", "bold $accent"))
        for keys, description in MOUSE_ROWS:
            lines.append(Content.styled(keys.ljust(width), "bold") + Content(description))
        lines.append(Content(""))
        lines.append(Content.styled("Marks in the panes", "bold $accent"))
        for sign, style, description in LEGEND:
            lines.append(Content.styled(sign.ljust(width), style) + Content(description))
        with Vertical(classes="dialog help-dialog") as box:
            box.border_title = "reader: help"
            box.border_subtitle = "Escape to close"
            with VerticalScroll():
                yield Static(Content("\n").join(lines), id="help-text")

    def action_close(self) -> None:
        self.dismiss(None)
