"""A one-line text prompt (search, export file name, a mark's note): Enter submits, Escape cancels."""

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

    def __init__(self, title: str, label: str, value: str = "", placeholder: str = "",
                 max_length: int = 0) -> None:
        super().__init__()
        self.title_text = title
        self.label = label
        self.value = value
        self.placeholder = placeholder
        self.max_length = max_length

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog") as box:
            box.border_title = literal(self.title_text, one_line=True)
            yield Static(literal(self.label), classes="dialog-message")
            yield LiteralInput(value=self.value, placeholder=literal_str(self.placeholder),
                               max_length=self.max_length, id="prompt-input")
            yield Static(Content.styled("Enter to confirm · Escape to cancel", "$text-muted"),
                         classes="dialog-hint")

    def on_mount(self) -> None:
        self.query_one("#prompt-input", Input).focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.dismiss(self.answer(event.value.strip()))

    def answer(self, value: str) -> str | None:
        """What the dialog returns for the entered text (stripped): None when empty."""
        return value or None

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


class NoteDialog(PromptDialog):
    """A mark's one-line note: returns the note ("" when emptied: the note is removed), None if cancelled."""

    def __init__(self, what: str, note: str, max_length: int) -> None:
        super().__init__("Note", f"Note on {what} (empty removes it):", note, "a one-line note",
                         max_length)

    def answer(self, value: str) -> str | None:
        return value
