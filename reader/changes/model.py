"""The changes model: one fact-level difference between a linked pair of sentences.

Offsets are into `Document.text` of the side they belong to, so `text[start:end]` is the changed words; a side
where something is missing has empty `text` and `start == end` (the place where it would be).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

ChangeKind = Literal["number", "date", "name", "negation", "hedge", "quote", "attribution"]
#: The kinds in the order lists and summaries show them.
KINDS: tuple[ChangeKind, ...] = ("number", "date", "name", "negation", "hedge", "quote", "attribution")


@dataclass(frozen=True, slots=True)
class Span:
    """The changed words of one side: the sentence they are in and their offsets into `Document.text`."""

    sentence: int
    start: int
    end: int
    text: str

    def to_json(self) -> dict[str, object]:
        return {"sentence": self.sentence, "start": self.start, "end": self.end, "text": self.text}


@dataclass(frozen=True, slots=True)
class Change:
    """A fact-level difference between a left (retelling) and a right (source) sentence."""

    kind: ChangeKind
    left: Span
    right: Span
    summary: str
    #: a `name` change that is only a respelling of the same name (Podolak / Podolyak)
    spelling: bool = False

    def to_json(self) -> dict[str, object]:
        out: dict[str, object] = {"kind": self.kind, "left": self.left.to_json(),
                                  "right": self.right.to_json(), "summary": self.summary}
        if self.kind == "name":
            out["spelling"] = self.spelling
        return out
