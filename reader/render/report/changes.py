"""What the retelling changed, in the reading direction: from the source (right) to the retelling (left).

Words of the source that the retelling dropped are struck through, the words it put in their place are bold,
and the words both share are shown as the retelling has them. The diff is the project's one word diff
(`worddiff.chunk_diff`, whose changes start and end at white space, so `~~` and `**` always render).
"""

from __future__ import annotations

from ...worddiff import chunk_diff
from ..markdown import escape_inline

#: The report's first line under the heading: how to read every "Changes:" line.
LEGEND = ("How to read the changes: from the source to the retelling, ~~struck~~ words are the source's that "
          "the retelling dropped, **bold** words are what the retelling put in their place.")
NO_CHANGES = "no differences in wording"


def render_differences(a: str, b: str) -> str:
    """One line turning `a` into `b`: kept words plain (as `b` has them), words only in `a` struck through,
    words only in `b` in bold. The report calls it with the source as `a` and the retelling as `b`."""
    a, b = " ".join(a.split()), " ".join(b.split())
    ops = chunk_diff(a, b)
    if all(op.tag == "equal" for op in ops):
        return NO_CHANGES
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


def changes_line(source_text: str, retelling_text: str) -> str:
    """The "Changes:" paragraph of an item: the source's text turned into the retelling's."""
    return f"Changes: {render_differences(source_text, retelling_text)}"
