"""`hedge`: certainty added or removed: modal verbs (may, might, could), hedging adverbs (likely, reportedly,
allegedly, probably, apparently) and attribution qualifiers ("according to", "sources say").

The changed words shown are the replaced stretch of the word diff around the hedge, so a dropped hedge reads
"hedge removed: 'would likely be willing' → 'are ready'" (source → retelling)."""

from __future__ import annotations

from ..worddiff import Token
from .lexicon import HEDGE_PHRASES, HEDGE_WORDS
from .model import Change
from .pairing import Item, Pair, changes_of, unmatched


def hedge_items(text: str, tokens: list[Token]) -> list[Item]:
    items: list[Item] = []
    keys = [t.key for t in tokens]
    for k, key in enumerate(keys):
        if key in HEDGE_WORDS:
            items.append(Item(key, tokens[k].start, tokens[k].end, text[tokens[k].start:tokens[k].end]))
            continue
        for phrase in HEDGE_PHRASES:
            if tuple(keys[k:k + len(phrase)]) == phrase:
                end = tokens[k + len(phrase) - 1].end
                items.append(Item(" ".join(phrase), tokens[k].start, end, text[tokens[k].start:end]))
    return items


def find(pair: Pair) -> list[Change]:
    """Hedges one side has and the other lacks; one hedge for another ("may" / "might") is no change."""
    left = hedge_items(pair.left.text, pair.left.tokens)
    right = hedge_items(pair.right.text, pair.right.tokens)
    lost_l, lost_r = unmatched(left, right)
    swapped = min(len(lost_l), len(lost_r))
    lost_l, lost_r = lost_l[swapped:], lost_r[swapped:]
    out: list[Change] = []
    if lost_r:
        out += changes_of("hedge", pair, [], lost_r, _removed, in_order=False)
    if lost_l:
        out += changes_of("hedge", pair, lost_l, [], _added, in_order=False)
    return out


def _q(text: str) -> str:
    return "'" + " ".join(text.split()) + "'"


def _removed(left: str, right: str) -> str:
    return f"hedge removed: {_q(right)} → {_q(left)}" if left else f"hedge removed: {_q(right)}"


def _added(left: str, right: str) -> str:
    return f"hedge added: {_q(right)} → {_q(left)}" if right else f"hedge added: {_q(left)}"
