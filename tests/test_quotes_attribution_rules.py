"""Attribution rules found by error analysis on PolNeAR train, each on a small hand-written text."""

from __future__ import annotations

import pytest

from reader.quotes import QuoteReport, analyze_text


def speaker_of(report: QuoteReport, fragment: str) -> str | None:
    quote = next(q for q in report.quotes if fragment in q.text)
    return None if quote.speaker is None else report.speakers[quote.speaker].name


@pytest.mark.parametrize(("text", "fragment", "speaker"), [
    # a name ending like an adverb is not dropped as one
    ("The host answered back. Kelly responded pointedly, with a smile: “It can happen to anyone at all.”",
     "It can happen", "Kelly"),
    # inverted, a source described by its role, then a relative clause
    ("“We have a ton of work to do,” said a longtime adviser to the governor, who asked not to be named.",
     "a ton of work", "a longtime adviser"),
    # the subject before an appositive holding a place (`Flint, Mich.`) or a prepositional phrase
    ("Cory James, 22, of Flint, Mich., said he had “never given up hope of a surprise at the convention.”",
     "never given up", "Cory James"),
    ("Clinton, during a town hall meeting in Columbus, Ohio, said she was “going to win this state.”",
     "going to win", "Clinton"),
    # a fronted clause, then the subject with a title and a parenthesis
    ("After winning Ohio in the primary, Gov. John Kasich (R-OH), said, “We are going to keep on "
     "going west.”",
     "keep on going", "John Kasich"),
    # a verb outside the cue list, right after the quote
    ("Bush kept interrupting him. “Jeb wants to be a tough guy tonight,” Trump shot back.", "tough guy",
     "Trump"),
    # the last clause before the colon speaks, not the subject of an earlier cue
    ("When Trump suggested that Cuba would sue, Rubio fired back forcefully: “If they sue us, they "
     "will lose.”",
     "they will lose", "Rubio"),
    ("The banks were discussed, to which O'Malley interjected: “It is just not true at all.”", "not true",
     "O'Malley"),
    # a headline, a dash, then who is quoted
    ("Pollsters agree - Carl Bialik: “Keep on contacting voters as late as you possibly can.”",
     "Keep on contacting", "Carl Bialik"),
    # an -ing cue: the clause with a verb, not a place named in a fronted phrase
    ("Speaking at a town hall in Salem, New Hampshire, Trump went after Bush, calling him “a total stiff who "
     "cannot win.”", "total stiff", "Trump"),
    # `, said X` after the rest of the quote's clause
    ("“He can assert it, but it seems extremely unlikely” that she can be caught, said Steve Elmendorf, a "
     "strategist.", "He can assert", "Steve Elmendorf"),
    # a quote paragraph signed by the next paragraph
    ("The senator spoke at length.\n“We will win this state and then we will win the next one.”\n- "
     "Jane Smith.",
     "We will win this state", "Jane Smith"),
])
def test_attribution_rule(text: str, fragment: str, speaker: str) -> None:
    assert speaker_of(analyze_text(text), fragment) == speaker


def test_a_new_sentence_with_its_own_cue_does_not_attribute_the_quote_before() -> None:
    report = analyze_text("Pataki says Kasich “has a record of bringing people together.” He warns "
                          "that Trump "
                          "would “drive the party off the cliff.”")
    assert speaker_of(report, "bringing people together") == "Pataki"


def test_a_clause_after_the_quote_opened_by_a_conjunction_has_its_own_speaker() -> None:
    report = analyze_text("Ted Cruz accuses Obama of “leading from behind on every front” and "
                          "Donald Trump says he "
                          "is “losing the war on terrorism.”")
    assert speaker_of(report, "leading from behind") == "Ted Cruz"


def test_he_refers_to_a_person_named_after_the_last_speaker() -> None:
    text = ("“We will win this race,” Smith said.\n"
            "Jones arrived at the rally later that day. “We will not lose a single county,” he said.")
    report = analyze_text(text)
    assert speaker_of(report, "We will win") == "Smith"
    assert speaker_of(report, "single county") == "Jones"


