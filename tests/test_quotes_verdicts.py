"""Quote verdicts: a quote whose words changed is never `verbatim`; cuts and additions are named, with the
words; `reader quotes` shows them (text and JSON), the rule that attributed each quote, and `--full`."""

from __future__ import annotations

import json
from pathlib import Path
from typing import get_args

import pytest

from reader.cli.main import main
from reader.quotes.model import QuoteChange, Verdict
from reader.quotes.verdict import verdict_of


def test_identical_quotes_are_verbatim() -> None:
    assert verdict_of("We will rebuild the bridge.", "We will rebuild the bridge.") == ("verbatim", ())


@pytest.mark.parametrize(("left", "right"), [
    ("“We will win,”", '"We will win."'),  # quotation-mark style, a final comma against a full stop
    ("«We will  win»", "„we WILL\nwin“"),  # case and white space
    ("a ceasefire – now", "a ceasefire — now"),  # dash style
    ("…of that person.", "of that person"),  # an ellipsis opening the quote, a final full stop
])
def test_style_alone_keeps_a_quote_verbatim(left: str, right: str) -> None:
    assert verdict_of(left, right) == ("verbatim", ())


def test_one_word_replaced_is_reworded() -> None:
    assert verdict_of("Taxes will not go up this year.", "Taxes will not go down this year.") == (
        "reworded", (QuoteChange("replaced", "up", "down"),))


def test_words_added_inside_the_marks_are_extended() -> None:
    # the example: labelled `verbatim 1.00` before
    assert verdict_of("Her mind is shot — resign!", "Her mind is shot!") == (
        "extended", (QuoteChange("added", "— resign", ""),))
    verdict, changes = verdict_of("no comment on the actions of that person that murdered Trayvon",
                                  "…of that person.")
    assert verdict == "extended"
    assert [c.left for c in changes] == ["no comment on the actions", "that murdered Trayvon"]


def test_words_cut_are_shortened_also_when_not_contiguous() -> None:
    assert verdict_of("Her mind is shot!", "Her mind is shot — resign!") == (
        "shortened", (QuoteChange("cut", "", "— resign"),))
    assert verdict_of("We will rebuild the bridge.", "We will quickly rebuild the old bridge.") == (
        "shortened", (QuoteChange("cut", "", "quickly"), QuoteChange("cut", "", "old")))


def test_cuts_and_additions_together_are_reworded() -> None:
    verdict, changes = verdict_of("the big red dog ran", "the dog ran fast")
    assert verdict == "reworded"
    assert {c.kind for c in changes} == {"added", "cut"}


def test_punctuation_inside_the_quote_is_a_change() -> None:
    # the same words, not the same quote: only a closing comma or full stop is style
    assert verdict_of("We will win!", "We will win.")[0] == "reworded"
    assert verdict_of("We will, win", "We will win")[0] == "reworded"


def test_changes_agree_with_the_verdict_where_the_greedy_diff_does_not() -> None:
    # the diff matches "a b" first and shows an addition and a cut; "x a b" is still in order in the left
    verdict, changes = verdict_of("a b c d e x a b", "x a b")
    assert verdict == "extended"
    assert changes == (QuoteChange("added", "a b c d e", ""),)


def test_every_verdict_has_a_sidebar_sign() -> None:
    from reader.ui.widgets.sidebar import VERDICT_SIGNS

    assert set(VERDICT_SIGNS) == set(get_args(Verdict))
    assert len(set(VERDICT_SIGNS.values())) == len(VERDICT_SIGNS)


LONG = ("We will rebuild the old bridge over the river before the winter comes, and we will pay for it "
        "without any new taxes, every single cent of it")


@pytest.fixture
def pair(tmp_path: Path) -> tuple[str, str]:
    left, right = tmp_path / "left.txt", tmp_path / "right.txt"
    left.write_text(f"“Her mind is shot — resign!” said Senator Ann Lee at the rally on Monday.\n\n"
                    f"“{LONG},” Lee said.\n", encoding="utf-8")
    right.write_text("Senator Ann Lee spoke at a rally.\n\n“Her mind is shot!” Lee said.\n", encoding="utf-8")
    return str(left), str(right)


def test_json_has_the_rule_of_every_quote_and_the_changes(pair: tuple[str, str], capsys) -> None:
    assert main(["quotes", *pair, "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    rules = {q["text"]: q["rule"] for q in data["quotes"]}
    assert rules["Her mind is shot — resign!"] == "context.cue_after/after.cue_then_name"
    assert all(isinstance(rule, str) and rule.startswith("context.") for rule in rules.values())
    match = next(m for m in data["matches"] if m["left"] is not None and m["right"] is not None)
    assert (match["verdict"], match["changes"]) == (
        "extended", [{"kind": "added", "left": "— resign", "right": ""}])
    assert all(m["changes"] == [] for m in data["matches"] if m["verdict"] == "only")


def test_text_listing_names_the_verdict_and_the_changes(pair: tuple[str, str], capsys) -> None:
    assert main(["quotes", *pair]) == 0
    out = capsys.readouterr().out
    assert "extended 1.00: Her mind is shot — resign!" in out
    assert 'changes: added "— resign"' in out
    assert "Her mind is shot! <extended on the left>" in out


def test_full_prints_a_long_quote_whole(pair: tuple[str, str], capsys) -> None:
    assert main(["quotes", *pair]) == 0
    cut = capsys.readouterr().out
    assert LONG not in cut and LONG[:60] in cut
    assert main(["quotes", *pair, "--full"]) == 0
    assert LONG in capsys.readouterr().out


def test_a_resolved_pronoun_is_part_of_the_rule() -> None:
    from reader.quotes import analyze_text

    report = analyze_text("Senator Ann Lee spoke first.\n“We will win this race and the next one,” she said.")
    assert [q.rule for q in report.quotes] == ["context.cue_after/after.subject_then_cue/resolve.pronoun"]


def test_the_export_says_which_side_cut_words(text_doc) -> None:
    from datetime import date

    from reader.align.aligner import align_documents
    from reader.marks import Mark
    from reader.quotes.model import Quote, QuoteMatch, QuoteReport, Speaker
    from reader.render.marks_md import render_export

    left = text_doc("Lee said: “Her mind is shot!” Talks stalled.", "l.txt")
    right = text_doc("Talks stalled. “Her mind is shot — resign!” said Lee.", "r.txt")
    lq, rq = "Her mind is shot!", "Her mind is shot — resign!"
    quotes = [Quote(0, 0, left.text.index(lq), left.text.index(lq) + len(lq), lq, "direct", 0, 0),
              Quote(1, 1, right.text.index(rq), right.text.index(rq) + len(rq), rq, "direct", 0, 1)]
    verdict, changes = verdict_of(lq, rq)
    report = QuoteReport(["l.txt", "r.txt"], quotes, [Speaker(0, "Ann Lee", quotes=[0, 1])],
                         [QuoteMatch(0, 1, 1.0, verdict, changes)])
    text = render_export(left, right, align_documents(left, right), [Mark("quote", (0,), (1,))],
                         today=date(2026, 11, 30), quotes=report)
    assert "Verdict: shortened (the retelling's quote cuts words of the source's), similarity 1.00" in text
