"""Notes about how an input was read (today: a close call between two text encodings), on standard error.

Why: a short legacy-encoded file may be read with the wrong code page and still look like text to the
program; the reader must hear which encoding was assumed, while standard output stays the command's result.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from typing import TYPE_CHECKING

from ..text.sanitize import one_line

if TYPE_CHECKING:
    from ..document import Document


def print_notes(docs: Iterable[Document]) -> None:
    """One `reader: note: SOURCE: …` line on standard error per document with an encoding note."""
    for doc in docs:
        note = doc.meta.get("encoding_note")
        if note:
            print(f"reader: note: {one_line(f'{doc.source}: {note}')}", file=sys.stderr)
