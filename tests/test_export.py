"""The Markdown export: escaping that renders literally, word differences, and the export's structure.

Everything is checked by rendering with markdown-it (CommonMark plus GitHub's tables and strikethrough) and
comparing what a reader would see with the inputs.
"""

from __future__ import annotations

import re
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt
from markdown_it.token import Token

from reader.align.aligner import align_documents
from reader.document import Document
from reader.marks import Mark
from reader.quotes.model import Quote, QuoteMatch, QuoteReport, Speaker
from reader.render.markdown import escape_inline, quote_block
from reader.render.marks_md import default_export_name, render_differences, render_export
from reader.resources import seed_paths
from reader.stats import coverage
from reader.text.load import load_document
from reader.text.sanitize import strip_controls
from reader.worddiff import tokenize

MD = MarkdownIt("commonmark").enable(["table", "strikethrough"])
TODAY = date(2026, 11, 21)

HOSTILE = [
    "[bold]red[/] [/] [link=https://x.y]click[/link] [@click=app.quit]quit[/]",
    "*emphasis* **strong** _under_ __dunder__ snake_case_name __init__ a*b*c 2*3*4",
    "`code` ``double`` ~~struck~~ ~tilde~ | a | b | --- |",
    "<b>html</b> <script>alert(1)</script> <!-- comment --> <http://example.com> a<b",
    "&amp; &lt; &#123; &#x41; AT&T; fish & chips &;",
    "# heading", "## two", "#hashtag", "> quote", ">> nested", "- item", "+ item", "* item",
    "1. first", "2023.", "12) twelve", "1999) year", "---", "===", "***", "___", "- - -",
    "title ending in #", "trailing hashes ##  ", "back\\slash\\", "\\*not emphasis\\*", "\\",
    "[link](http://x) ![img](y.png) [ref]: /url [^1]", "line one\nline two\r\nthree\u2028four",
    "  leading and trailing  ", "tab\there", "nbsp\u00a0here",
    "ESC \x1b[31mred\x1b[0m NUL\x00 DEL\x7f C1\x85",
    "emoji 👩‍👩‍👧 RTL עברית ערבית CJK 中文。！？", "“curly” „low” «guillemets» 'straight' \"double\"",
    "– dialogue dash", "—", "-", "+", "1.", "a  b   c", "!", "!!", ":smile:", "{.class}", "$x$",
]


def inline_children(markdown: str) -> list[list[Token]]:
    return [t.children or [] for t in MD.parse(markdown) if t.type == "inline"]


def plain(children: list[Token]) -> str:
    """The text a reader sees in one inline run (emphasis and other markup dropped)."""
    out = []
    for child in children:
        if child.type in ("text", "code_inline"):
            out.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            out.append("\n")
    return "".join(out)


def expected(text: str) -> str:
    """What escape_inline promises to render: control characters visible, one line, trimmed."""
    visible = strip_controls(text)
    return re.sub(r"[ \t]*(?:\r\n|[\n\r\u2028\u2029\x0b\x0c])[ \t]*", " ", visible).strip()


def rendered_paragraph(markdown: str) -> str:
    tokens = MD.parse(markdown)
    kinds = [t.type for t in tokens]
    assert kinds == ["paragraph_open", "inline", "paragraph_close"], (markdown, kinds)
    assert all(c.type in ("text", "softbreak") for c in tokens[1].children or []), markdown
    return plain(tokens[1].children or [])


@pytest.mark.parametrize("text", HOSTILE)
def test_escaped_text_renders_literally(text):
    want = expected(text)
    if not want:
        assert escape_inline(text) == ""
        return
    assert rendered_paragraph(escape_inline(text)) == want
    assert rendered_paragraph("Text: " + escape_inline(text, line_start=False)) == "Text: " + want


