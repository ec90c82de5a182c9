"""`reader changes [LEFT RIGHT] [--format text|json|md]`: the fact-level differences of a pair."""

from __future__ import annotations

import sys

from ..ingest.read import DEFAULT_MAX_BYTES
from ..render.formats import CHANGES
from .notes import print_notes


def run_changes(left: str, right: str, *, fmt: str = "text", max_bytes: int = DEFAULT_MAX_BYTES,
                timeout: float | None = None) -> int:
    """Align LEFT and RIGHT (keeping to the pair's saved corrections), find what changed between linked
    sentences and print it; 0 on success. Quote and attribution changes are left out when a text is too long
    for quote analysis."""
    from ..changes import find_changes
    from ..quotes import MAX_QUOTE_TEXT
    from ..text.load import load_document
    from .align import align_saved

    left_doc = load_document(left, max_bytes=max_bytes, timeout=timeout)
    right_doc = load_document(right, max_bytes=max_bytes, timeout=timeout)
    print_notes((left_doc, right_doc))
    alignment, _ = align_saved(left_doc, right_doc)  # the links the user corrected stay as they are
    quotable = max(len(left_doc.text), len(right_doc.text)) <= MAX_QUOTE_TEXT
    changes = find_changes(left_doc, right_doc, alignment, with_quotes=quotable)
    sys.stdout.write(CHANGES[fmt].render(left_doc, right_doc, changes) + "\n")
    return 0
