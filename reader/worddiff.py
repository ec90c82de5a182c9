"""Word-level differences between two passages, for the detail strip, the export and quote verdicts.

Both texts are cut into tokens (words, and each punctuation mark on its own) and the token sequences are
aligned with difflib's SequenceMatcher. Tokens are compared after folding case, quote marks and dashes, so
`“` against `"` or `Ceasefire` against `ceasefire` is not a difference, while `Podolak` against `Podolyak`
is one changed word.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Literal

DiffTag = Literal["equal", "delete", "insert", "replace"]

# A word may hold inner apostrophes and hyphens (service’s, full-scale); any other non-space character is a
# token of its own.
_TOKEN = re.compile(r"\w+(?:['’‘\-‐‑]\w+)*|[^\w\s]")
_FOLD = str.maketrans({
    "“": '"', "”": '"', "„": '"', "‟": '"', "«": '"', "»": '"', "″": '"',
    "‘": "'", "’": "'", "‚": "'", "‛": "'", "‹": "'", "›": "'", "′": "'", "`": "'",
    "–": "-", "—": "-", "‐": "-", "‑": "-", "‒": "-", "―": "-", "−": "-",
})


@dataclass(frozen=True, slots=True)
class DiffOp:
    """One step of the word diff: `a[a_start:a_end]` became `b[b_start:b_end]`.

    Ranges start and end on token boundaries; the gaps between consecutive ops hold only white space. An
    insert has an empty `a` range placed where the words were added (and a delete an empty `b` range).
    """

    tag: DiffTag
    a_start: int
    a_end: int
    b_start: int
    b_end: int


@dataclass(frozen=True, slots=True)
class Token:
    """One word or punctuation mark: its offsets in the text and its folded form (`key`), which is what
    diffs compare."""

    start: int
    end: int
    key: str


def tokenize(text: str) -> list[Token]:
    """Tokens of `text` with offsets and the folded form used for comparison."""
    return [Token(m.start(), m.end(), m.group().translate(_FOLD).casefold()) for m in _TOKEN.finditer(text)]


def _span(tokens: list[Token], i1: int, i2: int) -> tuple[int, int]:
    if i1 < i2:
        return tokens[i1].start, tokens[i2 - 1].end
    pos = tokens[i1 - 1].end if i1 > 0 else 0
    return pos, pos


#: Past this many tokens on a side, only the common beginning and end are matched and the middle is one
#: replace: SequenceMatcher can take seconds on book-length sentences (a 1 MB line without punctuation).
MAX_DIFF_TOKENS = 5000

Opcode = tuple[str, int, int, int, int]


def _opcodes(ka: list[str], kb: list[str]) -> list[Opcode]:
    if len(ka) <= MAX_DIFF_TOKENS and len(kb) <= MAX_DIFF_TOKENS:
        return SequenceMatcher(None, ka, kb, autojunk=False).get_opcodes()
    head = 0
    while head < min(len(ka), len(kb)) and ka[head] == kb[head]:
        head += 1
    tail = 0
    while tail < min(len(ka), len(kb)) - head and ka[-1 - tail] == kb[-1 - tail]:
        tail += 1
    ops: list[Opcode] = []
    if head:
        ops.append(("equal", 0, head, 0, head))
    i2, j2 = len(ka) - tail, len(kb) - tail
    if head < i2 or head < j2:
        tag = "replace" if head < i2 and head < j2 else "delete" if head < i2 else "insert"
        ops.append((tag, head, i2, head, j2))
    if tail:
        ops.append(("equal", i2, len(ka), j2, len(kb)))
    return ops


def word_diff(a: str, b: str) -> list[DiffOp]:
    """The word-level differences turning `a` into `b`, in order."""
    return token_diff(tokenize(a), tokenize(b))


def token_diff(ta: list[Token], tb: list[Token]) -> list[DiffOp]:
    """`word_diff` on token lists chosen by the caller (quote verdicts leave out quotation marks and a final
    full stop), so every diff of the app is this one; offsets stay those of the texts the tokens came from,
    so a gap between ops may then also hold the tokens left out."""
    ops: list[DiffOp] = []
    for tag, i1, i2, j1, j2 in _opcodes([t.key for t in ta], [t.key for t in tb]):
        ops.append(DiffOp(tag, *_span(ta, i1, i2), *_span(tb, j1, j2)))  # type: ignore[arg-type]
    return ops


def _chunks(tokens: list[Token]) -> list[int]:
    """For each token, the number of the white-space separated chunk it belongs to.

    Tokens cover every non-space character, so a gap between two tokens is always white space.
    """
    out: list[int] = []
    chunk = -1
    prev_end = -1
    for tok in tokens:
        if prev_end < 0 or tok.start > prev_end:
            chunk += 1
        out.append(chunk)
        prev_end = tok.end
    return out


def _glued(chunks: list[int], k: int) -> bool:
    """Whether the boundary before token k falls inside a chunk (tokens k-1 and k touch)."""
    return 0 < k < len(chunks) and chunks[k - 1] == chunks[k]


def chunk_diff(a: str, b: str) -> list[DiffOp]:
    """Like `word_diff`, but every change starts and ends at white space (or an end) on both sides.

    A change inside a chunk such as "Podolak," is widened to the whole chunk, so renderers can wrap each
    change in delimiters (Markdown ~~ and **) that are always flanked by white space.
    """
    ta, tb = tokenize(a), tokenize(b)
    ca, cb = _chunks(ta), _chunks(tb)
    # Units: single matched token pairs, or change blocks, as token ranges (changed, i1, i2, j1, j2).
    units: list[tuple[bool, int, int, int, int]] = []
    for tag, i1, i2, j1, j2 in _opcodes([t.key for t in ta], [t.key for t in tb]):
        if tag == "equal":
            units.extend((False, i1 + k, i1 + k + 1, j1 + k, j1 + k + 1) for k in range(i2 - i1))
        else:
            units.append((True, i1, i2, j1, j2))
    merged: list[tuple[bool, int, int, int, int]] = []
    n = 0
    while n < len(units):
        changed, i1, i2, j1, j2 = units[n]
        n += 1
        if changed:
            # Widen to whole chunks: take back emitted units on the left, swallow units on the right.
            while merged and (merged[-1][0] or _glued(ca, i1) or _glued(cb, j1)):
                _, i1, _, j1, _ = merged.pop()
            while n < len(units) and (_glued(ca, i2) or _glued(cb, j2)):
                _, _, i2, _, j2 = units[n]
                n += 1
        merged.append((changed, i1, i2, j1, j2))
    ops: list[DiffOp] = []
    for changed, i1, i2, j1, j2 in merged:
        if changed:
            tag: DiffTag = "replace" if i1 < i2 and j1 < j2 else "delete" if i1 < i2 else "insert"
        else:
            tag = "equal"
            if ops and ops[-1].tag == "equal":
                prev = ops.pop()
                ops.append(DiffOp("equal", prev.a_start, ta[i2 - 1].end, prev.b_start, tb[j2 - 1].end))
                continue
        ops.append(DiffOp(tag, *_span(ta, i1, i2), *_span(tb, j1, j2)))
    return ops
