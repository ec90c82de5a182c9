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


def test_a_split_speech_is_one_quote_without_the_attribution_between_its_halves() -> None:
    text = "“This is not reform,” said Steve Holt, an economist. “It is anti-reform, and it is costly.”"
    report = analyze_text(text)
    assert len(report.quotes) == 1
    quote = report.quotes[0]
    assert quote.text == "This is not reform, It is anti-reform, and it is costly."
    assert "said" not in quote.text and len(quote.parts) == 2
    assert [text[a:b] for a, b in quote.parts] == ["This is not reform,",
                                                   "It is anti-reform, and it is costly."]
    assert quote.to_json()["parts"] == [list(p) for p in quote.parts]


def test_the_lower_case_second_half_after_a_comma_continues_the_quote() -> None:
    text = ("“I think the referee will be very fair,” Lee said at a rally in Dover, Del., “but a lot of "
            "people will be watching him.”")
    report = analyze_text(text)
    assert len(report.quotes) == 1 and report.quotes[0].kind == "direct"
    assert report.quotes[0].text.endswith("but a lot of people will be watching him.")
    assert "rally" not in report.quotes[0].text


def test_a_sentence_ends_before_two_apostrophes_opening_a_quote() -> None:
    text = "All agreed that the plan would add layers. ''There is a lot of new complexity,'' said Mr. Burman."
    quote = analyze_text(text).quotes[0]
    assert quote.text == "There is a lot of new complexity," and quote.kind == "direct"


def test_a_quoted_modifier_after_citing_is_a_scare_quote_not_speech() -> None:
    text = ("The portal INFOBAE, also citing “well-informed” Moscow sources, has reached similar findings. "
            "The mayor, citing the budget office, said the plan was “a total mess for the whole city.”")
    report = analyze_text(text)
    scare = quote_with(report, "well-informed")
    assert scare.speaker is None and scare.cue is None and not scare.speech
    assert scare.rule == "context.source_modifier"
    assert quote_with(report, "total mess").speech


def test_partial_quotes_with_a_speaker_are_speech_and_scare_quotes_are_not() -> None:
    text = ("Governor Ann Lee said the new budget was “a total disgrace” for the state. "
            "The so-called “reform” was passed on Monday.")
    report = analyze_text(text)
    partial = quote_with(report, "total disgrace")
    assert partial.kind == "partial" and partial.speech and speaker_of(report, "total disgrace") == "Ann Lee"
    scare = quote_with(report, "reform")
    assert scare.kind == "partial" and not scare.speech and scare.speaker is None
    assert partial.to_json()["speech"] is True and scare.to_json()["speech"] is False


def test_a_photo_credit_and_its_caption_name_no_speaker() -> None:
    text = ("Joe Dunn said he had received several offers for the old gun.\n"
            "Jim Roe/Reuters.\n"
            "Police officer Tim Smith holds up the gun used by Joe Dunn during the trial in 2013.\n"
            "“The gun is fully functional and it is still mine to sell,” he added.")
    report = analyze_text(text)
    assert speaker_of(report, "fully functional") == "Joe Dunn"
    assert all("Smith" not in s.name and "Reuters" not in s.name for s in report.speakers)


def test_a_word_that_only_opens_sentences_is_not_a_speaker() -> None:
    text = ("Joe Dunn set the bidding at $5,000 for the gun. Similar guns normally sell for about $200.\n"
            "“The gun was used to defend my life and it is worth more,” he wrote.")
    assert speaker_of(analyze_text(text), "defend my life") == "Joe Dunn"


def test_a_subheading_names_nobody_who_speaks_after_it() -> None:
    text = ("Ann Lee spoke to the committee for an hour on Tuesday.\n"
            "Server Unprotected\n"
            "“The server was never protected by anyone at any time,” she said.")
    assert speaker_of(analyze_text(text), "never protected") == "Ann Lee"


