"""The user's corrections of a pair's alignment, their JSON form and an undo history.

A correction names sentences by document id (as links and marks do):

- a **manual** link: sentences a person linked (kept as they are, status "manual");
- a **confirmed** link: an aligner link a person checked (kept as it is, status "confirmed");
- a **rejected** pair: left and right sentences that must never be linked by the aligner again (every
  (left, right) combination of the two groups is rejected).

`Corrections` is immutable: every operation returns a new value, so the undo history keeps the values before
and after each step (plain data; a pair holds a few hundred corrections at most). JSON form:

    {"manual": [{"left": [3], "right": [7, 8]}], "confirmed": [...], "rejected": [...]}
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, Literal

from ..align.constraints import Constraints
from ..alignment import Link
from ..marks import Mark


class CorrectionError(ValueError):
    """Corrections whose JSON form (or whose ids) cannot be used."""


@dataclass(frozen=True, slots=True)
class LinkPair:
    """Sentence ids of each side (sorted, no duplicates, neither side empty)."""

    left: tuple[int, ...]
    right: tuple[int, ...]

    @classmethod
    def of(cls, left: Iterable[int], right: Iterable[int]) -> LinkPair:
        pair = cls(tuple(sorted(set(left))), tuple(sorted(set(right))))
        if not pair.left or not pair.right:
            raise CorrectionError("a correction needs sentences on both sides")
        return pair

    def mirrored(self) -> LinkPair:
        return LinkPair(self.right, self.left)

    def combos(self) -> set[tuple[int, int]]:
        """Every (left id, right id) combination."""
        return {(i, j) for i in self.left for j in self.right}

    def to_json(self) -> dict[str, list[int]]:
        return {"left": list(self.left), "right": list(self.right)}


CorrectionKind = Literal["manual", "confirmed", "rejected"]
CORRECTION_KINDS: tuple[CorrectionKind, ...] = ("manual", "confirmed", "rejected")


def _add(items: tuple[LinkPair, ...], pair: LinkPair) -> tuple[LinkPair, ...]:
    return items if pair in items else (*items, pair)


def _drop(items: tuple[LinkPair, ...], pair: LinkPair) -> tuple[LinkPair, ...]:
    return tuple(p for p in items if p != pair)


@dataclass(frozen=True, slots=True)
class Corrections:
    """Manual, confirmed and rejected links of one pair of documents, in the order they were made."""

    manual: tuple[LinkPair, ...] = ()
    confirmed: tuple[LinkPair, ...] = ()
    rejected: tuple[LinkPair, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.manual or self.confirmed or self.rejected)

    def get(self, kind: CorrectionKind) -> tuple[LinkPair, ...]:
        return {"manual": self.manual, "confirmed": self.confirmed, "rejected": self.rejected}[kind]

    @property
    def anchors(self) -> list[Link]:
        """The manual and confirmed links, with their status (score 1.0: a person decided)."""
        return [Link(p.left, p.right, 1.0, "manual") for p in self.manual] + \
            [Link(p.left, p.right, 1.0, "confirmed") for p in self.confirmed if p not in self.manual]

    def constraints(self) -> Constraints:
        """These corrections as the aligner's constraints (`align_documents(..., constraints=...)`)."""
        return Constraints(tuple(self.anchors), tuple((p.left, p.right) for p in self.rejected))

    def rejected_combos(self) -> set[tuple[int, int]]:
        return {c for p in self.rejected for c in p.combos()}

    def mirrored(self) -> Corrections:
        return Corrections(*(tuple(p.mirrored() for p in self.get(k)) for k in CORRECTION_KINDS))

    # Operations (each returns the new corrections).
    def with_link(self, left: Iterable[int], right: Iterable[int],
                  replaces: LinkPair | None = None) -> Corrections:
        """A manual link; rejected pairs sharing a combination with it are no longer rejected (the person
        has now linked those sentences), and a confirmed link of the same sentences becomes manual.
        `replaces`: a link this one grows from (a sentence added on either side), dropped from the manual
        and confirmed links without being rejected."""
        pair = LinkPair.of(left, right)
        combos = pair.combos()
        manual, confirmed = self.manual, _drop(self.confirmed, pair)
        if replaces is not None and replaces != pair:
            manual, confirmed = _drop(manual, replaces), _drop(confirmed, replaces)
        return Corrections(_add(manual, pair), confirmed,
                           tuple(p for p in self.rejected if not (p.combos() & combos)))

    def with_unlink(self, left: Iterable[int], right: Iterable[int]) -> Corrections:
        """Remove a link (of any status) and reject its sentences so re-alignment never proposes it."""
        pair = LinkPair.of(left, right)
        return Corrections(_drop(self.manual, pair), _drop(self.confirmed, pair), _add(self.rejected, pair))

    def with_confirm(self, left: Iterable[int], right: Iterable[int]) -> Corrections:
        """Confirm an aligner link (a manual link is already a person's: unchanged)."""
        pair = LinkPair.of(left, right)
        if pair in self.manual:
            return self
        return Corrections(self.manual, _add(self.confirmed, pair), _drop(self.rejected, pair))

    def to_json(self) -> dict[str, list[dict[str, list[int]]]]:
        return {k: [p.to_json() for p in self.get(k)] for k in CORRECTION_KINDS}

    def check_ids(self, left_size: int, right_size: int) -> None:
        """CorrectionError when an id is past the end of its document."""
        for kind in CORRECTION_KINDS:
            for p in self.get(kind):
                if p.left[-1] >= left_size or p.right[-1] >= right_size:
                    raise CorrectionError("a correction points past the end of a document")


