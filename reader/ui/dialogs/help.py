"""The help screen: every key of the reading screen, and the mouse."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

from ..widgets.sidebar import SIGN_LEGEND

MOUSE_ROWS = [
    ("click", "Move the cursor to the clicked sentence"),
    ("wheel", "Scroll a pane; with linking on, the other pane follows"),
]

LEGEND = [
    ("▌", "$success", "gutter: linked; colour = link score (green strong, yellow fair, red weak)"),
    ("·", "$warning", "gutter: only in this article (no counterpart); the text is dimmed"),
    ("*", "$accent", "gutter: marked pair (saved, exported with e)"),
]


SIDEBAR_ROWS = [
    ("S", "Focus the sidebar's list (Escape or S: back to the panes)"),
    ("↓ ↑ j k", "Move in the list; PgDn PgUp Home End too; Enter opens a speaker or goes to a quote"),
]


class HelpScreen(ModalScreen[None]):
    """Lists (keys, description) rows; closed with Escape, q, ? or F1; scrolled with the pane's keys."""

    BINDINGS = [  # noqa: RUF012
        Binding("escape,q,question_mark,f1", "close", "Close", id="help-close"),
        Binding("down,j", "scroll('down')", "Scroll down", id="help-down", show=False),
        Binding("up,k", "scroll('up')", "Scroll up", id="help-up", show=False),
        Binding("pagedown,space", "scroll('page_down')", "Page down", id="help-page-down", show=False),
        Binding("pageup", "scroll('page_up')", "Page up", id="help-page-up", show=False),
        Binding("home,g", "scroll('home')", "Top", id="help-top", show=False),
        Binding("end,G", "scroll('end')", "Bottom", id="help-bottom", show=False),
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
        lines.append(Content(""))
        lines.append(Content.styled("The sidebar (speakers and quotes)", "bold $accent"))
        for keys, description in SIDEBAR_ROWS:
            lines.append(Content.styled(keys.ljust(width), "bold") + Content(description))
        for sign, description in SIGN_LEGEND:
            lines.append(Content.styled(sign.ljust(width), "bold") + Content(description))
        with Vertical(classes="dialog help-dialog") as box:
            box.border_title = "reader: help"
            box.border_subtitle = "Escape to close"
            with VerticalScroll():
                yield Static(Content("\n").join(lines), id="help-text")

    def action_scroll(self, how: str) -> None:
        """Scroll the help text, whatever has the focus (no Tab needed first)."""
        text = self.query_one(VerticalScroll)
        {"down": text.scroll_down, "up": text.scroll_up, "page_down": text.scroll_page_down,
         "page_up": text.scroll_page_up, "home": text.scroll_home, "end": text.scroll_end}[how](animate=False)

    def action_close(self) -> None:
        self.dismiss(None)
