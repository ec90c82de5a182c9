"""An error in one clear sentence, with an OK button."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Static

from ..literal import literal


class ErrorDialog(ModalScreen[None]):
    """Shows a message (plain text, never markup); dismissed with Enter, Escape or the button."""

    BINDINGS = [Binding("escape", "dismiss_dialog", "Close", id="dialog-close")]  # noqa: RUF012

    def __init__(self, message: str, title: str = "Error") -> None:
        super().__init__()
        self.message = message
        self.title_text = title

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog error-dialog") as box:
            box.border_title = literal(self.title_text, one_line=True)
            yield Static(literal(self.message), classes="dialog-message")
            yield Button("OK", variant="error", id="ok")

    def on_mount(self) -> None:
        self.query_one("#ok", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(None)

    def action_dismiss_dialog(self) -> None:
        self.dismiss(None)
