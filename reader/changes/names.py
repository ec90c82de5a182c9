"""`name`: a person, place or organisation on one side replaced by a different one on the other ("Putin" for
"Moscow"); a respelling of the same name (Podolak / Podolyak, Kiev / Kyiv, Erdogan / Erdoğan) is a `name`
change with `spelling=True`.

A name is a run of capitalised words not at a sentence start. In a title-case sentence (a headline:
`Anthony Weiner Reportedly Caught In Yet Another Sext Scandal`) capitals say nothing, so a run there is a name
only as far as its words are capitalised in the article's other sentences too. A name counts as present on
the other side when one of its words is there (so "Zelensky" matches "Volodymyr Zelensky", and "Ukraine"
"Ukrainian" by a shared five-letter start). Only replacements are reported, and only inside one step of the
word diff: a name merely left out is paraphrase more often than not."""

from __future__ import annotations

import unicodedata
from difflib import SequenceMatcher

from ..document import Document
from ..text.chrome import title_case
from ..worddiff import Token
from .lexicon import GERMAN_MARKERS, MONTHS, NOT_NAMES, WEEKDAYS
from .model import Change
from .pairing import Item, Pair, make
from .passage import Passage, item_tokens

_OPENERS = {".", "!", "?", '"', "'", ":", "(", "-", ";"}


def fold(word: str) -> str:
    """A word without accents, case or apostrophe tail ("Erdoğan" → "erdogan", "Kremlin's" → "kremlin")."""
    word = word.split("'")[0].split("’")[0]
    return "".join(c for c in unicodedata.normalize("NFKD", word.casefold()) if not unicodedata.combining(c))


def name_items(text: str, tokens: list[Token]) -> list[Item]:
    items: list[Item] = []
    run: list[Token] = []

    def close() -> None:
        if run:
            items.append(Item(" ".join(fold(t.key) for t in run), run[0].start, run[-1].end,
                              text[run[0].start:run[-1].end]))
            run.clear()

    for k, t in enumerate(tokens):
        word = text[t.start:t.end]
        initial = k == 0 or tokens[k - 1].key in _OPENERS
        plain = _plain(t.key)
        if (word[:1].isupper() and word[:1].isalpha() and fold(t.key) not in NOT_NAMES and plain not in MONTHS
                and plain not in WEEKDAYS and not initial and len(word) > 1):
            run.append(t)
        else:
            close()
    close()
    return items


def _plain(word: str) -> str:
    """A word without case or apostrophe tail, accents kept (so "Erdoğan" / "Erdogan" is a respelling)."""
    return word.split("'")[0].split("’")[0].casefold()


def _capitalised(text: str, tokens: list[Token]) -> set[str]:
    """The capitalised words of a passage (a name is found again among names, not in "the court")."""
    return {_plain(t.key) for t in tokens if text[t.start:t.start + 1].isupper()}


def _known(name: Item, words: set[str]) -> bool:
    for part in (_plain(w) for w in name.text.split()):
        if part in words or (len(part) >= 5 and any(_stem_match(part, w) for w in words if len(w) >= 5)):
            return True
    return False


def _stem_match(a: str, b: str) -> bool:
    """One word is the other with an ending ("Russia" / "Russian", "Ukraine" / "Ukrainian")."""
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    return long_.startswith(short) or long_.startswith(short[:-1])


def respelling(a: str, b: str) -> bool:
    """Whether two names are one name spelled two ways (accents, a letter or two, transliteration)."""
    fa, fb = fold(a), fold(b)
    if fa == fb:
        return True
    if not fa or not fb or fa[0] != fb[0]:
        return False
    return SequenceMatcher(None, fa, fb).ratio() >= 0.74


def german(tokens: list[Token]) -> bool:
    """Whether a passage reads as German (at least two German function words, one word in ten)."""
    hits = sum(1 for t in tokens if t.key in GERMAN_MARKERS)
    return hits >= 2 and hits * 10 >= len(tokens)


# The last documents' capitalised words outside title case, by id (checked against the document itself):
# a pair's changes are found link by link, and each link would otherwise read its whole article again.
_BODY_CAPITALS: dict[int, tuple[Document, frozenset[str]]] = {}


def _body_capitals(doc: Document) -> frozenset[str]:
    """The words an article capitalises inside its sentences that are not in title case."""
    kept = _BODY_CAPITALS.get(id(doc))
    if kept is not None and kept[0] is doc:
        return kept[1]
    words: set[str] = set()
    for s in doc.sentences:
        if not title_case(s.text):
            words |= {n.value for n in name_items(s.text, item_tokens(s.text))}
    found = frozenset(w for value in words for w in value.split())
    if len(_BODY_CAPITALS) >= 8:
        _BODY_CAPITALS.clear()
    _BODY_CAPITALS[id(doc)] = (doc, found)
    return found


def _names(passage: Passage) -> list[Item]:
    """The passage's names; in a title-case sentence, the runs of their words the article writes as names
    elsewhere (`Weiner` of `Weiner Reportedly Caught`)."""
    out: list[Item] = []
    for n in name_items(passage.text, passage.tokens):
        if not title_case(passage.doc.sentences[passage.span(n.start, n.end).sentence].text):
            out.append(n)
            continue
        known = _body_capitals(passage.doc)
        run: list[Token] = []
        for t in [*item_tokens(n.text), None]:
            if t is not None and fold(t.key) in known:
                run.append(t)
            elif run:
                a, b = n.start + run[0].start, n.start + run[-1].end
                out.append(Item(" ".join(fold(r.key) for r in run), a, b, passage.text[a:b]))
                run = []
    return out


def find(pair: Pair) -> list[Change]:
    if german(pair.left.tokens) or german(pair.right.tokens):
        return []
    left = _names(pair.left)
    right = _names(pair.right)
    lwords = _capitalised(pair.left.text, pair.left.tokens)
    rwords = _capitalised(pair.right.text, pair.right.tokens)
    lost_l = [n for n in left if not _known(n, rwords)]
    lost_r = [n for n in right if not _known(n, lwords)]
    out: list[Change] = []
    for li in lost_l:
        op = pair.op_at(0, li.start, li.end)
        if op is None or op.tag != "replace":
            continue
        ri = next((r for r in lost_r if op.b_start <= r.start < op.b_end), None)
        if ri is None:
            continue
        lost_r.remove(ri)
        spelling = respelling(li.text, ri.text)
        what = "name respelled" if spelling else "name changed"
        out.append(make("name", pair, (li.start, li.end, ri.start, ri.end),
                        lambda lt, rt, w=what: f"{w}: '{rt}' → '{lt}'", spelling=spelling))
    return out
