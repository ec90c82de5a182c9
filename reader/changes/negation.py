"""`negation`: a statement turned into its opposite ("was" / "was not", "can" / "cannot", "never").

Negations are counted per side; "did not" and "didn't" are one negation each, so a contraction is no change.
"not only" and the like are not counted.

A negation one side has more of is a change only when the other side states the same thing with another
number of negations: a content word the negation governs (the first ones after it in its clause, or before
it when the clause ends there, as German "Er kommt nicht.") is in the other passage, and everywhere it is
there it has fewer or more negations within reach. Two outlets retelling a story restructure their sentences
("did not want to address" / "has no comment"), and a count alone then reports a negation change that is none.
"""

from __future__ import annotations

from ..worddiff import Token
from .lexicon import FUNCTION_WORDS, NEGATION_SCOPE_SKIP, NEGATIONS, NOT_NEGATING_AFTER
from .model import Change
from .pairing import Item, Pair, changes_of

#: Content words looked at on each side of a negation, and how far (in tokens) a negation governs.
SCOPE_WORDS = 2
SCOPE_TOKENS = 5


def _negates(tokens: list[Token], k: int) -> bool:
    key = tokens[k].key
    if key.endswith("n't") or key.endswith("n'"):
        key = "n't"
    nxt = tokens[k + 1].key if k + 1 < len(tokens) else ""
    return key in NEGATIONS and nxt not in NOT_NEGATING_AFTER


def _content(token: Token) -> bool:
    key = token.key
    return (len(key) >= 3 and key.isalpha() and key not in FUNCTION_WORDS and key not in NEGATION_SCOPE_SKIP
            and key not in NEGATIONS)


def _scope(tokens: list[Token], k: int) -> list[int]:
    """Where the content words negation `k` governs are: the first after it in its clause, else the last
    before it."""
    for step in (1, -1):
        found: list[int] = []
        n = k + step
        while 0 <= n < len(tokens) and abs(n - k) <= SCOPE_TOKENS and tokens[n].key[:1].isalnum():
            if _content(tokens[n]):
                found.append(n)
                if len(found) == SCOPE_WORDS:
                    break
            n += step
        if found:
            return found
    return []


def _same_word(a: str, b: str) -> bool:
    """The same word up to inflection: "hire" / "hired", "approve" / "approval" (a shared start of 5)."""
    n = min(len(a), len(b), 5)
    return a[:n] == b[:n] and (n == 5 or abs(len(a) - len(b)) <= 2)


def _negations_near(tokens: list[Token], negations: list[int], n: int) -> int:
    return sum(1 for k in negations if abs(k - n) <= SCOPE_TOKENS)


def _stated_otherwise(tokens: list[Token], negs: list[int], other: list[Token], other_negs: list[int],
                      k: int) -> bool:
    """Whether the other side has a word negation `k` governs with another number of negations around it
    (none: "was" / "was not"; one: "don't trust anyone to" / "don't trust anyone not to") and nowhere with
    the same number."""
    counts = set()
    for n in _scope(tokens, k):
        mine = _negations_near(tokens, negs, n)
        counts |= {_negations_near(other, other_negs, q) != mine for q, t in enumerate(other)
                   if _same_word(t.key, tokens[n].key)}
    return counts == {True}


def _negations(tokens: list[Token]) -> list[int]:
    """The token positions of the negations."""
    return [k for k in range(len(tokens)) if _negates(tokens, k)]


def _changed(text: str, tokens: list[Token], negs: list[int], other: list[Token], other_negs: list[int],
             extra: int) -> list[Item]:
    """The first `extra` negations of a side that the other side states otherwise."""
    found = [k for k in negs if _stated_otherwise(tokens, negs, other, other_negs, k)][:extra]
    return [Item("not", tokens[k].start, tokens[k].end, text[tokens[k].start:tokens[k].end]) for k in found]


def _describe(left: str, right: str) -> str:
    return f"negation changed: '{' '.join(right.split())}' → '{' '.join(left.split())}'"


def find(pair: Pair) -> list[Change]:
    lt, rt = pair.left.tokens, pair.right.tokens
    lneg, rneg = _negations(lt), _negations(rt)
    # Only the side with more negations can have one the other side states otherwise; no more of them are
    # reported than it has more (in text order).
    extra = abs(len(lneg) - len(rneg))
    if not extra:
        return []
    if len(lneg) > len(rneg):
        left, right = _changed(pair.left.text, lt, lneg, rt, rneg, extra), []
    else:
        left, right = [], _changed(pair.right.text, rt, rneg, lt, lneg, extra)
    return changes_of("negation", pair, left, right, _describe, in_order=False)