@pytest.mark.parametrize("text", HOSTILE)
def test_escaped_heading_and_block_quote_render_literally(text):
    want = expected(text)
    if not want:
        return
    tokens = MD.parse("# " + escape_inline(text, heading=True))
    assert [t.type for t in tokens] == ["heading_open", "inline", "heading_close"]
    assert plain(tokens[1].children or []) == want
    tokens = MD.parse(quote_block(text))
    assert [t.type for t in tokens] == ["blockquote_open", "paragraph_open", "inline", "paragraph_close",
                                        "blockquote_close"]
    assert plain(tokens[2].children or []) == want


def test_escaping_is_minimal():
    assert escape_inline("snake_case and plain words, 2.5 + 3 - 1 = 4.5!") == \
        "snake_case and plain words, 2.5 + 3 - 1 = 4.5!"
    assert escape_inline("1. first") == "1\\. first"
    assert escape_inline("1. first", line_start=False) == "1. first"
    assert escape_inline("a < b & c") == "a &lt; b & c"


def test_quote_block_keeps_paragraphs():
    tokens = MD.parse(quote_block("First * paragraph.\n\n# Second paragraph."))
    paras = [plain(t.children or []) for t in tokens if t.type == "inline"]
    assert paras == ["First * paragraph.", "# Second paragraph."]
    assert tokens[0].type == "blockquote_open" and tokens[-1].type == "blockquote_close"


MARKDOWN_CHARS = [*"ab Z9_*`~[]()<>&#;!-+=.|\\:\"'“”\t\n", "\u00a0", "ü"]
markdownish = st.text(alphabet=st.sampled_from(MARKDOWN_CHARS), max_size=40)


@settings(max_examples=300, deadline=None)
@given(markdownish)
def test_any_text_renders_literally(text):
    want = expected(text)
    if want:
        assert rendered_paragraph("x " + escape_inline(text, line_start=False)) == "x " + want
        assert rendered_paragraph(escape_inline(text)) == want


def diff_sides(children: list[Token]) -> tuple[str, str]:
    """Rebuild both texts from a rendered difference line: struck text is only in a, bold only in b."""
    a, b = [], []
    struck = bold = False
    for child in children:
        if child.type in ("s_open", "s_close"):
            struck = child.type == "s_open"
        elif child.type in ("strong_open", "strong_close"):
            bold = child.type == "strong_open"
        elif child.type == "text":
            assert not (struck and bold)
            if not bold:
                a.append(child.content)
            if not struck:
                b.append(child.content)
        else:
            raise AssertionError(f"unexpected markup {child.type}")
    return " ".join("".join(a).split()), " ".join("".join(b).split())


def keys(text: str) -> list[str]:
    return [t.key for t in tokenize(text)]


def check_difference_line(line: str, a: str, b: str) -> None:
    (children,) = inline_children(line)
    if line == "no differences in wording":
        assert keys(a) == keys(b)
        return
    got_a, got_b = diff_sides(children)
    # Kept words are shown as the right text has them, so the left side matches up to case and quote style.
    assert keys(got_a) == keys(a) and got_b == " ".join(b.split())


def test_differences_strike_removed_and_bold_added_words():
    a = "– What does the ceasefire give Ukraine? – asked Podolak."
    b = "– What does a ceasefire give Ukraine? – asked Podolyak."
    line = render_differences(a, b)
    children = inline_children(line)[0]
    struck = [children[i + 1].content for i, c in enumerate(children) if c.type == "s_open"]
    bold = [children[i + 1].content for i, c in enumerate(children) if c.type == "strong_open"]
    assert struck == ["the", "Podolak."] and bold == ["a", "Podolyak."]
    check_difference_line(line, a, b)


DIFF_WORDS = ["the", "Kremlin", "*", "_x_", "`", "~~", "a,", "[b]", "1.", "#", "<i>", "“q”", "Podolak,",
              "Podolyak", "\\", "&amp;", "-", "|", "ü"]
diff_words = st.lists(st.sampled_from(DIFF_WORDS), max_size=10)


