"""The changes between two linked sentences, kind by kind: both directions, and the no-change cases."""

from __future__ import annotations

import pytest

from reader.changes import Change, pair_changes
from reader.ingest.raw import RawArticle
from reader.text.load import build_document


def _doc(text: str, source: str):
    return build_document(RawArticle(source=source, text=text))


def changes(left: str, right: str) -> list[Change]:
    """The changes between two texts, every sentence of one linked to every sentence of the other."""
    a, b = _doc(left, "l.txt"), _doc(right, "r.txt")
    return pair_changes(a, tuple(s.id for s in a.sentences), b, tuple(s.id for s in b.sentences))


def kinds(left: str, right: str) -> list[str]:
    return [c.kind for c in changes(left, right)]


@pytest.mark.parametrize(("left", "right", "kind"), [
    ("Police said 3,100 people were arrested.", "Police said 6,200 people were arrested.", "number"),
    ("The army lost almost eight tanks.", "The army lost eight tanks.", "number"),
    ("The army lost more than 40 tanks.", "The army lost 40 tanks.", "number"),
    ("The tax rose by 5 percent.", "The tax rose by 7%.", "number"),
    ("The blast happened on October 8.", "The blast happened on October 9.", "date"),
    ("The talks began on Tuesday.", "The talks began.", "date"),
    ("Kyiv wants talks with Putin, officials said.", "Kyiv wants talks with Moscow, officials said.", "name"),
    ("The company was profitable last year.", "The company was not profitable last year.", "negation"),
    ("The minister can sign the law.", "The minister cannot sign the law.", "negation"),
    ("I don't trust anyone not to betray us.", "I don't trust anyone to betray us.", "negation"),
    ("Er kommt am Montag nicht.", "Er kommt am Montag.", "negation"),
    ("Russia is ready to withdraw.", "Russia would likely be willing to withdraw.", "hedge"),
    ("The mayor reportedly resigned.", "The mayor resigned.", "hedge"),
    ("He said civilian deaths “must be prevented” at all costs.",
     "He said civilian deaths “must be avoided” at all costs.", "quote"),
])
@pytest.mark.parametrize("flip", [False, True])
def test_each_kind_both_directions(left: str, right: str, kind: str, flip: bool) -> None:
    a, b = (right, left) if flip else (left, right)
    found = changes(a, b)
    assert [c.kind for c in found] == [kind], found
    c = found[0]
    for span, text in ((c.left, a), (c.right, b)):
        assert text[span.start:span.end] == span.text
        assert (span.text == "") == (span.start == span.end)


def test_summary_of_a_dropped_hedge_reads_source_to_retelling() -> None:
    (c,) = changes("Sources said the Russian authorities are ready to withdraw.",
                   "Sources said Russia would likely be willing to withdraw.")
    assert c.summary.startswith("hedge removed: ")
    assert "likely" in c.summary.split("→")[0] and "ready" in c.summary.split("→")[1]


@pytest.mark.parametrize(("a", "b"), [("Podolak", "Podolyak"), ("Kiev", "Kyiv"), ("Erdogan", "Erdoğan")])
def test_respelling_is_a_quiet_name_change(a: str, b: str) -> None:
    (c,) = changes(f"The talks, said {a}, must go on.", f"The talks, said {b}, must go on.")
    assert c.kind == "name" and c.spelling


@pytest.mark.parametrize(("left", "right"), [
    ("The company hired three new managers in 2021.", "The company hired 3 new managers in 2021."),
    ("Inflation reached 7% in the spring.", "Inflation reached 7 percent in the spring."),
    ("The bridge was hit on October 8.", "The bridge was hit on Oct. 8."),
    ("The bridge was hit on 8 October.", "The bridge was hit on October 8."),
    ("He did not answer the question.", "He didn't answer the question."),
    ("Volodymyr Zelensky rejected the offer.", "Zelensky rejected the offer."),
    ("The government quickly rejected the plan.", "The plan was swiftly turned down by the government."),
    ("Officials say the plan is dangerous.", "The plan is risky, officials say."),
    ("He called the deal “a disaster” yesterday.", "He called the deal \"a disaster\" yesterday."),
    ("Am 8. Oktober wurden drei Menschen verletzt.", "Am 8. Oktober wurden 3 Menschen verletzt."),
    ("Drei Tage später, am Dienstag, kam er zurück.", "Am Dienstag, drei Tage später, kam er zurück."),
    ("Die Inflation lag bei 7,5 Prozent im März.", "Im März lag die Inflation bei 7,5 Prozent."),
    ("It is not only expensive but slow.", "It is expensive and slow."),
    # Restructured: one more negation, but what it negates is not in the other sentence.
    ("The foundation did not want to address him and has no comment on his actions.",
     "The foundation has no comment on the actions of that person."),
    ("Ukraine wants Russian troops out.", "Ukrainian officials want Russia's troops out."),
])
def test_no_change(left: str, right: str) -> None:
    assert changes(left, right) == []
    assert changes(right, left) == []


