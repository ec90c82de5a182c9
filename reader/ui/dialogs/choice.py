"""Pick one of a few items (which link to remove when a sentence has several): a list, Enter picks."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from ..literal import literal


class ChoiceDialog(ModalScreen[int | None]):
    """Returns the index of the chosen item, or None when cancelled (Escape)."""

    BINDINGS = [Binding("escape", "cancel", "Cancel", id="dialog-cancel")]  # noqa: RUF012

    def __init__(self, title: str, question: str, items: list[str]) -> None:
        super().__init__()
        self.title_text = title
        self.question = question
        self.items = items

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog") as box:
            box.border_title = literal(self.title_text, one_line=True)
            yield Static(literal(self.question), classes="dialog-message")
            yield OptionList(*(Option(literal(item, one_line=True), id=str(n))
                               for n, item in enumerate(self.items)), id="choice-list")
            yield Static(Content.styled("Enter to choose · Escape to cancel", "$text-muted"),
                         classes="dialog-hint")

    def on_mount(self) -> None:
        self.query_one(OptionList).focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option_index)

    def action_cancel(self) -> None:
        self.dismiss(None)