@settings(max_examples=300, deadline=None)
@given(diff_words, diff_words)
def test_differences_render_both_texts_for_any_input(wa, wb):
    a, b = " ".join(wa), " ".join(wb)
    check_difference_line(render_differences(a, b), a, b)


# --- the export of the seed pair ---------------------------------------------------------------------

@pytest.fixture(scope="module")
def seed() -> tuple[Document, Document]:
    left, right = seed_paths()
    return load_document(str(left)), load_document(str(right))


def sections(markdown: str) -> list[list[Token]]:
    """Top-level tokens split at each level-2 heading (the first chunk is the preamble)."""
    out: list[list[Token]] = [[]]
    for token in MD.parse(markdown):
        if token.type == "heading_open" and token.tag == "h2":
            out.append([])
        out[-1].append(token)
    return out


def blockquote_texts(tokens: list[Token]) -> list[str]:
    texts, depth, current = [], 0, []
    for token in tokens:
        if token.type == "blockquote_open":
            depth, current = depth + 1, []
        elif token.type == "blockquote_close":
            depth -= 1
            texts.append("\n\n".join(current))
        elif depth and token.type == "inline":
            current.append(plain(token.children or []))
    return texts


def paragraphs(tokens: list[Token]) -> list[str]:
    return [plain(t.children or []) for t in tokens if t.type == "inline"]


def sentence_text(doc: Document, ids: tuple[int, ...]) -> str:
    parts = []
    for n, i in enumerate(ids):
        if n:
            parts.append("\n\n" if doc.sentences[i].paragraph != doc.sentences[ids[n - 1]].paragraph else " ")
        parts.append(doc.sentences[i].text)
    return "".join(parts)


def items(markdown: str) -> list[list[Token]]:
    """Top-level tokens split at each level-3 heading (one item of a section; the first chunk is the rest)."""
    out: list[list[Token]] = [[]]
    for token in MD.parse(markdown):
        if token.type == "heading_open" and token.tag in ("h2", "h3"):
            out.append([])
        out[-1].append(token)
    return [out[0]] + [chunk for chunk in out[1:] if chunk[0].tag == "h3"]


def test_export_of_two_marked_alignments(seed):
    left, right = seed
    alignment = align_documents(left, right)
    links = alignment.links
    assert len(links) >= 4
    chosen = [links[3], links[0]]  # marked out of order: the export sorts them by the left article
    marks = [Mark("link", k.left, k.right) for k in chosen]
    text = render_export(left, right, alignment, marks, today=TODAY)
    preamble, *parts = items(text)

    heading = paragraphs(preamble)[0]
    assert heading == f"Retelling review: {left.title}"
    facts = "\n".join(paragraphs(preamble))
    assert f"Retelling (left): {left.title}" in facts and f"Source (right): {right.title}" in facts
    assert "Exported: 2026-11-21" in facts
    cov = coverage(left, right, alignment)
    assert f"{cov.left:.0%} of the retelling's text" in facts
    assert f"{cov.right:.0%} of the source's text" in facts
    assert f"{cov.left_linked} of {cov.left_total} sentences" in facts
    assert "File: report.txt (bundled)" in facts and "File: meduza.txt (bundled)" in facts

    assert len(parts) == 2
    for part, link in zip(parts, [links[0], links[3]], strict=True):
        title = paragraphs(part)[0]
        assert f"sentence {link.left[0] + 1}" in title or f"sentences {link.left[0] + 1}" in title
        quoted = blockquote_texts(part)
        assert quoted == [sentence_text(left, link.left), sentence_text(right, link.right)]
        texts = paragraphs(part)
        assert f"Status: auto (found by the aligner) · score {link.score:.2f}" in texts
        (diff,) = [t for t in part if t.type == "inline" and t.content.startswith("Changes: ")]
        children = (diff.children or [])[:]
        assert children[0].content.startswith("Changes: ")
        children[0] = Token("text", "", 0, content=children[0].content.removeprefix("Changes: "))
        # From the source (right) to the retelling (left): struck words are the source's, bold the retelling's
        got_source, got_retelling = diff_sides(children)
        assert keys(got_source) == keys(quoted[1]) and got_retelling == " ".join(quoted[0].split())


