"""What every kind shares: items found on each side (a value and where it is), the ones the other side lacks,
and how they become `Change`s, placed with the word diff of the pair."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from ..worddiff import DiffOp, word_diff
from .model import Change, ChangeKind
from .passage import Passage

#: A replaced stretch of the word diff wider than this many characters on a side is not shown whole: the
#: change then shows the item itself.
WIDEST_OP = 60


@dataclass(frozen=True, slots=True)
class Item:
    """Something a kind found in a passage: its comparable value and its range in the passage text."""

    value: str
    start: int
    end: int
    text: str


@dataclass(slots=True)
class Pair:
    """A linked pair of passages and their word diff (computed once for every kind)."""

    left: Passage
    right: Passage
    ops: list[DiffOp] = field(default_factory=list)

    @classmethod
    def of(cls, left: Passage, right: Passage) -> Pair:
        return cls(left, right, word_diff(left.text, right.text))

    def op_at(self, side: int, start: int, end: int) -> DiffOp | None:
        """The diff step (not `equal`) overlapping this range of one side, if any."""
        for op in self.ops:
            a, b = (op.a_start, op.a_end) if side == 0 else (op.b_start, op.b_end)
            if op.tag != "equal" and ((a < end and start < b) or (a == b == start)):
                return op
        return None

    def place(self, side: int, start: int, end: int) -> int:
        """Where on the other side the words at this range would be (an offset of the other passage)."""
        op = self.op_at(side, start, end)
        if op is not None:
            return op.b_start if side == 0 else op.a_start
        for op in self.ops:
            if (op.a_end if side == 0 else op.b_end) >= start:
                return op.b_start if side == 0 else op.a_start
        return len(self.right.text if side == 0 else self.left.text)


def unmatched(left: list[Item], right: list[Item]) -> tuple[list[Item], list[Item]]:
    """Items of each side whose value the other side does not have (as many times)."""
    lc, rc = Counter(i.value for i in left), Counter(i.value for i in right)
    lost_l, lost_r = lc - rc, rc - lc
    out_l: list[Item] = []
    for i in left:
        if lost_l[i.value] > 0:
            lost_l[i.value] -= 1
            out_l.append(i)
    out_r: list[Item] = []
    for i in right:
        if lost_r[i.value] > 0:
            lost_r[i.value] -= 1
            out_r.append(i)
    return out_l, out_r


def _widened(pair: Pair, op: DiffOp | None, li: Item | None, ri: Item | None) -> tuple[int, int, int, int]:
    """The ranges shown for a change: the replaced stretch of the diff when it is short, else the items."""
    if op is not None and op.a_end - op.a_start <= WIDEST_OP and op.b_end - op.b_start <= WIDEST_OP:
        return op.a_start, op.a_end, op.b_start, op.b_end
    if li is not None and ri is not None:
        return li.start, li.end, ri.start, ri.end
    if li is not None:
        at = pair.place(0, li.start, li.end)
        return li.start, li.end, at, at
    assert ri is not None
    at = pair.place(1, ri.start, ri.end)
    return at, at, ri.start, ri.end


Describe = Callable[[str, str], str]


def make(kind: ChangeKind, pair: Pair, ranges: tuple[int, int, int, int], describe: Describe, *,
         spelling: bool = False) -> Change:
    ls, le, rs, re_ = ranges
    left, right = pair.left.span(ls, le), pair.right.span(rs, re_)
    return Change(kind, left, right, describe(left.text, right.text), spelling)


def changes_of(kind: ChangeKind, pair: Pair, left: list[Item], right: list[Item], describe: Describe, *,
               one_sided: bool = True, in_order: bool = True, widen: bool = True) -> list[Change]:
    """Changes for the items one side lacks: a left and a right item in the same diff step are one change
    (replaced); with `in_order`, other leftovers are paired in text order; with `one_sided`, what is left
    is reported as added or removed."""
    lost_l, lost_r = unmatched(left, right)
    out: list[Change] = []
    for li in list(lost_l):
        op = pair.op_at(0, li.start, li.end)
        if op is None:
            continue
        ri = next((r for r in lost_r if op.b_start <= r.start < max(op.b_end, op.b_start + 1)), None)
        if ri is None:
            continue
        lost_l.remove(li)
        lost_r.remove(ri)
        out.append(make(kind, pair, _widened(pair, op if widen else None, li, ri), describe))
    if in_order:
        while lost_l and lost_r:
            li, ri = lost_l.pop(0), lost_r.pop(0)
            out.append(make(kind, pair, (li.start, li.end, ri.start, ri.end), describe))
    if one_sided:
        for li in lost_l:
            op = pair.op_at(0, li.start, li.end) if widen else None
            out.append(make(kind, pair, _widened(pair, op, li, None), describe))
        for ri in lost_r:
            op = pair.op_at(1, ri.start, ri.end) if widen else None
            out.append(make(kind, pair, _widened(pair, op, None, ri), describe))
    return out


def summary(what: str) -> Describe:
    """A one-line summary maker: "number changed: '3,100' → '6,200'", "… added: …", "… removed: …"."""

    def describe(left: str, right: str) -> str:
        if left and right:
            return f"{what} changed: {_q(right)} → {_q(left)}"
        if left:
            return f"{what} added: {_q(left)}"
        return f"{what} removed: {_q(right)}"

    return describe


def _q(text: str) -> str:
    flat = " ".join(text.split())
    return "'" + (flat if len(flat) <= 70 else flat[:69] + "…") + "'"
