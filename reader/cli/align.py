"""`reader align [LEFT RIGHT] [--format text|json|md]`: every link of the pair on standard output."""

from __future__ import annotations

import sys

from ..ingest.read import DEFAULT_MAX_BYTES
from ..render.formats import ALIGNMENT
from .notes import print_notes


def run_align(left: str, right: str, *, fmt: str = "text", max_bytes: int = DEFAULT_MAX_BYTES,
              timeout: float | None = None) -> int:
    """Align LEFT and RIGHT and print the links in the format `fmt`; 0 on success."""
    from ..align.aligner import align_documents
    from ..text.load import load_document

    left_doc = load_document(left, max_bytes=max_bytes, timeout=timeout)
    right_doc = load_document(right, max_bytes=max_bytes, timeout=timeout)
    print_notes((left_doc, right_doc))
    alignment = align_documents(left_doc, right_doc)
    sys.stdout.write(ALIGNMENT[fmt].render(left_doc, right_doc, alignment) + "\n")
    return 0
