"""The verdict on a matched pair of quotes, and the words that changed between them.

A fact-checker reads `verbatim` as "these are the speaker's words, unchanged", so the verdict is decided on
the words inside the marks alone, never on the similarity that paired the quotes (which rates a quote found
whole inside a longer one 1.0 so that the pair is found at all). It uses the app's one word diff
(`reader.worddiff`): the same tokens and folding as the detail strip and the export.

The rule, on the tokens of `worddiff.tokenize` (each word, and each punctuation mark on its own, compared
folded: case, quotation-mark style and dash style aside; white space is never a token):

1. Left out on both sides, as they are not words of the speaker: every quotation mark (any style; an
   apostrophe inside a word belongs to the word), an ellipsis opening the quote (`…` or dots: it only says
   the quote starts mid-sentence), and the run of commas, full stops and ellipses closing it (`“We won,” he
   said` against `He said: “We won.”`).
2. `verbatim`: what remains is the same token sequence on both sides.
3. `shortened`: the left quote's remaining tokens are a subsequence of the right one's (in order, gaps
   allowed) and it has fewer words (tokens with a letter or digit): the left cut words of the right.
   `extended`: the same the other way round: the left added words inside the marks.
4. `reworded`: anything else: a word replaced, words both cut and added, or only the punctuation inside the
   quote changed (`!` for `.`, a comma added: the words are the same, the quote is not).

The changes name what the left quote (the retelling) did to the right one (its source), in text order:
`cut` (words only on the right), `added` (only on the left), `replaced` (right words replaced by left words).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..worddiff import DiffOp, Token, token_diff, tokenize
from .model import ChangeKind, QuoteChange, Verdict

#: Quotation marks after `worddiff` folding (every style folds to one of these two).
_QUOTE_MARKS = frozenset({'"', "'"})
#: Tokens that may open a quote without being words of it: an ellipsis.
_OPENING = frozenset({"…", "."})
#: Tokens that may close a quote without being words of it: commas, full stops, an ellipsis.
_CLOSING = frozenset({",", ".", "…"})
#: A diff op's tag, as a change the left quote made to the right one (the diff runs left → right).
_KIND: dict[str, ChangeKind] = {"delete": "added", "insert": "cut", "replace": "replaced"}


def compared_tokens(text: str) -> list[Token]:
    """The tokens of a quote that the verdict compares: rule 1 of the module docstring applied."""
    tokens = [t for t in tokenize(text) if t.key not in _QUOTE_MARKS]
    start, end = 0, len(tokens)
    while start < end and tokens[start].key in _OPENING:
        start += 1
    while end > start and tokens[end - 1].key in _CLOSING:
        end -= 1
    return tokens[start:end]


def _words(tokens: Sequence[Token]) -> int:
    return sum(1 for t in tokens if any(c.isalnum() for c in t.key))


def _leftover(short: Sequence[Token], long_: Sequence[Token]) -> list[tuple[int, int]] | None:
    """The runs of `long_` (token index ranges) left over when `short` is matched into it in order, each
    token at its first possible place; None when `short` is not a subsequence of `long_`."""
    runs: list[tuple[int, int]] = []
    j = 0
    for token in short:
        start = j
        while j < len(long_) and long_[j].key != token.key:
            j += 1
        if j == len(long_):
            return None
        if j > start:
            runs.append((start, j))
        j += 1
    if j < len(long_):
        runs.append((j, len(long_)))
    return runs


def _flat(text: str) -> str:
    return " ".join(text.split())


def _from_diff(op: DiffOp, left: str, right: str) -> QuoteChange:
    return QuoteChange(_KIND[op.tag], _flat(left[op.a_start:op.a_end]), _flat(right[op.b_start:op.b_end]))


def _cuts(runs: list[tuple[int, int]], tokens: Sequence[Token], text: str, kind: ChangeKind,
          right_side: bool) -> tuple[QuoteChange, ...]:
    """Changes of one kind from leftover runs of the longer quote (`right_side`: that quote is the right
    one)."""
    out = []
    for i, j in runs:
        words = _flat(text[tokens[i].start:tokens[j - 1].end])
        out.append(QuoteChange(kind, "" if right_side else words, words if right_side else ""))
    return tuple(out)


def verdict_of(left: str, right: str) -> tuple[Verdict, tuple[QuoteChange, ...]]:
    """The verdict on a left quote against its right counterpart, and the changes (see the module
    docstring for the rule). The changes come from the word diff; when that diff (greedy, not a longest
    common subsequence) does not show a shortened or extended quote as pure cuts or additions, the words
    left over by an in-order matching are listed instead, so the changes always agree with the verdict."""
    lt, rt = compared_tokens(left), compared_tokens(right)
    if [t.key for t in lt] == [t.key for t in rt]:
        return "verbatim", ()
    changes = tuple(_from_diff(op, left, right) for op in token_diff(lt, rt) if op.tag != "equal")
    left_words, right_words = _words(lt), _words(rt)
    if left_words < right_words and (runs := _leftover(lt, rt)) is not None:
        if any(c.kind != "cut" for c in changes):
            changes = _cuts(runs, rt, right, "cut", right_side=True)
        return "shortened", changes
    if right_words < left_words and (runs := _leftover(rt, lt)) is not None:
        if any(c.kind != "added" for c in changes):
            changes = _cuts(runs, lt, left, "added", right_side=False)
        return "extended", changes
    return "reworded", changes
