"""`negation`: a statement turned into its opposite ("was" / "was not", "can" / "cannot", "never").

Negations are counted per side; "did not" and "didn't" are one negation each, so a contraction is no change.
"not only" and the like are not counted."""

from __future__ import annotations

from ..worddiff import Token
from .lexicon import NEGATIONS, NOT_NEGATING_AFTER
from .model import Change
from .pairing import Item, Pair, changes_of


def negation_items(text: str, tokens: list[Token]) -> list[Item]:
    items: list[Item] = []
    for k, t in enumerate(tokens):
        key = t.key
        if key.endswith("n't") or key.endswith("n'"):
            key = "n't"
        nxt = tokens[k + 1].key if k + 1 < len(tokens) else ""
        if key in NEGATIONS and nxt not in NOT_NEGATING_AFTER:
            items.append(Item("not", t.start, t.end, text[t.start:t.end]))
    return items


def _describe(left: str, right: str) -> str:
    return f"negation changed: '{' '.join(right.split())}' → '{' '.join(left.split())}'"


def find(pair: Pair) -> list[Change]:
    left = negation_items(pair.left.text, pair.left.tokens)
    right = negation_items(pair.right.text, pair.right.tokens)
    return changes_of("negation", pair, left, right, _describe, in_order=False)