def test_similar_surnames_with_different_initials_do_not_merge() -> None:
    text = ("“The plan is bad for everyone involved,” Bernie Sanders said.\n"
            "“He stands for the middle class in this state,” Marley Anderson said.")
    report = analyze_text(text)
    assert speaker_of(report, "middle class") == "Marley Anderson"
    assert speaker_of(report, "plan is bad") == "Bernie Sanders"


def test_split_quote_with_any_verb_between_is_one_quote() -> None:
    report = analyze_text("“Well, let me put it this way,” he continued. “I would not be anxious to "
                          "have that.”")
    direct = [q for q in report.quotes if q.kind == "direct"]
    assert len(direct) == 1
    assert direct[0].text.startswith("Well, let me") and direct[0].text.endswith("to have that.")


def test_split_sentence_sharing_one_cue_is_one_quote() -> None:
    report = analyze_text("“Let’s take this opportunity,” Blackwell concluded, “to nominate a "
                          "candidate who can "
                          "win.”")
    direct = [q for q in report.quotes if q.kind == "direct"]
    assert len(direct) == 1 and direct[0].text.endswith("who can win.")
    assert speaker_of(report, "Let’s take") == "Blackwell"


def test_programme_title_after_a_preposition_is_not_speech() -> None:
    report = analyze_text("“We will release our records,” Sanders said in an interview on CNN’s "
                          "“State of the "
                          "Union” on Sunday.")
    title = next(q for q in report.quotes if "State of the Union" in q.text)
    assert title.kind == "partial" and title.cue is None
    assert speaker_of(report, "release our records") == "Sanders"


@pytest.mark.parametrize(("text", "fragment", "speaker"), [
    ("In 2014, Pew found that “about twice as many voters wanted more control than fewer rules.”",
     "twice as many", "Pew"),
    ("The ad targets a “corrupt political system that keeps a rigged economy in place.”", "rigged economy",
     "The ad"),
])
def test_subject_of_the_quote_sentence_without_a_cue(text: str, fragment: str, speaker: str) -> None:
    assert speaker_of(analyze_text(text), fragment) == speaker


def test_fragment_acted_on_by_a_named_subject_is_a_partial_quote_of_the_clause() -> None:
    report = analyze_text("Sanders has consistently pushed his plan for “free college” as a way to appeal "
                          "to young voters.")
    quote = next(q for q in report.quotes if "free college" in q.text)
    assert quote.kind == "partial" and quote.cue == "pushed"
    assert quote.text.startswith("his plan for")
    assert report.speakers[quote.speaker].name == "Sanders"


def test_a_copula_subject_is_a_topic_not_a_speaker() -> None:
    report = analyze_text("Guns are “a crisis” in this country.")
    quote = next(q for q in report.quotes if "a crisis" in q.text)
    assert quote.speaker is None


@pytest.mark.parametrize(("text", "fragment", "speaker"), [
    ("“Eventually, positions are going to soften on him,” the congressman’s chief of staff, Joe Kasper, told "
     "reporters.", "positions are going", "Joe Kasper"),
    ("“Clinton needs a strategy for targeting these voters,” Nate Silver, the polling guru who founded "
     "fivethirtyeight.com tweeted on Wednesday.", "needs a strategy", "Nate Silver"),
    ("“Will he be the next attorney general of the state?” a Democratic staffer in the room wondered.",
     "next attorney general", "a Democratic staffer in the room"),
])
def test_inverted_attribution_with_appositives_and_descriptions(text: str, fragment: str,
                                                                speaker: str) -> None:
    assert speaker_of(analyze_text(text), fragment) == speaker


@pytest.mark.parametrize(("text", "fragment", "speaker"), [
    ("Donald Trump is telling supporters after his victory that “when you win, it is beautiful to see.”",
     "when you win", "Donald Trump"),
    ("The debate went on (Raphael Lemkin, who coined the word genocide, once said, “It happened so many "
     "times before the war”).", "so many times", "Raphael Lemkin"),
])
def test_progressive_cues_and_parenthesised_subjects(text: str, fragment: str, speaker: str) -> None:
    assert speaker_of(analyze_text(text), fragment) == speaker


