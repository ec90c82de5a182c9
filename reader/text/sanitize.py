"""Make article text safe to show: normalised newlines, no terminal control characters."""

from __future__ import annotations

import re

_NEWLINES = re.compile(r"\r\n|\r|\u2028|\u2029|\x85|\x0b|\x0c")
# C0 controls except \t and \n, DEL, and C1 controls. ESC becomes a visible symbol, so ANSI sequences show
# literally ("␛[31m") instead of reaching the terminal.
_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f\x80-\x9f]")


def _visible(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code < 0x20:
        return chr(0x2400 + code)
    if code == 0x7F:
        return "\u2421"
    return "\ufffd"


def normalize_newlines(text: str) -> str:
    return _NEWLINES.sub("\n", text)


def strip_controls(text: str) -> str:
    """Replace control characters with their visible Unicode pictures (U+2400 block)."""
    return _CONTROLS.sub(_visible, text)


def one_line(text: str) -> str:
    """Outside words for a one-line message or cell: control characters made visible, white space (line
    breaks too) folded to single spaces."""
    return " ".join(strip_controls(text).split())


def clean_text(text: str) -> str:
    """Normalise newlines, drop a BOM, expand tabs to a space and make control characters visible."""
    text = text.removeprefix("\ufeff")
    text = normalize_newlines(text)
    text = text.replace("\t", " ")
    return strip_controls(text)
