"""`reader align [LEFT RIGHT] [--format text|json|md|tsv] [--fresh]`: every link of the pair on stdout.

The corrections saved for the pair (in the app; the session store) are applied unless `--fresh`: manual and
confirmed links are kept with their status, rejected pairs never appear, the rest is aligned around them.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from ..ingest.read import DEFAULT_MAX_BYTES
from ..render.formats import ALIGNMENT
from ..text.sanitize import strip_controls
from .notes import print_notes

if TYPE_CHECKING:
    from ..alignment import Alignment
    from ..document import Document
    from ..session import SessionLoad


def load_saved(left: Document, right: Document) -> SessionLoad:
    """The pair's saved session (marks and corrections); a file that had to be set aside is reported on
    stderr."""
    from ..session import SessionStore

    loaded = SessionStore().load(left, right)
    if loaded.warning:
        print(f"reader: warning: {strip_controls(loaded.warning)}", file=sys.stderr)
    return loaded


def align_saved(left: Document, right: Document, *, fresh: bool = False) -> tuple[Alignment, SessionLoad]:
    """The pair's alignment keeping to its saved corrections (all of them ignored when `fresh`), and its
    saved session: what every command that aligns a pair starts from."""
    from ..align.aligner import align_documents
    from ..session import SessionLoad

    loaded = SessionLoad() if fresh else load_saved(left, right)
    constraints = loaded.corrections.constraints() if loaded.corrections else None
    return align_documents(left, right, constraints=constraints), loaded


def run_align(left: str, right: str, *, fmt: str = "text", max_bytes: int = DEFAULT_MAX_BYTES,
              timeout: float | None = None, fresh: bool = False) -> int:
    """Align LEFT and RIGHT and print the links in the format `fmt`; 0 on success. The pair's saved
    corrections are applied unless `fresh`."""
    from ..text.load import load_document

    left_doc = load_document(left, max_bytes=max_bytes, timeout=timeout)
    right_doc = load_document(right, max_bytes=max_bytes, timeout=timeout)
    print_notes((left_doc, right_doc))
    alignment, _ = align_saved(left_doc, right_doc, fresh=fresh)
    sys.stdout.write(ALIGNMENT[fmt].render(left_doc, right_doc, alignment) + "\n")
    return 0
