"""The two roles of a pair and where each article comes from.

The left article is the retelling, the right one its source. Each is named in the report by its title and,
where the input has them (HTML metadata in `Document.meta`), its outlet or site, byline and publication date;
then by where it was read from: the file name (never a directory path), the URL, `stdin`, or for the bundled
pair the bundled file's name ("report.txt (bundled)") rather than a path inside the installed package.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

from ...alignment import Side
from ...document import Document
from ...ingest.read import STDIN_SOURCE, is_url
from ...stats import Coverage
from ..markdown import escape_inline

#: Side 0 and side 1 as the report names them.
ROLES: dict[Side, str] = {0: "retelling", 1: "source"}


def _bundled_name(source: str) -> str | None:
    """The file name of a bundled seed article, or None when `source` is not one."""
    from ...resources import seed_paths

    try:
        resolved = Path(source).resolve()
        for seed in seed_paths():
            if resolved == seed.resolve():
                return seed.name
    except (OSError, ValueError, RuntimeError):
        return None
    return None


def origin(doc: Document) -> str:
    """Where the article was read from, as the report names it: "stdin", "report.txt (bundled)", the URL, or
    the file name."""
    source = doc.source
    if source in (STDIN_SOURCE, "-"):
        return "stdin"
    if is_url(source):
        return source
    bundled = _bundled_name(source)
    if bundled is not None:
        return f"{bundled} (bundled)"
    return Path(source).name or source


def outlet(doc: Document) -> str:
    """The outlet or site: the page's site name, else the host of its URL; "" for a plain file."""
    site = doc.meta.get("sitename", "")
    if site.strip():
        return site
    for url in (doc.meta.get("url", ""), doc.source):
        if is_url(url):
            return urlsplit(url).hostname or ""
    return ""


def _inline(text: str) -> str:
    return escape_inline(text, line_start=False)


def article_lines(side: Side, doc: Document) -> list[str]:
    """The list entry naming one article: its role and title, then its metadata and its origin."""
    role = ROLES[side]
    where = "left" if side == 0 else "right"
    title = doc.title if doc.title.strip() else origin(doc)
    lines = [f"- **{role.capitalize()}** ({where}): {_inline(title)}"]
    facts = [("Outlet", outlet(doc)), ("Byline", doc.meta.get("byline", "")),
             ("Published", doc.meta.get("date", ""))]
    shown = [f"{label}: {_inline(value)}" for label, value in facts if value.strip()]
    if shown:
        lines.append("  - " + " · ".join(shown))
    where_from = origin(doc)
    kind = "URL" if is_url(doc.source) else "Read from" if where_from == "stdin" else "File"
    lines.append(f"  - {kind}: {_inline(where_from)}")
    return lines


def coverage_line(cov: Coverage) -> str:
    return (f"- Coverage: {cov.left:.0%} of the retelling's text has a counterpart in the source "
            f"({cov.left_linked} of {cov.left_total} sentences); {cov.right:.0%} of the source's text is in "
            f"the retelling ({cov.right_linked} of {cov.right_total} sentences)")


def sentences_label(ids: tuple[int, ...] | list[int]) -> str:
    """1-based sentence numbers (as `reader align --format text` prints them), contiguous runs shortened:
    ids (2, 3, 4, 7) -> "sentences 3–5, 8"."""
    if not ids:
        return "no sentence"
    runs: list[list[int]] = []
    for i in sorted(ids):
        if runs and i == runs[-1][-1] + 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    numbers = ", ".join(f"{r[0] + 1}" if len(r) == 1 else f"{r[0] + 1}–{r[-1] + 1}" for r in runs)
    return f"{'sentence' if len(ids) == 1 else 'sentences'} {numbers}"
