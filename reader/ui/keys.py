"""The keys of the reading screen as the user reads them: help rows, key names, which widget runs an action.

The bindings themselves stay on the classes that run them (`ReaderApp`, `ArticlePane`, `QuoteSidebar`); this
module derives the help screen and the command palette from them. It never imports the app: the app passes
its own bindings in, so `reader.ui.commands` can use this module without importing `reader.ui.app`.
"""

from __future__ import annotations

from collections.abc import Iterable

from textual.binding import Binding, BindingType

from .widgets.article_pane import ArticlePane
from .widgets.sidebar import QuoteSidebar

#: How a key is shown in the help screen and the palette (Textual's key names otherwise).
KEY_NAMES = {
    "down": "↓", "up": "↑", "pagedown": "PgDn", "pageup": "PgUp", "home": "Home", "end": "End",
    "right_square_bracket": "]", "left_square_bracket": "[", "tab": "Tab", "shift+tab": "Shift+Tab",
    "space": "Space", "slash": "/", "question_mark": "?", "f1": "F1", "escape": "Esc", "enter": "Enter",
    "equals_sign": "=", "plus": "+", "number_sign": "#", "right_curly_bracket": "}",
    "left_curly_bracket": "{",
}

PaletteRow = tuple[str, str, str]


def key_names(keys: str) -> str:
    """`"down,j"` as the user reads it: `"↓ j"`."""
    return " ".join(KEY_NAMES.get(k, k) for k in keys.split(","))


def bindings(items: Iterable[BindingType]) -> list[Binding]:
    return [b for b in items if isinstance(b, Binding)]


def own_actions(items: Iterable[BindingType]) -> set[str]:
    """Actions a widget runs itself (not forwarded to the app with an `app.` prefix)."""
    return {b.action for b in bindings(items) if not b.action.startswith("app.")}


PANE_ACTIONS = own_actions(ArticlePane.BINDINGS)
SIDEBAR_ACTIONS = own_actions(QuoteSidebar.BINDINGS)


def help_rows(app_bindings: Iterable[BindingType]) -> list[PaletteRow]:
    """(keys, description, action) for every key of the reading screen, pane keys first."""
    rows: list[PaletteRow] = []
    seen: set[str] = set()
    every = bindings(ArticlePane.BINDINGS) + bindings(app_bindings) + bindings(QuoteSidebar.BINDINGS)
    for binding in every:
        if binding.action in seen:
            continue
        seen.add(binding.action)
        keys = [b.key for b in every if b.action == binding.action]
        rows.append((key_names(",".join(keys)), binding.tooltip or binding.description, binding.action))
    rows.append(("ctrl+p", "Command palette (every action)", "command_palette"))
    return rows
