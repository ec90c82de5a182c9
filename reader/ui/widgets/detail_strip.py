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


class DetailStrip(Static):
    """Shows one aligned pair; updated by the app when the cursor moves."""

    #: Progress of the analysis (the app binds its `status` here): shown until there is a pair to show.
    status = var("", init=False)

    def watch_status(self, status: str) -> None:
        self.show_status(status)

    def show_status(self, message: str) -> None:
        self.update(literal(message, "$text-muted"), layout=False)

    def show_at(self, state: ReadingState, side: Side, cursor: int | None) -> None:
        """The pair under a pane's cursor, or why there is none (no sentences, the analysis still running)."""
        pair = None if cursor is None else state.pair_at(side, cursor)
        if pair is None:
            self.show_status("This article has no sentences." if cursor is None else self.status)
            return
        self.show_pair(pair.left_text, pair.right_text, pair.score, state.coverage, pair.marked, side)

    def show_pair(
        self,
        left: str,
        right: str,
        score: float | None,
        coverage: Coverage | None,
        marked: bool,
        active_side: Side,
    ) -> None:
        # Facts first: with long sentences the strip's fixed height cuts the end of the text, not them.
        facts: list[Content] = []
        if score is None:
            facts.append(Content.styled(f"only in the {SIDE_NAMES[active_side]} article", "$warning"))
        else:
            facts.append(Content(f"score {score:.2f}"))
        if marked:
            facts.append(Content.styled("marked", "$accent bold"))
        if coverage is not None:
            facts.append(Content.styled(f"coverage {coverage.describe()}", "$text-muted"))
        lines: list[Content] = [Content(" · ").join(facts)]
        if left or right:
            ops = word_diff(left, right) if left and right else []
            lines.append(diff_line(f"{SIDE_LETTERS[0]} ", left or "—", ops, 0))
            lines.append(diff_line(f"{SIDE_LETTERS[1]} ", right or "—", ops, 1))
        else:
            lines.append(Content.styled("No sentence under the cursor.", "$text-muted"))
        self.update(Content("\n").join(lines), layout=False)  # fixed height: no layout pass per move