@pytest.mark.parametrize(("text", "fragment", "speaker"), [
    # the quote's sentence names the account it is relayed through: that account is the source
    ("“We will fight for every single vote in this state,” Walker said, according to a Reuters account.",
     "every single vote", "a Reuters account"),
    ("According to the Springfield Gazette, Smith said: “The bridge will be closed for the whole winter.”",
     "bridge will be closed", "Springfield Gazette"),
    # the clause nearest the participle, and a lower-case title before the name
    ("Weighing in on the debate, former Arkansas Gov. Mike Huckabee agreed, praising his rival as "
     "“one of the most gifted speakers in the whole party.”", "most gifted speakers", "Mike Huckabee"),
    # a described subject of a participle cue
    ("One operative inside the campaign tried to play down the remarks, saying they were “not a big deal "
     "around here at all.”", "not a big deal", "One operative inside the campaign"),
    # a short quoted title inside the attribution does not end it
    ("“We have had better conventions than this one,” Ohio delegate Bob Stone, wearing a “Jeb Bush” pin, "
     "said as the balloons fell.", "better conventions", "Bob Stone"),
    # the first reporting verb governs a later cue inside its own clause
    ("Obama said he expected that Americans will say “no” to the policies of his rival next fall.",
     "no", "Obama"),
    # an inverted cue after an opening phrase
    ("Because of the way the calendar works, explained Rosenberg, “this thing will be over by the middle of "
     "March.”", "over by the middle", "Rosenberg"),
    # a subject after a subordinating word
    ("He gave an interview on Monday, in which Clinton expressed confidence that the server would not be "
     "an issue “that is going to affect the campaign.”", "affect the campaign", "Clinton"),
    # a one-word subject closing the sentence, even a word that often opens sentences
    ("Pfizer spoke about the deal.\n“We believe this deal is a great deal for our shareholders,” Read said.",
     "great deal", "Read"),
    # signatures: a dash or a parenthesis after the quote, a paragraph after the quote
    ("The candidates traded barbs.\n“We will build a great wall along the border,” - Donald Trump, "
     "at a rally.", "great wall", "Donald Trump"),
    ("He posted it again.\n“We will build a great wall along the border and they will pay.” (Donald Trump, "
     "on Twitter)", "great wall", "Donald Trump"),
    ("He posted it again.\n“We will build a great wall along the border and they will pay.”\n"
     "-Donald Trump, in a tweet on Monday.", "great wall", "Donald Trump"),
    ("Voters were asked about it.\n“I like that he says what he thinks and does not care.”\n"
     "Said Mary Smith, a nurse from Ohio.", "I like that", "Mary Smith"),
    # a transcript's speaker labels
    ("The debate turned to taxes.\nTRUMP: “We are going to cut taxes for everybody in this country.”\n"
     "CLINTON: “That plan would add trillions to the national debt.”", "add trillions", "Clinton"),
])
def test_attribution_rule_more(text: str, fragment: str, speaker: str) -> None:
    assert speaker_of(analyze_text(text), fragment) == speaker


def test_he_skips_a_speaker_of_the_other_sex() -> None:
    text = ("Hillary Clinton spoke on Monday about the economy and jobs.\n"
            "“We will win this election in November,” Clinton said.\n"
            "“That is simply wrong and everybody knows it,” Donald Trump said.\n"
            "“I will keep fighting for every family here,” she said.\n")
    assert speaker_of(analyze_text(text), "every family") == "Clinton"


def test_he_finds_a_subject_after_an_opening_phrase() -> None:
    text = ("In an interview on Monday, Trump addressed his critics.\n"
            "“I have the best temperament of anybody running,” he said.")
    assert speaker_of(analyze_text(text), "best temperament") == "Trump"


