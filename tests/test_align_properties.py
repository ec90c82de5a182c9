"""Properties of the sentence aligner: symmetry, valid ids and scores, n:m, crossing and repeated links."""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import reader.align.aligner as aligner_mod
import reader.align.scorer as scorer_mod
from reader.align.aligner import align_documents, align_sentences
from reader.alignment import Link
from reader.resources import seed_paths
from reader.text.load import load_document

WORDS = ("ceasefire", "Kremlin", "Ukraine", "negotiations", "troops", "Kherson", "Putin", "offensive",
         "sources", "winter", "soldiers", "the", "and", "of", "a", "to", "in", "2023", "Meduza", "army")


def _key(links: list[Link]) -> list[tuple[tuple[int, ...], tuple[int, ...], float]]:
    return sorted((k.left, k.right, round(k.score, 9)) for k in links)


def _mirror(links: list[Link]) -> list[tuple[tuple[int, ...], tuple[int, ...], float]]:
    return _key([k.mirrored() for k in links])


def _check_valid(links: list[Link], n: int, m: int) -> None:
    for k in links:
        assert k.left and k.right
        assert all(0 <= i < n for i in k.left)
        assert all(0 <= j < m for j in k.right)
        assert list(k.left) == sorted(set(k.left)) and list(k.right) == sorted(set(k.right))
        assert 0.0 <= k.score <= 1.0


sentence = st.lists(st.sampled_from(WORDS), min_size=1, max_size=12).map(lambda ws: " ".join(ws) + ".")


@settings(max_examples=60, deadline=None)
@given(st.lists(sentence, max_size=12), st.lists(sentence, max_size=12))
def test_random_inputs_mirror_symmetric_and_valid(left: list[str], right: list[str]) -> None:
    forward = align_sentences(left, right)
    backward = align_sentences(right, left)
    assert _key(forward) == _mirror(backward)
    _check_valid(forward, len(left), len(right))


def test_seed_pair_mirror_symmetric_and_valid() -> None:
    left_path, right_path = seed_paths()
    left, right = load_document(str(left_path)), load_document(str(right_path))
    forward = align_documents(left, right)
    backward = align_documents(right, left)
    assert _key(forward.links) == _mirror(backward.links)
    assert forward.links
    for k in forward.links:
        assert all(left.sentences[i].alignable for i in k.left)
        assert all(right.sentences[j].alignable for j in k.right)
        assert 0.0 <= k.score <= 1.0


def test_empty_inputs() -> None:
    assert align_sentences([], []) == []
    assert align_sentences(["Only one side has text."], []) == []
    assert align_sentences([], ["Only one side has text."]) == []


def test_identical_documents_link_each_sentence_to_itself() -> None:
    text = [
        "The Kremlin wants a ceasefire to gain time.",
        "Sources close to the government described the plan.",
        "Troops could withdraw from part of the Kherson region.",
        "Kyiv rejects talks with Putin.",
    ]
    links = align_sentences(text, text)
    assert _key(links) == [((i,), (i,), 1.0) for i in range(len(text))]


def test_one_sentence_split_in_two_gives_an_n_to_1_link() -> None:
    right = ["The Kremlin wants a temporary ceasefire with Ukraine, and its sources say the army will use "
             "the pause to train mobilised soldiers for a new offensive in February."]
    left = ["The Kremlin wants a temporary ceasefire with Ukraine.",
            "Its sources say the army will use the pause to train mobilised soldiers for a new offensive in "
            "February."]
    links = align_sentences(left, right)
    assert [(k.left, k.right) for k in links] == [((0, 1), (0,))]
    assert [(k.left, k.right) for k in align_sentences(right, left)] == [((0,), (0, 1))]


