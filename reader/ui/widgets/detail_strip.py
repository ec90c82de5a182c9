"""The detail strip: the current pair with word-level differences, the link's score and status, the mark's
note, coverage figures, and what is happening while a link is being made."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.content import Content
from textual.reactive import var
from textual.widgets import Static

from ...stats import Coverage
from ...worddiff import DiffOp, word_diff
from ..literal import literal
from ..state import SIDE_LETTERS, SIDE_NAMES, Side

if TYPE_CHECKING:
    from ..state import Pair, ReadingState

REMOVED = "$error strike"
ADDED = "$success bold"
CHANGED_LEFT = "$error"
CHANGED_RIGHT = "$success"


def diff_line(prefix: str, text: str, ops: list[DiffOp], side: Side) -> Content:
    """One side of the pair, its removed (left) or added (right) words coloured. Text is never markup."""
    content = Content(text)
    for op in ops:
        if op.tag == "equal":
            continue
        if side == 0 and op.a_end > op.a_start:
            content = content.stylize(REMOVED if op.tag == "delete" else CHANGED_LEFT, op.a_start, op.a_end)
        if side == 1 and op.b_end > op.b_start:
            content = content.stylize(ADDED if op.tag == "insert" else CHANGED_RIGHT, op.b_start, op.b_end)
    return Content.styled(prefix, "$text-muted") + content


#: The status of a link in the strip, and its style (a person's decision stands out).
STATUS_WORDS = {"auto": "auto", "confirmed": "confirmed ✓", "manual": "manual ◆"}
STATUS_STYLES = {"auto": "$text-muted", "confirmed": "$text-success bold", "manual": "$text-primary bold"}

#: The colour of each kind of change (as the panes underline its words) and how many the compact strip lists.
KIND_STYLES = {"number": "$text-warning", "date": "$text-secondary", "name": "$text-primary",
               "negation": "$text-error", "hedge": "$text-accent", "quote": "$text-success",
               "attribution": "$text-primary"}
COMPACT_CHANGES = 1

#: Lines the compact strip gives each side of a pair (a side that needs fewer leaves them to the other).
ELLIPSIS = "…"


def cut_lines(lines: list[Content], budget: int, width: int) -> tuple[list[Content], bool]:
    """At most `budget` wrapped lines; a cut shows as an ellipsis at the end of the last line kept."""
    if len(lines) <= budget:
        return lines, False
    kept = lines[:max(1, budget)]
    last = kept[-1].rstrip()
    if last.cell_length + 1 > width:
        last = last[: max(0, width - 1)]
    kept[-1] = last + Content.styled(ELLIPSIS, "bold $warning")
    return kept, True


def share(needs: tuple[int, int], budget: int) -> tuple[int, int]:
    """Split `budget` lines between two sides: half each, a side that needs less leaves the rest."""
    half = budget // 2
    left = min(needs[0], max(half, budget - needs[1]))
    return left, budget - left


class DetailStrip(Static):
    """Shows one aligned pair; updated by the app when the cursor moves.

    Compact (the default), the two sides share the strip's lines and a cut side ends in an ellipsis, with a
    hint that `D` shows the whole pair; `expanded`, the strip grows up to half the screen."""

    #: Progress of the analysis (the app binds its `status` here): shown until there is a pair to show.
    status = var("", init=False)
    #: The whole pair (up to half the screen) instead of a few lines of each side.
    expanded = var(False, init=False)
    #: What a link being made needs next (`=`), shown first; empty when no link is being made.
    picking = var("", init=False)

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._pair: tuple[Pair, Coverage | None, Side] | None = None

    def watch_status(self, status: str) -> None:
        self.show_status(status)

    def watch_picking(self) -> None:
        self._redraw()

    def watch_expanded(self, expanded: bool) -> None:
        self.set_class(expanded, "-expanded")
        self._redraw()

    def on_resize(self) -> None:
        self._redraw()

    def _redraw(self) -> None:
        if self._pair is not None:
            self.show_pair(*self._pair)

    def show_status(self, message: str) -> None:
        self._pair = None
        self.update(literal(message, "$text-muted"), layout=self.expanded)

    def show_at(self, state: ReadingState, side: Side, cursor: int | None) -> None:
        """The pair under a pane's cursor, or why there is none (no sentences, the analysis still running)."""
        pair = None if cursor is None else state.pair_at(side, cursor)
        if pair is None:
            self.show_status("This article has no sentences." if cursor is None else self.status)
            return
        self.show_pair(pair, state.coverage, side)

    def _height(self) -> int:
        """Lines of text the strip shows: its fixed height, or up to half the screen when expanded."""
        compact = max(3, self.content_region.height or 5)
        return max(compact, self.app.size.height // 2 - 1) if self.expanded else compact

    def _facts(self, pair: Pair, coverage: Coverage | None, active_side: Side) -> list[Content]:
        """The facts line's items: score and status (or "only in …"), marked, coverage."""
        facts: list[Content] = []
        if pair.score is None:
            facts.append(Content.styled(f"only in the {SIDE_NAMES[active_side]} article", "$warning"))
        else:
            status = pair.status or "auto"
            facts.append(Content(f"score {pair.score:.2f}"))
            facts.append(Content.styled(STATUS_WORDS[status], STATUS_STYLES[status]))
        if pair.marked:
            facts.append(Content.styled("marked", "$accent bold"))
        if coverage is not None:
            facts.append(Content.styled(f"coverage {coverage.describe()}", "$text-muted"))
        return facts

    def _head(self, pair: Pair, facts: list[Content], width: int) -> list[Content]:
        """What a link being made needs next, the facts line, the note: lines that never scroll away."""
        head = Content(" · ").join(facts).wrap(width)
        if pair.notes:
            note = Content.styled("note: ", "$accent bold") + literal(" / ".join(pair.notes), one_line=True)
            head = [*head, *note.wrap(width)]
        shown = pair.changes if self.expanded else pair.changes[:COMPACT_CHANGES]
        more = len(pair.changes) - len(shown)
        for n, change in enumerate(shown):
            line = literal(change.summary, one_line=True)
            if not change.summary.startswith(change.kind):
                line = Content(f"{change.kind}: ") + line
            line = line.stylize(f"bold {KIND_STYLES[change.kind]}", 0, len(change.kind))
            if more and n == len(shown) - 1:  # compact: the count of the others ends the one line shown
                tail = Content.styled(f" +{more} more (D)", "$text-muted")
                line = line.truncate(max(1, width - tail.cell_length), ellipsis=True) + tail
            head = [*head, *(line.wrap(width) if self.expanded else [line.truncate(width, ellipsis=True)])]
        if self.picking:  # compact: one line, so that the pair keeps its lines on a small screen
            picking = literal(self.picking, "bold $text-warning")
            lines = picking.wrap(width) if self.expanded else [picking.truncate(width, ellipsis=True)]
            head = [*lines, *head]
        return head

    def show_pair(self, pair: Pair, coverage: Coverage | None, active_side: Side) -> None:
        self._pair = (pair, coverage, active_side)
        left, right = pair.left_text, pair.right_text
        facts = self._facts(pair, coverage, active_side)
        hint = Content.styled("D: compact" if self.expanded else "D: whole pair", "$text-muted")
        width = max(8, self.content_region.width or self.app.size.width - 2)
        head = self._head(pair, [*facts, hint], width)
        lines: list[Content] = []
        cut = False
        if left or right:
            ops = word_diff(left, right) if left and right else []
            sides = [diff_line(f"{SIDE_LETTERS[n]} ", text or "—", ops, n).wrap(width)  # type: ignore[arg-type]
                     for n, text in enumerate((left, right))]
            budgets = share((len(sides[0]), len(sides[1])), max(2, self._height() - len(head)))
            for wrapped, budget in zip(sides, budgets, strict=True):
                kept, side_cut = cut_lines(wrapped, budget, width)
                lines.extend(kept)
                cut = cut or side_cut
        else:
            lines.append(Content.styled("No sentence under the cursor.", "$text-muted"))
        if not cut and not self.expanded:  # nothing hidden: no hint
            head = self._head(pair, facts, width)
        # Facts first: they never scroll away. Compact, the strip's height is fixed: no layout pass per move.
        self.update(Content("\n").join([*head, *lines]), layout=self.expanded)
