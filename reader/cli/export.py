"""`reader export LEFT RIGHT [-o FILE] [--all] [--force]`: the app's Markdown report from the command line.

Without --all the saved marks of the pair are exported (the session the app keeps); --all exports every link
and every sentence without a counterpart (with the notes of the saved marks). With no marks that is an error
(exit 2) rather than an empty file, so a script notices. `-o -` writes to standard output.
"""

from __future__ import annotations

import sys
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import OutputError, ReaderError
from ..ingest.read import DEFAULT_MAX_BYTES
from ..text.sanitize import strip_controls
from .notes import print_notes

if TYPE_CHECKING:
    from ..alignment import Alignment
    from ..document import Document
    from ..marks import Mark
    from ..quotes.model import QuoteReport


def _quote_report(left: Document, right: Document, alignment: Alignment) -> QuoteReport:
    """The quote report, for the quote marks and the quote changes."""
    from ..quotes import analyze_quotes

    return analyze_quotes([left, right], alignment)


def all_marks(left: Document, right: Document, alignment: Alignment) -> list[Mark]:
    """--all: a pair mark for every link, and an "only" mark for every sentence without a counterpart (the
    article's own sentences, as `reader align --format text` lists them: chrome and captions left out)."""
    from ..marks import Mark

    marks = [Mark("link", link.left, link.right) for link in alignment.links]
    for side, doc in ((0, left), (1, right)):
        linked = alignment.linked_ids(side)  # type: ignore[arg-type]
        for s in doc.sentences:
            if s.alignable and s.id not in linked:
                marks.append(Mark("only", (s.id,), ()) if side == 0 else Mark("only", (), (s.id,)))
    return marks


def collect_marks(left: Document, right: Document, alignment: Alignment, saved: list[Mark], *,
                  all_links: bool) -> list[Mark]:
    """Every link and unlinked sentence (--all) or the saved marks of the pair. With --all, the notes of
    saved marks that are the same marks are kept."""
    if not all_links:
        return saved
    notes = {mark: mark.note for mark in saved if mark.note}
    return [replace(mark, note=notes.get(mark, "")) for mark in all_marks(left, right, alignment)]


def run_export(left: str, right: str, *, output: str | None = None, all_links: bool = False,
               force: bool = False, max_bytes: int = DEFAULT_MAX_BYTES, today: date | None = None,
               fmt: str | None = None, timeout: float | None = None) -> int:
    """Export the marked (or all) alignments of LEFT and RIGHT; prints the written path. Exit code 0.

    The format is `fmt`, else the one the output file's suffix names, else the first of `formats.REPORT`."""
    from ..atomic import write_text_atomic
    from ..changes import find_changes
    from ..render.formats import REPORT, for_path
    from ..render.marks_md import default_export_name
    from ..text.load import load_document
    from .align import align_saved

    left_doc = load_document(left, max_bytes=max_bytes, timeout=timeout)
    right_doc = load_document(right, max_bytes=max_bytes, timeout=timeout)
    print_notes((left_doc, right_doc))
    alignment, loaded = align_saved(left_doc, right_doc)  # the marks, and the corrections kept to
    marks = collect_marks(left_doc, right_doc, alignment, loaded.marks, all_links=all_links)
    if not marks:
        if all_links:
            raise ReaderError("the two articles have no sentences to export")
        raise ReaderError("no marked alignments for this pair; mark some in the app (space) or use --all")
    quotes = _quote_report(left_doc, right_doc, alignment)
    changes = find_changes(left_doc, right_doc, alignment, quote_report=quotes)
    report = REPORT[fmt] if fmt else for_path(REPORT, output if output and output != "-" else "")
    text = report.render(left_doc, right_doc, alignment, marks, today=today or date.today(), quotes=quotes,
                         changes=changes, every_link=all_links)
    if output == "-":
        sys.stdout.write(text)
        return 0
    path = Path(output) if output else Path.cwd() / default_export_name(left_doc, right_doc, report.suffix)
    try:
        write_text_atomic(path, text, overwrite=force)
    except FileExistsError:
        raise OutputError(f"{strip_controls(str(path))} exists; use --force to overwrite") from None
    print(strip_controls(str(path)))
    return 0