def test_an_unattributed_quote_continues_the_last_speaker() -> None:
    text = ("“We are going to win this state and then the next one,” Sanders said on Monday.\n"
            "The crowd cheered loudly. Many had waited for hours in the cold outside the hall.\n"
            "Later, the mood changed as the results came in from the counties in the north.\n"
            "Reporters were kept in a room at the back of the building for most of the evening.\n"
            "“Nobody should count us out, not tonight and not in the spring either.”")
    assert speaker_of(analyze_text(text), "count us out") == "Sanders"


@pytest.mark.parametrize(("text", "fragment", "speaker"), [
    # a passive cue names its speaker after `by`
    ("Rubio was asked by moderator Gerard Baker whether his plan would risk “adding another expensive "
     "program to the budget.”", "adding another", "Gerard Baker"),
    # a clause opened by `until` after the quote has its own speaker
    ("Sims says he was “kind of riding the fence” until Haley said she was backing the senator.",
     "riding the fence", "Sims"),
    # a possessive subject that is no description names whose person speaks
    ("In response, Hillary Clinton’s right-hand woman rallied supporters, saying: “We have to be ready to "
     "stop him.”", "ready to stop", "Hillary Clinton"),
    # an inverted verb outside the cue list
    ("“Is he profiling the whole country now, and who exactly is he talking about?” reacted Trump.",
     "profiling", "Trump"),
    # the source a sentence is reported through, named first
    ("As reported by the Springfield Gazette, the mayor found both issues “entirely disqualifying for the "
     "office.”", "disqualifying", "Springfield Gazette"),
])
def test_attribution_rule_late(text: str, fragment: str, speaker: str) -> None:
    assert speaker_of(analyze_text(text), fragment) == speaker


@pytest.mark.parametrize(("text", "fragment", "speaker"), [
    # a source between commas after the cue: the reported clause after `that`, or before the cue
    ("His words give the impression, wrote the INFOBAE commentator, that the Kremlin is only trying to gain "
     "time.", "the Kremlin is only trying", "the INFOBAE commentator"),
    ("Officials are increasingly saying that talks could resume soon, writes the portal Meduza, citing "
     "sources close to the government.", "Officials are increasingly", "Meduza"),
])
def test_reported_speech_with_the_source_after_the_cue(text: str, fragment: str, speaker: str) -> None:
    report = analyze_text(text)
    quote = next(q for q in report.quotes if fragment in q.text)
    assert quote.kind == "indirect"
    assert speaker_of(report, fragment) == speaker


def test_german_sentence_openers_and_pronouns_are_not_speakers():
    text = (
        "Der Bürgermeister Hans Meier sprach am Montag. „Wir kommen morgen wieder in die Stadt“, sagte er. "
        "Da sagte sie: „Das ist wirklich eine gute Nachricht für alle.“\n\n"
        "Und dann: „Wir bleiben noch lange hier in der Stadt“, sagte Sie."
    )
    report = analyze_text(text)
    names = {report.speakers[q.speaker].name for q in report.quotes if q.speaker is not None}
    assert len(report.quotes) == 3
    assert names.isdisjoint({"Da", "Und", "Sie", "Er"}), names


# Fallback attribution of quotes without an attribution of their own (error analysis on train, round 2)

def test_described_subject_of_the_quote_sentence_with_a_cue_beats_the_last_speaker() -> None:
    text = ("“We will not give in,” Mayor Alma Ruiz said on Monday.\n"
            "A spokeswoman for Harbor Freight declined to address the city's findings directly but said in a "
            "statement that “every household will have clean water by the end of the month.”")
    report = analyze_text(text)
    assert speaker_of(report, "clean water") == "A spokeswoman for Harbor Freight"
    assert speaker_of(report, "not give in") == "Alma Ruiz"


def test_without_a_cue_the_described_subject_is_not_taken() -> None:
    text = ("“We will not give in,” Mayor Alma Ruiz said on Monday.\n"
            "A spokeswoman for Harbor Freight walked out of the city's hall at once and stood by "
            "“every household will have clean water by the end of the month.”")
    assert speaker_of(analyze_text(text), "clean water") != "A spokeswoman for Harbor Freight"


