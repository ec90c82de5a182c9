"""The report's fact-level changes: the "What changed" section, and the changes of a marked pair with their
words marked in its texts (`<mark>`, which Markdown passes through as HTML and GitHub renders highlighted).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Sequence

from ...changes.model import KINDS, Change
from ...document import Document
from ..markdown import escape_inline

#: What the section says before its table, so a reader who never saw the app can read it.
INTRO = ("Fact-level differences the app found between linked sentences (numbers, dates, names, negations, "
         "hedges, quotes, attributions), in the retelling's order; wording changes that keep the facts are "
         "not listed. A name only respelled is marked (spelling).")


def _kind(change: Change) -> str:
    return f"{change.kind} (spelling)" if change.spelling else change.kind


def counts_line(changes: Sequence[Change]) -> str:
    counts = Counter(c.kind for c in changes)
    return ", ".join(f"{kind} {counts[kind]}" for kind in KINDS if counts[kind]) or "none"


def what_changed(changes: Sequence[Change]) -> list[str]:
    """The section's body: the intro, the counts per kind, one table row per change (1-based numbers)."""
    out = [INTRO, "", f"{len(changes)} changes: {counts_line(changes)}", ""]
    if changes:
        out += ["| kind | retelling | source | what changed |", "|---|---|---|---|"]
        for c in changes:
            summary = escape_inline(c.summary, line_start=False)
            out.append(f"| {_kind(c)} | {c.left.sentence + 1} | {c.right.sentence + 1} | {summary} |")
        out.append("")
    return out


def _outside(change: Change, left_ids: Collection[int], right_ids: Collection[int]) -> str:
    """Where a change reaches a sentence outside the marked pair: " (with source sentence 12)"."""
    if change.left.sentence not in left_ids:
        return f" (with retelling sentence {change.left.sentence + 1})"
    if change.right.sentence not in right_ids:
        return f" (with source sentence {change.right.sentence + 1})"
    return ""


def pair_facts(changes: Sequence[Change], left_ids: Collection[int], right_ids: Collection[int]
               ) -> list[str]:
    """A marked pair's changes, one bullet each (its words are marked in the texts above); a change with a
    sentence outside the pair (`left_ids`, `right_ids`) names that sentence."""
    if not changes:
        return []
    left_ids, right_ids = set(left_ids), set(right_ids)
    return ["Facts changed:", "", *(f"- {_kind(c)}: {escape_inline(c.summary, line_start=False)}"
                                    f"{_outside(c, left_ids, right_ids)}"
                                    for c in changes), ""]


def _escape_piece(text: str, line_start: bool) -> str:
    """`escape_inline` keeping the piece's outer spaces (pieces are joined back together)."""
    core = escape_inline(text, line_start=line_start)
    lead = " " if text[:1].isspace() and not line_start else ""
    tail = " " if text[-1:].isspace() else ""
    return f"{lead}{core}{tail}" if core else (" " if text.strip() == "" and text else "")


def marked_quote_block(doc: Document, ids: Sequence[int], spans: Sequence[tuple[int, int]]) -> str:
    """The sentences as a block quote (paragraphs kept, as `Document.text_of(ids, "\\n\\n")`), the words at
    `spans` (offsets into `doc.text`) in `<mark>`."""
    paragraphs: list[list[str]] = []
    prev: int | None = None
    for i in sorted(ids):
        sentence = doc.sentences[i]
        if prev is None or sentence.paragraph != prev:
            paragraphs.append([])
        prev = sentence.paragraph
        cuts = sorted((max(a, sentence.start), min(b, sentence.end)) for a, b in spans
                      if a < sentence.end and b > sentence.start and b > a)
        pieces: list[str] = []
        pos = sentence.start
        for a, b in cuts:
            if a < pos:
                continue
            if a > pos:
                pieces.append(_escape_piece(doc.text[pos:a], not pieces and not paragraphs[-1]))
            pieces.append(f"<mark>{escape_inline(doc.text[a:b], line_start=False)}</mark>")
            pos = b
        if pos < sentence.end:
            pieces.append(_escape_piece(doc.text[pos:sentence.end], not pieces and not paragraphs[-1]))
        paragraphs[-1].append("".join(pieces).strip())
    return "\n>\n".join(f"> {' '.join(p)}" for p in paragraphs) if paragraphs else ">"
