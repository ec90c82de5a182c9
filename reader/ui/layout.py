"""Wrap a document into display lines for one pane width, and map sentences to line ranges.

Plain Python (no Textual): the article pane asks for a layout per width and renders only the visible lines.
Lines are spans of `Document.text`, so styling a line means cutting it at sentence boundaries.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass

from rich.cells import cell_len

from ..document import Document

_TOKEN = re.compile(r"\S+\s*")
#: Anything outside printable Latin (ASCII, Latin-1, Latin Extended) and general punctuation (dashes, curly
#: quotes, ellipsis): text without it is one cell per character, so `len` measures it (3x faster than
#: `cell_len` per word, which made most of the wrapping time of a 10k-sentence German document).
_NOT_NARROW = re.compile("[^\u0020-\u007e\u00a0-\u02ff\u2010-\u2027\u2030-\u205e]")

#: Line kinds: a wrapped text line, the blank line between paragraphs, or a fold standing for hidden chrome.
TEXT, BLANK, FOLD = 0, 1, 2


@dataclass(slots=True)
class Layout:
    """Display lines of a document at one width.

    `starts`/`ends`/`kinds` are parallel lists, one entry per line (offsets into the text, -1 for blank
    and fold lines). `first_line[s]`/`last_line[s]` give the lines a sentence covers, -1 when it is hidden.
    """

    width: int
    starts: list[int]
    ends: list[int]
    kinds: list[int]
    first_line: list[int]
    last_line: list[int]

    def __len__(self) -> int:
        return len(self.starts)


def _wrap_piece(text: str, base: int, width: int, starts: list[int], ends: list[int]) -> None:
    """Greedy word wrap of one line of paragraph text (no newlines) starting at offset `base`."""
    measure = len if _NOT_NARROW.search(text) is None else cell_len
    line_start = -1
    line_end = 0
    used = 0  # cells up to the end of the last word on the line
    gap = 0  # cells of white space after that word
    for match in _TOKEN.finditer(text):
        word_start, token_end = match.span()
        word_end = word_start + len(match.group().rstrip())
        w = measure(text[word_start:word_end])
        if line_start >= 0 and used + gap + w <= width:
            line_end = word_end
            used += gap + w
            gap = measure(text[word_end:token_end])
            continue
        if line_start >= 0:
            starts.append(base + line_start)
            ends.append(base + line_end)
        while w > width:  # a word wider than the pane is cut into pane-wide pieces
            cut = _cut(text[word_start:word_end], width, measure)
            starts.append(base + word_start)
            ends.append(base + word_start + cut)
            word_start += cut
            w = measure(text[word_start:word_end])
        line_start, line_end, used = word_start, word_end, w
        gap = measure(text[word_end:token_end])
    if line_start >= 0:
        starts.append(base + line_start)
        ends.append(base + line_end)


def _cut(word: str, width: int, measure: Callable[[str], int]) -> int:
    if measure is len:
        return max(1, width)
    n = 0
    used = 0
    for ch in word:
        w = cell_len(ch)
        if used + w > width and n:
            break
        used += w
        n += 1
    return n


def build_layout(doc: Document, width: int, *, show_chrome: bool = True) -> Layout:
    """Lay out every paragraph at `width` cells, a blank line between paragraphs.

    With `show_chrome` off, runs of chrome paragraphs collapse into one fold line and their sentences are
    hidden.
    """
    width = max(4, width)
    starts: list[int] = []
    ends: list[int] = []
    text = doc.text
    hidden: set[int] = set()
    kinds: list[int] = []
    prev_fold = False
    for para in doc.paragraphs:
        if not para.content and not show_chrome:
            hidden.add(para.id)
            if prev_fold:
                continue
            if starts:
                starts.append(-1)
                ends.append(-1)
                kinds.append(BLANK)
            starts.append(-1)
            ends.append(-1)
            kinds.append(FOLD)
            prev_fold = True
            continue
        prev_fold = False
        if starts:
            starts.append(-1)
            ends.append(-1)
            kinds.append(BLANK)
        before = len(starts)
        pos = para.start
        for piece in text[para.start:para.end].split("\n"):
            if piece.strip():
                _wrap_piece(piece, pos, width, starts, ends)
            pos += len(piece) + 1
        kinds.extend([TEXT] * (len(starts) - before))
    first = [-1] * len(doc.sentences)
    last = [-1] * len(doc.sentences)
    text_lines = [n for n, k in enumerate(kinds) if k == TEXT]
    text_starts = [starts[n] for n in text_lines]
    for s in doc.sentences:
        if s.paragraph in hidden or not text_lines:
            continue
        i = max(0, bisect_right(text_starts, s.start) - 1)
        j = max(0, bisect_right(text_starts, max(s.start, s.end - 1)) - 1)
        first[s.id] = text_lines[i]
        last[s.id] = text_lines[j]
    return Layout(width, starts, ends, kinds, first, last)
