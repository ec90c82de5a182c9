"""From mentions to speakers: pronouns resolved, and the same person merged within and across articles.

Names are compared after folding accents and case, with titles already dropped by attribution: a surname-only
mention joins the full name it belongs to, and spelling or transliteration variants (Podolak / Podolyak /
Podolyok, Erdogan / Erdoğan) join when rapidfuzz finds the surnames close and the first names compatible.
Descriptions of unnamed sources merge only when they say the same thing ("a source close to the Kremlin" and
"sources close to the Kremlin").
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from .found import FoundQuote
from .lexicon import DETERMINERS, TITLES
from .mentions import Mention, definite_role, gender_of, looks_like_body
from .model import Speaker

#: Quotes closer than this (characters) to an attributed quote without their own attribution share its
#: speaker: split quotes, floating quote paragraphs, continued dialogue.
INHERIT_DISTANCE = 600
SURNAME_SIMILARITY = 80.0
FIRST_NAME_SIMILARITY = 75.0


def fold(name: str) -> list[str]:
    """Name tokens without accents, case, periods and possessives."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = re.sub(r"[’']s\b", "", text)
    return re.findall(r"[^\W_]+", text)


def resolve_mentions(quotes: Sequence[FoundQuote], routes: list[str] | None = None) -> list[Mention | None]:
    """Each quote's speaker mention with pronouns and missing attributions resolved, in text order.

    `he`/`she` take the most recent singular speaker, `they` the most recent one; "the source" takes the most
    recent source described with that word. A direct quote without attribution takes the speaker of the
    quote before it in the same paragraph (split quotes), or, when it opens its paragraph, of the last quote
    (floating quote paragraphs, continued dialogue).

    `routes`, when given, receives for each quote how its speaker was found (for error analysis): "own",
    "pronoun", "description", "split", "paragraph", "reported", "antecedent", "last" or "none".
    """
    resolved: list[Mention | None] = []
    resolver = _Resolver()
    for q in quotes:
        m, route = resolver.resolve(q)
        resolved.append(m)
        if routes is not None:
            routes.append(route)
    return resolved


@dataclass(slots=True)
class _Resolver:
    """What resolving a document's quotes in text order remembers: every speaker found so far (and where),
    the last quote that had one, and the genders learnt from names."""

    history: list[Mention] = field(default_factory=list)
    history_at: list[int] = field(default_factory=list)
    prev: FoundQuote | None = None
    prev_mention: Mention | None = None
    genders: _Genders = field(default_factory=lambda: _Genders())

    def resolve(self, q: FoundQuote) -> tuple[Mention | None, str]:
        """The speaker of the next quote in text order, and the route that found it."""
        for found in (q.mention, q.antecedent):
            if found is not None and found.named:
                self.genders.learn(found)
        m, route = self._own(q)
        if m is None and q.kind == "direct" and q.antecedent is not None and (
                not self.history or self.history_at[-1] < q.antecedent_at):
            # named in a sentence after the last quote: `Smith spoke next. “…”`
            m, route = q.antecedent, "antecedent"
        if m is None and q.kind == "direct" and self.history:
            m, route = self.history[-1], "last"  # an unattributed quote continues the last speaker
        if m is not None:
            self.history.append(m)
            self.history_at.append(q.start)
        if q.kind != "indirect" and m is not None:
            self.prev, self.prev_mention = q, m
        return m, route

    def _own(self, q: FoundQuote) -> tuple[Mention | None, str]:
        """The quote's own mention resolved: a pronoun, a description referring back, or inherited from the
        quote before."""
        m = q.mention
        if m is not None and m.pronoun is not None:
            return self._pronoun(q, m), "pronoun"
        if m is not None and not m.named:
            described = _described(m, q.antecedent, self.history)
            if described is not None:
                return described, "described"
            return _anaphora(m, self.history) or m, "description"
        prev = self.prev
        if (m is None and q.kind == "direct" and prev is not None and q.start - prev.end <= INHERIT_DISTANCE
                and (prev.paragraph == q.paragraph or q.opens_paragraph)):
            if q.opens_paragraph and self.history_at and self.history_at[-1] > prev.start:
                return self.history[-1], "reported"  # `Kerry said that C.`, then a quote paragraph
            return self.prev_mention, "paragraph" if q.opens_paragraph else "split"
        return m, "own" if m is not None else "none"

    def _pronoun(self, q: FoundQuote, m: Mention) -> Mention | None:
        """`he`/`she`: the last singular speaker of that gender, or a person named after them; `they`: the
        last speaker."""
        if m.pronoun == "they":
            return self.history[-1] if self.history else None
        if m.pronoun not in ("he", "she"):
            return None
        want = "m" if m.pronoun == "he" else "f"
        history, genders = self.history, self.genders
        k = next((k for k in range(len(history) - 1, -1, -1) if not _plural(history[k])
                  and genders.of(history[k]) in (want, None)), None)
        if (q.antecedent is not None and (k is None or self.history_at[k] < q.antecedent_at)
                and genders.of(q.antecedent) in (want, None)):
            return q.antecedent  # named after the last quote's speaker: `Smith arrived. “…,” he said`
        return history[k] if k is not None else None


class _Genders:
    """The gender of a document's named speakers, from titles and first names, remembered by surname."""

    def __init__(self) -> None:
        self.by_surname: dict[str, set[str]] = {}

    @staticmethod
    def _direct(m: Mention) -> str | None:
        return gender_of(m)

    def learn(self, m: Mention) -> None:
        gender = self._direct(m)
        names = fold(m.name)
        if gender is not None and names:
            self.by_surname.setdefault(names[-1], set()).add(gender)

    def of(self, m: Mention) -> str | None:
        """"m", "f" or None (unknown, or a surname shared by a man and a woman: Bill and Hillary Clinton)."""
        if not m.named:
            return None
        gender = self._direct(m)
        if gender is not None:
            return gender
        names = fold(m.name)
        seen = self.by_surname.get(names[-1], set()) if names else set()
        return next(iter(seen)) if len(seen) == 1 else None


def _plural(m: Mention) -> bool:
    last = fold(m.name)[-1:] or [""]
    return not m.named and last[0].endswith("s") and last[0] not in ("press", "times", "news")


def _described(m: Mention, antecedent: Mention | None, history: Sequence[Mention]) -> Mention | None:
    """`The Vermont senator said` after `Bernie Sanders endorsed Clinton.`: a definite description of a role
    or a body resolved to the person or body named as the subject just before it (a person for a role, a
    body for `the company`), keeping the description as written; None when nobody fits (it stays a
    description). A one-word person must have spoken before (`Islamic` opening `Islamic State fighters …` is
    not `the president`)."""
    kind = definite_role(m)
    if kind is None or antecedent is None or not antecedent.named:
        return None
    if (kind == "body") != looks_like_body(antecedent.name):
        return None
    names = fold(antecedent.name)
    if kind == "person" and len(names) < 2 and not any(
            h.named and fold(h.name)[-1:] == names for h in history[-50:]):
        return None
    return Mention(m.text, antecedent.name, written=m.name)


def _anaphora(m: Mention, history: Sequence[Mention]) -> Mention | None:
    """ "The source added" refers back to the last source described; "a source close to..." is new."""
    tokens = fold(m.text)
    if len(tokens) != 2 or tokens[0] not in ("the", "this", "that", "these", "those"):
        return None
    head = tokens[1].rstrip("s")
    for h in reversed(history[-50:]):
        if not h.named and head in [t.rstrip("s") for t in fold(h.name)] and h is not m:
            return h
    return None


def _compatible(a: list[str], b: list[str]) -> bool:
    if not a or not b:
        return False
    sa, sb = a[-1], b[-1]
    if min(len(sa), len(sb)) < 5:
        if sa != sb:
            return False
    elif sa[0] != sb[0] or fuzz.ratio(sa, sb) < SURNAME_SIMILARITY:
        return False  # variants keep their first letter (Podolak / Podolyak); Anderson is not Sanders
    if len(a) >= 2 and len(b) >= 2:
        fa, fb = a[0], b[0]
        if len(fa) == 1 or len(fb) == 1:
            return fa[0] == fb[0]
        return fuzz.ratio(fa, fb) >= FIRST_NAME_SIMILARITY
    return True


def _description_key(name: str) -> str:
    tokens = [t for t in fold(name) if t not in DETERMINERS and not t.isdigit()]
    return " ".join(t[:-1] if t.endswith("s") and len(t) > 3 else t for t in tokens)


def _same_description(a: str, b: str) -> bool:
    """One description is the other, maybe spelled differently, maybe with a modifier added."""
    ta, tb = a.split(), b.split()
    if len(ta) > len(tb):
        ta, tb = tb, ta
    if len(ta) < 2:
        return False
    return fuzz.ratio(" ".join(ta), " ".join(tb[:len(ta)])) >= 88


@dataclass(slots=True)
class _Cluster:
    named: bool
    anonymous: bool
    names: list[str] = field(default_factory=list)  # names of the mentions, one per mention
    phrases: list[str] = field(default_factory=list)
    tokens: list[list[str]] = field(default_factory=list)
    key: str = ""
    first: tuple[int, int] = (0, 0)


def merge_speakers(resolved: Sequence[Sequence[Mention | None]],
                   positions: Sequence[Sequence[int]]) -> tuple[list[Speaker], list[list[int | None]]]:
    """Speakers of all documents, and for each document the speaker id of each quote (None if unknown).

    `resolved[d][i]` is the mention of quote i of document d, `positions[d][i]` its offset (for ordering).
    """
    clusters: list[_Cluster] = []
    assignment: dict[tuple[int, int], int] = {}
    items = [(d, i, m) for d, ms in enumerate(resolved) for i, m in enumerate(ms) if m is not None]
    # full names first, so surname-only mentions find the person they belong to
    items.sort(key=lambda x: (not x[2].named, -len(fold(x[2].name)), x[0], positions[x[0]][x[1]]))
    for d, i, m in items:
        pos = (d, positions[d][i])
        if m.named and _bare_title(m):
            titled = _titled_cluster(clusters, fold(m.name)[0])
            if titled is None:  # `Justice vows …` with no justice named: a description, not a named speaker
                m = Mention(m.text, m.name.lower(), anonymous=True, named=False)
        else:
            titled = None
        target = titled if titled is not None else (
            _named_cluster(clusters, m, pos) if m.named else _description_cluster(clusters, m, pos))
        c = clusters[target]
        c.names.append(m.name)
        c.phrases.append(m.text)
        c.first = min(c.first, pos)
        assignment[(d, i)] = target
    return _numbered(clusters, assignment, resolved)


def _bare_title(m: Mention) -> bool:
    """A speaker written as a title alone (`Justice vows to …`, `The Senator said`): nobody's name."""
    toks = fold(m.name)
    return len(toks) == 1 and toks[0] in TITLES


def _titled_cluster(clusters: list[_Cluster], title: str) -> int | None:
    """The one named speaker written with this title somewhere (`Justice Ruth Bader Ginsburg`), if exactly
    one is."""
    found = {k for k, c in enumerate(clusters) if c.named
             and any(fold(p)[:-1].count(title) for p in c.phrases if len(fold(p)) >= 2)}
    return found.pop() if len(found) == 1 else None


def _named_cluster(clusters: list[_Cluster], m: Mention, pos: tuple[int, int]) -> int:
    """The cluster of the person a named mention belongs to (the one with most mentions, an exact name
    first), or a new one."""
    toks = fold(m.name)
    target = None
    best = -1
    for c_id, c in enumerate(clusters):
        if not c.named or not any(_compatible(toks, t) for t in c.tokens):
            continue
        if any(len(t) >= 2 and not _compatible(toks, t) for t in c.tokens):
            continue  # Bill Clinton does not join Hillary Clinton
        weight = len(c.names) + (100 if any(t == toks for t in c.tokens) else 0)
        if weight > best:
            target, best = c_id, weight
    if target is None:
        clusters.append(_Cluster(True, False, key=" ".join(toks), first=pos))
        target = len(clusters) - 1
    c = clusters[target]
    if toks not in c.tokens:
        c.tokens.append(toks)
    return target


def _description_cluster(clusters: list[_Cluster], m: Mention, pos: tuple[int, int]) -> int:
    """The cluster of an unnamed source saying the same thing, or a new one."""
    key = _description_key(m.name)
    # `Another`, `Some`: nothing but determiners, so nothing says two such mentions are one source
    target = next((k for k, c in enumerate(clusters) if not c.named and c.key == key), None) \
        if key else None
    if target is None and len(key.split()) >= 2:  # "Medusa sources", "Meduza's sources close to"
        target = next((k for k, c in enumerate(clusters)
                       if not c.named and _same_description(key, c.key)), None)
    if target is None:
        clusters.append(_Cluster(False, m.anonymous, key=key, first=pos))
        target = len(clusters) - 1
    return target


def _numbered(clusters: list[_Cluster], assignment: dict[tuple[int, int], int],
              resolved: Sequence[Sequence[Mention | None]]) -> tuple[list[Speaker], list[list[int | None]]]:
    """Speakers numbered in order of first mention, and each quote's speaker id."""
    order = sorted(range(len(clusters)), key=lambda k: clusters[k].first)
    new_id = {old: new for new, old in enumerate(order)}
    speakers = []
    for old in order:
        c = clusters[old]
        name = _display_name(c)
        aliases = sorted({n for n in (*c.names, *c.phrases) if n != name and n.strip()})
        # a description that resolved to nobody is not a named speaker: listed with the anonymous sources
        speakers.append(Speaker(new_id[old], name, aliases, c.anonymous or not c.named, [], c.named))
    ids = [[new_id[assignment[(d, i)]] if (d, i) in assignment else None for i in range(len(ms))]
           for d, ms in enumerate(resolved)]
    return speakers, ids


def _display_name(c: _Cluster) -> str:
    if not c.named:
        return c.names[0]
    longest = max(len(fold(n)) for n in c.names)
    candidates = Counter(n for n in c.names if len(fold(n)) == longest)
    return candidates.most_common(1)[0][0]
