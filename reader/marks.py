"""The user's marks: a marked pair of sentences (or of quotes) of the two articles, and its JSON form.

"Marks" in `reader` always means these user marks; quotation marks are `quotes.forms.quotemarks`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal


class MarkError(ValueError):
    """Marks whose JSON form cannot be used."""


#: "link": linked sentences of both articles; "quote": a quote pair (quote ids); "only": sentences of one
#: article that have no counterpart in the other (what the retelling added, or what it left out).
MarkKind = Literal["link", "quote", "only"]
MARK_KINDS: tuple[MarkKind, ...] = ("link", "quote", "only")
NOTE_MAX_CHARS = 500


@dataclass(frozen=True, slots=True)
class Mark:
    """A marked pair: sentence ids of each article (kinds "link" and "only") or quote ids (kind "quote").

    One side may be empty (a quote only in one article; an "only" mark has exactly one side), never both.
    `note` is the user's one-line note; it is not part of the mark's identity (a mark with a changed note
    is the same mark)."""

    kind: MarkKind
    left: tuple[int, ...]
    right: tuple[int, ...]
    note: str = field(default="", compare=False)

    def to_json(self) -> dict[str, object]:
        data: dict[str, object] = {"kind": self.kind, "left": list(self.left), "right": list(self.right)}
        if self.note:
            data["note"] = self.note
        return data


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
        note = item.get("note", "")
        if not isinstance(note, str) or len(note) > NOTE_MAX_CHARS:
            raise MarkError("a mark's note must be a string of at most 500 characters")
        mark = Mark(item["kind"], _ids(item.get("left")), _ids(item.get("right")), note)
        if not (mark.left or mark.right):
            raise MarkError("a mark has no ids on either side")
        if mark.kind == "only" and mark.left and mark.right:
            raise MarkError("an 'only' mark has sentences of one article only")
        if mark not in seen:
            seen.add(mark)
            marks.append(mark)
    return marks
