"""Ask before overwriting an existing file."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Static

from ..literal import literal


class ConfirmDialog(ModalScreen[bool]):
    """A yes/no question; Escape or "No" answers False, so nothing is overwritten by accident."""

    BINDINGS = [Binding("escape", "answer_no", "Cancel", id="dialog-cancel")]  # noqa: RUF012

    def __init__(self, question: str, yes: str = "Overwrite") -> None:
        super().__init__()
        self.question = question
        self.yes = yes

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog") as box:
            box.border_title = "Confirm"
            yield Static(literal(self.question), classes="dialog-message")
            with Horizontal(classes="dialog-buttons"):
                yield Button(self.yes, variant="warning", id="yes")
                yield Button("No", variant="primary", id="no")

    def on_mount(self) -> None:
        self.query_one("#no", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "yes")

    def action_answer_no(self) -> None:
        self.dismiss(False)
