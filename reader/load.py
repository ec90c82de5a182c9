"""From a source to a Document: read, clean, lay out paragraphs, segment sentences."""

from __future__ import annotations

import re

from .document import Document, Paragraph, Sentence
from .ingest import DEFAULT_MAX_BYTES, RawArticle, read_source
from .paragraphs import layout_paragraphs
from .sanitize import clean_text
from .segment import sentence_spans

_HEADING = re.compile(r"^#{1,6}\s+")


def build_document(raw: RawArticle) -> Document:
    """Lay out and segment an article's text. Paragraphs are separated by one blank line in `Document.text`."""
    paras = layout_paragraphs(clean_text(raw.text))
    parts: list[str] = []
    paragraphs: list[Paragraph] = []
    sentences: list[Sentence] = []
    pos = 0
    for p_id, para in enumerate(paras):
        if p_id:
            parts.append("\n\n")
            pos += 2
        parts.append(para)
        paragraphs.append(Paragraph(p_id, pos, pos + len(para)))
        for a, b in sentence_spans(para):
            sentences.append(Sentence(len(sentences), pos + a, pos + b, para[a:b], p_id))
        pos += len(para)
    text = "".join(parts)
    title = raw.title or _title(paras)
    return Document(source=raw.source, title=title, text=text, paragraphs=paragraphs, sentences=sentences,
                    meta=dict(raw.meta))


def _title(paras: list[str]) -> str:
    for para in paras:
        if _HEADING.match(para):
            return _HEADING.sub("", para).strip()
    return paras[0][:120] if paras else ""


def load_document(source: str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    return build_document(read_source(source, max_bytes=max_bytes))
