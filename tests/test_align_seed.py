"""The aligner against a hand-made gold alignment of the bundled seed pair (tests/fixtures/seed_gold.json).

The gold names sentences by text snippets, mapped to sentence ids here, so it survives segmentation changes.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reader.align.aligner import align_documents
from reader.document import Document
from reader.resources import seed_paths
from reader.text.load import load_document

GOLD = Path(__file__).parent / "fixtures" / "seed_gold.json"


def _sentence_id(doc: Document, snippet: str) -> int:
    hits = [s.id for s in doc.sentences if s.alignable and snippet in s.text]
    assert len(hits) == 1, f"snippet {snippet!r} matches {len(hits)} alignable sentences"
    return hits[0]


@pytest.fixture(scope="module")
def seed_scores() -> dict[str, float]:
    left_path, right_path = seed_paths()
    left, right = load_document(str(left_path)), load_document(str(right_path))
    units = json.loads(GOLD.read_text(encoding="utf-8"))["units"]
    gold = {(_sentence_id(left, a), _sentence_id(right, b))
            for u in units for a in u["left"] for b in u["right"]}
    predicted = {(i, j) for k in align_documents(left, right).links for i in k.left for j in k.right}
    tp = len(gold & predicted)
    p, r = tp / len(predicted), tp / len(gold)
    return {"p": p, "r": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}


def test_gold_snippets_name_distinct_sentences() -> None:
    left_path, right_path = seed_paths()
    left, right = load_document(str(left_path)), load_document(str(right_path))
    units = json.loads(GOLD.read_text(encoding="utf-8"))["units"]
    lefts = [_sentence_id(left, a) for u in units for a in u["left"]]
    assert len(lefts) == len(set(lefts))
    assert [_sentence_id(right, b) for u in units for b in u["right"]]


def test_seed_pair_precision(seed_scores: dict[str, float]) -> None:
    assert seed_scores["p"] >= 0.95


def test_seed_pair_f1(seed_scores: dict[str, float]) -> None:
    assert seed_scores["f1"] >= 0.90