def test_german_nouns_are_not_names() -> None:
    assert changes("Die Regierung lehnte den Vorschlag der Opposition ab.",
                   "Die Koalition lehnte den Antrag der Opposition ab.") == []


def _pair_changes(left: str, right: str) -> list[Change]:
    from reader.align.aligner import align_documents
    from reader.changes import find_changes

    a, b = _doc(left, "l.txt"), _doc(right, "r.txt")
    return find_changes(a, b, align_documents(a, b))


@pytest.mark.parametrize("flip", [False, True])
def test_attribution_a_quote_credited_to_someone_else(flip: bool) -> None:
    one = "John Smith spoke on Monday.\n\n“The plan will fail,” he said."
    other = "Mary Jones spoke on Monday.\n\n“The plan will fail,” she said."
    a, b = (other, one) if flip else (one, other)
    found = _pair_changes(a, b)
    assert [c.kind for c in found] == ["name", "attribution"], found
    assert found[1].summary == ("attribution changed: Mary Jones → John Smith" if not flip
                                else "attribution changed: John Smith → Mary Jones")


def test_the_same_quote_and_speaker_is_no_change() -> None:
    text = "John Smith spoke on Monday.\n\n“The plan will fail,” he said."
    assert _pair_changes(text, text) == []


def test_quote_change_from_the_quote_analysis() -> None:
    found = _pair_changes("“We will never accept this deal with them,” said John Smith.",
                          "“We will never accept this agreement with them,” said John Smith.")
    assert [(c.kind, c.left.text, c.right.text) for c in found] == [("quote", "deal", "agreement")]


@pytest.mark.parametrize("flip", [False, True])
def test_a_quote_change_in_the_second_half_of_a_split_speech_points_at_its_words(flip: bool) -> None:
    """A speech split by its attribution has its halves' words as its text: the change's offsets are
    found piece by piece (not counted from the quote's start, which lands in the attribution)."""
    one = ("Sanders spoke in St. Louis on Sunday.\n\n“The whole country thinks Missouri is a pretty "
           "conservative state,” Sanders told the crowd. “Why don’t you all surprise them on Tuesday?”")
    other = one.replace("surprise", "astonish")
    a, b = (other, one) if flip else (one, other)
    found = [c for c in _pair_changes(a, b) if c.kind == "quote"]
    assert len(found) == 1, found
    (c,) = found
    left, right = _doc(a, "l.txt"), _doc(b, "r.txt")
    for span, doc, word in ((c.left, left, "astonish" if flip else "surprise"),
                            (c.right, right, "surprise" if flip else "astonish")):
        assert doc.text[span.start:span.end] == span.text == word
        assert doc.sentence_at(span.start).id == span.sentence
        assert "Why" in doc.sentences[span.sentence].text


def test_title_case_headline_words_are_names_only_where_the_article_writes_them_so() -> None:
    """In a title-case headline every word is capitalised: "Another Sext Scandal" / "Separation" is no name
    change, while names the article writes as names in its sentences still are."""
    one = ("Anthony Weiner Reportedly Caught In Yet Another Sext Scandal\n\n"
           "Former congressman Anthony Weiner sent more messages, the New York Post reported.")
    other = ("Anthony Weiner Receives More Bad News After Separation\n\n"
             "Former congressman Anthony Weiner had a bad day, the New York Post reported.")
    assert [c for c in _pair_changes(one, other) if c.kind == "name"] == []
    one = ("Trump Finally Endorses Paul Ryan In Wisconsin\n\n"
           "Donald Trump endorsed Paul Ryan on Friday, the Post reported.")
    found = [c for c in _pair_changes(one, one.replace("Paul Ryan", "John McCain")) if c.kind == "name"]
    assert {(c.left.sentence, c.left.text, c.right.text) for c in found} >= {(0, "Paul Ryan", "John McCain")}
