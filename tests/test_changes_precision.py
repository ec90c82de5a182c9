"""False alarms found on real pairs (bench/changes_real.json), one class each, on invented sentences."""

from __future__ import annotations

import pytest
from test_changes_kinds import _pair_changes, changes


@pytest.mark.parametrize(("left", "right"), [
    ("According to the government's plan, the troops will leave in spring.",
     "Under the government's plan, the troops will leave in spring."),
    ("What does the truce give the city according to the official scenario?",
     "What does the truce give the city, in the official scenario?"),
    ("According to the described “army plan”, the truce could start soon.",
     "Under this plan, the truce could start soon."),
])
def test_according_to_a_plan_is_no_hedge(left: str, right: str) -> None:
    assert changes(left, right) == []
    assert changes(right, left) == []


@pytest.mark.parametrize(("left", "right"), [
    ("The mayor will not resign, the sources say.", "The sources emphasized that the mayor will not resign."),
    ("Sources close to the mayor claim he will stay.", "The mayor's sources also said he will stay."),
    ("According to these sources, the mayor will stay.", "The mayor will stay, sources said."),
])
def test_sources_with_any_reporting_verb_are_one_attribution(left: str, right: str) -> None:
    assert changes(left, right) == []
    assert changes(right, left) == []


@pytest.mark.parametrize("flip", [False, True])
def test_a_one_sided_hedge_names_the_hedge_words_only(flip: bool) -> None:
    hedged = "According to these sources, the council would rather agree a truce than sign a treaty."
    plain = "In this case, rather than signing a treaty, the council would agree a truce."
    found = [c for c in changes(*((plain, hedged) if flip else (hedged, plain))) if c.kind == "hedge"]
    assert [c.summary for c in found] == (["hedge removed: 'According to these sources'"] if flip
                                          else ["hedge added: 'According to these sources'"])
    side = found[0].right if flip else found[0].left
    assert side.text == "According to these sources"


def test_according_to_a_source_is_still_a_hedge() -> None:
    found = changes("According to police, the mayor resigned.", "The mayor resigned.")
    assert [(c.kind, c.summary) for c in found] == [("hedge", "hedge added: 'According to police'")]


def test_in_for_according_to_inside_a_quote_is_no_quote_change() -> None:
    assert _pair_changes("“What does the truce give us according to their scenario?” the mayor asked.",
                         "“What does the truce give us, in their scenario?” the mayor asked.") == []


@pytest.mark.parametrize(("left", "right", "kind"), [
    ("UPDATE: 5/12 — the shop removed the listing.", "UPDATE: the shop removed the listing.", "date"),
    ("The worst attack since 9/11 shook the city.", "The worst attack shook the city.", "date"),
    ("The shop removed the listing on 5/12.", "The shop removed the listing on May 13.", "date"),
])
def test_a_slash_date_is_a_date_not_two_numbers(left: str, right: str, kind: str) -> None:
    assert [c.kind for c in changes(left, right)] == [kind]


def test_a_fraction_stays_numbers() -> None:
    assert [c.kind for c in changes("Turnout was 3/4 of the vote.", "Turnout was most of the vote.")] == [
        "number", "number"]


def test_same_slash_date_as_a_month_name_is_no_change() -> None:
    assert changes("The shop removed the listing on 5/12.", "The shop removed the listing on May 12.") == []


def test_the_month_may_is_no_hedge() -> None:
    assert changes("The shop removed the listing on May 12.", "The shop removed the listing on 12 May.") == []
    assert [c.kind for c in changes("The shop closed in May.", "The shop closed.")] == ["date"]


@pytest.mark.parametrize("code", ["PF-9", "F-16", "COVID-19"])
def test_digits_in_a_hyphenated_name_are_no_number(code: str) -> None:
    assert changes(f"The new listing for the {code} was posted.", "The new listing was posted.") == []


def test_a_hyphenated_number_range_is_still_numbers() -> None:
    found = changes("Voters aged 18-29 stayed home.", "Voters stayed home.")
    assert [c.kind for c in found] == ["number", "number"]


def test_a_month_before_a_hyphen_is_no_code() -> None:
    assert changes("The poll ran from 13 May-22.", "The poll ran from May 13-22.") == []


def test_the_change_index_finds_a_pairs_changes_and_the_next_one() -> None:
    from reader.changes.index import ChangeIndex
    from reader.changes.model import Change, Span

    def change(left: int, at: int, right: int) -> Change:
        """Sentence n of a side spans offsets 10n to 10n + 9 (offsets grow with sentence ids)."""
        return Change("number", Span(left, 10 * left + at, 10 * left + at + 1, "3"),
                      Span(right, 10 * right, 10 * right + 1, "4"), "x")

    a, b, c = change(2, 5, 5), change(2, 1, 6), change(7, 0, 9)
    index = ChangeIndex([c, a, b])
    assert index.of_pair({2}, {5, 6}) == [b, a]  # the pair's changes in left text order
    assert index.of_pair({2}, {5}) == [b, a]  # also a change of sentence 2 with one outside the pair
    assert index.of_pair({3}, {5}) == [a] and index.of_pair({3}, {8}) == []
    assert index.after(0, 2) is c and index.after(0, 7) is None and index.after(0, 7, forward=False) is a
    assert index.after(1, 9, forward=False) is b and index.after(1, 5, forward=False) is None