NO_CORRECTIONS = Corrections()


def _ids(value: Any) -> tuple[int, ...]:
    if not isinstance(value, list) or not value:
        raise CorrectionError("correction ids must be a non-empty list")
    if not all(isinstance(i, int) and not isinstance(i, bool) and i >= 0 for i in value):
        raise CorrectionError("correction ids must be non-negative integers")
    return tuple(value)


def parse_corrections(raw: Any) -> Corrections:
    """Corrections from their JSON form (None or a missing kind: none); CorrectionError when malformed.
    Duplicates are dropped."""
    if raw is None:
        return NO_CORRECTIONS
    if not isinstance(raw, dict):
        raise CorrectionError("corrections must be an object")
    parts: dict[str, tuple[LinkPair, ...]] = {}
    for kind in CORRECTION_KINDS:
        items = raw.get(kind, [])
        if not isinstance(items, list):
            raise CorrectionError(f"{kind} corrections must be a list")
        pairs: list[LinkPair] = []
        for item in items:
            if not isinstance(item, dict):
                raise CorrectionError("a correction must be an object")
            pairs.append(LinkPair.of(_ids(item.get("left")), _ids(item.get("right"))))
        parts[kind] = tuple(dict.fromkeys(pairs))
    return Corrections(**parts)


def merge_corrections(base: Corrections, mine: Corrections, on_disk: Corrections) -> Corrections:
    """What the file holds, with this store's additions and removals (since `base`) applied, per kind."""
    parts: dict[str, tuple[LinkPair, ...]] = {}
    for kind in CORRECTION_KINDS:
        b, m = set(base.get(kind)), mine.get(kind)
        removed = b - set(m)
        kept = [p for p in on_disk.get(kind) if p not in removed]
        parts[kind] = tuple(dict.fromkeys([*kept, *(p for p in m if p not in b or p in kept)]))
    return Corrections(**parts)


# The undo history ---------------------------------------------------------------------------------------

StepKind = Literal["link", "unlink", "confirm", "marks"]


@dataclass(frozen=True, slots=True)
class Step:
    """One reversible operation: the corrections before and after it, and the marks it added and removed.

    A changed note is the old mark removed and the new one added (equal marks: remove first, then add)."""

    kind: StepKind
    before: Corrections
    after: Corrections
    marks_added: tuple[Mark, ...] = ()
    marks_removed: tuple[Mark, ...] = ()

    def inverse(self) -> Step:
        return Step(self.kind, self.after, self.before, self.marks_removed, self.marks_added)


UNDO_LEVELS = 100


@dataclass(slots=True)
class Review:
    """The corrections of one pair and their undo history (the app holds one per open pair).

    `link`, `unlink` and `confirm` change `corrections` and return the `Step` (None when nothing changed);
    `record_marks` records a mark change the caller already made; `undo` reverts the last step and returns
    its inverse: the corrections to use now (`after`) and the marks to remove (`marks_removed`, first) and add
    again (`marks_added`)."""

    corrections: Corrections = NO_CORRECTIONS
    history: list[Step] = field(default_factory=list)
    levels: int = UNDO_LEVELS

    def _push(self, step: Step) -> Step | None:
        if step.before == step.after and not (step.marks_added or step.marks_removed):
            return None
        self.history.append(step)
        del self.history[: -self.levels]
        self.corrections = step.after
        return step

    def link(self, left: Iterable[int], right: Iterable[int],
             replaces: LinkPair | None = None) -> Step | None:
        """Link sentences (n:m); `replaces` a link it grows from (see `Corrections.with_link`)."""
        return self._push(Step("link", self.corrections, self.corrections.with_link(left, right, replaces)))

    def unlink(self, left: Iterable[int], right: Iterable[int]) -> Step | None:
        return self._push(Step("unlink", self.corrections, self.corrections.with_unlink(left, right)))

    def confirm(self, left: Iterable[int], right: Iterable[int]) -> Step | None:
        return self._push(Step("confirm", self.corrections, self.corrections.with_confirm(left, right)))

    def record_marks(self, added: Iterable[Mark] = (), removed: Iterable[Mark] = ()) -> Step | None:
        c = self.corrections
        return self._push(Step("marks", c, c, tuple(added), tuple(removed)))

    def undo(self) -> Step | None:
        """Revert the last step; None when there is nothing to undo."""
        if not self.history:
            return None
        step = self.history.pop().inverse()
        self.corrections = step.after
        return step
