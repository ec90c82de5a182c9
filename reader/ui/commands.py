"""The command palette provider: every action of the reading screen, by its description."""

from __future__ import annotations

from functools import partial
from typing import Protocol, cast

from textual.command import DiscoveryHit, Hit, Hits, Provider

from .keys import PaletteRow, help_rows


class CommandRunner(Protocol):
    """What the palette needs of the app (`ReaderApp.run_command`); typed here so this module never imports
    the app."""

    def run_command(self, action: str) -> None: ...


class ReaderCommands(Provider):
    """Lists the same actions as the help screen, with their keys as help text."""

    def _rows(self) -> list[PaletteRow]:
        return [row for row in help_rows(self.app.BINDINGS) if row[2] != "command_palette"]

    def _run(self, action: str) -> None:
        cast(CommandRunner, self.app).run_command(action)

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
