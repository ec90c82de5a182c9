"""The marks report as a reader sees it: roles and metadata, the direction of the changes, the sections, the
names of stdin and the bundled pair, `--all`; and a golden file for a small hand-made pair.

To regenerate the golden file after an intended change of the format, run
`READER_UPDATE_GOLDEN=1 .venv/bin/pytest tests/test_export_report.py` and review the diff of
tests/fixtures/export_report.md before committing it.
"""

from __future__ import annotations

import os
import re
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from conftest import build_kinds_doc
from markdown_it import MarkdownIt

from reader.align.aligner import align_documents
from reader.alignment import Alignment, Link
from reader.cli.main import main
from reader.document import Document
from reader.marks import Mark
from reader.quotes.model import Quote, QuoteMatch, QuoteReport, Speaker
from reader.render.alignment import alignment_text
from reader.render.marks_md import render_export
from reader.resources import seed_paths
from reader.session import SessionStore
from reader.text.load import load_document

MD = MarkdownIt("commonmark").enable(["table", "strikethrough"])
TODAY = date(2026, 11, 21)
GOLDEN = Path(__file__).parent / "fixtures" / "export_report.md"


def small_pair() -> tuple[Document, Document, Alignment]:
    """A retelling read from a web page (with its metadata) and a source read from a plain file."""
    left = build_kinds_doc([
        [("Council backs a bigger school budget", "heading")],
        [("The council approved the new budget on Monday.", "body"),
         ("Schools get ten million more.", "body")],
        [("Critics said the plan was rushed.", "body"),
         ("The mayor, Ann Lee, called it “a good day for children”.", "body")],
    ], source="https://news.example/budget", title="Council backs a bigger school budget")
    left.meta.update({"format": "html", "sitename": "Example News", "byline": "Jo Writer",
                      "date": "2026-11-20", "url": "https://news.example/budget"})
    right = build_kinds_doc([
        [("Council approves school budget", "heading")],
        [("On Monday the city council approved the new budget by seven votes to two.", "body"),
         ("Schools will get twelve million more next year.", "body")],
        [("The vote followed a long debate.", "body"),
         ("“This is a good day for our children,” said Mayor Ann Lee.", "body")],
        [("Share Subscribe", "chrome")],
    ], source="/home/someone/articles/council-minutes.txt", title="Council approves school budget")
    alignment = Alignment([Link((0,), (0,), 0.41), Link((1,), (1,), 0.72),
                           Link((2,), (2,), 0.55, "confirmed"), Link((4,), (4,), 0.6)])
    return left, right, alignment


def small_quotes(left: Document, right: Document) -> QuoteReport:
    lq, rq = "a good day for children", "This is a good day for our children,"
    ls, rs = left.text.index(lq), right.text.index(rq)
    quotes = [Quote(0, 0, ls, ls + len(lq), lq, "direct", 0, 4),
              Quote(1, 1, rs, rs + len(rq), rq, "direct", 0, 4)]
    return QuoteReport(["left", "right"], quotes, [Speaker(0, "Ann Lee", quotes=[0, 1])],
                       [QuoteMatch(0, 1, 0.7, "reworded")])


SMALL_MARKS = [
    Mark("only", (), (3,), "Left out: the debate."),
    Mark("link", (2,), (2,)),
    Mark("only", (3,), (), "Not in the source: who are the *critics*?"),
    Mark("link", (1,), (1,), "The retelling drops the vote count."),
    Mark("quote", (0,), (1,), "The quote is shortened <and> reworded."),
]


def small_report() -> str:
    left, right, alignment = small_pair()
    return render_export(left, right, alignment, SMALL_MARKS, today=TODAY, quotes=small_quotes(left, right))


def test_report_matches_the_golden_file():
    """The whole report of a small pair; READER_UPDATE_GOLDEN=1 rewrites tests/fixtures/export_report.md."""
    text = small_report()
    if os.environ.get("READER_UPDATE_GOLDEN") == "1":
        GOLDEN.write_text(text, encoding="utf-8")
    assert text == GOLDEN.read_text(encoding="utf-8"), "format changed: see this module's docstring"


