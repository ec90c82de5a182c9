"""The phrase-level attribution rules: every rule is in its ordered tuple once, and each reports its name."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from types import ModuleType

import pytest

from reader.quotes.attribution import after, attribution_after, attribution_before, before
from reader.quotes.mentions import Attribution, Mention


def rule_functions(module: ModuleType, context: str) -> set[Callable[..., object]]:
    """The public functions of `module` taking one `context` argument: the rules."""
    return {f for name, f in inspect.getmembers(module, inspect.isfunction)
            if f.__module__ == module.__name__ and not name.startswith("_")
            and [p.annotation for p in inspect.signature(f).parameters.values()] == [context]}


@pytest.mark.parametrize(("rules", "module", "context"), [
    (before.BEFORE_RULES, before, "Before"),
    (before.CUE_RULES, before, "Cue"),
    (after.AFTER_RULES, after, "After"),
])
def test_the_rule_tuples_name_every_rule_once(rules: tuple[Callable[..., object], ...], module: ModuleType,
                                              context: str) -> None:
    assert len(set(rules)) == len(rules)
    assert set(rules) == rule_functions(module, context)
    for rule in rules:  # each rule carries the sentence that motivates it
        assert rule.__doc__ and "`" in rule.__doc__, rule.__name__


@pytest.mark.parametrize(("text", "rule", "name"), [
    (", Toomey fumed.", "after.name_verb", "Toomey"),
    (" reacted Trump.", "after.verb_name", "Trump"),
    (", exhorted Clinton's introducer, actress Jamie Lee Curtis.", "after.verb_appositive",
     "Jamie Lee Curtis"),
    (" a Democratic staffer in the room wondered.", "after.description_verb",
     "a Democratic staffer in the room"),
    (", according to Smith.", "after.according_to", "Smith"),
    (", said a longtime adviser to Trump, who asked not to be named.", "after.cue_then_description",
     "a longtime adviser"),
    (", said Smith.", "after.cue_then_name", "Smith"),
    (", Bill Eastland, wearing a “Ted Cruz” pin, said.", "after.name_then_appositive", "Bill Eastland"),
    (", Duncan Hunter’s chief of staff, Joe Kasper, told reporters.", "after.appositive_name_then_cue",
     "Joe Kasper"),
    (", Smith said.", "after.subject_then_cue", "Smith"),
])
def test_after_reports_its_rule(text: str, rule: str, name: str) -> None:
    hit = attribution_after(text)
    assert hit is not None and hit.mention is not None
    assert (hit.rule, hit.mention.name) == (rule, name)


@pytest.mark.parametrize(("text", "rule", "name"), [
    ("Pollsters agree - Carl Bialik: ", "before.signed_headline", "Carl Bialik"),
    ("From Smith’s Facebook post: ", "before.from_writing", "Smith"),
    ("The debate turned, to which O'Malley retaliated: ", "before.name_verb_colon", "O'Malley"),
    ("When Trump suggested a wall, Rubio fired back forcefully: ", "before.last_clause_subject", "Rubio"),
    ("TRUMP: ", "before.transcript_label", "Trump"),
    ("The next speaker was pollster Daron Shaw: ", "before.name_before_colon", "Daron Shaw"),
    ("He then turned to the crowd: ", "before.subject_before_colon", "He"),
    ("Rubio was asked by moderator Gerard Baker whether ", "before.reporting_cue.passive_agent",
     "Gerard Baker"),
    ("According to Smith, ", "before.reporting_cue.according_to", "Smith"),
    ("The plan is bad, explained Rosenberg, ", "before.reporting_cue.inverted_after_comma", "Rosenberg"),
    ("with Trump reportedly yelling: ", "before.reporting_cue.with_participle", "Trump"),
    ("Trump went after Bush, saying ", "before.reporting_cue.participle_clause_subject", "Trump"),
    ("One operative inside Trump Tower tried to downplay it, saying ",
     "before.reporting_cue.participle_described_subject", "Trump Tower"),
    ("Clinton, during a town hall in Columbus, Ohio, said ", "before.reporting_cue.name_before_commas",
     "Clinton"),
    ("After winning Ohio, Gov. John Kasich, said ", "before.reporting_cue.name_between_commas",
     "John Kasich"),
    ("Smith said the plan would ", "before.reporting_cue.subject_chunk", "Smith"),
    ("Another tweeted, ", "before.reporting_cue.group_member", "Another"),
    ("Priebus later Thursday told Fox News: ", "before.reporting_cue.chunk_leading_subject", "Priebus"),
    ("said Smith, ", "before.reporting_cue.inverted_in_lead", "Smith"),
])
def test_before_reports_its_rule(text: str, rule: str, name: str) -> None:
    hit = attribution_before(text)
    assert hit is not None and hit.mention is not None
    assert (hit.rule, hit.mention.name) == (rule, name)


def test_no_rule_for_a_participle_after_or_a_passive_cue_before() -> None:
    assert attribution_after(", promising the club will return.") is None  # the speaker's own participle
    assert attribution_before("Sanders was asked ") is None  # the one asked is not the speaker


def test_the_rule_name_is_not_part_of_the_result() -> None:
    mention = Mention("Smith", "Smith")
    assert Attribution(mention, "said", rule="after.cue_then_name") == Attribution(mention, "said")
    assert hash(Attribution(mention, "said", rule="x")) == hash(Attribution(mention, "said"))