def test_he_takes_the_nearest_man_named_before_not_a_woman_or_a_state() -> None:
    text = ("Senator Tom Berg spoke first at the hearing. Vermont voted for the bill last year. Mrs. Ann Lee "
            "arrived late.\n"
            "“The bill will pass and it will pass this week,” he said.")
    assert speaker_of(analyze_text(text), "will pass") == "Tom Berg"


def test_two_apostrophes_close_the_quoted_text_before_the_speaker() -> None:
    text = ("Mr. McKinley spoke of his debts. ''I do not judge what people spend money on,'' he said. ''But "
            "most people wish they could go back and change what they spent.''")
    report = analyze_text(text)
    assert all("''" not in (q.named_as or "") for q in report.quotes)
    assert speaker_of(report, "most people wish") == "McKinley"


def test_a_speech_in_two_apostrophes_split_by_a_long_attribution_is_one_quote() -> None:
    text = ("''This is not reform,'' said Dan Holt, an economist who served at the budget office and now "
            "runs a small institute. ''It is anti-reform. She is layering on complexity.''")
    report = analyze_text(text)
    assert len(report.quotes) == 1 and len(report.quotes[0].parts) == 2
    assert "economist" not in report.quotes[0].text


def test_a_capitalised_second_half_after_said_and_a_comma_continues_the_quote() -> None:
    text = "“If you check the transcripts,” Scott said, “I could have written those things last week.”"
    report = analyze_text(text)
    assert len(report.quotes) == 1
    assert report.quotes[0].text == ("If you check the transcripts, I could have written those things last "
                                     "week.")


def test_a_quote_opening_its_paragraph_with_a_mark_a_space_and_an_ellipsis() -> None:
    text = ("Obama said the words matter.\n"
            "” … what I learned from listening to these families is that the words matter,” he said.")
    report = analyze_text(text)
    assert [q.text for q in report.quotes] == [
        "… what I learned from listening to these families is that the words matter,"]


def test_the_title_of_a_work_is_nobodys_speech() -> None:
    text = ("In his 2002 book, “Make Your Kid a Millionaire,” Tom Berg suggested saving early. "
            "Ann Lee's commentary, “Melania, tell your story,” is thoughtful.")
    report = analyze_text(text)
    for fragment in ("Make Your Kid", "tell your story"):
        quote = quote_with(report, fragment)
        assert quote.speaker is None and not quote.speech and quote.rule == "context.work_title"


def test_a_heading_in_capitals_run_into_its_paragraph_is_not_a_speaker() -> None:
    text = ("SAVE A QUARTER Let’s say you think a degree will cost $160,000.\n"
            "“You would like to pay cash for all of it, but it is not realistic,” he said.")
    report = analyze_text(text)
    assert all("SAVE" not in s.name for s in report.speakers)


def test_a_definite_description_resolves_to_the_person_named_before_it() -> None:
    text = ("Former candidate Bernie Sanders said on Wednesday that he agrees with the judge.\n"
            "The Vermont senator declined to comment further. “The record is quite clear on this, and it is "
            "not good,” the Vermont senator said.")
    report = analyze_text(text)
    quote = quote_with(report, "record is quite clear")
    speaker = report.speakers[quote.speaker]
    assert speaker.name == "Bernie Sanders" and speaker.named and not speaker.anonymous
    assert quote.named_as == "the Vermont senator"  # as the article names him there
    assert all(s.name != "Vermont" for s in report.speakers)


def test_a_description_of_a_body_resolves_to_the_body_or_stays_a_description() -> None:
    text = ("The Lee Family Foundation did not want to comment on the sale.\n"
            "“We are focused on our mission this year and nothing else,” the group said.\n"
            "A statement posted on the website said listings are made by users.\n"
            "“Nobody here had any contact with the seller at all,” the company wrote.")
    report = analyze_text(text)
    assert speaker_of(report, "focused on our mission") == "Lee Family Foundation"
    company = report.speakers[quote_with(report, "Nobody here").speaker]
    assert company.name == "the company" and not company.named and company.anonymous