def test_a_one_word_name_spelled_like_an_auxiliary_before_its_cue() -> None:
    text = ("Critics of the plan met in the hall.\n"
            "“The plan is a grave mistake that will cost the city dearly,” Will wrote.")
    assert speaker_of(analyze_text(text), "grave mistake") == "Will"


def test_another_member_of_a_group_is_a_source_of_its_own() -> None:
    text = ("Some readers wrote back at once. “The plan is clever and long overdue,” one reader wrote.\n"
            "Another tweeted, “The mayor has no idea what the plan will cost the city.”\n"
            "A third said, “Nobody asked us about the plan at all before the vote.”")
    report = analyze_text(text)
    assert speaker_of(report, "no idea") == "Another"
    assert speaker_of(report, "no idea") != speaker_of(report, "clever and long")


def test_two_bare_group_members_are_not_merged_into_one_source() -> None:
    text = ("Another tweeted, “The mayor has no idea what the plan will cost the city.”\n"
            "Some said, “Nobody asked us about the plan at all before the vote.”")
    report = analyze_text(text)
    a = next(q for q in report.quotes if "no idea" in q.text)
    b = next(q for q in report.quotes if "Nobody asked" in q.text)
    assert a.speaker is not None and b.speaker is not None and a.speaker != b.speaker


def test_a_long_subject_keeps_the_name_before_its_prepositional_phrase() -> None:
    text = ("“Building such a reactor would be a stretch for the country at this point,” Omar Haddad of the "
            "Western Institute for Regional Energy and Security Studies wrote in March.")
    assert speaker_of(analyze_text(text), "such a reactor") == "Omar Haddad"


def test_a_quote_taken_from_someones_writing() -> None:
    text = ("Aides say the senator will campaign for the mayor. From Kowalski’s Facebook post: "
            "“For the sake of the city we must all pull together now and vote.”")
    assert speaker_of(analyze_text(text), "pull together") == "Kowalski"


def test_a_transcript_label_inside_the_quote_names_its_speaker() -> None:
    text = ("Instead, Ruiz, Tom Hale and Ann Cole argued that the plan was naive.\n"
            "\"Tom Hale: Honestly, honestly about this. The mayor says he will pay for the new bridges "
            "with a tax on parking. That sounds great.\"")
    assert speaker_of(analyze_text(text), "Honestly") == "Tom Hale"


def test_a_heading_word_before_a_colon_inside_the_quote_is_not_a_label() -> None:
    text = ("“We will build the bridge this year,” Tom Hale said.\n"
            "“In Short: No new taxes will be needed for the bridge or for the roads around it.”")
    assert speaker_of(analyze_text(text), "No new taxes") == "Tom Hale"


@pytest.mark.parametrize(("text", "fragment", "speaker"), [
    # inverted, a verb outside the cue list, a description, then the name closing the appositive
    ("The crowd was on its feet. “It is about time that we had a woman in charge,” exhorted the "
     "senator's introducer, actress Jane Roe.", "about time", "Jane Roe"),
    # two named speakers joined by `and`: the first of them
    ("“We can only wonder what the intent of this ruling is,” state Senate leader Phil Berger and House "
     "Speaker Tim Moore, both Republicans, said in a statement.", "only wonder", "Phil Berger"),
    # `even` before a described subject
    ("Alongside the protests, even a top party strategist said the senator must choose, saying, “At "
     "some point she is going to have to come out on this.”", "At some point", "a top party strategist"),
    # an infinitive cue: the subject of the clause it hangs on, with an appositive name
    ("The editor I was talking to, Tim Grieve, interrupted me in mid-sentence to announce, “And there goes "
     "the whole "
     "franchise.”", "there goes", "Tim Grieve"),
    # a quote paragraph signed by a paragraph holding only a full name and an affiliation
    ("The debate went on.\n\"We are going to enter the next recession without that consensus at all.\n"
     "Josh Bivens, Economic Policy Institute.\"", "next recession", "Josh Bivens"),
    # a cue and a colon before a quote closing its sentence: not the cue of the next sentence
    ("Clinton emphatically proclaimed at a press conference, “I did not email any classified material to "
     "anyone.” The presidential candidate reiterated: “I am well aware of the requirements.”",
     "did not email", "Clinton"),
    # after the quote, a cue reporting a clause of its own: the cue before the quote is the quote's
    ("But even as Trump claimed on Tuesday that “the general got in trouble for far less,” one of the "
     "former prosecutors said the two cases were quite different.", "trouble for far less", "Trump"),
    # a modifier and lower-case titles before the name opening the sentence
    ("In response, Republican presidential nominee Donald Trump issued the following statement:\n“Our "
     "prayers are with all those affected by this attack.”", "Our prayers", "Donald Trump"),
    # a subordinate clause with its own cue, then the main clause's subject before the colon
    ("As Donald Trump and Ted Cruz lamented illegal immigration, Clinton took a moment to reach out to "
     "voters: “We are all in this together, every one of us.”", "all in this together", "Clinton"),
    # the cue closing the sentence after the rest of the quote's clause, with a long title before the name
    ("The review could take months.\n“If the department obtains more records, it intends to search them” "
     "that would answer the group, Justice Department senior trial counsel Caroline Lewis Wolverton wrote "
     "in a court filing.", "obtains more records", "Caroline Lewis Wolverton"),
    # an inverted cue opening the colon's phrase is not part of the name
    ("Stated Stone: “I think that the stakes are so high this time around.”", "stakes are so high",
     "Stone"),
])
def test_attribution_rule_round_four(text: str, fragment: str, speaker: str) -> None:
    assert speaker_of(analyze_text(text), fragment) == speaker