def test_export_with_no_marks_says_so(seed):
    left, right = seed
    alignment = align_documents(left, right)
    text = render_export(left, right, alignment, [], today=TODAY)
    preamble, *parts = sections(text)
    assert parts == [] and "Nothing is marked." in paragraphs(preamble)


def test_marks_that_no_longer_match_are_reported_not_exported(seed):
    left, right = seed
    alignment = align_documents(left, right)
    link = alignment.links[0]
    marks = [Mark("link", link.left, link.right), Mark("link", (len(left.sentences) + 5,), (0,))]
    text = render_export(left, right, alignment, marks, today=TODAY)
    assert len(sections(text)) == 2
    assert "Not exported: 1 mark that no longer match the articles" in text


def test_mark_without_current_link_has_no_score(seed):
    left, right = seed
    alignment = align_documents(left, right)
    unlinked = next(i for i in left.alignable_ids if not alignment.links_of(0, i))
    text = render_export(left, right, alignment, [Mark("link", (unlinked,), (0,))], today=TODAY)
    assert "\nStatus: no longer linked (the alignment changed after this was marked)\n" in text


def test_quote_marks_are_exported_when_a_report_is_given(text_doc):
    left = text_doc("Podolak said: “The ceasefire gives *nothing* to Ukraine.” Talks stalled.", "l.txt")
    right = text_doc("Talks stalled. “A ceasefire gives nothing to Ukraine,” said Podolyak.", "r.txt")
    lq, rq = "The ceasefire gives *nothing* to Ukraine.", "A ceasefire gives nothing to Ukraine,"
    quotes = [
        Quote(0, 0, left.text.index(lq), left.text.index(lq) + len(lq), lq, "direct", 0, 0),
        Quote(1, 1, right.text.index(rq), right.text.index(rq) + len(rq), rq, "direct", 0, 1),
    ]
    report = QuoteReport(["l.txt", "r.txt"], quotes, [Speaker(0, "Mykhailo Podolyak", quotes=[0, 1])],
                         [QuoteMatch(0, 1, 0.82, "reworded")])
    alignment = align_documents(left, right)
    marks = [Mark("quote", (0,), (1,))]
    without = render_export(left, right, alignment, marks, today=TODAY)
    assert len(sections(without)) == 1  # quote marks need the report
    text = render_export(left, right, alignment, marks, today=TODAY, quotes=report)
    preamble, part = sections(text)
    sizes = "Marked pairs (0), Only in the retelling (0), Only in the source (0), Quote pairs (1)"
    assert f"Sections: {sizes}" in paragraphs(preamble)
    assert paragraphs(part)[0] == "Quote pairs" and "Quote: Mykhailo Podolyak" in paragraphs(part)[1]
    assert blockquote_texts(part) == [lq, rq]
    assert "Verdict: reworded, similarity 0.82" in paragraphs(part)


def test_default_export_name_is_safe_and_bounded(text_doc, seed):
    left, right = seed
    name = default_export_name(left, right)
    assert name.endswith(".md") and "--" in name
    assert name.startswith("media-moscow-wants")
    hostile = text_doc("# ../../etc/passwd: <CON> *|?\\ " + "very " * 80 + "long\n\nBody text.", "x")
    empty = text_doc("!!!\n\nBody.", "y")
    name = default_export_name(hostile, empty)
    assert "/" not in name and "\\" not in name and ".." not in name.removesuffix(".md")
    assert name.startswith("etc-passwd-con-very-") and name.endswith("--right.md")  # no title words: fallback
    assert len(name.encode()) <= 2 * 48 + 5
    assert all(c.isalnum() or c in "-." for c in name)
