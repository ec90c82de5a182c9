"""The bundled pair: speakers of both articles, and the report's quotes matched to Meduza's."""

from __future__ import annotations

from dataclasses import replace

import pytest

from reader.align.aligner import align_documents
from reader.document import Document
from reader.ingest.raw import RawArticle
from reader.quotes import QuoteReport, analyze_quotes
from reader.quotes.matching import similarity
from reader.resources import seed_paths
from reader.text.load import build_document, load_document


@pytest.fixture(scope="module")
def report() -> QuoteReport:
    left_path, right_path = seed_paths()
    left, right = load_document(str(left_path)), load_document(str(right_path))
    return analyze_quotes([left, right], align_documents(left, right))


def quote_starting(report: QuoteReport, doc: int, prefix: str) -> int:
    return next(q.id for q in report.quotes if q.doc == doc and q.text.startswith(prefix))


def test_podolyak_is_one_speaker_across_both_articles(report: QuoteReport) -> None:
    podolyak = [s for s in report.speakers if "Podol" in s.name]
    assert len(podolyak) == 1
    speaker = podolyak[0]
    assert not speaker.anonymous
    assert {"Podolak", "Podolyok"} <= {a for a in speaker.aliases}
    assert speaker.count(0) >= 3 and speaker.count(1) >= 3


def test_anonymous_sources_are_kept_as_what_they_are(report: QuoteReport) -> None:
    anonymous = {s.name for s in report.speakers if s.anonymous}
    assert "journalists" in anonymous
    assert any(name.startswith("Meduza’s sources") for name in anonymous)
    assert any("source close to the Kremlin" in name for name in anonymous)


def test_both_renderings_of_the_question_are_reworded_versions(report: QuoteReport) -> None:
    meduza_question = quote_starting(report, 1, "What does a ceasefire give Ukraine")
    for prefix in ("What does the ceasefire give Ukraine", "What does the armistice give to Ukraine"):
        match = report.match_of(quote_starting(report, 0, prefix))
        assert match is not None
        assert (match.right, match.verdict) == (meduza_question, "reworded")
        assert 0.5 < match.similarity < 1.0


def test_the_block_quote_and_dash_quotes_have_podolyak_as_speaker(report: QuoteReport) -> None:
    for doc, prefix in ((1, "What does a ceasefire"), (0, "What does the ceasefire"),
                        (0, "The approval of the de facto")):
        quote = report.quotes[quote_starting(report, doc, prefix)]
        assert quote.kind == "direct"
        assert "Podol" in report.speakers[quote.speaker].name


def test_kherson_quote_is_matched_and_unmatched_ones_are_only(report: QuoteReport) -> None:
    match = report.match_of(quote_starting(report, 0, "Keeping Kherson"))
    assert match is not None and match.verdict == "reworded"
    assert report.quotes[match.right].text.startswith("It’s very hard to hold Kherson")
    putin = report.match_of(quote_starting(report, 1, "We’re going to do everything"))
    assert putin is not None and putin.verdict == "only" and putin.left is None


def test_every_quote_has_a_match_entry_and_offsets_hold(report: QuoteReport) -> None:
    left_path, right_path = seed_paths()
    texts = [load_document(str(left_path)).text, load_document(str(right_path)).text]
    for q in report.quotes:
        assert texts[q.doc][q.start:q.end] == q.text
        assert report.match_of(q.id) is not None


def test_similarity_verbatim_and_unrelated() -> None:
    assert similarity("We will win.", "“We will win,” he said. And then more words here.") == (1.0, True)
    sim, verbatim = similarity("The weather is fine today.", "Nobody expected the army to leave Kherson.")
    assert sim < 0.3 and not verbatim


def _without_chrome(doc: Document) -> Document:
    """The same document with every paragraph kept: these tiny texts are not about chrome detection."""
    doc.paragraphs = [replace(p, kind="body") for p in doc.paragraphs]
    doc.sentences = [replace(s, kind="body") for s in doc.sentences]
    return doc


def test_hand_written_pair_verdicts() -> None:
    left = _without_chrome(build_document(RawArticle("l.txt", (
        "The mayor spoke on Monday.\n\n"
        "“We will rebuild the bridge before the winter comes,” said Mayor Tom Hill.\n\n"
        "“Taxes will not go up this year at all,” Hill added.\n\n"
        "“The river is our biggest asset,” said Anna Berg."))))
    right = _without_chrome(build_document(RawArticle("r.txt", (
        "“We will rebuild the bridge before the winter comes,” Mayor Tom Hill told the council.\n\n"
        "“Taxes are not going to rise this year,” Hill said.\n\n"
        "“Nobody expected the flood to be so strong,” a resident said."))))
    report = analyze_quotes([left, right], align_documents(left, right))

    def verdict(prefix: str) -> str:
        qid = next(q.id for q in report.quotes if q.doc == 0 and q.text.startswith(prefix))
        match = report.match_of(qid)
        assert match is not None
        return match.verdict

    assert verdict("We will rebuild") == "verbatim"
    assert verdict("Taxes will not go up") == "reworded"
    assert verdict("The river is") == "only"
    flood = next(q.id for q in report.quotes if q.text.startswith("Nobody expected"))
    match = report.match_of(flood)
    assert match is not None and (match.left, match.verdict) == (None, "only")
    hill = next(s for s in report.speakers if s.name == "Tom Hill")
    assert (hill.count(0), hill.count(1)) == (2, 2)


def test_each_article_spelling_of_podolyak_shows_at_its_quotes(report: QuoteReport) -> None:
    speaker = next(s for s in report.speakers if "Podol" in s.name)
    spellings = {report.quotes[q].doc: set() for q in speaker.quotes}
    for q in speaker.quotes:
        quote = report.quotes[q]
        assert quote.named_as  # every attributed quote keeps the name as written there
        spellings[quote.doc].add(report.named_differently(quote) or speaker.name)
    # the retelling writes Podolak; the source Podolyak (and Podolyok): both visible next to their quotes
    assert all("Podolak" in name for name in spellings[0])
    assert any("Podolyak" in name or "Podolyok" in name for name in spellings[1])
    assert not any("Podolak" in name for name in spellings[1])


def test_a_surname_alone_is_not_named_differently(report: QuoteReport) -> None:
    putin = next(s for s in report.speakers if s.name == "Vladimir Putin")
    assert all(report.named_differently(report.quotes[q]) is None for q in putin.quotes)


def test_the_meduza_headline_is_not_a_quote_of_its_sources(report: QuoteReport) -> None:
    headline = next(q for q in report.quotes if q.doc == 1 and "full-scale offensive" in q.text
                    and q.start < 400)
    assert headline.speaker is None and headline.kind == "partial" and headline.cue is None


def test_the_scare_quote_well_informed_is_nobodys_quote(report: QuoteReport) -> None:
    quote = next(q for q in report.quotes if q.doc == 0 and q.text == "well-informed")
    assert quote.speaker is None and not quote.speech
    assert all(report.quotes[q].text != "well-informed" for s in report.speakers for q in s.quotes)


def test_matvienkos_quote_is_listed_once(report: QuoteReport) -> None:
    matvienko = [q for q in report.quotes if q.doc == 1 and "peaceful resolution" in q.text]
    assert len(matvienko) == 1 and matvienko[0].speech
