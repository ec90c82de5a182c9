"""Markdown escaping: article text rendered literally, never as Markdown syntax or HTML."""

from __future__ import annotations

import re

_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~])")


def escape_inline(text: str) -> str:
    """Escape every character Markdown could read as syntax; collapse newlines to spaces."""
    return _SPECIAL.sub(r"\\\1", " ".join(text.split())).replace("&", "&amp;")


def quote_block(text: str) -> str:
    """A block quote holding `text` literally, paragraph breaks kept."""
    paras = [escape_inline(p) for p in text.split("\n\n") if p.strip()]
    return "\n>\n".join(f"> {p}" for p in paras) if paras else ">"
