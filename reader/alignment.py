"""The alignment model: n:m links between the sentences of two documents, each with a score in [0, 1]."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Literal

#: A side of the pair: 0 is the left article (the retelling), 1 the right one (the source).
Side = Literal[0, 1]
#: Who made a link: the aligner ("auto"), the aligner and then a person who checked it ("confirmed"), or a
#: person ("manual").
LinkStatus = Literal["auto", "confirmed", "manual"]


def sentence_numbers(ids: Iterable[int]) -> str:
    """1-based sentence numbers ("4,5"), as the app, `reader align` and `reader export` count them."""
    return ",".join(str(i + 1) for i in sorted(ids))


@dataclass(frozen=True, slots=True)
class Link:
    """Left sentence ids linked to right sentence ids (ids are positions in each document's sentences)."""

    left: tuple[int, ...]
    right: tuple[int, ...]
    score: float
    status: LinkStatus = "auto"

    def mirrored(self) -> Link:
        return Link(self.right, self.left, self.score, self.status)

    def to_json(self) -> dict[str, object]:
        return {"left": list(self.left), "right": list(self.right), "score": round(self.score, 4),
                "status": self.status}


@dataclass(slots=True)
class Alignment:
    """All links between two documents, with lookup from a sentence id to the links that contain it."""

    links: list[Link]
    #: The pairs a person rejected (left ids, right ids): never linked by the aligner; for the JSON report.
    rejected: list[tuple[tuple[int, ...], tuple[int, ...]]] = field(default_factory=list)
    _by_left: dict[int, list[int]] = field(init=False, repr=False)
    _by_right: dict[int, list[int]] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self.links = sorted(self.links, key=lambda k: (min(k.left), min(k.right)))
        self._by_left = {}
        self._by_right = {}
        for n, link in enumerate(self.links):
            for i in link.left:
                self._by_left.setdefault(i, []).append(n)
            for j in link.right:
                self._by_right.setdefault(j, []).append(n)

    def links_of(self, side: Side, sentence_id: int) -> list[Link]:
        """Links containing a sentence; side 0 is left, 1 is right."""
        index = self._by_left if side == 0 else self._by_right
        return [self.links[n] for n in index.get(sentence_id, ())]

    def counterparts(self, side: Side, sentence_id: int) -> list[int]:
        """Sentence ids on the other side linked to this sentence, in order."""
        ids: set[int] = set()
        for link in self.links_of(side, sentence_id):
            ids.update(link.right if side == 0 else link.left)
        return sorted(ids)

    def linked_ids(self, side: Side) -> set[int]:
        return set(self._by_left if side == 0 else self._by_right)

    def best_scores(self, side: Side) -> dict[int, float]:
        """Every linked sentence of one side with the highest score of its links."""
        index = self._by_left if side == 0 else self._by_right
        return {i: max(self.links[n].score for n in ns) for i, ns in index.items()}
