"""Property-based tests over arbitrary text: offsets valid through segmentation; alignment ids valid."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.align.aligner import align_documents
from reader.errors import InputError
from reader.ingest.decode import decode_bytes
from reader.ingest.raw import RawArticle
from reader.text.load import build_document
from reader.text.segment import sentence_spans

# Text built from pieces that exercise the rules (sentence ends, quotes, dashes, abbreviations, newlines, CJK,
# controls) mixed with arbitrary Unicode.
PIECES = st.sampled_from(
    [
        ". ",
        "? ",
        "! ",
        "… ",
        "。",
        "？",
        "\n",
        "\n\n",
        "\n \n",
        "\r\n",
        "\u2028",
        "\t",
        "\u00a0",
        " – ",
        " — ",
        "- ",
        "# ",
        "**",
        "“",
        "”",
        '"',
        "'",
        "«",
        "»",
        "Mr. ",
        "e.g. ",
        "3. ",
        "U.S. ",
        "asked ",
        "said ",
        "The ",
        "word ",
        "Word",
        "x",
        "[bold]",
        "[/]",
        "\x1b[31m",
        "\x00",
        "\x07",
        "👨‍👩‍👧",
        "שלום",
        "2 years ago",
        "READ MORE",
        "© 2025",
        "Photo: ",
        " / ",
    ]
)
TEXT = st.lists(st.one_of(PIECES, st.text(max_size=12)), max_size=60).map("".join)


def _valid(doc) -> None:
    last = 0
    for n, s in enumerate(doc.sentences):
        assert s.id == n
        assert doc.text[s.start : s.end] == s.text
        assert last <= s.start < s.end
        last = s.end
        p = doc.paragraphs[s.paragraph]
        assert p.start <= s.start and s.end <= p.end
    for p in doc.paragraphs:
        assert 0 <= p.start <= p.end <= len(doc.text)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXT)
def test_document_offsets_valid(text):
    _valid(build_document(RawArticle("h", text)))


@settings(max_examples=150, deadline=None)
@given(TEXT)
def test_sentence_spans_in_order_and_trimmed(text):
    spans = sentence_spans(text)
    last = 0
    for a, b in spans:
        assert last <= a < b <= len(text)
        assert not text[a].isspace() and not text[b - 1].isspace()
        last = b
    # Nothing but white space is lost between spans.
    covered = "".join(text[a:b] for a, b in spans)
    assert "".join(covered.split()) == "".join(text.split())


@settings(max_examples=60, deadline=None)
@given(TEXT, TEXT)
def test_alignment_ids_valid(left_text, right_text):
    left = build_document(RawArticle("l", left_text))
    right = build_document(RawArticle("r", right_text))
    for link in align_documents(left, right).links:
        assert link.left and link.right
        assert all(left.sentences[i].alignable for i in link.left)
        assert all(right.sentences[j].alignable for j in link.right)


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=200))
def test_decoding_arbitrary_bytes_never_crashes(data):
    try:
        text = decode_bytes(data, "b")
    except InputError as exc:
        assert "\n" not in exc.message
    else:
        assert isinstance(text, str)