def test_reordered_sentences_give_crossing_links() -> None:
    a = "Meduza reports that the Kremlin is lobbying Western leaders for a temporary ceasefire."
    b = "Russian troops may withdraw from part of the occupied Kherson region as a gesture."
    c = "Podolyak says the counteroffensive continues and Ukraine will not negotiate with Putin."
    links = align_sentences([a, b, c], [c, b, a])
    pairs = {(i, j) for k in links for i in k.left for j in k.right}
    assert pairs == {(0, 2), (1, 1), (2, 0)}
    crossing = [(p, q) for p in pairs for q in pairs if p[0] < q[0] and p[1] > q[1]]
    assert crossing


def test_source_sentence_quoted_twice_is_linked_from_both() -> None:
    quote = "What does a ceasefire give Ukraine, in the Russian scenario?"
    right = ["Ukraine's advisers dismissed the Kremlin's plan for a truce.", quote,
             "The counteroffensive in the south goes on, officials said."]
    left = ["What does a ceasefire give Ukraine in the Russian scenario?",
            "The counteroffensive in the south goes on, officials said.",
            "What does the ceasefire give Ukraine in the Russian scenario?"]
    links = align_sentences(left, right)
    linked_to_quote = sorted(i for k in links if 1 in k.right for i in k.left)
    assert linked_to_quote == [0, 2]


def test_titles_link_on_weak_evidence_only_when_given() -> None:
    left = ["Media: Moscow wants a ceasefire to gain time and attack in 2023",
            "The weather in the capital was mild for the season.",
            "Kyiv rejects talks with Putin, advisers say."]
    right = ["Why Russia is pushing a return to negotiations The Kremlin wants to buy time to prepare for a "
             "full-scale offensive in early 2023", "A new bridge opened downstream of the old harbour.",
             "Museums stayed open late on Friday.", "Kyiv rejects talks with Putin."]
    plain = {(k.left, k.right) for k in align_sentences(left, right)}
    titled = {(k.left, k.right) for k in align_sentences(left, right, titles=(0, 0))}
    assert plain == {((2,), (3,))}
    assert titled == {((0,), (0,)), ((2,), (3,))}
    mirrored = {(k.right, k.left) for k in align_sentences(right, left, titles=(0, 0))}
    assert mirrored == titled


def test_unrelated_sentences_stay_unlinked() -> None:
    left = ["Heavy snow closed the mountain pass on Tuesday.", "Kyiv rejects talks with Putin."]
    right = ["The orchestra premiered a new symphony by a young composer.", "Kyiv rejects talks with Putin."]
    pairs = {(i, j) for k in align_sentences(left, right) for i in k.left for j in k.right}
    assert pairs == {(1, 1)}


def test_candidate_index_matches_exhaustive_on_seed_pair() -> None:
    left_path, right_path = seed_paths()
    left, right = load_document(str(left_path)), load_document(str(right_path))
    lt = [left.sentences[i].text for i in left.alignable_ids]
    rt = [right.sentences[j].text for j in right.alignable_ids]
    assert _key(align_sentences(lt, rt)) == _key(align_sentences(lt, rt, exhaustive=True))


@pytest.fixture
def tiny_parallel_thresholds(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(aligner_mod, "_PARALLEL_MIN", 1)
    monkeypatch.setattr(scorer_mod, "_CHUNK_MIN", 1)


def test_large_pair_path_with_workers_matches_single_process(tiny_parallel_thresholds: None) -> None:
    """The long-document path (candidate index + forked scoring) gives the same links as one process."""
    rng = random.Random(7)
    vocab = [f"w{k}" for k in range(400)] + list(WORDS)
    base = [" ".join(rng.choice(vocab) for _ in range(rng.randint(4, 14))) + "." for _ in range(300)]
    left = [s for s in base if rng.random() > 0.2]
    right = [s.replace("w1", "x1") for s in base if rng.random() > 0.2]
    one = align_sentences(left, right, workers=1)
    two = align_sentences(left, right, workers=2)
    assert _key(one) == _key(two)
    _check_valid(two, len(left), len(right))
    assert len(one) > 100