@pytest.mark.parametrize("intro", ["Wait, it gets better:", "Partial transcript as follows:",
                                   "Video Transcript:", "See the results here. Read the latest below:"])
def test_a_label_before_a_colon_names_no_speaker(intro: str) -> None:
    report = analyze_text(intro + "\n“The questions asked in this debate illustrate the problem.”")
    assert speaker_of(report, "questions asked") is None


def test_named_as_keeps_the_spelling_used_at_the_quote() -> None:
    report = analyze_text("“We had written two dozen songs,” Anthony Kiedis said.\n“He is like, let us "
                          "write new ones,” Keidis continued.")
    quotes = sorted(report.quotes, key=lambda q: q.start)
    assert [q.named_as for q in quotes] == ["Anthony Kiedis", "Keidis"]
    assert quotes[0].speaker == quotes[1].speaker  # one person, two spellings


@pytest.mark.parametrize(("text", "fragment", "speaker"), [
    # `read` after a quote names the document that says it, and stops the quote joining the one before
    ("“We are going to win this state,” Jones said.\n“We need to be ready for what comes next,” the "
     "statement read.", "ready for what", "the statement"),
    ("“We are going to win this state,” Jones said.\n“We need to be ready for what comes next,” read the "
     "email from the campaign.", "ready for what", "the email from the campaign"),
    # a description ending in a hyphenated word
    ("“We are going to win this state,” Jones said.\n“We need to be ready for what comes next,” the "
     "Republican front-runner said.", "ready for what", "the Republican front-runner"),
    # a participle opening the sentence names its agent: `Asked by Thrush if …`
    ("Asked by Thrush if Clinton “gets” race, Sharpton avoided a declarative answer.", "gets", "Thrush"),
    # a paragraph holding only a name heads the quote paragraph after it
    ("Reactions came quickly.\nSen. Marco Rubio\n“This is a disgrace and he must answer for it.”\n"
     "Rep. Nancy Pelosi (D-Calif.)\n“We will not stand for this in our country.”", "We will not stand",
     "Nancy Pelosi"),
])
def test_attribution_rule_round_five(text: str, fragment: str, speaker: str) -> None:
    assert speaker_of(analyze_text(text), fragment) == speaker


def test_read_in_front_of_a_quote_is_not_a_cue() -> None:
    """`read` is a cue only after a quote: in front of one it is as often plain reading, and taken as a cue
    it made the narration an attribution clause joining the two quotes around it."""
    report = analyze_text("“Your Honor,” I said, “I would like to answer the question you raised.” I saw his "
                          "surprise; naturally he expected me to read my prepared statement, and the judge "
                          "interrupted me. “Explain to me why you are here.”")
    last = "Explain to me why you are here."
    assert [q.text for q in report.quotes if q.text.startswith("Explain")] == [last]


