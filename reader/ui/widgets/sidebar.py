"""The sidebar, in two tabs: speakers and their quotes (with a filter), and the Changes list; selecting a
quote or a change moves the panes.

It only shows what `reader.quotes` and `reader.changes` computed in the app's worker; it never analyses text
itself.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar, cast

from rich.text import Text
from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.widgets import Checkbox, Input, Static, TabbedContent, TabPane, Tree

from ..literal import LiteralInput, literal
from ..messages import QuoteMarkToggled, QuoteSelected, QuoteTarget
from ..state import SIDE_LETTERS, Side
from .changes_list import ChangesList

if TYPE_CHECKING:
    from ...quotes.model import Quote, QuoteReport

VERDICT_SIGNS = {"verbatim": "=", "shortened": "-", "extended": "+", "reworded": "~", "only": "!"}
#: What "reworded only" keeps: every quote whose words changed (a cut or an addition is a change too).
CHANGED = frozenset({"reworded", "shortened", "extended"})
PREVIEW_WORDS = 6


def _preview(text: str) -> str:
    words = text.split()
    short = " ".join(words[:PREVIEW_WORDS])
    return short + ("…" if len(words) > PREVIEW_WORDS else "")


#: The signs of the quote rows, for the help screen: (sign, what it says).
SIGN_LEGEND: tuple[tuple[str, str], ...] = (
    (VERDICT_SIGNS["verbatim"], "verbatim: the same words in both articles"),
    (VERDICT_SIGNS["shortened"], "shortened: words left out in the other article"),
    (VERDICT_SIGNS["extended"], "extended: words added in the other article"),
    (VERDICT_SIGNS["reworded"], "reworded: words changed"),
    (VERDICT_SIGNS["only"], "only in this article (no counterpart)"),
    ("*", "marked quote pair (m marks it; exported with e)"),
    ("italic", "a partial quote: a few quoted words in reported speech, credited to the speaker"),
    ("L R", "the article the quote is in"),
)


class QuoteTree(Tree[int | None]):
    """The speakers and their quotes; j/k move as ↓/↑ do (PgDn, PgUp, Home, End come with `Tree`)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j", "cursor_down", "Down", id="sidebar-down", show=False, tooltip="Next row"),
        Binding("k", "cursor_up", "Up", id="sidebar-up", show=False, tooltip="Previous row"),
    ]


