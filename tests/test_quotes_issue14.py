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
