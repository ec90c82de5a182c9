"""The command palette provider: every action of the reading screen, by its description."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from textual.command import DiscoveryHit, Hit, Hits, Provider

if TYPE_CHECKING:
    from .app import ReaderApp


class ReaderCommands(Provider):
    """Lists the same actions as the help screen, with their keys as help text."""

    def _rows(self) -> list[tuple[str, str, str]]:
        from .app import help_rows

        return [row for row in help_rows() if row[2] != "command_palette"]

    def _run(self, action: str) -> None:
        app: ReaderApp = self.app  # type: ignore[assignment]
        app.run_command(action)

    async def discover(self) -> Hits:
        for keys, description, action in self._rows():
            yield DiscoveryHit(description, partial(self._run, action), help=f"key: {keys}")

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for keys, description, action in self._rows():
            score = matcher.match(description)
            if score > 0:
                yield Hit(score, matcher.highlight(description), partial(self._run, action),
                          text=description, help=f"key: {keys}")