def headings(markdown: str) -> list[tuple[str, str]]:
    tokens = MD.parse(markdown)
    return [(t.tag, tokens[n + 1].content) for n, t in enumerate(tokens) if t.type == "heading_open"]


def test_sections_in_order_with_items_in_reading_order():
    assert headings(small_report()) == [
        ("h1", "Retelling review: Council backs a bigger school budget"),
        ("h2", "Marked pairs"),
        ("h3", "1. Retelling sentence 2 ↔ source sentence 2"),
        ("h3", "2. Retelling sentence 3 ↔ source sentence 3"),
        ("h2", "Only in the retelling"),
        ("h3", "1. Retelling sentence 4"),
        ("h2", "Only in the source"),
        ("h3", "1. Source sentence 4"),
        ("h2", "Quote pairs"),
        ("h3", "1. Quote: Ann Lee"),
    ]


def section(markdown: str, title: str) -> str:
    """The Markdown of one level-2 section."""
    start = markdown.index(f"\n## {title}\n")
    end = markdown.find("\n## ", start + 1)
    return markdown[start:end if end >= 0 else None]


def test_pairs_carry_status_score_and_note():
    pairs = section(small_report(), "Marked pairs")
    first, second = pairs.split("\n### ")[1:]
    assert "Status: auto (found by the aligner) · score 0.72" in first
    assert "Note: The retelling drops the vote count." in first
    assert "Status: confirmed (checked by a person) · score 0.55" in second and "Note:" not in second


def test_only_sections_hold_the_one_sided_marks_with_notes():
    text = small_report()
    retelling, source = section(text, "Only in the retelling"), section(text, "Only in the source")
    assert "> Critics said the plan was rushed." in retelling
    assert "Note: Not in the source: who are the \\*critics\\*?" in retelling
    assert "> The vote followed a long debate." in source and "Note: Left out: the debate." in source
    quotes = section(text, "Quote pairs")
    assert "Note: The quote is shortened &lt;and> reworded." in quotes
    assert "**Retelling**, sentence 5:" in quotes and "**Source**, sentence 5:" in quotes


def test_changes_read_from_the_source_to_the_retelling():
    text = small_report()
    legend = text.splitlines()[2]
    assert "from the source to the retelling" in legend and "~~struck~~" in legend and "**bold**" in legend
    changes = [line for line in section(text, "Marked pairs").splitlines() if line.startswith("Changes: ")]
    # Source "Schools will get twelve million more next year." → retelling "Schools get ten million more."
    assert changes[1] == ("Changes: Schools ~~will~~ get ~~twelve~~ **ten** million ~~more next year.~~ "
                          "**more.**")
    tokens = MD.parse(changes[1])
    children = [c for t in tokens if t.type == "inline" for c in t.children or []]
    struck = [children[n + 1].content for n, c in enumerate(children) if c.type == "s_open"]
    bold = [children[n + 1].content for n, c in enumerate(children) if c.type == "strong_open"]
    assert struck == ["will", "twelve", "more next year."] and bold == ["ten", "more."]


def test_header_names_roles_metadata_and_export_date_separately():
    text = small_report()
    head = text[:text.index("\n## ")]
    assert "- **Retelling** (left): Council backs a bigger school budget" in head
    assert "  - Outlet: Example News · Byline: Jo Writer · Published: 2026-11-20" in head
    assert "  - URL: https://news.example/budget" in head
    assert "- **Source** (right): Council approves school budget" in head
    assert "  - File: council-minutes.txt" in head and "/home/someone" not in text
    assert "- Exported: 2026-11-21" in head and "2026-11-21" not in text.splitlines()[0]
    sizes = "Marked pairs (2), Only in the retelling (1), Only in the source (1), Quote pairs (1)"
    assert f"- Sections: {sizes}" in head


