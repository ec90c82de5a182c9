"""The help screen: every key of the reading screen, and the mouse."""

from __future__ import annotations

import textwrap

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

from ..widgets.changes_list import KIND_HELP
from ..widgets.sidebar import SIGN_LEGEND

MOUSE_ROWS = [
    ("click", "Move the cursor to the clicked sentence"),
    ("wheel", "Scroll a pane; with linking on, the other pane follows"),
]

LEGEND = [
    ("▌", "$success", "gutter: linked by the aligner (status auto); colour = link score (green strong, "
                      "yellow fair, red weak)"),
    ("✓", "$success", "gutter: a link a person confirmed (v; status confirmed)"),
    ("◆", "$primary", "gutter: a link a person made (= … =; status manual)"),
    ("·", "$warning", "gutter: only in this article (no counterpart); the text is dimmed"),
    ("*", "$accent", "gutter: marked: a pair, or a sentence only this article has (saved, exported with e)"),
    ("12", "$text-muted", "gutter (# shows them): sentence numbers, as reader align and the export count"),
]

LINKING_ROWS = [
    ("= … =", "Link: = on a sentence, move to its counterpart in the other pane (keys, / or the mouse), "
              "= or Enter links them; the cursor returns. Esc cancels"),
    ("+", "n:m: + on a linked sentence grows its link (then = on the sentence to add); while linking, + adds "
          "the sentence under the cursor (either pane) and keeps picking"),
    ("x v u", "Remove the link here (never proposed again), confirm it, undo (links and marks, many levels)"),
    ("a", "A one-line note on the mark here (shown in the strip and the export; empty removes it)"),
]


SIDEBAR_ROWS = [
    ("S", "Focus the sidebar's list (Escape or S: back to the panes)"),
    ("t C", "t in the sidebar: switch between Quotes and Changes; C: straight to the Changes list"),
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
        # The dialog's text width (styles: 90 columns, at most 90% of the screen; border, padding, scrollbar).
        room = max(30, min(90, self.app.size.width * 9 // 10) - 10 - width)

        def row(key: str, style: str, description: str) -> Content:
            """The key, then its description wrapped under itself (a hanging indent)."""
            wrapped = textwrap.wrap(description, room) or [""]
            text = Content(wrapped[0])
            for more in wrapped[1:]:
                text += Content("\n" + " " * width + more)
            return Content.styled(key.ljust(width), style) + text

        def section(title: str) -> list[Content]:
            return [Content(""), Content.styled(title, "bold $accent")]

        lines = [Content.styled("Keys", "bold $accent")]
        lines += [row(keys, "bold", description) for keys, description, _ in self.rows]
        lines += section("Mouse")
        lines += [row(keys, "bold", description) for keys, description in MOUSE_ROWS]
        lines += section("Correcting the alignment (re-aligned around it)")
        lines += [row(keys, "bold", description) for keys, description in LINKING_ROWS]
        lines += section("Marks in the panes")
        lines += [row(sign, style, description) for sign, style, description in LEGEND]
        lines += section("The sidebar (speakers and quotes; the changes)")
        lines += [row(keys, "bold", description) for keys, description in SIDEBAR_ROWS]
        lines += [row(sign, "bold", description) for sign, description in SIGN_LEGEND]
        lines += [row(kind, "bold", f"change: {meaning}") for kind, meaning in KIND_HELP.items()]
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
