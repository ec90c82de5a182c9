"""The quote form registry and the ordered, named context-level attribution rules."""

from __future__ import annotations

import inspect
from typing import get_args

import pytest

from reader.quotes.attribution import context
from reader.quotes.attribution.context import CONTEXT_RULES
from reader.quotes.attribution.quote_context import QuoteContext
from reader.quotes.extract import find_quotes, paragraphs_of_text
from reader.quotes.forms import FORM_BY_NAME, FORMS, SENTENCE_FORMS
from reader.quotes.found import QuoteForm


def test_forms_run_in_registry_order_and_cover_the_literal() -> None:
    assert [f.name for f in FORMS] == ["marks", "dash", "block"]
    assert [f.name for f in SENTENCE_FORMS] == ["reported"]
    assert set(get_args(QuoteForm)) == {f.name for f in (*FORMS, *SENTENCE_FORMS)}
    assert set(FORM_BY_NAME) == {"marks", "dash", "block"}
    # dialogue dashes and block quotes are speech by construction; only a block is attributed by its intro
    assert [f.name for f in FORMS if f.speech] == ["dash", "block"]
    assert [f.name for f in FORMS if f.introduced] == ["block"]


def test_every_context_rule_is_named_in_the_tuple_once() -> None:
    names = [rule.__name__ for rule in CONTEXT_RULES]
    assert len(names) == len(set(names))
    public_rules = {
        name for name, fn in inspect.getmembers(context, inspect.isfunction)
        if fn.__module__ == context.__name__ and not name.startswith("_")
        and list(inspect.signature(fn).parameters) == ["c"]
    }
    assert public_rules == set(names)
    for rule in CONTEXT_RULES:
        assert rule.__doc__, f"{rule.__name__} needs its example sentence as a docstring"
        assert inspect.signature(rule).parameters["c"].annotation in ("QuoteContext", QuoteContext)


def test_rule_order_is_explicit() -> None:
    names = [rule.__name__ for rule in CONTEXT_RULES]
    # a title is never speech, whatever cue follows; the cue after a quote wins over the one before it
    assert names.index("programme_title") < names.index("cue_after") < names.index("cue_before")
    assert names.index("subject_verb") < names.index("nearby_speaker")
    assert names.index("programme_title_in_clause") < names.index("cue_before_clause") < names.index(
        "cue_before")
    assert names[-1] == "cue_before"


@pytest.mark.parametrize(("text", "rule", "name"), [
    ("“We won the election fair and square,” Smith said.", "cue_after", "Smith"),
    ("Smith said: “We won the election fair and square.”", "cue_before", "Smith"),
    ("John Smith said the plan was “a total mess” on Tuesday.", "cue_before_clause", "John Smith"),
    ("Friday on CNN’s “New Day,” Sen. John Smith said the plan failed.", "programme_title", None),
    ("“We will win this state and the next one.” — Donald Trump", "dash_signature", "Donald Trump"),
    ("“We will win this state and the next one.”\n- Bernie Sanders.", "paragraph_after_signature",
     "Bernie Sanders"),
    ("John Smith said:\n“We will fight on and on until the end.”", "paragraph_before_cue", "John Smith"),
    ("Trump, on Twitter:\n“We will fight on and on until the end.”", "paragraph_before_label", "Trump"),
    ("Trump responded Tuesday.\n“We will fight on and on until the end.”", "paragraph_before_cue_sentence",
     "Trump"),
    ("Sen. Marco Rubio (R-Fla.)\n“We will fight on and on until the end.”", "paragraph_before_heading",
     "Marco Rubio"),
    ("“The plan is dead and buried now” and donations began to pick up again last week, Gilbert said.",
     "late_cue_clause", "Gilbert"),
    ("Smith told Fox the plan failed. “We will fight on and on until the end.”", "nearby_speaker", "Smith"),
    ("Bernie Sanders has consistently pushed his promise of “free college” across the state.",
     "cue_before_clause", "Bernie Sanders"),
    ("“We will win the state,” Walker said, according to an Associated Press account.", "relayed_by",
     "an Associated Press account"),
    ("“Jane Roe: We will fight on.”", "speaker_label", "Jane Roe"),
    ("Asked about the plan, Smith told Meduza:\nThe plan will fail because nobody funds it.\nWe said so.",
     "block_intro", "Smith"),
    ("According to John Smith, the plan will fail next year for sure.", "according_to_lead", "John Smith"),
])
def test_example_quotes_report_the_rule_that_fired(text: str, rule: str, name: str | None) -> None:
    quotes = find_quotes(text, paragraphs_of_text(text))
    assert len(quotes) == 1
    q = quotes[0]
    assert q.rule == rule
    assert (q.mention.name if q.mention else None) == name


def test_the_first_rule_that_decides_wins() -> None:
    # two quotes of one sentence reach the same cue by different rules: the first, short one finds the cue
    # after the sentence's last quote (after_last_quote) but no clause; the second (cue_after) reports the
    # whole clause, which holds the first: one reported clause, listed once, by the rule that read it whole
    text = "Guns are “a crisis” and “stunt growth,” Howard Dean proclaimed at the rally."
    found = find_quotes(text, paragraphs_of_text(text))
    assert [q.rule for q in found] == ["cue_after"]
    assert text[found[0].start:found[0].end] == "Guns are “a crisis” and “stunt growth,”"
