"""Markdown escaping: article text rendered literally, never read as Markdown syntax or HTML.

The escaping is minimal but complete for CommonMark plus the GitHub extensions (tables, strikethrough):
characters that are syntax anywhere in a line (\\ ` * [ ] | ~) are always escaped and `<` is written as
`&lt;`; `_` only where it could open or close emphasis (not inside a word like snake_case); `&` only where
it would start an entity; the characters that are syntax only at the start of a line (# > - + = and "1." /
"1)" list markers) only there. A heading's trailing "#" run is escaped too, since ATX headings drop it.
Text is put on one line (line breaks become spaces) and control characters are made visible
(reader.text.sanitize). Bare URLs stay URLs: renderers that autolink them show the same text as a link.
"""

from __future__ import annotations

import re

from ..text.sanitize import strip_controls

_ALWAYS = re.compile(r"[\\`*\[\]|~]")
_UNDERSCORE = re.compile(r"(?<![^\W_])_|_(?![^\W_])")  # an underscore not between two letters/digits
_ENTITY = re.compile(r"&(?=#[0-9]{1,7};|#[xX][0-9a-fA-F]{1,6};|[A-Za-z][A-Za-z0-9]{0,31};)")
_LINE_BREAK = re.compile(r"[ \t]*(?:\r\n|[\n\r\u2028\u2029\x85\x0b\x0c])[ \t]*")
_ORDERED = re.compile(r"^(\d{1,9})([.)])(?=\s|$)")
_BULLET = re.compile(r"^([-+])(?=\s|$)")
_RULE = re.compile(r"^([-=])(?=[-= \t]*$)")
_TRAILING_HASHES = re.compile(r"(?<=\s)(#+)\s*$")


def _one_line(text: str) -> str:
    return _LINE_BREAK.sub(" ", strip_controls(text)).strip()


def escape_inline(text: str, *, line_start: bool = True, heading: bool = False) -> str:
    """`text` as Markdown inline content that renders to exactly `text` (on one line, trimmed).

    `line_start` says whether the text begins a line (block syntax such as "# ", "> ", "- ", "1. " only
    matters there); `heading` escapes a trailing "#" run, which an ATX heading would otherwise drop.
    """
    text = _one_line(text)
    text = _ALWAYS.sub(r"\\\g<0>", text)
    text = _UNDERSCORE.sub(r"\\_", text)
    text = _ENTITY.sub(r"\\&", text)
    text = text.replace("<", "&lt;")  # not "\\<": some linkify extensions read URLs before escapes
    if heading:
        text = _TRAILING_HASHES.sub(lambda m: "\\#" * len(m.group(1)), text)
    if line_start:
        if text.startswith(("#", ">")):
            text = "\\" + text
        else:
            text = _ORDERED.sub(r"\1\\\2", text, count=1)
            text = _BULLET.sub(r"\\\1", text, count=1)
            text = _RULE.sub(r"\\\1", text, count=1)
    return text


def quote_block(text: str) -> str:
    """A block quote holding `text` literally; paragraphs (blank-line separated) are kept."""
    paras = [escape_inline(p) for p in re.split(r"\n[ \t]*\n", text) if p.strip()]
    return "\n>\n".join(f"> {p}" for p in paras) if paras else ">"