def test_a_clause_after_said_is_not_a_speaker() -> None:
    text = ("Committee Chairman Rep. Jason Chaffetz said the questioning will start with Comey, but not end "
            "there. “There is no reason why they should not share all that information,” he said.")
    report = analyze_text(text)
    assert all("questioning" not in s.name for s in report.speakers)
    assert speaker_of(report, "no reason why") == "Jason Chaffetz"


def test_an_appositive_with_a_possessive_does_not_take_the_speech() -> None:
    text = ("Tracy Martin, Trayvon's father, issued a statement Thursday, saying the foundation has \"no "
            "comment on the actions of that person at all.\"")
    assert speaker_of(analyze_text(text), "no comment") == "Tracy Martin"


def test_a_description_does_not_resolve_to_a_word_that_never_spoke() -> None:
    text = ("Islamic militants attacked the town on Monday, as radical Islamic groups had warned.\n"
            "“This is an issue that has been around for a long while,” the president said.")
    report = analyze_text(text)
    speaker = report.speakers[quote_with(report, "an issue").speaker]
    assert speaker.name == "the president" and not speaker.named


def test_a_quoted_fragment_after_a_verb_that_reports_no_words_is_not_speech() -> None:
    text = "Last week, Ann Lee became the first candidate to buy a “promoted trend” on the site."
    report = analyze_text(text)
    quote = quote_with(report, "promoted trend")
    assert not quote.speech and quote.cue is None


def test_a_title_alone_is_no_named_speaker() -> None:
    text = ("Court rebuke for the mayor\n"
            "Justice vows to be 'more careful' with her opinions in the future.\n"
            "The court met on Monday and heard the case of the bridge.")
    report = analyze_text(text)
    quote = quote_with(report, "more careful")
    assert quote.speaker is not None
    speaker = report.speakers[quote.speaker]
    assert not speaker.named and speaker.anonymous  # a description, listed with the anonymous sources


def test_a_title_alone_joins_the_one_person_written_with_that_title() -> None:
    text = ("“We will rule on the bridge soon, and we will rule fairly,” Justice Ann Lee said on Monday.\n"
            "Justice vows to be 'more careful' with her opinions in the future.")
    report = analyze_text(text)
    assert speaker_of(report, "more careful") == "Ann Lee"


def test_a_photo_credit_and_its_caption_in_a_document_name_no_speaker(tmp_path) -> None:
    from reader.quotes import analyze_quotes
    from reader.text.load import load_document

    path = tmp_path / "a.txt"
    path.write_text("The council met on Monday and talked about the old bridge for hours.\n\n"
                    "POOL New/Reuters.\n\n"
                    "Police officer Jim Roe holds up the report during the hearing in 2013.\n\n"
                    "“The bridge is not safe and it must be closed at once,” he added.\n", encoding="utf-8")
    doc = load_document(str(path))
    assert [p.kind for p in doc.paragraphs][1:3] == ["caption", "caption"]
    report = analyze_quotes([doc])
    assert all("Roe" not in s.name for s in report.speakers)


def test_a_title_case_headline_with_a_full_stop_is_a_heading_and_names_no_speaker(tmp_path) -> None:
    from reader.quotes import analyze_quotes
    from reader.text.load import load_document

    path = tmp_path / "a.txt"
    path.write_text("Paul Lee: Council Decision Not to Close Bridge ‘Defies Belief,’ Needs More Study.\n\n"
                    "The council voted on Monday to keep the old bridge open for another year.\n\n"
                    "“It defies belief,” Paul Lee said after the vote in the town hall.\n", encoding="utf-8")
    doc = load_document(str(path))
    assert doc.paragraphs[0].kind == "heading"
    report = analyze_quotes([doc])
    assert [s.name for s in report.speakers if s.named] == ["Paul Lee"]
    german = tmp_path / "b.txt"
    german.write_text("Die Stadt Berlin hat einen neuen Bürgermeister gewählt.\n\n"
                      "Er wurde am Montag im Rathaus vereidigt und hielt eine kurze Rede.\n",
                      encoding="utf-8")
    assert load_document(str(german)).paragraphs[0].kind == "body"