def test_outlet_falls_back_to_the_url_host_and_title_to_the_file_name(kinds_doc):
    left = kinds_doc([[("One sentence.", "body")]], source="https://www.example.org/a?b=1", title="")
    right = kinds_doc([[("Another sentence.", "body")]], source="dir/source.txt", title="")
    text = render_export(left, right, Alignment([]), [], today=TODAY)
    assert "- **Retelling** (left): https://www.example.org/a?b=1\n  - Outlet: www.example.org\n" in text
    assert "- **Source** (right): source.txt\n  - File: source.txt\n" in text


def test_stdin_is_named_stdin_without_html_escapes(kinds_doc):
    left = kinds_doc([[("One sentence.", "body")]], source="<stdin>", title="Piped")
    right = kinds_doc([[("Another sentence.", "body")]], source="r.txt", title="R")
    text = render_export(left, right, Alignment([Link((0,), (0,), 0.5)]), [Mark("link", (0,), (0,))],
                         today=TODAY)
    assert "  - Read from: stdin\n" in text and "&lt;" not in text and "<stdin>" not in text


def test_bundled_pair_is_named_by_file_name():
    left, right = (load_document(str(p)) for p in seed_paths())
    text = render_export(left, right, align_documents(left, right), [], today=TODAY)
    assert "  - File: report.txt (bundled)\n" in text and "  - File: meduza.txt (bundled)\n" in text
    assert str(seed_paths()[0].parent) not in text


def test_stale_and_waiting_marks_are_counted_not_exported():
    left, right, alignment = small_pair()
    marks = [Mark("only", (99,), ()), Mark("only", (1,), (1,)), Mark("quote", (0,), (1,)),
             Mark("only", (1,), ())]
    text = render_export(left, right, alignment, marks, today=TODAY)
    assert "- Not exported: 2 marks that no longer match the articles" in text
    assert "- Not exported: 1 quote mark (the quote analysis was not ready)" in text
    assert "Now linked to source sentence 2 (the alignment changed after this was marked)." in text


def test_only_mark_of_several_sentences_keeps_paragraphs():
    left, right, alignment = small_pair()
    text = render_export(left, right, alignment, [Mark("only", (2, 3), ())], today=TODAY)
    assert "### 1. Retelling sentences 3–4" in text
    assert "> Schools get ten million more.\n>\n> Critics said the plan was rushed." in text


# --- `reader export --all` on the bundled pair ---------------------------------------------------------

