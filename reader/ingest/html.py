"""HTML to article text with trafilatura (a maintained extractor built for news pages).

trafilatura is imported here only, when an HTML page is actually read, because importing it costs start-up
time the plain-text path should not pay. The body comes back as Markdown-flavoured text (headings as "# …",
paragraphs separated by blank lines), which `reader.text.load` lays out like any other text.
"""

from __future__ import annotations

from ..errors import InputError
from .raw import RawArticle

_HTML_SUFFIXES = (".html", ".htm", ".xhtml")


def is_html_name(name: str) -> bool:
    return name.lower().endswith(_HTML_SUFFIXES)


def looks_like_html(text: str) -> bool:
    """A document that starts like an HTML page (used for stdin and URLs without a content type)."""
    head = text.lstrip("\ufeff \t\r\n")[:512].lower()
    return head.startswith(("<!doctype html", "<html", "<?xml")) or (
        "<head" in head and "<body" in text[:4096].lower()
    )


def extract_article(html: str, source: str, url: str | None = None) -> RawArticle:
    """The article of an HTML page: title, byline and date into `meta`, the body paragraphs as text."""
    try:
        import trafilatura
    except ImportError as exc:  # pragma: no cover - a broken installation
        raise InputError(f"{source}: cannot read HTML, the extractor is not installed ({exc.name})") from None
    try:
        doc = trafilatura.bare_extraction(
            html,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            include_images=False,
            include_formatting=True,
            include_links=False,
            output_format="python",
        )
    except Exception:  # the extractor's parser failing on a damaged page is an input problem
        raise InputError(f"{source}: the HTML page could not be parsed") from None
    text = getattr(doc, "text", None) if doc is not None else None
    if not text or not text.strip():
        raise InputError(f"{source}: no article text found in the HTML page")
    meta: dict[str, str] = {"format": "html"}
    for key in ("author", "date", "sitename", "url", "language", "description"):
        value = getattr(doc, key, None)
        if value:
            meta["byline" if key == "author" else key] = str(value)
    title = getattr(doc, "title", None) or None
    return RawArticle(source=source, text=text, title=title, meta=meta)
