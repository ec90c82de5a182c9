"""Coverage figures (reader.stats) and the renderings of `reader align` (reader.render.alignment)."""

from __future__ import annotations

import json
from collections.abc import Callable

from markdown_it import MarkdownIt

from reader.alignment import Alignment, Link
from reader.document import Document
from reader.render.alignment import alignment_json, alignment_markdown, alignment_text, alignment_tsv
from reader.stats import coverage


def test_coverage_counts_characters_of_alignable_sentences(kinds_doc):
    left = kinds_doc([[("aaaa", "body"), ("bb", "body"), ("MENU SHARE", "chrome"), ("cccc", "heading")]])
    right = kinds_doc([[("xxxxxx", "body"), ("yy", "heading"), ("zz", "body")]])
    alignment = Alignment([Link((0,), (0,), 0.9), Link((3,), (0, 1), 0.7)])
    cov = coverage(left, right, alignment)
    assert (cov.left_linked, cov.left_total, cov.right_linked, cov.right_total) == (2, 3, 2, 3)
    assert cov.left == 8 / 10  # chrome "MENU SHARE" counts on neither side
    assert cov.right == 8 / 10
    assert "left 80% of text (2/3 sentences)" in cov.describe()


def test_coverage_ignores_links_into_chrome_and_empty_documents(kinds_doc):
    left = kinds_doc([[("body text", "body"), ("chrome", "chrome")]])
    right = kinds_doc([[("chrome", "chrome")]])
    cov = coverage(left, right, Alignment([Link((1,), (0,), 1.0)]))
    assert (cov.left, cov.right, cov.left_linked, cov.right_total) == (0.0, 0.0, 0, 0)


def hostile_pair(kinds_doc: Callable[..., Document]) -> tuple[Document, Document, Alignment]:
    left = kinds_doc([[("# [bold]Not a heading[/] *nor* <b>html</b>", "body"),
                     ("1. Not a list \x1b[31m", "body")]],
                    source="left\x1bfile.txt", title="Title | with ## marks #")
    right = kinds_doc([[("> not a quote & &amp; `code`", "body"), ("C1 control \x85 here", "body")]],
                     title="Right")
    return left, right, Alignment([Link((0,), (0,), 0.5), Link((1,), (1,), 0.25)])


def test_alignment_markdown_renders_text_literally(kinds_doc):
    left, right, alignment = hostile_pair(kinds_doc)
    md = MarkdownIt("commonmark").enable(["table", "strikethrough"])
    tokens = md.parse(alignment_markdown(left, right, alignment))
    inline = [t for t in tokens if t.type == "inline"]
    assert inline[0].children and "".join(c.content for c in inline[0].children) == \
        "Alignment: Title | with ## marks # / Right"
    quoted = []
    depth = 0
    for t in tokens:
        depth += t.type == "blockquote_open"
        depth -= t.type == "blockquote_close"
        if depth and t.type == "inline":
            quoted.append("".join(c.content for c in t.children or []))
    assert quoted == ["# [bold]Not a heading[/] *nor* <b>html</b>", "> not a quote & &amp; `code`",
                      "1. Not a list ␛[31m", "C1 control \ufffd here"]
    assert [t.tag for t in tokens if t.type == "heading_open"] == ["h1", "h2", "h2"]
    assert not any(t.type.startswith(("html", "ordered", "code", "fence")) for t in tokens)
    children = [c for t in inline for c in t.children or []]
    assert not any(c.type.startswith(("html", "em", "strong", "code", "link")) for c in children)


def test_text_and_json_outputs_carry_no_control_characters(kinds_doc):
    left, right, alignment = hostile_pair(kinds_doc)
    for out in (alignment_text(left, right, alignment), alignment_json(left, right, alignment)):
        assert not any((ord(c) < 32 and c != "\n") or 0x7F <= ord(c) <= 0x9F for c in out)
    data = json.loads(alignment_json(left, right, alignment))
    assert data["links"] == [{"left": [0], "right": [0], "score": 0.5, "status": "auto"},
                             {"left": [1], "right": [1], "score": 0.25, "status": "auto"}]


def test_tsv_has_one_row_of_six_cells_per_link_with_1_based_numbers(kinds_doc):
    left = kinds_doc([[("First\tsentence\x1b[31m.", "body"), ("Second one.", "body")]])
    right = kinds_doc([[("Erste.", "body")], [("Zweite\nZeile.", "body"), ("Dritte.", "body")]])
    alignment = Alignment([Link((0,), (0,), 0.5), Link((1,), (1, 2), 0.25)])
    rows = [line.split("\t") for line in alignment_tsv(left, right, alignment).split("\n")]
    assert rows[0] == ["left", "right", "status", "score", "left_text", "right_text"]
    assert [len(r) for r in rows] == [6, 6, 6]
    assert rows[1][:4] == ["1", "1", "auto", "0.5000"] and rows[2][:4] == ["2", "2,3", "auto", "0.2500"]
    assert rows[1][4] == "First sentence␛[31m." and rows[2][5] == "Zweite Zeile. Dritte."
