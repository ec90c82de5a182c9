"""Searching the active pane: `/` asks for the words, `n` and `N` go to the next and previous match.

The pane finds and highlights the matches (`ArticlePane.set_search`); this keeps the last query and tells the
user what happened. `ask` runs inside a Textual worker (`ReaderApp.action_search` is a `@work` method), so
the dialog is awaited with `push_screen_wait`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .dialogs.prompt import SearchDialog
from .state import SIDE_NAMES

if TYPE_CHECKING:
    from textual.app import App

    from .state import Side
    from .widgets.article_pane import ArticlePane


class PaneSearch:
    """The last query, offered again by the next `/` and named when `n` finds nothing more."""

    def __init__(self) -> None:
        self.last_query = ""

    async def ask(self, app: App[None], pane: ArticlePane, side: Side) -> None:
        """The search dialog, then the first match from the cursor on."""
        query = await app.push_screen_wait(SearchDialog(SIDE_NAMES[side], self.last_query))
        if not query:
            return
        self.last_query = query
        count = pane.set_search(query)
        if not count:
            app.notify(f"No match for “{query}” in the {SIDE_NAMES[side]} article.", severity="warning")
            return
        app.notify(f"{count} match{'es' if count != 1 else ''} for “{query}”; n / N for next and previous.")
        pane.move_cursor(pane.match_after(True, include_current=True))

    def step(self, app: App[None], pane: ArticlePane, side: Side, *, forward: bool) -> None:
        """The cursor to the next (or previous) match, or a word on why there is none."""
        target = pane.match_after(forward)
        if target is not None:
            pane.move_cursor(target)
            return
        app.notify(f"No match for “{self.last_query}” in the {SIDE_NAMES[side]} article; press / to search "
                   "again." if self.last_query else "No search yet: press / to search.", severity="warning")