_BEFORE = "“We are going to win this state and the next one,” Jones said.\n"
_QUOTE = "“We need to be ready for the next phase of this campaign.”"


@pytest.mark.parametrize("intro", [
    # colon intros without a verb
    "Trump, on Twitter:", "Trump, in a statement:", "Here is Trump's statement in full:",
    "The full statement from Trump:",
    # a short sentence that is only a named subject and a response verb
    "Trump said Tuesday.", "Trump responded in kind.", "Trump fired back on Twitter.",
    "Clinton spokesman Brian Fallon weighed in.",
])
def test_the_paragraph_before_a_quote_paragraph_names_a_new_speaker(intro: str) -> None:
    report = analyze_text(_BEFORE + intro + "\n" + _QUOTE)
    expected = "Brian Fallon" if "Fallon" in intro else "Trump"
    assert speaker_of(report, "next phase") == expected


@pytest.mark.parametrize("after", [
    "-- Nancy Pelosi, House Democratic leader", "(Nancy Pelosi)", "That was Nancy Pelosi on Tuesday.",
    "So said Nancy Pelosi.", "That’s what Nancy Pelosi told reporters.", "That's how Nancy Pelosi put it.",
    "Those were the words of Nancy Pelosi.",
])
def test_the_paragraph_after_a_quote_paragraph_signs_it(after: str) -> None:
    report = analyze_text(_BEFORE + _QUOTE + "\n" + after)
    assert speaker_of(report, "next phase") == "Nancy Pelosi"
    assert len([q for q in report.quotes if q.kind == "direct"]) == 2  # not joined to Jones's quote


def test_a_handle_signs_a_quote_paragraph() -> None:
    report = analyze_text(_BEFORE + _QUOTE + "\n—@NancyPelosi")
    assert speaker_of(report, "next phase") == "NancyPelosi"


def test_a_quote_closing_its_sentence_is_not_part_of_the_next_sentences_report() -> None:
    """`“….” Kasich said he …, according to press reports.` is a new sentence: the quote before it stays
    the speech of the one who said it (here the second half of Cruz's split quote)."""
    report = analyze_text("“It is a very sad development,” Cruz told reporters outside a restaurant. “That "
                          "has no place in a political campaign.” Kasich said he would have fired him, "
                          "according to press reports.")
    assert speaker_of(report, "no place") == "Cruz"
    assert not [q for q in report.quotes if q.kind == "partial"]


def test_a_cue_introducing_the_next_quote_does_not_attribute_a_question_before_it() -> None:
    """`X responds with, “…?” Y then writes back, “…”`: Y's cue introduces Y's quote, not X's question."""
    report = analyze_text("Clinton responds to Mills with, “Why now? That was on my way to Libya?” Mills "
                          "then writes back, “You look cute.”")
    assert speaker_of(report, "Why now") == "Clinton"
    assert speaker_of(report, "look cute") == "Mills"


def test_a_pronoun_response_sentence_names_the_speaker_of_the_next_quote_paragraph() -> None:
    report = analyze_text("“We are stronger together,” Hillary Clinton said. “We will win,” Donald Trump "
                          "said.\nShe fired back on Twitter.\n“We need to be ready for the next phase.”")
    assert speaker_of(report, "next phase") == "Hillary Clinton"


def test_two_bare_words_joined_by_and_stay_one_name() -> None:
    """`Procter and Gamble` is a company as often as two people: only full names are split."""
    report = analyze_text("“We make soap for the whole world,” Procter and Gamble said in a statement.")
    assert speaker_of(report, "soap") == "Procter and Gamble"


@pytest.mark.parametrize("heading", ["What Comes Next", "The Democratic Response"])
def test_a_section_heading_is_not_a_name_heading(heading: str) -> None:
    report = analyze_text(_BEFORE + heading + "\n" + _QUOTE)
    assert speaker_of(report, "next phase") == "Jones"
