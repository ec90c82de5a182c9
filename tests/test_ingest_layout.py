"""Newlines, paragraphs, hard wraps, mended sentences, Markdown markers, titles and offsets."""

from __future__ import annotations

import pytest

from reader.document import Document
from reader.resources import seed_paths
from reader.text.load import load_document
from reader.text.paragraphs import layout_paragraphs


def _check_offsets(doc: Document) -> None:
    last = 0
    for s in doc.sentences:
        assert doc.text[s.start : s.end] == s.text
        assert s.start >= last and s.end > s.start
        last = s.end
        p = doc.paragraphs[s.paragraph]
        assert p.start <= s.start and s.end <= p.end


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r", "\u2028"])
def test_newlines_normalised(text_doc, newline):
    text = newline.join(["First paragraph, line one", "line two.", "", "Second paragraph."])
    expected = ["First paragraph, line one line two.", "Second paragraph."]
    assert layout_paragraphs(text_doc(text).text) == expected


def test_hard_wrapped_prose_is_joined_and_short_last_lines_end_paragraphs():
    text = (
        "The council voted on Monday evening to close the old ferry pier for\n"
        "good, ending more than a century of crossings from the harbour.\n"
        "Engineers said the supports had rotted beyond any repair that the\n"
        "town could pay for.\n"
        "A new paragraph starts here without a blank line before it, as some\n"
        "mail programs write them."
    )
    paras = layout_paragraphs(text)
    assert paras[0].startswith("The council voted") and paras[0].endswith("town could pay for.")
    assert "for good, ending" in paras[0]
    assert paras[1].startswith("A new paragraph starts here")


def test_one_paragraph_per_long_line_stays_apart():
    a = (
        "A long first paragraph copied from a web page sits on one line that is much longer than any wrap. "
        * 2
    )
    b = "The second paragraph, also on one line, follows directly without a blank line between the two."
    assert layout_paragraphs(a.strip() + "\n" + b) == [a.strip(), b]


def test_markdown_lists_and_headings_keep_their_lines():
    text = (
        "# Title\nIntro line that is\nwrapped.\n\n- first item\n- second item\n  continues here\n1. numbered"
    )
    paras = layout_paragraphs(text)
    assert paras == [
        "# Title",
        "Intro line that is wrapped.",
        "- first item",
        "- second item continues here",
        "1. numbered",
    ]


def test_markdown_markers_dropped_from_shown_text(text_doc):
    doc = text_doc("## A *Title* here\n\nThe story by **Jane Roe** says 2**10 is big and __init__ stays.")
    assert doc.title == "A *Title* here"
    assert doc.text.startswith(
        "A *Title* here\n\nThe story by Jane Roe says 2**10 is big and __init__ stays."
    )
    assert doc.sentences[0].kind == "heading"
    _check_offsets(doc)


def test_meduza_sentences_broken_across_blank_lines_are_mended():
    _, right = seed_paths()
    doc = load_document(str(right))
    texts = [s.text for s in doc.sentences]
    for broken in (
        "maintain control of the occupied Donbas territories",
        "the Russian-backed occupation authorities in Ukraine",
        "dig up Russians in the temporarily occupied territories?",
    ):
        assert sum(broken in t for t in texts) == 1, broken
    assert "the occupied\n" not in doc.text


def test_heading_and_chrome_lines_are_not_glued(text_doc):
    doc = text_doc(
        "NEWS FEED\n\nmeduza\n\nA proper article paragraph follows here with enough words to be prose."
    )
    assert [doc.text[p.start : p.end] for p in doc.paragraphs][:2] == ["NEWS FEED", "meduza"]


def test_title_is_first_line_without_heading(text_doc):
    doc = text_doc("Just a first line of text.\n\nAnd a second paragraph of the note.")
    assert doc.title == "Just a first line of text."


def test_long_title_is_shortened(text_doc):
    doc = text_doc("# " + "word " * 60)
    assert len(doc.title) <= 161 and doc.title.endswith("…")


@pytest.mark.parametrize("which", [0, 1])
def test_seed_offsets(which):
    doc = load_document(str(seed_paths()[which]))
    _check_offsets(doc)
    assert doc.sentence_at(doc.sentences[3].start + 1) == doc.sentences[3]
