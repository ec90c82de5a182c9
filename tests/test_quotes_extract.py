"""Quote extraction: every typographic form, dialogue dashes, block quotes, partial and indirect quotes."""

from __future__ import annotations

import pytest

from reader.ingest.raw import RawArticle
from reader.quotes import QuoteReport, analyze_quotes, analyze_text
from reader.quotes.forms.quotemarks import find_marked
from reader.text.load import build_document


def texts(t: str) -> list[str]:
    """Quoted contents of a text whose paragraphs are separated by blank lines, by the marks scanner alone."""
    paras, pos = [], 0
    for part in t.split("\n\n"):
        paras.append((pos, pos + len(part)))
        pos += len(part) + 2
    return [t[m.start:m.end] for m in find_marked(t, paras)]


def report_of(text: str) -> QuoteReport:
    """The plain-text path (paragraphs are lines): the same extraction the app runs, free of layout rules."""
    return analyze_text(text)


def speaker_of(report: QuoteReport, fragment: str) -> str | None:
    quote = next(q for q in report.quotes if fragment in q.text)
    return None if quote.speaker is None else report.speakers[quote.speaker].name


@pytest.mark.parametrize(("text", "expected"), [
    ('He said "we will win the vote" and left.', ["we will win the vote"]),
    ("She said “we will win the vote” and left.", ["we will win the vote"]),
    ("Er sagte: „Das ist sehr gut“ und ging.", ["Das ist sehr gut"]),
    ("Powiedział: „To jest bardzo dobre” i wyszedł.", ["To jest bardzo dobre"]),
    ("Il a dit : «Nous allons gagner» hier.", ["Nous allons gagner"]),
    ("Er sagte: »Wir werden gewinnen« und ging.", ["Wir werden gewinnen"]),
    ("Il a dit ‹oui, bien sûr› hier.", ["oui, bien sûr"]),
    ("He called it ‘a total disgrace’ on Monday.", ["a total disgrace"]),
    ("He called it 'a total disgrace' on Monday.", ["a total disgrace"]),
])
def test_every_typographic_form(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


def test_apostrophes_are_not_quotes() -> None:
    text = "“I don’t know,” she said. “Jones’ car was bought in the ’90s, it’s old.”"
    assert texts(text) == ["I don’t know,", "Jones’ car was bought in the ’90s, it’s old."]
    assert texts("Rock 'n' roll isn't dead, the Joneses' dog said.") == ["n"]


def test_nested_quotes_stay_inside_the_outer_one() -> None:
    text = "He said: “They taunt us: ‘You will be thrown out of the city.’ We stayed.”"
    assert texts(text) == ["They taunt us: ‘You will be thrown out of the city.’ We stayed."]


def test_multi_paragraph_quote_runs_to_the_closing_mark() -> None:
    text = "“The first paragraph of the speech.\n\n“The second paragraph,” he said.\n\nNarration."
    assert texts(text) == ["The first paragraph of the speech.\n\n“The second paragraph,"]


def test_unclosed_and_stray_marks_do_not_break_extraction() -> None:
    text = ("“An unclosed quote runs to its paragraph end.\n\n"
            "A stray ” mark, a 5\" screen and a \"real quote\" here.")
    assert texts(text) == ["An unclosed quote runs to its paragraph end.", "real quote"]


def test_split_quote_is_one_quote_with_one_speaker() -> None:
    report = report_of("“We will not give up,” Devine declared. “We will fight on until the very end.”")
    direct = [q for q in report.quotes if q.kind == "direct"]
    assert len(direct) == 1
    assert direct[0].text.startswith("We will not give up") and direct[0].text.endswith("very end.")
    assert speaker_of(report, "We will not give up") == "Devine"


def test_dialogue_dash_speech_and_attribution() -> None:
    text = ("The adviser was clear. – What does the ceasefire give us in this scenario? – asked Podolak, "
            "quoted by the portal.\n\n"
            "– Nothing at all. We will not agree to this – he added – and nobody should expect it.")
    report = report_of(text)
    direct = [q.text for q in report.quotes if q.kind == "direct"]
    assert "What does the ceasefire give us in this scenario?" in direct
    assert "Nothing at all. We will not agree to this" in direct
    assert "and nobody should expect it." in direct
    assert {speaker_of(report, t) for t in direct} == {"Podolak"}


def test_parenthetical_dash_is_not_speech() -> None:
    report = report_of("Officials raised the idea of talks — even after the decree — on several occasions.")
    assert not [q for q in report.quotes if q.kind == "direct"]


def test_colon_block_quote_takes_the_following_paragraphs() -> None:
    text = ("Adviser Mykhailo Podolyak echoed the sentiment, telling the newspaper:\n\n"
            "What does a ceasefire give us? Can they really believe we are going to agree to that?\n\n"
            "A pause for the battered units, so they can train soldiers? What would we want that for?\n\n"
            "According to Podolyak, \"this scenario is absolutely not in our interests at all.\"")
    report = report_of(text)
    block = next(q for q in report.quotes if q.text.startswith("What does a ceasefire"))
    assert block.kind == "direct"
    assert block.text.endswith("What would we want that for?")
    assert speaker_of(report, "What does a ceasefire") == "Mykhailo Podolyak"
    assert speaker_of(report, "this scenario is absolutely") == "Mykhailo Podolyak"


def test_scare_quotes_and_titles_are_partial() -> None:
    report = report_of("The so-called “Kremlin plan” was discussed in “The Art Of The Deal” circles.")
    kinds = {q.text: q.kind for q in report.quotes}
    assert kinds["Kremlin plan"] == "partial"
    assert kinds["The Art Of The Deal"] == "partial"


def test_quoted_fragment_in_reported_speech_is_partial_with_the_clause() -> None:
    report = report_of("Senator Jane Smith said the new plan was “a complete disaster for the state” today.")
    quote = report.quotes[0]
    assert quote.kind == "partial"
    assert quote.text == "the new plan was “a complete disaster for the state” today"
    assert speaker_of(report, "complete disaster") == "Jane Smith"


@pytest.mark.parametrize(("text", "speaker", "content"), [
    ("According to John Smith, the talks will resume next week in Geneva.", "John Smith",
     "the talks will resume next week in Geneva"),
    ("The talks will resume next week in Geneva, according to John Smith.", "John Smith",
     "The talks will resume next week in Geneva"),
    ("John Smith said that the talks will resume next week in Geneva.", "John Smith",
     "the talks will resume next week in Geneva"),
    ("John Smith told reporters the talks will resume next week in Geneva.", "John Smith",
     "the talks will resume next week in Geneva"),
    ("The talks will resume next week in Geneva, sources say.", "sources",
     "The talks will resume next week in Geneva"),
])
def test_reported_speech_is_indirect(text: str, speaker: str, content: str) -> None:
    report = report_of(text)
    quote = report.quotes[0]
    assert quote.kind == "indirect"
    assert quote.text == content
    assert speaker_of(report, content) == speaker


def test_offsets_point_into_the_shown_text() -> None:
    doc = build_document(RawArticle("t.txt", "Intro line\nwrapped here.\n\n“We will win this,” she said."))
    report = analyze_quotes([doc])
    for q in report.quotes:
        assert doc.text[q.start:q.end] == q.text
        assert q.sentence is not None and doc.sentences[q.sentence].start <= q.start


def test_plain_text_path_keeps_file_offsets() -> None:
    text = "Title line\n\n“We will win this race,” said Governor Ann Lee.\n"
    report = analyze_text(text)
    quote = report.quotes[0]
    assert text[quote.start:quote.end] == "We will win this race,"
    assert report.speakers[quote.speaker].name == "Ann Lee"


def test_chrome_paragraphs_are_skipped() -> None:
    doc = build_document(RawArticle("t.txt", "“Subscribe to our newsletter today,” the banner says.\n\nEnd."))
    chrome = doc.paragraphs[0].__class__(0, doc.paragraphs[0].start, doc.paragraphs[0].end, "chrome")
    doc.paragraphs[0] = chrome
    assert analyze_quotes([doc]).quotes == []


def test_a_reported_clause_with_several_quoted_fragments_is_one_quote() -> None:
    text = ("Federation Council speaker Valentina Matvienko called for negotiations for a “peaceful "
            "resolution” to begin “this very day” — but only under “the conditions offered by Russia.”")
    report = analyze_text(text)
    partial = [q for q in report.quotes if q.kind == "partial"]
    assert len(partial) == 1
    assert "negotiations for a “peaceful resolution” to begin “this very day”" in partial[0].text
    assert partial[0].text.rstrip("”").endswith("the conditions offered by Russia.")
