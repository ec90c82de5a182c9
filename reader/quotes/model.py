"""The quotes model: quotes found in one or two documents, their speakers, and matches across the documents.

Offsets are into `Document.text` of the document a quote belongs to. A quote in one piece has
`text[start:end] == quote.text`; a speech split by its attribution (`“X,” she said. “Y.”`) spans both halves
(`start`, `end`) and lists them in `parts`, and its `text` is the words of the parts only, never the
attribution between them.
Nothing here imports Textual.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

QuoteKind = Literal["direct", "partial", "indirect"]
#: How the left quote of a pair renders its counterpart on the right (`verdict.verdict_of` has the exact
#: rule): the same words, some of them cut, words added, other changes, or no counterpart ("only").
Verdict = Literal["verbatim", "shortened", "extended", "reworded", "only"]
#: One word-level change of a matched pair: words of the right quote missing on the left ("cut"), words
#: only on the left ("added"), or words of the right quote replaced by others on the left ("replaced").
ChangeKind = Literal["cut", "added", "replaced"]


@dataclass(frozen=True, slots=True)
class Quote:
    """One quote: the words inside the quote marks (or the reported clause, for indirect speech)."""

    id: int  # position in QuoteReport.quotes
    doc: int  # index into QuoteReport.documents (0 = left, 1 = right)
    start: int
    end: int
    text: str
    kind: QuoteKind
    speaker: int | None  # Speaker.id
    sentence: int | None  # id of the Document sentence containing `start`
    cue: str | None = None
    #: the speaker as named at this quote, pronouns resolved ("Podolak" where the speaker is "Mykhailo
    #: Podolyak"): how this article names them here, which the merged `Speaker.name` does not show
    named_as: str | None = None
    #: the attribution rules that gave the quote its speaker (or decided it has none), most general first,
    #: joined by "/" ("context.cue_after/after.cue_then_name", "context.cue_before/…/resolve.pronoun"), so
    #: errors can be counted by rule; None when no rule applied
    rule: str | None = None
    #: the pieces of the quote inside its marks as (start, end) offsets, in order: one for most quotes, two or
    #: more for a speech split by its attribution; `text` is their words joined by a space
    parts: tuple[tuple[int, int], ...] = ()
    #: whether the quote is someone's speech, as the speaker lists show it: a direct quote, or a partial
    #: quote credited to a speaker by a cue (a reported clause holding quoted words, `Smith said the plan
    #: was “a mess”`); False for scare quotes, titles, quoted words in a headline and partial quotes nobody
    #: is credited with. Indirect speech is its own kind and is False here.
    speech: bool = False

    def pieces(self) -> tuple[tuple[int, int], ...]:
        """The spans of the quote's own words (`parts`, or the one span `start`-`end`)."""
        return self.parts or ((self.start, self.end),)

    def to_json(self) -> dict[str, object]:
        return {"doc": self.doc, "start": self.start, "end": self.end, "text": self.text,
                "speaker": self.speaker, "kind": self.kind, "sentence": self.sentence, "cue": self.cue,
                "named_as": self.named_as, "rule": self.rule,
                "parts": [list(p) for p in self.pieces()], "speech": self.speech}


@dataclass(slots=True)
class Speaker:
    """A person, body or anonymous source, merged over all its mentions in both documents.

    `named`: a name (`Bernie Sanders`, `GunBroker.com`), or else a description of a source that no mention
    resolves to a name (`a source close to the Kremlin`, `the company`); such a speaker is always
    `anonymous` too, so lists that set anonymous sources apart never show a description as a named speaker.
    """

    id: int
    name: str
    aliases: list[str] = field(default_factory=list)
    anonymous: bool = False
    quotes: list[int] = field(default_factory=list)  # quote ids
    named: bool = True
    _docs: list[int] = field(default_factory=list, repr=False)  # the doc of each quote, filled by the report

    def count(self, doc: int) -> int:
        """How many of this speaker's quotes are in document `doc`."""
        return sum(1 for d in self._docs if d == doc)


@dataclass(frozen=True, slots=True)
class QuoteChange:
    """One change between a left quote and its counterpart: the words as written on each side ("" on the
    side that has none), so a fact-checker sees what the retelling cut, added or replaced."""

    kind: ChangeKind
    left: str
    right: str

    def to_json(self) -> dict[str, object]:
        return {"kind": self.kind, "left": self.left, "right": self.right}


@dataclass(frozen=True, slots=True)
class QuoteMatch:
    """A quote and its counterpart in the other document; one side is None for "only in this article".

    `changes` lists, in text order, what differs in the words of a pair (empty for "verbatim" and "only")."""

    left: int | None
    right: int | None
    similarity: float
    verdict: Verdict
    changes: tuple[QuoteChange, ...] = ()

    def to_json(self) -> dict[str, object]:
        return {"left": self.left, "right": self.right, "similarity": round(self.similarity, 4),
                "verdict": self.verdict, "changes": [c.to_json() for c in self.changes]}


@dataclass(slots=True)
class QuoteReport:
    """Everything `reader` knows about the quotes of one or two documents."""

    documents: list[str]
    quotes: list[Quote]
    speakers: list[Speaker]
    matches: list[QuoteMatch]
    _match_index: dict[int, int] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self.reindex()

    def reindex(self) -> None:
        """Rebuild the lookups after quotes, speakers or matches changed."""
        self._match_index = {}
        for n, match in enumerate(self.matches):
            for qid in (match.left, match.right):
                if qid is not None:
                    self._match_index.setdefault(qid, n)
        for speaker in self.speakers:
            speaker._docs = [self.quotes[q].doc for q in speaker.quotes]

    def match_of(self, quote_id: int) -> QuoteMatch | None:
        """The match a quote takes part in (its first one, when a quote has several counterparts)."""
        n = self._match_index.get(quote_id)
        return None if n is None else self.matches[n]

    def named_differently(self, quote: Quote) -> str | None:
        """How the speaker is named at this quote, when that is not just part of the speaker's name: a
        spelling variant ("Podolak" for "Mykhailo Podolyak") or a description; None for "Trump" under
        "Donald Trump" or for a quote without a speaker."""
        if quote.speaker is None or not quote.named_as:
            return None
        words = set(re.findall(r"[^\W_]+", self.speakers[quote.speaker].name.casefold()))
        here = re.findall(r"[^\W_]+", quote.named_as.casefold())
        return quote.named_as if here and not set(here) <= words else None

    def to_json(self) -> dict[str, object]:
        def brief(q: Quote) -> dict[str, object]:
            return {"doc": q.doc, "start": q.start, "end": q.end, "text": q.text, "kind": q.kind,
                    "sentence": q.sentence}

        return {
            "documents": list(self.documents),
            "speakers": [
                {"id": s.id, "name": s.name, "aliases": list(s.aliases), "anonymous": s.anonymous,
                 "named": s.named, "quotes": [brief(self.quotes[q]) for q in s.quotes]}
                for s in self.speakers
            ],
            "quotes": [q.to_json() for q in self.quotes],
            "matches": [m.to_json() for m in self.matches],
        }
