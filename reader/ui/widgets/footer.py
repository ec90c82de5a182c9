"""The footer: the keys that fit the terminal's width, chosen by priority, never a label cut in half.

Textual's `Footer` lays out every shown binding in order and the last one runs under the palette key at 80
columns. This one keeps whole keys only: the most important first (`PRIORITY`, by binding id), shown in
their usual order; it recomposes when the width changes.

Recomposing costs a few ms per key (each key's styles are applied again), and at start-up the screen asks
for it several times before its first paint (bindings ready, the first resize, the pane taking the focus):
the footer recomposes only when the keys it would show have changed, its first compose already shows the
keys active then, and a key's `compact` class is set once instead of on then off again (`FooterKey` starts
compact, the footer is not).
"""

from __future__ import annotations

from typing import ClassVar, NamedTuple

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


class ShownKey(NamedTuple):
    """One key as the footer shows it."""

    key: str
    display: str
    description: str
    action: str
    enabled: bool
    tooltip: str
    palette: bool = False


class PriorityFooter(Footer):
    """A footer that shows the most important keys that fit, each one whole."""

    PRIORITY: ClassVar[tuple[str, ...]] = PRIORITY

    def __init__(self) -> None:
        super().__init__()
        #: What the last compose showed (see `_shown`): a recompose that would show the same is skipped.
        self._composed: tuple[bool, tuple[ShownKey, ...]] | None = None

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

    def _shown(self) -> tuple[bool, tuple[ShownKey, ...]]:
        """The footer's style and the keys a compose would show now (the palette key last).

        Unlike Textual's footer, the first compose does not wait for the screen's "bindings ready" signal:
        it shows the keys active then (the app's, while the articles load), so the first frame has its
        footer, and the recompose that signal asks for finds the same keys and is skipped.
        """
        width = self.size.width or self.app.size.width
        keys = [ShownKey(binding.key, self.app.get_key_display(binding), binding.description, binding.action,
                         enabled, tooltip) for binding, enabled, tooltip in self._chosen(width)]
        palette = self.screen.active_bindings.get(self.app.COMMAND_PALETTE_BINDING)
        if self.show_command_palette and self.app.ENABLE_COMMAND_PALETTE and palette is not None:
            _, binding, enabled, _tooltip = palette
            tooltip = binding.tooltip or binding.description
            keys.append(ShownKey(binding.key, self.app.get_key_display(binding), binding.description,
                                 binding.action, enabled, tooltip, palette=True))
        return self.compact, tuple(keys)

    async def recompose(self) -> None:
        if self._shown() != self._composed:
            await super().recompose()

    def compose(self) -> ComposeResult:
        self._composed = compact, keys = self._shown()
        for item in keys:
            widget = FooterKey(item.key, item.display, item.description, item.action,
                               classes="-command-palette" if item.palette else "", disabled=not item.enabled,
                               tooltip=item.tooltip)
            if item.palette:  # as Textual's footer: the palette key keeps FooterKey's own (compact) style
                yield widget
            else:
                widget.set_reactive(FooterKey.compact, compact)  # not compact at mount and not again at once
                yield widget.data_bind(compact=Footer.compact)

    def on_resize(self, event: events.Resize) -> None:
        if self._bindings_ready:
            self.call_after_refresh(self.recompose)
