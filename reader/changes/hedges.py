"""`hedge`: certainty added or removed: modal verbs (may, might, could), hedging adverbs (likely, reportedly,
allegedly, probably, apparently) and attribution qualifiers ("according to" a source, "sources say").

"According to" whose object is a plan, a scenario, a law or the like ("according to the Kremlin's plan") is
no hedge: it says what the plan is, not who says so. An attribution qualifier is shown with its object
("according to these sources"), and "according to" one source counts the same as "sources say".

When the hedge sits inside a replaced stretch of the word diff with other words around it, the change shows
that stretch, so a dropped hedge reads "hedge removed: 'would likely be willing' → 'are ready'" (source →
retelling); otherwise (the stretch is the hedge or less, or unrelated words) it shows the hedge words only:
"hedge added: 'according to these sources'"."""

from __future__ import annotations

from ..worddiff import Token
from .dates import date_token_ranges
from .lexicon import HEDGE_PHRASES, HEDGE_WORDS, NOT_SOURCES, SOURCE_VERBS
from .model import Change
from .pairing import WIDEST_OP, Item, Pair, make, unmatched

#: Tokens that end the object of "according to" or the clause a "sources" stands in.
_CLAUSE_END = {",", ".", ";", ":", "?", "!", "-", "(", ")"}
#: Words that end the noun phrase after "according to" (its head noun comes before them).
_PHRASE_END = {"of", "in", "on", "at", "with", "from", "by", "for", "who", "that", "which", "to", "and", "or"}
_QUOTE_MARKS = {'"', "'", "“", "”", "„", "«", "»"}
#: How many words after "according to" or "sources" are looked at.
_REACH = 6
_ATTRIBUTION = "according to"


def _object_end(tokens: list[Token], k: int) -> tuple[int, bool]:
    """For "according to" at tokens k, k+1: the last token of its object and whether the object is a source
    (no plan-like noun before the first preposition or punctuation mark)."""
    last, source, words = k + 1, True, 0
    j = k + 2
    while j < len(tokens) and words < _REACH and tokens[j].key not in _CLAUSE_END:
        key = tokens[j].key
        if key in _QUOTE_MARKS:
            j += 1
            continue
        if key in _PHRASE_END:
            break
        if key.split("'")[0] in NOT_SOURCES:
            source = False
        last, words, j = j, words + 1, j + 1
    while last + 1 < len(tokens) and tokens[last + 1].key in _QUOTE_MARKS and last + 1 < j:
        last += 1  # a closing quotation mark of the object
    return last, source


def _sources_verb(tokens: list[Token], k: int) -> int | None:
    """For "sources" at token k: the token of a reporting verb after it in the same clause, if any."""
    for j in range(k + 1, min(len(tokens), k + 1 + _REACH)):
        if tokens[j].key in _CLAUSE_END:
            return None
        if tokens[j].key in SOURCE_VERBS:
            return j
    return None


def hedge_items(text: str, tokens: list[Token]) -> list[Item]:
    items: list[Item] = []
    keys = [t.key for t in tokens]
    covered = -1  # the last token of an "according to" object: its "sources" are that hedge
    dates = date_token_ranges(text, tokens)  # "May 12" is no hedge
    for k, key in enumerate(keys):
        if key in HEDGE_WORDS and k not in dates:
            items.append(Item(key, tokens[k].start, tokens[k].end, text[tokens[k].start:tokens[k].end]))
            continue
        if key == "according" and k + 1 < len(keys) and keys[k + 1] == "to":
            last, source = _object_end(tokens, k)
            covered = last
            if source:
                items.append(Item(_ATTRIBUTION, tokens[k].start, tokens[last].end,
                                  text[tokens[k].start:tokens[last].end]))
            continue
        if key == "sources" and k > covered:
            verb = _sources_verb(tokens, k)
            if verb is not None:
                items.append(Item(_ATTRIBUTION, tokens[k].start, tokens[verb].end,
                                  text[tokens[k].start:tokens[verb].end]))
            continue
        for phrase in HEDGE_PHRASES:
            if tuple(keys[k:k + len(phrase)]) == phrase:
                end = tokens[k + len(phrase) - 1].end
                items.append(Item(" ".join(phrase), tokens[k].start, end, text[tokens[k].start:end]))
    return items


def _ranges(pair: Pair, side: int, item: Item) -> tuple[int, int, int, int]:
    """What a one-sided hedge shows: the replaced stretch of the diff when it holds the hedge and other words
    besides, else the hedge words (and the place on the other side)."""
    op = pair.op_at(side, item.start, item.end)
    if op is not None and op.tag == "replace":
        a, b = (op.a_start, op.a_end) if side == 0 else (op.b_start, op.b_end)
        other = (op.b_end - op.b_start) if side == 0 else (op.a_end - op.a_start)
        if a <= item.start and item.end <= b and (b - a) > (item.end - item.start) and other and max(
                op.a_end - op.a_start, op.b_end - op.b_start) <= WIDEST_OP:
            return op.a_start, op.a_end, op.b_start, op.b_end
    at = pair.place(side, item.start, item.end)
    return (item.start, item.end, at, at) if side == 0 else (at, at, item.start, item.end)


def find(pair: Pair) -> list[Change]:
    """Hedges one side has and the other lacks; one hedge for another ("may" / "might") is no change."""
    left = hedge_items(pair.left.text, pair.left.tokens)
    right = hedge_items(pair.right.text, pair.right.tokens)
    lost_l, lost_r = unmatched(left, right)
    swapped = min(len(lost_l), len(lost_r))
    lost_l, lost_r = lost_l[swapped:], lost_r[swapped:]
    out = [make("hedge", pair, _ranges(pair, 1, item), _removed) for item in lost_r]
    return out + [make("hedge", pair, _ranges(pair, 0, item), _added) for item in lost_l]


def _q(text: str) -> str:
    return "'" + " ".join(text.split()) + "'"


def _removed(left: str, right: str) -> str:
    return f"hedge removed: {_q(right)} → {_q(left)}" if left else f"hedge removed: {_q(right)}"


def _added(left: str, right: str) -> str:
    return f"hedge added: {_q(right)} → {_q(left)}" if right else f"hedge added: {_q(left)}"
