"""The document model: the text `reader` shows, its paragraphs and its sentences with character offsets.

Every offset is into `Document.text`, the normalised text the app displays, so `text[start:end]` is always
the sentence (or paragraph) itself. Nothing here imports Textual.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Literal

SentenceKind = Literal["body", "heading", "caption", "chrome"]


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A paragraph of the shown text; `chrome` marks page furniture (menus, banners, teasers, footers)."""

    id: int
    start: int
    end: int
    chrome: bool = False


@dataclass(frozen=True, slots=True)
class Sentence:
    """One unit of speech. `kind` tells headings, captions and page chrome apart from body sentences."""

    id: int
    start: int
    end: int
    text: str
    paragraph: int
    kind: SentenceKind = "body"

    @property
    def alignable(self) -> bool:
        """Chrome and photo captions are kept out of alignment, quotes and coverage figures."""
        return self.kind in ("body", "heading")


@dataclass(slots=True)
class Document:
    """An article as `reader` shows it."""

    source: str
    title: str
    text: str
    paragraphs: list[Paragraph]
    sentences: list[Sentence]
    meta: dict[str, str] = field(default_factory=dict)

    @property
    def alignable_ids(self) -> list[int]:
        return [s.id for s in self.sentences if s.alignable]

    def text_of(self, ids: Iterable[int], paragraph_break: str = " ") -> str:
        """The text of these sentences in order: one space between them, `paragraph_break` where they cross
        into another paragraph. The one way a pair's text is built (detail strip, exports, command line)."""
        parts: list[str] = []
        prev: int | None = None
        for i in sorted(ids):
            s = self.sentences[i]
            if parts:
                parts.append(paragraph_break if s.paragraph != prev else " ")
            parts.append(s.text)
            prev = s.paragraph
        return "".join(parts)

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence covering a character offset, by binary search."""
        lo, hi = 0, len(self.sentences) - 1
        while lo <= hi:
            mid = (lo + hi) // 2
            s = self.sentences[mid]
            if offset < s.start:
                hi = mid - 1
            elif offset >= s.end:
                lo = mid + 1
            else:
                return s
        return None

    def to_json(self) -> dict[str, object]:
        return {
            "source": self.source,
            "title": self.title,
            "sentences": [
                {"id": s.id, "start": s.start, "end": s.end, "text": s.text, "kind": s.kind}
                for s in self.sentences
            ],
        }
