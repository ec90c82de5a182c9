"""Attribution and speaker merging: titles, appositives, inverted order, pronouns, anonymous sources."""

from __future__ import annotations

import pytest

from reader.quotes import QuoteReport, analyze_text
from reader.quotes.mentions import make_mention
from reader.quotes.speakers import fold


def speaker_of(report: QuoteReport, fragment: str) -> str | None:
    quote = next(q for q in report.quotes if fragment in q.text)
    return None if quote.speaker is None else report.speakers[quote.speaker].name


@pytest.mark.parametrize(("phrase", "name", "anonymous"), [
    ("Zelensky Advisor Mykhailo Podolyak", "Mykhailo Podolyak", False),
    ("Mykhailo Podolak, adviser to the president of Ukraine", "Mykhailo Podolak", False),
    ("Russian Presidential Press Secretary Dmitry Peskov", "Dmitry Peskov", False),
    ("Foreign Intelligence Service director Sergey Naryshkin", "Sergey Naryshkin", False),
    ("Secretary of State John Kerry", "John Kerry", False),
    ("Trump campaign manager Kellyanne Conway", "Kellyanne Conway", False),
    ("The New York Post", "New York Post", False),
    ("a source close to the Kremlin", "a source close to the Kremlin", True),
    ("Meduza’s sources", "Meduza’s sources", True),
    ("journalists", "journalists", True),
])
def test_mentions_drop_titles_and_keep_sources(phrase: str, name: str, anonymous: bool) -> None:
    mention = make_mention(phrase)
    assert mention is not None
    assert (mention.name, mention.anonymous) == (name, anonymous)


def test_things_are_not_speakers() -> None:
    assert make_mention("the plan") is None
    assert make_mention("Putin’s statements give the impression") is None


@pytest.mark.parametrize(("text", "speaker"), [
    ("“We will win this race easily,” said Governor Ann Lee.", "Ann Lee"),
    ("“We will win this race easily,” Ann Lee said on Monday.", "Ann Lee"),
    ("“We will win this race easily,” Ann Lee, the governor of the state, said.", "Ann Lee"),
    ("Ann Lee told reporters: “We will win this race easily.”", "Ann Lee"),
    ("According to Ann Lee, “we will win this race easily.”", "Ann Lee"),
    ("“We will win this race easily,” a source close to the team said.", "a source close to the team"),
    ("“We will win this race easily,” journalists write.", "journalists"),
])
def test_attribution_structures(text: str, speaker: str) -> None:
    assert speaker_of(analyze_text(text), "will win this race") == speaker


def test_pronoun_takes_the_most_recent_speaker() -> None:
    text = ("“The vote is next week and we are ready for it,” said Mayor Tom Hill.\n\n"
            "“Nobody will stop us now, whatever happens,” he added.")
    report = analyze_text(text)
    assert speaker_of(report, "Nobody will stop us") == "Tom Hill"


def test_floating_quote_paragraph_keeps_the_speaker() -> None:
    text = ("“The vote is next week and we are ready for it,” said Mayor Tom Hill.\n\n"
            "The council meets on Monday to discuss the budget for next year.\n\n"
            "“We have waited for this day for a very long time.”")
    assert speaker_of(analyze_text(text), "waited for this day") == "Tom Hill"


def test_unattributed_scare_quote_gets_no_speaker() -> None:
    text = "“The vote is next week,” said Mayor Tom Hill. The “reform” was in the news."
    report = analyze_text(text)
    assert speaker_of(report, "reform") is None


def test_fold_drops_accents_case_and_possessives() -> None:
    assert fold("Recep Tayyip Erdoğan’s") == ["recep", "tayyip", "erdogan"]


def test_spelling_variants_and_surnames_merge() -> None:
    text = ("“We will not talk to them at all,” said Mykhailo Podolyak.\n\n"
            "“This scenario is not in our interests,” Podolak stressed.\n\n"
            "“We are extremely interested in winning,” Podolyok added.\n\n"
            "“The Turkish side is ready to help,” said President Recep Erdoğan.\n\n"
            "“We will host the talks in Istanbul,” Erdogan said.")
    report = analyze_text(text)
    names = {s.name: s for s in report.speakers}
    assert set(names) == {"Mykhailo Podolyak", "Recep Erdoğan"}
    podolyak = names["Mykhailo Podolyak"]
    assert {"Podolak", "Podolyok"} <= set(podolyak.aliases)
    assert podolyak.count(0) == 3
    assert names["Recep Erdoğan"].count(0) == 2


def test_different_first_names_do_not_merge() -> None:
    text = ("“We will win the primary,” said Hillary Clinton.\n\n"
            "“She will win the primary,” said Bill Clinton.\n\n"
            "“It is a long campaign,” Clinton said.")
    names = {s.name for s in analyze_text(text).speakers}
    assert {"Hillary Clinton", "Bill Clinton"} <= names
    assert len(names) == 2


def test_anonymous_sources_merge_only_with_the_same_description() -> None:
    text = ("“The talks will resume soon, maybe next month,” a source close to the Kremlin said.\n\n"
            "“The army needs the pause to train soldiers,” one source close to the Kremlin said.\n\n"
            "“Nobody believes in these talks at all,” a Western diplomat said.")
    report = analyze_text(text)
    kremlin = [s for s in report.speakers if s.anonymous and "Kremlin" in s.name]
    assert sorted(len(s.quotes) for s in kremlin) == [2]
    assert all(s.anonymous and not s.named for s in report.speakers)  # descriptions, never named


def test_speaker_quote_ids_point_back() -> None:
    report = analyze_text("“We will win this race easily,” said Governor Ann Lee.")
    for speaker in report.speakers:
        for qid in speaker.quotes:
            assert report.quotes[qid].speaker == speaker.id
