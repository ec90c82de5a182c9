"""A one-line text prompt (search, export file name): Enter submits, Escape cancels."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Input, Static

from ..literal import LiteralInput, literal, literal_str


class PromptDialog(ModalScreen[str | None]):
    """Returns the entered text (stripped), or None when cancelled or empty."""

    BINDINGS = [Binding("escape", "cancel", "Cancel", id="dialog-cancel")]  # noqa: RUF012

    def __init__(self, title: str, label: str, value: str = "", placeholder: str = "") -> None:
        super().__init__()
        self.title_text = title
        self.label = label
        self.value = value
        self.placeholder = placeholder

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog") as box:
            box.border_title = literal(self.title_text, one_line=True)
            yield Static(literal(self.label), classes="dialog-message")
            yield LiteralInput(value=self.value,
                               placeholder=literal_str(self.placeholder), id="prompt-input")
            yield Static(Content.styled("Enter to confirm · Escape to cancel", "$text-muted"),
                         classes="dialog-hint")

    def on_mount(self) -> None:
        self.query_one("#prompt-input", Input).focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        value = event.value.strip()
        self.dismiss(value or None)

    def action_cancel(self) -> None:
        self.dismiss(None)


class SearchDialog(PromptDialog):
    """Search text in the active pane."""

    def __init__(self, side_name: str, last_query: str = "") -> None:
        super().__init__("Search", f"Find in the {side_name} article (case-insensitive):", last_query,
                         "words to find")


class ExportDialog(PromptDialog):
    """Export marked alignments: proposes a file name in the current directory."""

    def __init__(self, proposed: str, count: int) -> None:
        pairs = "1 marked pair" if count == 1 else f"{count} marked pairs"
        super().__init__("Export to Markdown", f"Write {pairs} to:", proposed, "file name")
