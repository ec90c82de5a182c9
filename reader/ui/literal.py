"""Text of outside origin, shown literally on every surface of the interface.

File names, titles, paths, HTTP reasons, error messages, search queries and export names come from outside:
on screen they must never reach the terminal as control sequences (`ESC]0;…BEL` retitles it, `ESC]52`
writes the clipboard) nor be read as Textual markup (`[/]` crashes a toast, `[@click=app.quit]` makes it
quit the app). Every surface goes through this module: `literal` for widgets (a `Content`, which Textual
never parses as markup), `literal_str` for widgets that take a plain string, `LiteralInput` for text
boxes (a pasted control) and `LiteralNotifications` for toasts (title and message made visible, no markup).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.content import Content
from textual.widgets import Input

from ..text.sanitize import strip_controls

if TYPE_CHECKING:
    from textual.notifications import SeverityLevel

#: On a one-line surface (a header, a path in a toast) a line break shows as a symbol and a tab as a space.
_ONE_LINE = str.maketrans({"\n": "\u2424", "\t": " "})


def literal_str(text: object, *, one_line: bool = False) -> str:
    """`text` with every control character (C0 but newline and tab, DEL, C1) made visible."""
    clean = strip_controls(str(text))
    return clean.translate(_ONE_LINE) if one_line else clean


def literal(text: object, style: str = "", *, one_line: bool = False) -> Content:
    """`text` as content shown exactly as written (controls made visible, never markup), in `style`."""
    clean = literal_str(text, one_line=one_line)
    return Content.styled(clean, style) if style else Content(clean)


class LiteralNotifications:
    """Mixed into the app before `App`: every toast (the app's, a widget's, a flow's) shows its title and
    message literally. Nothing in reader writes toast markup, so `markup` is always off."""

    def notify(self, message: str, *, title: str = "", severity: SeverityLevel = "information",
               timeout: float | None = None, markup: bool = False) -> None:
        super().notify(  # type: ignore[misc]
            literal_str(message), title=literal_str(title, one_line=True), severity=severity,
            timeout=timeout, markup=False)


class LiteralInput(Input):
    """A text box whose value never holds a control character: a pasted ESC or C1 byte becomes its visible
    picture, as in the articles' text (so a search for it still finds it there)."""

    def validate_value(self, value: str) -> str:
        return literal_str(value, one_line=True)
