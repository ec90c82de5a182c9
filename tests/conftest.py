"""Builders shared by the tests: documents from raw text, and hand-made documents with chosen sentence kinds.

They are fixtures that return the builder, so a test asks for `text_doc` or `kinds_doc` by name.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pytest

from reader.document import Document, Paragraph, ParagraphKind, Sentence
from reader.ingest.raw import RawArticle
from reader.text.load import build_document

TextDoc = Callable[..., Document]
KindsDoc = Callable[..., Document]


def build_text_doc(text: str, source: str = "t.txt") -> Document:
    """A document built from raw text exactly as `reader` builds a file's (layout, chrome, segmentation)."""
    return build_document(RawArticle(source=source, text=text))


def build_kinds_doc(paragraphs: Sequence[Sequence[tuple[str, ParagraphKind]]], source: str = "doc.txt",
                    title: str = "T") -> Document:
    """A hand-made document: paragraphs of (sentence text, kind), sentences joined by one space, paragraphs
    by a blank line. A paragraph whose sentences are all chrome is a chrome paragraph."""
    text = ""
    paras: list[Paragraph] = []
    sentences: list[Sentence] = []
    for p_id, sents in enumerate(paragraphs):
        if p_id:
            text += "\n\n"
        start = len(text)
        for n, (sentence, kind) in enumerate(sents):
            if n:
                text += " "
            end = len(text) + len(sentence)
            sentences.append(Sentence(len(sentences), len(text), end, sentence, p_id, kind))
            text += sentence
        para_kind: ParagraphKind = "chrome" if sents and all(k == "chrome" for _, k in sents) else "body"
        paras.append(Paragraph(p_id, start, len(text), para_kind))
    return Document(source, title, text, paras, sentences)


@pytest.fixture
def text_doc() -> TextDoc:
    """`text_doc(text, source="t.txt")`: a document built from raw text."""
    return build_text_doc


@pytest.fixture
def kinds_doc() -> KindsDoc:
    """`kinds_doc([[(sentence, kind), ...], ...])`: a hand-made document with chosen sentence kinds."""
    return build_kinds_doc
