"""The footer: the keys that fit the terminal's width, chosen by priority, never a label cut in half.

Textual's `Footer` lays out every shown binding in order and the last one runs under the palette key at 80
columns. This one keeps whole keys only: the most important first (`PRIORITY`, by binding id), shown in
their usual order; it recomposes when the width changes.
"""

from __future__ import annotations

from typing import ClassVar

from rich.cells import cell_len
from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import Footer
from textual.widgets._footer import FooterKey

#: Binding ids, most important first; keys not listed come after them, in their usual order.
PRIORITY: tuple[str, ...] = (
    "link-cancel", "link-here", "sentence-next", "pane-switch", "mark-toggle", "quote-mark", "link", "help",
    "quit", "export", "search", "unlinked-next", "sidebar-toggle", "linking-toggle",
)
#: The palette key on the right: its border, key, description and padding.
PALETTE_WIDTH = 14


def key_width(key_display: str, description: str) -> int:
    """Cells of one key in the footer: the key padded by one space each side, the description and a space."""
    return cell_len(key_display) + 2 + cell_len(description) + 1


class PriorityFooter(Footer):
    """A footer that shows the most important keys that fit, each one whole."""

    PRIORITY: ClassVar[tuple[str, ...]] = PRIORITY

    def _chosen(self, width: int) -> list[tuple[Binding, bool, str]]:
        seen: set[str] = set()
        shown: list[tuple[Binding, bool, str]] = []
        for _, binding, enabled, tooltip in self.screen.active_bindings.values():
            if binding.show and binding.action not in seen:
                seen.add(binding.action)
                shown.append((binding, enabled, tooltip))
        rank = {name: n for n, name in enumerate(self.PRIORITY)}
        order = sorted(range(len(shown)), key=lambda i: (rank.get(shown[i][0].id or "", len(rank)), i))
        room = width - PALETTE_WIDTH
        keep: set[int] = set()
        for i in order:
            binding = shown[i][0]
            cells = key_width(self.app.get_key_display(binding), binding.description)
            if cells <= room:
                keep.add(i)
                room -= cells
        return [item for i, item in enumerate(shown) if i in keep]

    def compose(self) -> ComposeResult:
        if not self._bindings_ready:
            return
        width = self.size.width or self.app.size.width
        for binding, enabled, tooltip in self._chosen(width):
            yield FooterKey(binding.key, self.app.get_key_display(binding), binding.description,
                            binding.action, disabled=not enabled, tooltip=tooltip,
                            ).data_bind(compact=Footer.compact)
        palette = self.screen.active_bindings.get(self.app.COMMAND_PALETTE_BINDING)
        if self.show_command_palette and self.app.ENABLE_COMMAND_PALETTE and palette is not None:
            _, binding, enabled, tooltip = palette
            yield FooterKey(binding.key, self.app.get_key_display(binding), binding.description,
                            binding.action, classes="-command-palette", disabled=not enabled,
                            tooltip=binding.tooltip or binding.description)

    def on_resize(self, event: events.Resize) -> None:
        if self._bindings_ready:
            self.call_after_refresh(self.recompose)
