"""Who said it: quote attribution as ordered, named rules.

Three rule sets, each an ordered tuple of small rules whose docstring is the sentence that motivates it:
`before.BEFORE_RULES` and `after.AFTER_RULES` read the phrase next to a quote's cue verb;
`context.CONTEXT_RULES` decide between them and look at the sentence and the paragraphs around the quote
(signatures, labels, the paragraph before). The phrase rules work on the plain text, without a parser:
* after the quote: `“…,” said Smith` (inverted), `“…,” Smith, a spokesman, said`, `“…,” she added`;
* before it, in the same sentence: `Smith said: “…”`, `According to Smith, “…”`, `Smith said the plan would
  “fail”` (the last cue verb before the quote, its subject in front of it).
Each side is an ordered tuple of small rules (`after.AFTER_RULES`, `before.BEFORE_RULES`), each with the
sentence that motivates it as its docstring; the first hit wins, and its `rule` names the rule that fired
(`"before.reporting_cue.subject_chunk"`), for error analysis.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TypeVar

from ..lexicon import SPACE_CHARS
from ..mentions import Attribution
from .after import AFTER_RULES, After
from .before import BEFORE_RULES, Before

__all__ = ["AFTER_RULES", "BEFORE_RULES", "attribution_after", "attribution_before", "first_hit"]

_Context = TypeVar("_Context")


def first_hit(rules: Sequence[Callable[[_Context], Attribution | None]], context: _Context,
              side: str) -> Attribution | None:
    """The first rule's hit on `context`, its `rule` set to `side.rule_name` (a rule that runs rules of its
    own, as `reporting_cue` does, has put the inner rule's name there: it is appended)."""
    for rule in rules:
        hit = rule(context)
        if hit is not None:
            name = f"{side}.{rule.__name__}"
            return replace(hit, rule=f"{name}.{hit.rule}" if hit.rule else name)
    return None


def attribution_after(after: str) -> Attribution | None:
    """Attribution in the words right after a quote: `, said Smith`, `, Smith said`, `, she added`."""
    words = after.lstrip(SPACE_CHARS + ",—–-")
    if not words:
        return None
    return first_hit(AFTER_RULES, After(words), "after")


def attribution_before(before: str) -> Attribution | None:
    """Attribution in the sentence before a quote: `Smith said: `, `According to Smith, `, `X told Y that`."""
    return first_hit(BEFORE_RULES, Before(before), "before")
