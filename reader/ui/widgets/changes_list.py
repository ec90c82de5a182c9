"""The sidebar's Changes list: the fact-level changes of the pair, grouped by kind with counts.

Enter on a change moves both panes to its sentences (`ChangeSelected`); it only shows what
`reader.changes.find_changes` found in the app's worker.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual.binding import Binding, BindingType
from textual.widgets import Tree

from ...text.sanitize import one_line
from ..messages import ChangeSelected
from .spans import CHANGE_KINDS

if TYPE_CHECKING:
    from ...changes.model import Change

#: What each kind means, for the help screen and the list's headings.
KIND_HELP: dict[str, str] = {
    "number": "a quantity, amount or count that differs or is on one side only",
    "date": "a date, weekday or time that differs or is on one side only",
    "name": "a person, place or organisation replaced (a respelling is shown dimmed)",
    "negation": "a statement turned into its opposite",
    "hedge": "certainty added or removed (may, likely, reportedly, according to …)",
    "quote": "the words inside quotation marks changed, or a quote became paraphrase",
    "attribution": "the same statement credited to a different speaker or source",
}


def change_label(change: Change) -> Text:
    """Where (sentence numbers) and the summary, without the kind its group already names."""
    where = Text(f"L{change.left.sentence + 1}↔R{change.right.sentence + 1} ", style="dim")
    summary = one_line(change.summary)
    if summary.startswith(change.kind + " "):
        summary = summary[len(change.kind) + 1:]
    return where + Text(summary, style="dim" if change.spelling else "")


class ChangesList(Tree["Change | None"]):
    """Kinds with their counts, expanded to their changes; j/k move as ↓/↑ do."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j", "cursor_down", "Down", id="changes-down", show=False, tooltip="Next row"),
        Binding("k", "cursor_up", "Up", id="changes-up", show=False, tooltip="Previous row"),
    ]

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__("changes", id=id)
        self.show_root = False
        self.guide_depth = 2  # the sidebar is narrow: room for the summaries
        self.changes: list[Change] | None = None

    def set_changes(self, changes: list[Change] | None, note: str = "") -> None:
        """Show these changes (None: not found, `note` says why; empty: none found)."""
        self.changes = changes
        self.clear()
        if changes is None:
            self.root.add_leaf(Text(note or "Finding changes…", style="dim"))
            return
        if not changes:
            self.root.add_leaf(Text("No fact-level change found between linked sentences.", style="dim"))
            return
        counts = Counter(c.kind for c in changes)
        for kind in CHANGE_KINDS:
            if not counts[kind]:
                continue
            heading = Text(f"{kind} ", style="bold") + Text(str(counts[kind]), style="dim")
            node = self.root.add(heading, data=None, expand=True)
            for change in changes:
                if change.kind == kind:
                    node.add_leaf(change_label(change), data=change)

    def on_tree_node_selected(self, event: Tree.NodeSelected[Change | None]) -> None:
        if event.node.data is not None:
            event.stop()
            self.post_message(ChangeSelected(event.node.data))
