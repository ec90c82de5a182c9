"""The pane's word wrap: every character of every sentence is on a line, no line is wider than the pane."""

from __future__ import annotations

from rich.cells import cell_len

from reader.resources import seed_paths
from reader.text.load import load_document
from reader.ui.layout import BLANK, FOLD, TEXT, build_layout


def test_seed_lines_cover_text_and_fit_width() -> None:
    doc = load_document(str(seed_paths()[1]))
    for width in (20, 37, 80):
        layout = build_layout(doc, width)
        rows = zip(layout.starts, layout.ends, layout.kinds, strict=True)
        covered = "".join(doc.text[a:b] for a, b, k in rows if k == TEXT)
        assert "".join(covered.split()) == "".join(doc.text.split())
        for a, b, k in zip(layout.starts, layout.ends, layout.kinds, strict=True):
            if k == TEXT:
                assert cell_len(doc.text[a:b]) <= width
        for s in doc.sentences:
            first, last = layout.first_line[s.id], layout.last_line[s.id]
            assert 0 <= first <= last
            assert layout.starts[first] <= s.start < layout.ends[first] + 1
            assert layout.starts[last] < s.end <= layout.ends[last]


def test_paragraphs_are_separated_by_a_blank_line(kinds_doc) -> None:
    doc = kinds_doc([[("One two three.", "body")], [("Four five.", "body")]])
    layout = build_layout(doc, 40)
    assert layout.kinds == [TEXT, BLANK, TEXT]


def test_long_word_and_wide_characters_are_cut_to_width(kinds_doc) -> None:
    doc = kinds_doc([[("x" * 25 + " 漢字漢字漢字漢字 end.", "body")]])
    layout = build_layout(doc, 10)
    widths = [cell_len(doc.text[a:b]) for a, b in zip(layout.starts, layout.ends, strict=True)]
    assert all(w <= 10 for w in widths)
    assert "".join(doc.text[a:b] for a, b in zip(layout.starts, layout.ends, strict=True)).replace(" ", "") \
        == doc.text.replace(" ", "")


def test_hidden_chrome_folds_into_one_line(kinds_doc) -> None:
    doc = kinds_doc([
        [("Menu.", "chrome")], [("Share this.", "chrome")], [("Body text here.", "body")],
        [("Footer.", "chrome")],
    ])
    shown = build_layout(doc, 40, show_chrome=True)
    hidden = build_layout(doc, 40, show_chrome=False)
    assert shown.kinds.count(FOLD) == 0
    assert hidden.kinds == [FOLD, BLANK, TEXT, BLANK, FOLD]
    assert hidden.first_line[0] == hidden.first_line[1] == hidden.first_line[3] == -1
    assert hidden.first_line[2] == 2
