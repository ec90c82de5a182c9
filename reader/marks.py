"""The user's marks: a marked pair of sentences (or of quotes) of the two articles, and its JSON form.

"Marks" in `reader` always means these user marks; quotation marks are `quotes.forms.quotemarks`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal


class MarkError(ValueError):
    """Marks whose JSON form cannot be used."""


MarkKind = Literal["link", "quote"]
MARK_KINDS: tuple[MarkKind, ...] = ("link", "quote")


@dataclass(frozen=True, slots=True)
class Mark:
    """A marked pair: sentence ids of each article (kind "link") or quote ids (kind "quote").

    One side may be empty (a quote only in one article), never both."""

    kind: MarkKind
    left: tuple[int, ...]
    right: tuple[int, ...]

    def to_json(self) -> dict[str, object]:
        return {"kind": self.kind, "left": list(self.left), "right": list(self.right)}


def _ids(value: Any) -> tuple[int, ...]:
    if not isinstance(value, list):
        raise MarkError("mark ids must be a list")
    if not all(isinstance(i, int) and not isinstance(i, bool) and i >= 0 for i in value):
        raise MarkError("mark ids must be non-negative integers")
    return tuple(value)


def parse_marks(raw: Any) -> list[Mark]:
    """Marks from their JSON form; MarkError on any malformed entry. Duplicates are dropped."""
    if not isinstance(raw, list):
        raise MarkError("marks must be a list")
    marks: list[Mark] = []
    seen: set[Mark] = set()
    for item in raw:
        if not isinstance(item, dict) or item.get("kind") not in MARK_KINDS:
            raise MarkError("a mark has no valid kind")
        mark = Mark(item["kind"], _ids(item.get("left")), _ids(item.get("right")))
        if not (mark.left or mark.right):
            raise MarkError("a mark has no ids on either side")
        if mark not in seen:
            seen.add(mark)
            marks.append(mark)
    return marks
