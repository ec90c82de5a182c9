"""From a source to a Document: read, clean, lay out paragraphs, find page chrome, segment sentences.

Markdown: heading markers ("## ") and paired bold markers ("**name**") are removed from the shown text,
because copied pages carry them as noise (the Meduza seed's "**Andrey Pertsev**"); everything else (links,
"_", "__", single "*") is shown exactly as written. Offsets stay valid either way: `Document.text` is built
here from the cleaned paragraphs and every offset points into it.
"""

from __future__ import annotations

import re

from ..document import Document, Paragraph, ParagraphKind, Sentence
from ..errors import InputError
from ..ingest.raw import RawArticle
from ..ingest.read import DEFAULT_MAX_BYTES, read_source
from .chrome import classify_paragraphs
from .paragraphs import layout_paragraphs
from .sanitize import clean_text
from .segment import guess_language, sentence_spans

_HEADING_MARK = re.compile(r"^#{1,6}\s+")
_BOLD = re.compile(r"(?<![\w*])\*\*(?=\S)(.+?)(?<=\S)\*\*(?![\w*])")
TITLE_MAX_CHARS = 160
PARAGRAPH_SEPARATOR = "\n\n"
#: `reader` reads articles (hundreds of lines and sentences). Past these it refuses the text up front rather
#: than spend minutes and gigabytes on it: 20 MB of one-word lines took over a minute to lay out, and 20 MB of
#: prose 35 s and 2.6 GB to align (bench/large_inputs.py); at these limits the worst shapes measured stay
#: under 30 s and 1.5 GB (docs/performance.md).
MAX_LINES = 200_000
MAX_SENTENCES = 50_000


def _unmark(para: str) -> tuple[str, bool]:
    """Drop Markdown heading and bold markers; tell whether the paragraph was a Markdown heading."""
    heading = _HEADING_MARK.match(para) is not None
    if heading:
        para = _HEADING_MARK.sub("", para).rstrip("# ").strip() or para
    para = _BOLD.sub(r"\1", para)
    return para, heading


def build_document(raw: RawArticle) -> Document:
    """Lay out, classify and segment an article's text; paragraphs are separated by one blank line.

    InputError when the text has more than MAX_LINES lines or MAX_SENTENCES sentences."""
    lines = raw.text.count("\n")
    if lines > MAX_LINES:
        raise InputError(f"{raw.source}: {lines:,} lines is more than reader reads (at most {MAX_LINES:,}): "
                         "it is made for articles")
    cleaned = clean_text(raw.text)
    paras: list[str] = []
    md_heading: list[bool] = []
    for para in layout_paragraphs(cleaned):
        text, heading = _unmark(para)
        paras.append(text)
        md_heading.append(heading)
    kinds = classify_paragraphs(paras)
    kinds = [("heading" if md and k == "body" else k) for k, md in zip(kinds, md_heading, strict=True)]
    declared = raw.meta.get("language", "").split("-")[0].split("_")[0].lower()
    lang = declared if declared.isalpha() and 2 <= len(declared) <= 3 else guess_language(cleaned)

    parts: list[str] = []
    paragraphs: list[Paragraph] = []
    sentences: list[Sentence] = []
    pos = 0
    for p_id, (para, kind) in enumerate(zip(paras, kinds, strict=True)):
        if p_id:
            parts.append(PARAGRAPH_SEPARATOR)
            pos += len(PARAGRAPH_SEPARATOR)
        parts.append(para)
        paragraphs.append(Paragraph(p_id, pos, pos + len(para), kind))
        for a, b in sentence_spans(para, lang):
            sentences.append(Sentence(len(sentences), pos + a, pos + b, para[a:b], p_id, kind))
        pos += len(para)
    if len(sentences) > MAX_SENTENCES:
        raise InputError(f"{raw.source}: {len(sentences):,} sentences is more than reader reads "
                         f"(at most {MAX_SENTENCES:,}): it is made for articles")
    meta = dict(raw.meta)
    meta.setdefault("language", lang)
    title = raw.title or _title(paras, kinds, md_heading)
    return Document(
        source=raw.source,
        title=_shorten(title),
        text="".join(parts),
        paragraphs=paragraphs,
        sentences=sentences,
        meta=meta,
    )


def _title(paras: list[str], kinds: list[ParagraphKind], md_heading: list[bool]) -> str:
    """The first Markdown heading, else the first paragraph that is neither chrome nor a caption."""
    for para, md in zip(paras, md_heading, strict=True):
        if md:
            return para
    for para, kind in zip(paras, kinds, strict=True):
        if kind in ("heading", "body"):
            return para
    return paras[0] if paras else ""


def _shorten(title: str) -> str:
    title = " ".join(title.split())
    if len(title) <= TITLE_MAX_CHARS:
        return title
    cut = title.rfind(" ", 0, TITLE_MAX_CHARS)
    return title[: cut if cut > 40 else TITLE_MAX_CHARS].rstrip(",;:") + "…"


def load_document(source: str, *, max_bytes: int = DEFAULT_MAX_BYTES,
                  timeout: float | None = None) -> Document:
    """Read a file, URL or `-` (stdin) and build its Document; bad input raises InputError. `timeout` bounds
    a URL's whole download (default `ingest.fetch.DEFAULT_TIMEOUT`)."""
    return build_document(read_source(source, max_bytes=max_bytes, timeout=timeout))
