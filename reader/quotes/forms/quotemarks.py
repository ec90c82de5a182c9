"""Quote marks paired into quoted spans, in every typographic form news text uses.

The scanner walks each paragraph once with a stack of open marks. A mark opens or closes depending on what
flanks it (a space before and a letter after opens, a letter before and a space or punctuation after closes),
which tells apostrophes (don’t, Jones’, ’90s) from single quotes and pairs straight quotes by position.
Only outermost quotes are reported; inner quotes with other marks are nested inside them. A quote left open
at the end of a paragraph continues when the next paragraph opens with the same kind of mark (the
multi-paragraph convention); otherwise it is closed at the end of its paragraph, so a stray mark never
swallows the rest of the article.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

#: For each opening mark, the marks that may close it.
_CLOSERS: dict[str, str] = {
    "“": "”\"“",  # English “…”, German „…“ handled below, mixed “…"
    "„": "”“\"",
    '"': '"”“',
    "”": "”",  # Swedish/Finnish ”…”
    "«": "»",
    "»": "«",  # reversed (German, Danish)
    "‹": "›",
    "›": "‹",
    "‘": "’",
    "‚": "‘’",
    "'": "'’",
    "''": "''",
}
_SINGLE = {"‘", "‚", "'"}
_OPEN_PUNCT = set(" \t\n\u00a0([{/—–-")
_CLOSE_PUNCT = set(" \t\n\u00a0.,;:!?)]}/—–-…")
_ALL_MARKS = set("“”„\"«»‹›‘’‚'")
#: A quote opening its paragraph may start with a space and an ellipsis (`” … what I learned`).
_ELLIPSES = ("…", "...")


@dataclass(frozen=True, slots=True)
class MarkedSpan:
    """A quoted span: `start:end` is the content, `outer_start:outer_end` includes the marks."""

    start: int
    end: int
    outer_start: int
    outer_end: int
    closed: bool
    paragraph: int  # index of the paragraph where the quote opens


def _family(mark: str) -> str:
    return "single" if mark in _SINGLE else "double"


def _repeats(opener: str, text: str, pos: int) -> int:
    """Width of a repeated opening mark at `pos` (a multi-paragraph quote's next paragraph), else 0."""
    if text.startswith("''", pos) and opener in ('"', "“", "''"):
        return 2
    if pos < len(text) and text[pos] in _ALL_MARKS:
        same = {opener, "“", '"', "„"} if _family(opener) == "double" and opener not in "«»‹›" else {opener}
        if text[pos] in same:
            return 1
    return 0


def find_marked(text: str, paragraphs: Sequence[tuple[int, int]]) -> list[MarkedSpan]:
    """All outermost quoted spans of the given paragraphs (start/end offsets into `text`), in order."""
    found: list[MarkedSpan] = []
    carry: tuple[str, int, int] | None = None  # an outer quote left open: (opener, outer_start, paragraph)
    for p_index, (p_start, p_end) in enumerate(paragraphs):
        stack: list[tuple[str, int]] = []
        i = p_start
        if carry is not None:
            i = _resume(found, text, paragraphs, p_index, carry, stack)
            carry = None
        while i < p_end:
            ch = text[i]
            if ch not in _ALL_MARKS:
                i += 1
                continue
            mark = "''" if text.startswith("''", i) else ch
            width = len(mark)
            prev = text[i - 1] if i > p_start else " "
            nxt = text[i + width] if i + width < p_end else " "
            opens = ((prev in _OPEN_PUNCT or prev in _ALL_MARKS) and not nxt.isspace()) or (
                i == p_start and _family(mark) == "double" and text.startswith(_ELLIPSES, i + width + 1))
            closes = not prev.isspace() and (nxt in _CLOSE_PUNCT or nxt in _ALL_MARKS)
            action = _decide(mark, stack, prev, nxt, opens, closes)
            if action == "close":
                depth = _closable_depth(mark, stack)
                if depth is not None:
                    opener, at = stack[depth]
                    del stack[depth:]
                    if not stack:
                        _emit(found, text, at, len(opener), i, i + width, True, para_of(paragraphs, at))
            elif action == "open":
                stack.append((mark, i))
            i += width
        if stack and _family(stack[0][0]) == "double":
            opener, at = stack[0]
            carry = (opener, at, para_of(paragraphs, at))
    if carry is not None:
        _emit_open(found, text, carry, paragraphs[-1][1])
    return found


def _resume(found: list[MarkedSpan], text: str, paragraphs: Sequence[tuple[int, int]], p_index: int,
            carry: tuple[str, int, int], stack: list[tuple[str, int]]) -> int:
    """A quote left open at the end of the paragraph before goes on when this paragraph opens with the same
    kind of mark (pushed back on `stack`); otherwise it is ended with its paragraph. Where scanning starts."""
    p_start = paragraphs[p_index][0]
    width = _repeats(carry[0], text, p_start)
    prev_end = paragraphs[p_index - 1][1]
    if width and not text[prev_end:p_start].strip():
        stack.append((carry[0], carry[1]))
        return p_start + width
    _emit_open(found, text, carry, prev_end)  # never closed: end it with its paragraph
    return p_start


def _decide(mark: str, stack: list[tuple[str, int]], prev: str, nxt: str, opens: bool, closes: bool) -> str:
    """'open', 'close' or 'skip' for one mark given what is open."""
    closable = _closable_depth(mark, stack) is not None
    if mark in ("’", "'") and prev.isalnum() and nxt.isalnum():
        return "skip"  # don’t, it's
    weak = not nxt.isalpha() and nxt not in _ALL_MARKS
    if mark in ("‘", "'", "‚") and weak and not (closable and closes):
        return "skip"  # ’90s, stray marks
    if closable and (closes or not opens):
        return "close"
    if mark == "’" or (mark == "”" and not opens):
        return "skip"  # an apostrophe (Jones’) or a stray closing mark
    if mark == "»" and any(o == "«" for o, _ in stack):
        return "close"
    if opens:
        return "open"
    if closable:
        return "close"
    return "skip"


def _closable_depth(mark: str, stack: list[tuple[str, int]]) -> int | None:
    """Index of the innermost open mark that `mark` closes, skipping unclosed single quotes above it."""
    for depth in range(len(stack) - 1, -1, -1):
        opener = stack[depth][0]
        if mark in _CLOSERS.get(opener, ""):
            return depth
        if _family(opener) == "double" and _family(mark) == "single":
            return None  # a single mark cannot close past an open double quote
    return None


def para_of(paragraphs: Sequence[tuple[int, int]], pos: int) -> int:
    """The index of the paragraph holding `pos` (the last one starting at or before it), by bisection."""
    lo, hi = 0, len(paragraphs) - 1
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if paragraphs[mid][0] <= pos:
            lo = mid
        else:
            hi = mid - 1
    return lo


def _emit(found: list[MarkedSpan], text: str, at: int, width: int, close_at: int, outer_end: int,
          closed: bool, paragraph: int) -> None:
    start, end = at + width, close_at
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        found.append(MarkedSpan(start, end, at, outer_end, closed, paragraph))


def _emit_open(found: list[MarkedSpan], text: str, carry: tuple[str, int, int], para_end: int) -> None:
    opener, at, paragraph = carry
    _emit(found, text, at, len(opener), para_end, para_end, False, paragraph)
