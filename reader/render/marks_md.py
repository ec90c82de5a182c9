"""The Markdown export: marked alignments (and marked quote pairs) of two articles, with their differences.

Layout:
    # Left title ↔ Right title (YYYY-MM-DD)
    a list naming both sources, the date and the coverage figures
    ## 1. Left sentence 3 ↔ right sentences 7–8      (one section per mark, in left-article order)
    the left text and the right text as block quotes, the score, and the word-level differences
    (~~only in the left article~~, **only in the right article**).

All article text goes through `reader.render.markdown` so it renders literally.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from ..alignment import Alignment, Link
from ..document import Document
from ..marks import Mark
from ..stats import Coverage, coverage
from ..worddiff import chunk_diff
from .markdown import escape_inline, quote_block

if TYPE_CHECKING:
    from ..quotes.model import QuoteReport

LEGEND = "~~struck~~: only in the left article; **bold**: only in the right article"
SLUG_CHARS = 48  # per title; the whole name stays well under common 255-byte limits


def _slug(title: str, fallback: str) -> str:
    text = unicodedata.normalize("NFKC", title).casefold()
    words = re.findall(r"[^\W_]+", text)
    out = ""
    for word in words:
        candidate = f"{out}-{word}" if out else word
        if len(candidate) > SLUG_CHARS:
            if not out:
                out = word[:SLUG_CHARS]
            break
        out = candidate
    return out or fallback


def default_export_name(left: Document, right: Document, suffix: str = ".md") -> str:
    """A file-system-safe name after both titles, e.g. "media-moscow-wants-a--why-russia-is.md"."""
    return f"{_slug(left.title, 'left')}--{_slug(right.title, 'right')}{suffix}"


def _id_range(ids: Sequence[int]) -> str:
    """1-based sentence numbers, contiguous runs shortened: (2, 3, 4, 7) -> "3–5, 8"."""
    runs: list[list[int]] = []
    for i in sorted(ids):
        if runs and i == runs[-1][-1] + 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    return ", ".join(f"{r[0] + 1}" if len(r) == 1 else f"{r[0] + 1}–{r[-1] + 1}" for r in runs)


def _sentences_label(ids: Sequence[int]) -> str:
    if not ids:
        return "no sentence"
    noun = "sentence" if len(ids) == 1 else "sentences"
    return f"{noun} {_id_range(ids)}"


def render_differences(a: str, b: str) -> str:
    """One line: kept words plain, words only in `a` struck through, words only in `b` in bold."""
    a, b = " ".join(a.split()), " ".join(b.split())
    ops = chunk_diff(a, b)
    if all(op.tag == "equal" for op in ops):
        return "no differences in wording"
    pieces: list[str] = []
    for op in ops:
        if op.tag == "equal":
            pieces.append(escape_inline(b[op.b_start:op.b_end], line_start=not pieces))
            continue
        if op.a_end > op.a_start:
            pieces.append(f"~~{escape_inline(a[op.a_start:op.a_end], line_start=False)}~~")
        if op.b_end > op.b_start:
            pieces.append(f"**{escape_inline(b[op.b_start:op.b_end], line_start=False)}**")
    return " ".join(pieces)


def _link_score(alignment: Alignment, mark: Mark) -> float | None:
    """The score of the link the mark stands for, or of the best link it overlaps (None: no link)."""
    overlapping: list[Link] = []
    for i in mark.left:
        overlapping.extend(alignment.links_of(0, i))
    for link in overlapping:
        if set(link.left) == set(mark.left) and set(link.right) == set(mark.right):
            return link.score
    scores = [k.score for k in overlapping if set(k.right) & set(mark.right)]
    return max(scores) if scores else None


def _coverage_line(cov: Coverage) -> str:
    return (f"left {cov.left:.0%} of the text ({cov.left_linked} of {cov.left_total} sentences have a "
            f"counterpart); right {cov.right:.0%} ({cov.right_linked} of {cov.right_total} sentences)")


def _inline(text: str) -> str:
    return escape_inline(text, line_start=False)


def _plural(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _valid_link(mark: Mark, left: Document, right: Document) -> bool:
    return (bool(mark.left or mark.right)
            and all(0 <= i < len(left.sentences) for i in mark.left)
            and all(0 <= j < len(right.sentences) for j in mark.right))


def _valid_quote(mark: Mark, quotes: QuoteReport) -> bool:
    n = len(quotes.quotes)
    return (bool(mark.left or mark.right)
            and all(0 <= q < n and quotes.quotes[q].doc == 0 for q in mark.left)
            and all(0 <= q < n and quotes.quotes[q].doc == 1 for q in mark.right))


def _order_key(mark: Mark, left: Document, quotes: QuoteReport | None) -> tuple[int, int, int]:
    """Left-article order: by the first left sentence (quote marks: the sentence of the first left quote)."""
    if mark.kind == "quote" and quotes is not None:
        lq = [quotes.quotes[q] for q in mark.left]
        if lq:
            first = min(lq, key=lambda q: q.start)
            sentence = left.sentence_at(first.start)
            return (0, sentence.id if sentence else len(left.sentences), first.start)
        return (1, min(quotes.quotes[q].start for q in mark.right), 1)
    if mark.left:
        return (0, min(mark.left), 0)
    return (1, min(mark.right), 0)


def render_export(left: Document, right: Document, alignment: Alignment, marks: Sequence[Mark], *,
                  today: date, quotes: QuoteReport | None = None) -> str:
    """The Markdown export of `marks` (link marks, and quote marks when `quotes` is given)."""
    usable: list[Mark] = []
    skipped = 0
    for mark in dict.fromkeys(marks):
        if mark.kind == "link":
            valid = _valid_link(mark, left, right)
        elif quotes is None:
            continue  # quote marks need the quote report
        else:
            valid = _valid_quote(mark, quotes)
        if valid:
            usable.append(mark)
        else:
            skipped += 1
    usable.sort(key=lambda m: _order_key(m, left, quotes))
    cov = coverage(left, right, alignment)
    n_links = sum(1 for m in usable if m.kind == "link")
    n_quotes = len(usable) - n_links

    left_name = escape_inline(left.title or left.source)
    right_name = escape_inline(right.title or right.source, line_start=False, heading=True)
    out = [f"# {left_name} ↔ {right_name} ({today.isoformat()})", ""]
    for side, doc in (("Left", left), ("Right", right)):
        out.append(f"- {side}: {_inline(doc.title)} — {_inline(doc.source)}")
    out.append(f"- Date: {today.isoformat()}")
    out.append(f"- Coverage: {_coverage_line(cov)}")
    exported = _plural(n_links, "alignment")
    if quotes is not None:
        exported += f", {_plural(n_quotes, 'quote pair')}"
    out.append(f"- Exported: {exported}")
    if skipped:
        out.append(f"- Not exported: {_plural(skipped, 'mark')} that no longer match the articles")
    out.append(f"- Differences: {LEGEND}")
    out.append("")
    if not usable:
        out.append("Nothing is marked.")
        out.append("")
    for n, mark in enumerate(usable, 1):
        if mark.kind == "link":
            out.extend(_link_section(n, mark, left, right, alignment))
        else:
            assert quotes is not None
            out.extend(_quote_section(n, mark, quotes))
    return "\n".join(out).rstrip("\n") + "\n"


def _pair_section(left_label: str, left_text: str, right_label: str, right_text: str) -> list[str]:
    out = [f"{left_label}:", ""]
    out.append(quote_block(left_text) if left_text else "*(nothing)*")
    out.extend(["", f"{right_label}:", ""])
    out.append(quote_block(right_text) if right_text else "*(nothing)*")
    out.append("")
    return out


def _link_section(n: int, mark: Mark, left: Document, right: Document, alignment: Alignment) -> list[str]:
    left_text, right_text = left.text_of(mark.left, "\n\n"), right.text_of(mark.right, "\n\n")
    left_label, right_label = _sentences_label(mark.left), _sentences_label(mark.right)
    out = [f"## {n}. Left {left_label} ↔ right {right_label}", ""]
    out.extend(_pair_section(f"**Left**, {left_label}", left_text, f"**Right**, {right_label}", right_text))
    score = _link_score(alignment, mark)
    out.append(f"Score: {score:.2f}" if score is not None else "Score: none (no longer linked)")
    out.append("")
    if left_text and right_text:
        out.append(f"Differences: {render_differences(left_text, right_text)}")
        out.append("")
    return out


#: The verdicts whose name alone does not say which side changed (the export is read without the app).
_VERDICT_GLOSS = {"shortened": " (the left quote cuts words of the right one)",
                  "extended": " (the left quote adds words inside the marks)"}


def _quote_section(n: int, mark: Mark, quotes: QuoteReport) -> list[str]:
    lq = [quotes.quotes[q] for q in sorted(mark.left)]
    rq = [quotes.quotes[q] for q in sorted(mark.right)]
    speakers = []
    for q in lq + rq:
        if q.speaker is not None and 0 <= q.speaker < len(quotes.speakers):
            name = quotes.speakers[q.speaker].name
            if name not in speakers:
                speakers.append(name)
    who = ", ".join(speakers) if speakers else "unattributed"
    left_text = "\n\n".join(q.text for q in lq)
    right_text = "\n\n".join(q.text for q in rq)
    out = [f"## {n}. Quote: {escape_inline(who, line_start=False, heading=True)}", ""]
    out.extend(_pair_section("**Left**", left_text, "**Right**", right_text))
    match = None
    for q in lq + rq:
        match = quotes.match_of(q.id)
        if match is not None:
            break
    if match is not None:
        gloss = _VERDICT_GLOSS.get(match.verdict, "")
        out.append(f"Verdict: {match.verdict}{gloss}, similarity {match.similarity:.2f}")
        out.append("")
    if left_text and right_text:
        out.append(f"Differences: {render_differences(left_text, right_text)}")
        out.append("")
    return out
