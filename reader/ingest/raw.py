"""`RawArticle`: an article as read, before it becomes a `Document` (its own module so that readers and the
HTML extractor can both produce it without importing each other)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(slots=True)
class RawArticle:
    """The text of an article as decoded or extracted, where it came from, and its metadata (HTML only)."""

    source: str
    text: str
    title: str | None = None
    meta: dict[str, str] = field(default_factory=dict)
