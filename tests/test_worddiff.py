"""Word-level differences: what counts as a change, and offsets that point at the changed words."""

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.worddiff import (
    MAX_DIFF_TOKENS,
    DiffOp,
    chunk_diff,
    tokenize,
    word_diff,
)


def changes(a: str, b: str, ops: list[DiffOp]) -> list[tuple[str, str, str]]:
    return [(op.tag, a[op.a_start:op.a_end], b[op.b_start:op.b_end]) for op in ops if op.tag != "equal"]


def keys(text: str) -> list[str]:
    return [t.key for t in tokenize(text)]


def test_spelling_variant_is_one_replaced_word():
    a = "– What does it give? – asked Podolak, quoted by one of the portals."
    b = "– What does it give? – asked Podolyak, quoted by one of the portals."
    assert changes(a, b, word_diff(a, b)) == [("replace", "Podolak", "Podolyak")]


def test_synonym_is_a_replace():
    a = "Moscow wants an armistice to gain time."
    b = "Moscow wants a ceasefire to gain time."
    assert changes(a, b, word_diff(a, b)) == [("replace", "an armistice", "a ceasefire")]


def test_insertion_has_an_empty_left_range_at_the_insertion_point():
    a, b = "the troops withdrew", "the troops quickly withdrew"
    ops = word_diff(a, b)
    assert changes(a, b, ops) == [("insert", "", "quickly")]
    (insert,) = [op for op in ops if op.tag == "insert"]
    assert insert.a_start == insert.a_end == a.index(" withdrew")


def test_deletion_has_an_empty_right_range():
    a, b = "sources close to the Kremlin said", "sources said"
    ops = word_diff(a, b)
    assert changes(a, b, ops) == [("delete", "close to the Kremlin", "")]
    (delete,) = [op for op in ops if op.tag == "delete"]
    assert delete.b_start == delete.b_end


def test_empty_sides():
    assert word_diff("", "") == []
    assert changes("", "new words", word_diff("", "new words")) == [("insert", "", "new words")]
    assert changes("old words", "", word_diff("old words", "")) == [("delete", "old words", "")]
    assert word_diff("   ", "") == []


def test_case_and_quote_style_are_not_differences():
    a = "“Keeping Kherson is very difficult now,” he said — it’s late."
    b = '"keeping kherson is very difficult now," He said - it\'s late.'
    assert [op.tag for op in word_diff(a, b)] == ["equal"]


def test_punctuation_is_its_own_token():
    assert [t.key for t in tokenize("Ukraine, in 2023.")] == ["ukraine", ",", "in", "2023", "."]
    a, b = "Ukraine according to", "Ukraine, in"
    assert changes(a, b, word_diff(a, b)) == [("replace", "according to", ", in")]


def test_ops_cover_both_texts_in_order():
    a = "Russian officials are increasingly saying that Moscow is ready to return."
    b = "In recent weeks, representatives of the Russian authorities have spoken about returning."
    ops = word_diff(a, b)
    for side, text in ((0, a), (1, b)):
        pos = 0
        for op in ops:
            start, end = (op.a_start, op.a_end) if side == 0 else (op.b_start, op.b_end)
            assert start >= pos and text[pos:start].strip() == ""
            pos = end
        assert text[pos:].strip() == ""


def test_chunk_diff_widens_changes_to_white_space():
    a, b = "asked Podolak, quoted by", "asked Podolyak, quoted by"
    assert changes(a, b, chunk_diff(a, b)) == [("replace", "Podolak,", "Podolyak,")]
    a, b = "the cat sat", "the big cat sat"
    assert changes(a, b, chunk_diff(a, b)) == [("insert", "", "big")]


words = st.lists(st.sampled_from(["the", "The", "Kremlin", "ceasefire", "armistice", ",", ".", "“", "”", "a",
                                  "Podolak", "Podolyak", "–", "2023"]), max_size=14)


@settings(max_examples=150, deadline=None)
@given(words, words, st.booleans())
def test_diff_ops_are_valid_for_any_text(wa, wb, chunked):
    a, b = " ".join(wa), " ".join(wb)
    ops = (chunk_diff if chunked else word_diff)(a, b)
    kept_a = kept_b = ""
    for op in ops:
        assert 0 <= op.a_start <= op.a_end <= len(a) and 0 <= op.b_start <= op.b_end <= len(b)
        if op.tag == "equal":
            assert [t.key for t in tokenize(a[op.a_start:op.a_end])] == [
                t.key for t in tokenize(b[op.b_start:op.b_end])]
        if op.tag != "insert":
            kept_a += " " + a[op.a_start:op.a_end]
        if op.tag != "delete":
            kept_b += " " + b[op.b_start:op.b_end]
        assert (op.a_start < op.a_end) == (op.tag in ("delete", "replace", "equal"))
        assert (op.b_start < op.b_end) == (op.tag in ("insert", "replace", "equal"))
    assert kept_a.split() == a.split() and kept_b.split() == b.split()


def test_very_long_sides_keep_common_ends_and_stay_valid():
    n = MAX_DIFF_TOKENS + 50
    a = " ".join(["word"] * n + ["armistice", "now"])
    b = " ".join(["word"] * n + ["ceasefire", "now"])
    ops = word_diff(a, b)
    assert changes(a, b, ops) == [("replace", "armistice", "ceasefire")]
    assert changes(a, b, chunk_diff(a, b)) == [("replace", "armistice", "ceasefire")]
    ops = word_diff(a, "entirely different " + b)
    assert [op.tag for op in ops] == ["replace", "equal"]  # "now" is the common end
