"""`reader quotes FILE [FILE2] [--format text|json] [--full]`: speakers and quotes of one or two articles."""

from __future__ import annotations

import sys

from ..errors import ReaderError
from ..ingest.read import DEFAULT_MAX_BYTES
from ..render.formats import QUOTES
from .notes import print_notes


def run_quotes(file: str, file2: str | None = None, *, fmt: str = "text",
               max_bytes: int = DEFAULT_MAX_BYTES, timeout: float | None = None, full: bool = False) -> int:
    """Print the quote report of one article, or of two with the matches between them; 0 on success.
    `full`: quotes whole in the text listing, not cut to their first 80 characters."""
    from ..quotes import analyze_quotes, check_quotable
    from ..text.load import load_document

    if fmt not in QUOTES:
        raise ReaderError(f"unknown format {fmt!r}: use {' or '.join(QUOTES)}")
    docs = [load_document(file, max_bytes=max_bytes, timeout=timeout)]
    if file2 is not None:
        docs.append(load_document(file2, max_bytes=max_bytes, timeout=timeout))
    print_notes(docs)
    check_quotable(docs)  # before the alignment: a refusal comes at once
    alignment = None
    if file2 is not None:
        from .align import align_saved

        alignment, _ = align_saved(docs[0], docs[1])  # the pair's corrected links guide the matching
    report = analyze_quotes(docs, alignment)
    sys.stdout.write(QUOTES[fmt].render(report, docs, full=full) + "\n")
    return 0
