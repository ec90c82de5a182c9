"""The Markdown report of what the user marked in a retelling (left) and its source (right).

Layout:
    # Retelling review: <the retelling's title>
    one line saying how to read the changes (source → retelling: ~~dropped~~, **put in their place**)
    a list naming both articles by role (title, outlet, byline, publication date, file or URL), the export
    date, the coverage figures and the sections' sizes
    ## Marked pairs              ### n. Retelling sentence 3 ↔ source sentences 7–8: status, score, note,
                                 both texts as block quotes (changed facts' words in <mark>), the
                                 changes, the facts changed
    ## Only in the retelling     ### n. Retelling sentence 5: note and text
    ## Only in the source        ### n. Source sentence 9: note and text
    ## Quote pairs               ### n. Quote: speaker: verdict, note, both quotes, the changes
    ## What changed              the fact-level changes the app found (kind, both sentences, summary)
Empty sections are left out. Sentence numbers are 1-based, as `reader align --format text` prints them.
The parts are in `render.report`; all outside text goes through `render.markdown` so it renders literally.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from ..alignment import Alignment
from ..document import Document
from ..marks import Mark
from ..stats import coverage
from .markdown import escape_inline
from .report.changes import LEGEND, render_differences
from .report.facts import what_changed
from .report.items import Items, collect_items
from .report.roles import article_lines, coverage_line
from .report.sections import only_item, pair_item, quote_item

if TYPE_CHECKING:
    from ..changes.model import Change
    from ..quotes.model import QuoteReport

__all__ = ["LEGEND", "default_export_name", "render_differences", "render_export"]

SLUG_CHARS = 48  # per title; the whole name stays well under common 255-byte limits
SECTION_TITLES = ("Marked pairs", "Only in the retelling", "Only in the source", "Quote pairs",
                  "What changed")
#: `reader export --all` reports every link, not what a person marked: its first section says so.
ALL_LINKS_TITLE = "Linked pairs"


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


def _plural(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _header(left: Document, right: Document, alignment: Alignment, items: Items, today: date,
            changes: Sequence[Change] | None, titles: Sequence[str]) -> list[str]:
    title = escape_inline(left.title if left.title.strip() else "untitled", line_start=False, heading=True)
    out = [f"# Retelling review: {title}", "", LEGEND, ""]
    out.extend(article_lines(0, left))
    out.extend(article_lines(1, right))
    out.append(f"- Exported: {today.isoformat()}")
    out.append(coverage_line(coverage(left, right, alignment)))
    sizes = [len(items.pairs), len(items.only_left), len(items.only_right), len(items.quotes)]
    if changes is not None:
        sizes.append(len(changes))
    counts = (f"{name} ({n})" for name, n in zip(titles, sizes, strict=False))
    out.append("- Sections: " + ", ".join(counts))
    if items.stale:
        out.append(f"- Not exported: {_plural(items.stale, 'mark')} that no longer match the articles")
    if items.waiting:
        waiting = _plural(items.waiting, "quote mark")
        out.append(f"- Not exported: {waiting} (the quote analysis was not ready)")
    out.append("")
    return out


def render_export(left: Document, right: Document, alignment: Alignment, marks: Sequence[Mark], *,
                  today: date, quotes: QuoteReport | None = None,
                  changes: Sequence[Change] | None = None, every_link: bool = False) -> str:
    """The report of `marks`: pair marks, one-sided ("only") marks, and quote marks when `quotes` is given;
    with `changes` (`reader.changes.find_changes`), a "What changed" section and the changed words of each
    marked pair marked. `every_link`: the marks are every link and unlinked sentence (`reader export --all`),
    so the pairs' section is "Linked pairs"."""
    titles = (ALL_LINKS_TITLE, *SECTION_TITLES[1:]) if every_link else SECTION_TITLES
    items = collect_items(left, right, marks, quotes)
    out = _header(left, right, alignment, items, today, changes, titles)
    if items.empty:
        out.extend(["Nothing is marked.", ""])
    pairs, only_left, only_right = items.pairs, items.only_left, items.only_right
    sections: list[tuple[str, list[list[str]]]] = [
        (titles[0], [pair_item(n, m, left, right, alignment, changes)
                     for n, m in enumerate(pairs, 1)]),
        (SECTION_TITLES[1], [only_item(n, m, 0, left, alignment) for n, m in enumerate(only_left, 1)]),
        (SECTION_TITLES[2], [only_item(n, m, 1, right, alignment) for n, m in enumerate(only_right, 1)]),
    ]
    if quotes is not None:
        sections.append((SECTION_TITLES[3],
                         [quote_item(n, m, left, right, quotes) for n, m in enumerate(items.quotes, 1)]))
    if changes is not None:
        sections.append((SECTION_TITLES[4], [what_changed(changes)]))
    for title, rendered in sections:
        if rendered:
            out.extend([f"## {title}", ""])
            for lines in rendered:
                out.extend(lines)
    return "\n".join(out).rstrip("\n") + "\n"
