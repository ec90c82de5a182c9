"""Page-chrome detection measured on the two bundled seeds against a by-eye labelling of their paragraphs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reader.align.aligner import align_documents
from reader.document import Document
from reader.resources import seed_paths
from reader.text.chrome import classify_paragraphs, is_caption
from reader.text.load import load_document

LABELS = json.loads((Path(__file__).parent / "fixtures" / "chrome_labels.json").read_text(encoding="utf-8"))


def _matches(label: str, para: str) -> bool:
    return para.startswith(label) if len(label) >= 8 else para == label


def _seed(name: str) -> Document:
    left, right = seed_paths()
    return load_document(str(left if name == left.name else right))


def _scores() -> tuple[int, int, int]:
    tp = fp = fn = 0
    for name in ("meduza.txt", "report.txt"):
        doc = _seed(name)
        labels = LABELS[name]["not_article"]
        for p in doc.paragraphs:
            text = doc.text[p.start : p.end]
            gold = any(_matches(lab, text) for lab in labels)
            furniture = not p.content
            tp += gold and furniture
            fp += furniture and not gold
            fn += gold and not furniture
    return tp, fp, fn


def test_every_label_names_a_paragraph():
    for name in ("meduza.txt", "report.txt"):
        doc = _seed(name)
        paras = [doc.text[p.start : p.end] for p in doc.paragraphs]
        for label in LABELS[name]["not_article"]:
            assert any(_matches(label, t) for t in paras), label


def test_chrome_precision_and_recall_on_seeds():
    tp, fp, fn = _scores()
    precision, recall = tp / (tp + fp), tp / (tp + fn)
    print(
        f"chrome detection on seeds: precision {precision:.3f} recall {recall:.3f} (tp {tp} fp {fp} fn {fn})"
    )
    assert precision >= 0.95
    assert recall >= 0.95


@pytest.mark.parametrize("name", ["meduza.txt", "report.txt"])
def test_title_skips_chrome(name):
    assert _seed(name).title.startswith(LABELS[name]["title_prefix"])


def test_chrome_and_captions_stay_in_text_but_out_of_alignment():
    left, right = _seed("report.txt"), _seed("meduza.txt")
    assert "READ MORE" in right.text and "© 2025 Meduza" in right.text
    assert any(s.kind == "caption" for s in left.sentences)
    assert any(s.kind == "chrome" for s in right.sentences)
    alignment = align_documents(left, right)
    for link in alignment.links:
        assert all(left.sentences[i].alignable for i in link.left)
        assert all(right.sentences[j].alignable for j in link.right)
    for doc in (left, right):
        for s in doc.sentences:
            assert s.alignable == doc.paragraphs[s.paragraph].content


def test_caption_shapes():
    assert is_caption("Russian soldiersALEXANDER ERMOCHENKO / Reuters / Forum")
    assert is_caption("Main photo source: ALEXANDER ERMOCHENKO / Reuters / Forum")
    assert is_caption("Photo: Jane Doe / Agency")
    assert not is_caption("The ratio was 3 / 4 of the vote, officials said.")
    assert not is_caption("Putin wants to gain time")


def test_prose_only_document_has_no_chrome():
    paras = ["A short note without any site around it, written by hand for this test.", "Second thought."]
    assert "chrome" not in classify_paragraphs(paras)


def test_article_about_privacy_is_not_chrome():
    paras = [
        "The regulator fined the company because its privacy policy hid how long data was kept on servers.",
        "By the end of the year, the company had rewritten the policy and apologised to its many customers.",
    ]
    assert classify_paragraphs(paras) == ["body", "body"]


def test_teaser_in_the_middle_is_chrome():
    body = (
        "This is a long paragraph of article prose that goes on for well over fifteen words, as articles do."
    )
    paras = [body, "MORE ON THIS", "Another story about something else entirely", "3 days ago", body]
    assert classify_paragraphs(paras) == ["body", "chrome", "chrome", "chrome", "body"]


def test_short_closing_paragraphs_stay_in_the_article():
    paras = [
        "The council voted on Tuesday to close the old bridge to traffic for two years, officials said.",
        "Repairs will cost more than the city had planned, and residents will have to use a ferry meanwhile.",
        "\u201cWe will manage,\u201d she said.",
        "She added: \u201cIt is only a bridge.\u201d",
        "READ MORE",
        "Why the ferry is late again",
        "\u00a9 2025 Example News. All rights reserved",
    ]
    kinds = classify_paragraphs(paras)
    assert kinds[:4] == ["body", "body", "body", "body"]
    assert kinds[4:] == ["chrome", "chrome", "chrome"]