class QuoteSidebar(Vertical):
    """Speakers with their quote counts per article, expandable to the quotes."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("t", "switch_tab", "Quotes / changes", id="sidebar-tab",
                tooltip="In the sidebar: switch between the quotes and the changes"),
        Binding("m", "mark_quote", "Mark quote pair", id="quote-mark",
                tooltip="In the sidebar: mark or unmark the highlighted quote and its counterpart"),
        Binding("escape", "app.focus_sidebar", "Back to the panes", id="sidebar-leave", show=False,
                tooltip="In the sidebar: back to the panes"),
    ]

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.report: QuoteReport | None = None
        self.marked: set[int] = set()

    def compose(self) -> ComposeResult:
        with TabbedContent(id="sidebar-tabs"):
            with TabPane("Quotes", id="tab-quotes"):
                yield LiteralInput(placeholder="filter speakers and quotes", id="quote-filter")
                yield Checkbox("reworded only", id="reworded-only")
                yield Static("Waiting for the alignment…", id="quote-note")
                tree = QuoteTree("speakers", id="quote-tree")
                tree.show_root = False
                yield tree
                yield Static("", id="quote-full")
            with TabPane("Changes", id="tab-changes"):
                yield ChangesList(id="changes-list")

    @property
    def changes_list(self) -> ChangesList:
        return self.query_one(ChangesList)

    def show_tab(self, tab: str) -> None:
        """Show the "quotes" or the "changes" tab."""
        self.query_one(TabbedContent).active = f"tab-{tab}"

    def action_switch_tab(self) -> None:
        tabs = self.query_one(TabbedContent)
        tabs.active = "tab-changes" if tabs.active == "tab-quotes" else "tab-quotes"
        self.focus_list()

    def set_report(self, report: QuoteReport | None, note: str = "") -> None:
        self.report = report
        self.query_one("#quote-note", Static).update(literal(note))
        self.query_one("#quote-note", Static).display = bool(note)
        self.rebuild()

    def set_status(self, note: str) -> None:
        """Progress while the quote analysis runs (the report replaces it)."""
        if self.report is None:
            note_widget = self.query_one("#quote-note", Static)
            note_widget.update(literal(note))
            note_widget.display = True

    def rebuild(self) -> None:
        tree: Tree[int | None] = self.query_one("#quote-tree", Tree)
        tree.clear()
        report = self.report
        if report is None:
            return
        needle = self.query_one("#quote-filter", Input).value.strip().casefold()
        reworded_only = self.query_one("#reworded-only", Checkbox).value
        speakers = sorted(report.speakers, key=lambda s: (s.anonymous, -len(s.quotes), s.name.casefold()))
        shown = 0
        for speaker in speakers:
            # A partial quote is listed when it is someone's speech (`Quote.speech`: quoted words in a clause
            # credited to the speaker); scare quotes and titles are not.
            quotes = [report.quotes[q] for q in speaker.quotes
                      if report.quotes[q].kind != "partial" or report.quotes[q].speech]
            if reworded_only:
                quotes = [q for q in quotes if self._verdict(q.id) in CHANGED]
            name_hit = not needle or needle in speaker.name.casefold() or any(
                needle in alias.casefold() for alias in speaker.aliases)
            if not name_hit:
                quotes = [q for q in quotes if needle in q.text.casefold()]
            if not quotes:
                continue
            label = Text(f"{speaker.name} ")
            label.append(f"L{speaker.count(0)} R{speaker.count(1)}", style="dim")
            node = tree.root.add(label, data=None, expand=bool(needle))
            for quote in quotes:
                node.add_leaf(self._quote_label(quote), data=quote.id)
            shown += 1
        if not shown:
            tree.root.add_leaf(Text("no speaker matches", style="dim"))
        if tree.has_focus:
            tree.cursor_line = 0  # rebuilt under the user's eyes: keep a highlighted row

    def _quote_label(self, quote: Quote) -> Text:
        line = Text("* " if quote.id in self.marked else "", style="bold")
        line.append(f"{SIDE_LETTERS[quote.doc] if quote.doc < 2 else '?'} ")
        line.append(VERDICT_SIGNS.get(self._verdict(quote.id), " ") + " ", style="bold")
        other = self.report.named_differently(quote) if self.report is not None else None
        if other:  # the article names the speaker otherwise here: a spelling variant is worth seeing first
            line.append(f"as {' '.join(other.split()[-2:])}: ", style="italic")
        line.append(_preview(quote.text), style="italic" if quote.kind == "partial" else "")
        return line

    def set_marked(self, quote_ids: set[int]) -> None:
        """Star the quotes of marked quote pairs (as the panes do), keeping the tree as it is."""
        if quote_ids == self.marked or self.report is None:
            self.marked = set(quote_ids)
            return
        self.marked = set(quote_ids)
        for speaker_node in self.query_one("#quote-tree", Tree).root.children:
            for leaf in speaker_node.children:
                if leaf.data is not None:
                    leaf.set_label(self._quote_label(self.report.quotes[leaf.data]))

    def _verdict(self, quote_id: int) -> str:
        match = self.report.match_of(quote_id) if self.report is not None else None
        return match.verdict if match is not None else "only"

    def _target(self, quote: Quote) -> QuoteTarget | None:
        if quote.sentence is None:
            return None
        return QuoteTarget(cast("Side", quote.doc), quote.sentence)  # the app's report has two documents

    def _counterpart(self, quote_id: int) -> QuoteTarget | None:
        report = self.report
        match = report.match_of(quote_id) if report is not None else None
        if report is None or match is None:
            return None
        other = match.right if report.quotes[quote_id].doc == 0 else match.left
        return None if other is None else self._target(report.quotes[other])

    @on(Input.Changed, "#quote-filter")
    @on(Checkbox.Changed, "#reworded-only")
    def _filter_changed(self) -> None:
        self.rebuild()

    @on(Tree.NodeHighlighted, "#quote-tree")
    def _show_full(self, event: Tree.NodeHighlighted[int | None]) -> None:
        """The highlighted quote whole, wrapped, under the list (the rows show its first words only)."""
        full = self.query_one("#quote-full", Static)
        quote_id = event.node.data
        if quote_id is None or self.report is None:
            full.display = False
            return
        quote = self.report.quotes[quote_id]
        head = f"{SIDE_LETTERS[quote.doc] if quote.doc < 2 else '?'} · {self._verdict(quote_id)}"
        if quote.speaker is not None:
            head += f" · {self.report.speakers[quote.speaker].name}"
        full.update(literal(head, "$text-muted") + literal("\n" + quote.text))
        full.display = True

    def on_tree_node_selected(self, event: Tree.NodeSelected[int | None]) -> None:
        quote_id = event.node.data
        if quote_id is None or self.report is None:
            return
        target = self._target(self.report.quotes[quote_id])
        if target is not None:
            self.post_message(QuoteSelected(target, self._counterpart(quote_id)))

    def action_mark_quote(self) -> None:
        tree: Tree[int | None] = self.query_one("#quote-tree", Tree)
        node = tree.cursor_node
        if node is None or node.data is None:
            self.notify("Highlight a quote (not a speaker) to mark it.", severity="warning")
            return
        self.post_message(QuoteMarkToggled(node.data))

    def focus_list(self) -> None:
        """Focus the list of the tab shown."""
        changes = self.query_one(TabbedContent).active == "tab-changes"
        self.query_one("#changes-list" if changes else "#quote-tree", Tree).focus()

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        """A tree reached with S or Tab highlights its first row, so the first Enter acts on it."""
        widget = event.widget
        if isinstance(widget, Tree) and widget.cursor_line < 0 and widget.root.children:
            widget.cursor_line = 0
