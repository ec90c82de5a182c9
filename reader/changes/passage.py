"""One side of a linked pair: the text of its sentences (`Document.text_of`) with a way back to offsets into
`Document.text` and to the sentence an offset falls in."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field

from ..document import Document
from ..worddiff import Token
from .model import Span

# Like the word diff's tokens, but a hyphen splits words: "February-March" is two months, "3-4" two numbers.
_TOKEN = re.compile(r"\d+(?:[.,]\d+)*|\w+(?:['’‘]\w+)*|[^\w\s]")
_FOLD = str.maketrans({"’": "'", "‘": "'", "–": "-", "—": "-", "‐": "-", "‑": "-"})


def item_tokens(text: str) -> list[Token]:
    """The tokens kinds look for their items in (folded: case, apostrophes and dashes)."""
    return [Token(m.start(), m.end(), m.group().translate(_FOLD).casefold()) for m in _TOKEN.finditer(text)]


@dataclass(slots=True)
class Passage:
    """The joined text of some sentences of a document; `span()` maps a range of it to a `Span`."""

    doc: Document
    ids: tuple[int, ...]
    text: str = ""
    tokens: list[Token] = field(default_factory=list)
    _starts: list[int] = field(default_factory=list)  # where each sentence begins in `text`

    @classmethod
    def of(cls, doc: Document, ids: Iterable[int]) -> Passage:
        ordered = tuple(sorted(ids))
        text = doc.text_of(ordered)
        starts: list[int] = []
        pos = 0
        for i in ordered:
            starts.append(pos)
            pos += len(doc.sentences[i].text) + 1  # text_of joins with one character
        return cls(doc, ordered, text, item_tokens(text), starts)

    def _locate(self, offset: int) -> tuple[int, int]:
        """The sentence holding a passage offset and the matching offset into `Document.text`."""
        if not self.ids:
            return -1, 0
        k = max(0, bisect_right(self._starts, offset) - 1)
        sentence = self.doc.sentences[self.ids[k]]
        inside = min(max(offset - self._starts[k], 0), len(sentence.text))
        return sentence.id, sentence.start + inside

    def span(self, start: int, end: int) -> Span:
        """The passage range [start, end) as a `Span` of the document (an empty range: a place)."""
        sentence, doc_start = self._locate(start)
        if end <= start:
            return Span(sentence, doc_start, doc_start, "")
        _, doc_end = self._locate(end - 1)
        return Span(sentence, doc_start, doc_end + 1, self.doc.text[doc_start:doc_end + 1])