@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("READER_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.chdir(tmp_path)
    return tmp_path / "data"


def test_all_holds_every_link_and_every_sentence_without_a_counterpart(data_dir, capsys):
    left_path, right_path = (str(p) for p in seed_paths())
    left, right = load_document(left_path), load_document(right_path)
    alignment = align_documents(left, right)
    first = alignment.links[0]
    SessionStore().save(left, right, [Mark("link", first.left, first.right, "kept")])
    assert main(["export", left_path, right_path, "--all", "-o", "-"]) == 0
    text = capsys.readouterr().out
    listing = alignment_text(left, right, alignment)
    # The numbers are those `reader align --format text` prints: [n] for links, then the unlinked sentences.
    link_numbers = re.findall(r"^\[([\d,]+)\] <-> \[([\d,]+)\]", listing, re.M)
    before, after = listing.split("Only in the right")
    only_left = re.findall(r"^  \[(\d+)\]", before.split("Only in the left")[1], re.M)
    only_right = re.findall(r"^  \[(\d+)\]", after, re.M)
    assert only_left and only_right
    pairs = re.findall(r"^### \d+\. Retelling sentences? ([\d–, ]+) ↔ source sentences? ([\d–, ]+)$",
                       section(text, "Linked pairs"), re.M)
    assert len(pairs) == len(link_numbers) == len(alignment.links)
    def firsts(numbers: tuple[str, str]) -> list[str]:
        return [re.split(r"[,–]", n)[0] for n in numbers]

    assert [firsts(n) for n in link_numbers] == [firsts(n) for n in pairs]
    assert re.findall(r"^### \d+\. Retelling sentence (\d+)$", section(text, "Only in the retelling"),
                      re.M) == only_left
    assert re.findall(r"^### \d+\. Source sentence (\d+)$", section(text, "Only in the source"),
                      re.M) == only_right
    assert text.count("\nNote: kept\n") == 1


def test_all_marks_are_the_links_and_unlinked_alignable_sentences():
    from reader.cli.export import all_marks

    left, right, alignment = small_pair()
    marks = all_marks(left, right, alignment)
    assert marks == [Mark("link", (0,), (0,)), Mark("link", (1,), (1,)), Mark("link", (2,), (2,)),
                     Mark("link", (4,), (4,)), Mark("only", (3,), ()), Mark("only", (), (3,))]
    assert all(not m.note for m in marks)  # chrome "Share Subscribe" (source sentence 6) is left out
    assert replace(marks[0], note="x") == marks[0]


def test_metadata_notes_and_names_from_outside_render_literally(kinds_doc):
    """Every outside string of the report (titles, metadata, file names, notes) renders as written."""
    from test_export import HOSTILE, expected

    hostile = [h for h in HOSTILE if expected(h)]
    for text in hostile:
        left = kinds_doc([[("One sentence.", "body"), ("Two.", "body")]], source=f"d/{text}.txt", title=text)
        left.meta.update({"sitename": text, "byline": text, "date": text})
        right = kinds_doc([[("Another sentence.", "body"), ("Three.", "body")]], source="r.txt", title=text)
        marks = [Mark("link", (0,), (0,), text), Mark("only", (1,), (), text), Mark("only", (), (1,), text)]
        report = render_export(left, right, Alignment([Link((0,), (0,), 0.5)]), marks, today=TODAY)
        tokens = MD.parse(report)
        assert not any(t.type.startswith(("html", "code", "fence", "hr", "ordered")) for t in tokens), text
        inline = [t for t in tokens if t.type == "inline"]
        # The legend and the changes are the only places with markup of the report's own (~~ and **).
        outside = [t for t in inline if not t.content.startswith(("How to read", "Changes: "))]
        children = [c for t in outside for c in t.children or []]
        assert {c.type for c in children} <= {"text", "softbreak", "strong_open", "strong_close"}, text
        bold = [children[k + 1].content for k, c in enumerate(children) if c.type == "strong_open"]
        assert set(bold) <= {"Retelling", "Source"}, text
        seen = ["".join(c.content for c in t.children or [] if c.type == "text") for t in inline]
        want = expected(text)
        assert seen[0] == f"Retelling review: {want}"
        assert "Retelling (left): " + want in seen and "Source (right): " + want in seen
        assert f"Outlet: {want} · Byline: {want} · Published: {want}" in seen
        assert seen.count(f"Note: {want}") == 3


def test_a_pairs_facts_include_changes_with_a_sentence_outside_it():
    """As the app's strip: a marked pair lists the changes its sentences have with sentences outside it (a
    quote matched where the aligner has no link), naming that sentence; its words are marked in its text."""
    from reader.changes.model import Change, Span

    left, right, alignment = small_pair()

    def span(doc: Document, sentence: int, words: str) -> Span:
        start = doc.text.index(words, doc.sentences[sentence].start)
        return Span(sentence, start, start + len(words), words)

    inside = Change("number", span(left, 2, "ten"), span(right, 2, "twelve"), "'twelve' → 'ten'")
    outside = Change("date", span(left, 1, "Monday"), span(right, 3, "long debate"), "outside one")
    elsewhere = Change("quote", span(left, 4, "a good day"), span(right, 4, "a good day"), "not here")
    marks = [Mark("link", (1,), (1,)), Mark("link", (2,), (2,))]
    text = render_export(left, right, alignment, marks, today=TODAY, changes=[inside, outside, elsewhere])
    first, second = section(text, "Marked pairs").split("\n### ")[1:]
    assert "- date: outside one (with source sentence 4)" in first
    assert "<mark>Monday</mark>" in first and "long debate" not in first
    assert "- number: 'twelve' → 'ten'\n" in second and "(with" not in second
    assert "not here" not in first + second
    # The whole list still has every change.
    assert "not here" in section(text, "What changed")
