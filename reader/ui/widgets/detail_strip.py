"""The detail strip: the current pair with word-level differences, the link score and coverage figures."""

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
    from ..state import ReadingState

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

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._pair: tuple[str, str, float | None, Coverage | None, bool, Side] | None = None

    def watch_status(self, status: str) -> None:
        self.show_status(status)

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
        self.show_pair(pair.left_text, pair.right_text, pair.score, state.coverage, pair.marked, side)

    def _height(self) -> int:
        """Lines of text the strip shows: its fixed height, or up to half the screen when expanded."""
        compact = max(3, self.content_region.height or 5)
        return max(compact, self.app.size.height // 2 - 1) if self.expanded else compact

    def show_pair(
        self,
        left: str,
        right: str,
        score: float | None,
        coverage: Coverage | None,
        marked: bool,
        active_side: Side,
    ) -> None:
        self._pair = (left, right, score, coverage, marked, active_side)
        facts: list[Content] = []
        if score is None:
            facts.append(Content.styled(f"only in the {SIDE_NAMES[active_side]} article", "$warning"))
        else:
            facts.append(Content(f"score {score:.2f}"))
        if marked:
            facts.append(Content.styled("marked", "$accent bold"))
        if coverage is not None:
            facts.append(Content.styled(f"coverage {coverage.describe()}", "$text-muted"))
        facts.append(Content.styled("D: compact" if self.expanded else "D: whole pair", "$text-muted"))
        width = max(8, self.content_region.width or self.app.size.width - 2)
        head = Content(" · ").join(facts).wrap(width)
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
            head = Content(" · ").join(facts[:-1]).wrap(width)
        # Facts first: they never scroll away. Compact, the strip's height is fixed: no layout pass per move.
        self.update(Content("\n").join([*head, *lines]), layout=self.expanded)
