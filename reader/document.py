"""The document model: the text `reader` shows, its paragraphs and its sentences with character offsets.

Every offset is into `Document.text`, the normalised text the app displays, so `text[start:end]` is always
the sentence (or paragraph) itself. Nothing here imports Textual.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Literal

#: What a paragraph is, decided once when the document is built (`text.chrome.classify_paragraphs`):
#: the article's own headings and body, or page furniture: photo captions and chrome (menus, banners,
#: teasers, footers). Every sentence has the kind of its paragraph.
ParagraphKind = Literal["body", "heading", "caption", "chrome"]
CONTENT_KINDS: frozenset[ParagraphKind] = frozenset({"body", "heading"})


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A paragraph of the shown text and its kind."""

    id: int
    start: int
    end: int
    kind: ParagraphKind = "body"

    @property
    def content(self) -> bool:
        """The article itself (body or heading); page furniture is folded by `c` and has no quotes."""
        return self.kind in CONTENT_KINDS

    def __reduce__(self) -> tuple[type[Paragraph], tuple[int, int, int, ParagraphKind]]:
        """Pickled as its fields (see `Sentence.__reduce__`)."""
        return Paragraph, (self.id, self.start, self.end, self.kind)


@dataclass(frozen=True, slots=True)
class Sentence:
    """One unit of speech; `kind` is its paragraph's kind (kept here too: alignment works on sentences)."""

    id: int
    start: int
    end: int
    text: str
    paragraph: int
    kind: ParagraphKind = "body"

    @property
    def alignable(self) -> bool:
        """Chrome and photo captions are kept out of alignment, quotes and coverage figures."""
        return self.kind in CONTENT_KINDS

    def __reduce__(self) -> tuple[type[Sentence], tuple[int, int, int, str, int, ParagraphKind]]:
        """Pickled as its fields: a large pair's documents cross to and from the app's worker process, and
        the default state of a frozen slots dataclass pickled 3x slower and unpickled 2x slower (10k x 10k
        sentences: 83 / 72 ms against 28 / 40 ms)."""
        return Sentence, (self.id, self.start, self.end, self.text, self.paragraph, self.kind)


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

    def content_paragraphs(self) -> list[Paragraph]:
        """The paragraphs of the article itself: the one place the chrome rule is applied to paragraphs."""
        return [p for p in self.paragraphs if p.content]

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
