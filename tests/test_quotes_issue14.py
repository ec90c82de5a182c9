"""Issue 14: one small invented text per class of fixed error (speakers, spans, kinds)."""

from __future__ import annotations

from reader.quotes import QuoteReport, analyze_text


def quote_with(report: QuoteReport, fragment: str):
    return next(q for q in report.quotes if fragment in q.text)


def speaker_of(report: QuoteReport, fragment: str) -> str | None:
    quote = quote_with(report, fragment)
    return None if quote.speaker is None else report.speakers[quote.speaker].name


def test_a_horizontal_bar_signs_the_quote_before_it() -> None:
    text = ("Readers wrote to us.\n“The plan will never work for the people of this town.” ― Ana Ruiz\n"
            "“We were not consulted about the plan at all, not even once.” ― Tom Berg.")
    report = analyze_text(text)
    assert speaker_of(report, "never work") == "Ana Ruiz"
    assert speaker_of(report, "not consulted") == "Tom Berg"


def test_quoted_words_in_a_headline_are_nobodys_speech() -> None:
    text = ("Mayor Calls New Budget ‘A Total Disgrace For Everyone’, sources say\n"
            "The mayor spoke on Monday. “This budget is a total disgrace for everyone,” Mayor Ann Lee said.")
    report = analyze_text(text, headings=(0,))
    headline = quote_with(report, "Total Disgrace")
    assert headline.speaker is None and headline.kind == "partial" and headline.cue is None
    assert headline.rule == "context.heading_quote"
    assert speaker_of(report, "total disgrace for everyone") == "Ann Lee"
    # the same text without the headline marked: the headline's quote goes to the sources
    assert quote_with(analyze_text(text), "Total Disgrace").speaker is not None


def test_a_participle_opening_a_sentence_is_not_a_subject() -> None:
    text = ("Jane Doe spoke at length on Monday.\n"
            "Based upon what the council heard, it is an open question.\n"
            "“We will not vote for this plan, not now and not ever.”")
    assert speaker_of(analyze_text(text), "not vote") != "Based"
