"""Attribution in the sentence before a quote: `Smith said: `, `According to Smith, `, `X told Y that`.

`BEFORE_RULES` are tried in order on the words before the quote; the first hit wins. One of them,
`reporting_cue`, walks the cue verbs from the last one back and tries `CUE_RULES` on each: a cue rule may
settle its cue without a speaker (`SKIP_CUE`), and the walk goes on to the cue before it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from enum import Enum
from functools import cached_property

from ..lexicon import (
    CLOSING_QUOTES,
    CONJUNCTIONS,
    CUE,
    DATELINE,
    DESCRIBED_LEAD,
    ENGLISH_QUOTES,
    INTRANSITIVE_CUES,
    INVERTED_LEAD_CUES,
    NAME_WORDS,
    PREPOSITIONS,
    REPORTING_VERBS,
    SHORT_PARENTHESIS,
    SPACE_CHARS,
    STRONG_CUES,
    TRAILING_AUXILIARIES,
)
from ..mentions import (
    Attribution,
    Mention,
    bare_name,
    is_capitalized,
    leading_subject,
    looks_named,
    make_mention,
    noun_phrase_after,
)

_SIGNED = re.compile(r"\s[-–—―]\s+(" + NAME_WORDS + r")\s*:\s*$")
#: `From Smith’s statement:` / `In Smith’s letter,`: a quote introduced as taken from someone's writing.
_FROM_WRITING = re.compile(r"(?:^|[.;]\s+|\s)(?:[Ff]rom|[Ii]n)\s+"
                           r"((?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'-]*?)[’']s?\s+"
                           r"(?:[\w-]+\s+){0,2}(?:post|posts|statement|letter|tweet|tweets|speech|remarks|email|"
                           r"e-mail|message|memo|essay|column|op-ed|book|testimony|blog|note|announcement)"
                           r"\s*[:,]\s*$")
#: `… to which O'Malley interjected:`: a name and a verb in the past, then the colon opening the quote.
_NAME_VERB_COLON = re.compile(r"\b(" + NAME_WORDS + r")\s+(?:[a-z]+ly\s+)?[a-z]{3,}ed\s*:\s*$")
#: A sentence opening with a subordinate clause (`As Cruz lamented X, Clinton reached out:`): the cue verbs
#: in it are not the main clause's.
_SUBORDINATE_FIRST = re.compile(r"(?:As|When|While|After|Before|Although|Though|If|Because|Since|Once|"
                                r"Until)\s")
_COMMA_SPACES = re.compile(r",\s+")
_COMMA_SPACE = re.compile(r",\s")
_COMMA_MAYBE_SPACES = re.compile(r",\s*")
_ENDS_WITH_COMMA = re.compile(r",\s*$")
_PASSIVE = re.compile(r"\b(?:was|were|been|being|be|is|are)\s+$")
#: The agent of a passive cue: `was asked by moderator Gerard Baker whether`.
_AGENT = re.compile(r"\s+by\s+([^,;:" + ENGLISH_QUOTES + r"]{2,80}?)"
                    r"(?=\s+(?:whether|if|about|to|that|for|on|in|at|"
                    r"during|after|what|why|how|when)\s|[,;:" + ENGLISH_QUOTES + r"]|\s*$)")
_NAME_AND_COMMA = re.compile(r"\s+[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3},\s*")
_CLOSING_QUOTE = re.compile("[" + CLOSING_QUOTES + "]")
#: A verb then `to` right before the cue: `X interrupted me to announce,` (not `told him to say`).
_INFINITIVE = re.compile(r"\b(?!(?:me|him|her|us|them|you)\s)[a-z]+\s+to\s+$")
_COMMA_OR_COLON = re.compile(r"\s*[,:]\s*")
_WITH_SUBJECT = re.compile(r"\bwith\s+(" + NAME_WORDS + r")\s+"
                           r"(?:[a-z]+ly\s+)?(?:$|[a-z]+ing\b(?!.*\bwith\s)[^.;]*\band\s+$)")
#: Where the last chunk of a subject starts: after punctuation, a dash, a relative or a conjunction.
_CHUNK_START = re.compile(r"[,;:(—–]\s|\s[—–]\s|\s--\s|\(|\b(?:that|what|which|whom)\s"
                          r"|\b(?:and|but|while|when|as|after|before)\s")
#: A subject that is one or some members of a group described before: `Another said`, `One of them wrote`.
_GROUP_MEMBER = re.compile(r"(?:Another|One|Others|Some|Many|Most)(?:\s+of\s+(?:them|those|these))?")
_LABEL = re.compile(r"\s*([A-Z][A-Z’'.-]+(?:\s+[A-Z][A-Z’'.-]+){0,2})\s*:\s*")
_NAME_COLON = re.compile(r"(" + NAME_WORDS + r")\s*:\s*$")
_SHORT_NAME_COLON = re.compile(r"\s((?:[A-Z][\w’'.-]*\s+){0,2}[A-Z][\w’'-]*)\s*:\s*$")
#: What makes the subject of a sentence's first cue too complex for that cue to govern a later one.
_NOT_A_SIMPLE_SUBJECT = re.compile(r"[;" + ENGLISH_QUOTES + r"]|\b(?:who|which|that|whom)\b")
_CLAUSE_BOUNDARY = re.compile(r"[,;" + ENGLISH_QUOTES + r"]|\.\s|\b(?:and|but|or|while|whereas|after|before|"
                              r"when|because|as|since|although|though|if|until|unless)\s")


class Skip(Enum):
    """A cue rule's verdict that its cue is settled without a speaker: the cue before it is tried next."""

    CUE = "skip cue"


SKIP_CUE = Skip.CUE


@dataclass(frozen=True)
class Before:
    """The words before a quote, in its sentence, and what several rules read from them (each once)."""

    text: str

    @cached_property
    def last_char(self) -> str:
        """The last character that is not a space (`:` or `,` introduce a quote), or "" for blank words."""
        return self.text.rstrip()[-1:]

    @cached_property
    def cues(self) -> tuple[re.Match[str], ...]:
        """The cue verbs that may introduce the quote, in order: the strong ones when there is one (`Nance
        said she would like Trump to explain “...”`: the reporting verb, not a later weak cue), and only the
        first when it governs the others (`Obama said he expected that Americans will say “no”`)."""
        matches = list(CUE.finditer(self.text))
        if any(m.group().lower() in STRONG_CUES for m in matches):
            matches = [m for m in matches if m.group().lower() in STRONG_CUES]
        if len(matches) >= 2 and _governs(self.text, matches[0], matches[-1]):
            matches = matches[:1]
        return tuple(matches)


@dataclass(frozen=True)
class Cue:
    """One cue verb in the words before a quote, and the phrases around it that the cue rules read."""

    text: str  # all the words before the quote
    match: re.Match[str]

    @cached_property
    def cue(self) -> str:
        return self.match.group().lower()

    @cached_property
    def end(self) -> int:
        return self.match.end()

    @cached_property
    def head(self) -> str:
        """Everything before the cue."""
        return self.text[:self.match.start()]

    @cached_property
    def rest(self) -> str:
        """Everything after the cue."""
        return self.text[self.match.end():]

    @cached_property
    def inverted_ok(self) -> bool:
        """Whether the cue may have its speaker after it: it opens the sentence, follows a quote, or follows a
        comma and at most a conjunction. (A cue with nothing but a quote before it always may, which is why
        no rule skips a cue for a blank subject.)"""
        head = self.head
        return (not head.strip() or head.rstrip().endswith((",”", ',"', "”", '"'))
                or _COMMA_MAYBE_SPACES.split(head.strip(" ,"))[-1].lower() in CONJUNCTIONS)

    @cached_property
    def subject(self) -> str:
        """The words before the cue after the last quote (`“It’s doable,” Risch told X`: the quote before is
        not part of the subject), without trailing auxiliaries and short parentheses."""
        subject = _CLOSING_QUOTE.split(self.head)[-1]
        subject = TRAILING_AUXILIARIES.sub("", " " + subject).rstrip()
        return SHORT_PARENTHESIS.sub("", subject)  # Gov. John Kasich (R-OH), said

    @cached_property
    def participle(self) -> bool:
        """Whether the cue is a participle or an infinitive hanging on a clause before it: `X echoed the
        sentiment, telling Meduza:`, `X interrupted me to announce,`."""
        infinitive = (_INFINITIVE.search(self.head) is not None
                      and _COMMA_OR_COLON.fullmatch(self.rest) is not None)
        return self.cue.endswith("ing") or infinitive

    @cached_property
    def clauses(self) -> list[str]:
        """The comma-separated clauses before the cue, dateline and trailing auxiliaries dropped."""
        return _COMMA_SPACES.split(DATELINE.sub("", TRAILING_AUXILIARIES.sub("", " " + self.head).strip()))

    @cached_property
    def comma_chunks(self) -> list[str] | None:
        """The chunks of a subject holding two commas or more and ending with one, else None."""
        subject = self.subject
        if subject.endswith(",") and subject[:-1].count(",") >= 1:
            return [c.strip() for c in DATELINE.sub("", subject[:-1]).split(",")]
        return None

    @cached_property
    def chunk(self) -> str:
        """The last chunk of the subject, an appositive after it dropped: `Smith, a spokesman for X, said`."""
        subject = self.subject
        if subject.endswith(","):
            inner = subject[:-1]
            cut = inner.rfind(",")
            subject = inner[:cut] if cut > 0 else inner
        return _CHUNK_START.split(subject)[-1]

    def hit(self, mention: Mention) -> Attribution:
        return Attribution(mention, self.cue, self.end)


BeforeRule = Callable[[Before], Attribution | None]
CueRule = Callable[[Cue], Attribution | Skip | None]


def _named_intro(phrase: str, before: Before) -> Attribution | None:
    """A quote introduced by a colon after a name: the name's mention when it is one."""
    mention = make_mention(phrase)
    if mention is not None and mention.named:
        return Attribution(mention, ":", len(before.text))
    return None


def _governs(before: str, first: re.Match[str], last: re.Match[str]) -> bool:
    """Whether the first cue of a sentence reports the clause holding the later one: a reporting verb
    after a short subject, and no clause boundary (a comma, `and`, `after`, ...) or quote between."""
    if first.group().lower() not in REPORTING_VERBS:
        return False
    subject = _COMMA_SPACE.split(before[:first.start()])[-1]  # `Sunday on CNN, Obama said`
    if len(subject.split()) > 6 or _NOT_A_SIMPLE_SUBJECT.search(subject) or not subject.strip():
        return False
    between = before[first.end():last.start()]
    return not _CLAUSE_BOUNDARY.search(between)


# --- the rules on the whole sentence, in order --------------------------------------------------------------


def signed_headline(b: Before) -> Attribution | None:
    """`Pollsters agree - Carl Bialik: “…”`: a headline, then who is quoted."""
    signed = _SIGNED.search(b.text)
    return _named_intro(signed.group(1), b) if signed else None


def from_writing(b: Before) -> Attribution | None:
    """`From Smith’s Facebook post: “…”`: the writer of the text quoted."""
    written = _FROM_WRITING.search(b.text)
    return _named_intro(written.group(1), b) if written else None


def name_verb_colon(b: Before) -> Attribution | None:
    """`…, to which O'Malley interjected: “…”`: a name and a verb in the past (not a cue), then the colon."""
    verb_colon = _NAME_VERB_COLON.search(b.text)
    if verb_colon and not CUE.search(b.text, verb_colon.start()):
        return _named_intro(verb_colon.group(1), b)
    return None


def last_clause_subject(b: Before) -> Attribution | None:
    """`When Trump suggested …, Rubio fired back forcefully: “…”` / `Hillary shot back, “…”`: the last
    clause's subject speaks, whatever the cue verbs before it."""
    before = b.text
    last_clause = _COMMA_SPACES.split(before.rstrip(SPACE_CHARS + ",:"))[-1]
    longest = 14 if _SUBORDINATE_FIRST.match(before.lstrip()) else 6
    if b.last_char in (":", ",") and not CUE.search(last_clause) and 2 <= len(last_clause.split()) <= longest:
        mention = leading_subject(last_clause)
        if mention is not None and mention.named and not is_capitalized(last_clause.split()[-1]):
            cue = ":" if b.last_char == ":" else last_clause.split()[-1].lower()
            return Attribution(mention, cue, len(before))
    return None


def reporting_cue(b: Before) -> Attribution | None:
    """`Smith said the plan would “fail”`: the last cue verb before the quote, its subject in front of it;
    `CUE_RULES` on each cue from the last one back. The hit's `rule` names the cue rule."""
    for match in reversed(b.cues):
        cue = Cue(b.text, match)
        for rule in CUE_RULES:
            verdict = rule(cue)
            if verdict is SKIP_CUE:
                break
            if isinstance(verdict, Attribution):
                return replace(verdict, rule=rule.__name__)
    return None


def transcript_label(b: Before) -> Attribution | None:
    """`TRUMP: “…”`: a transcript's speaker label."""
    label = _LABEL.fullmatch(b.text)
    return _named_intro(label.group(1).title().replace("’S", "’s"), b) if label else None


def name_before_colon(b: Before) -> Attribution | None:
    """`... pollster Daron Shaw: “...”`: the name right before the colon (`Stated Stone:`: the inverted cue is
    not part of the name; `... — from Russia: “...”`: a place, not the speaker)."""
    if b.last_char != ":":
        return None
    before = b.text
    tail = _NAME_COLON.search(before)
    if tail and len(tail.group(1).split()) > 1 and CUE.fullmatch(tail.group(1).split()[0]):
        tail = _SHORT_NAME_COLON.search(before)
    before_name = before[:tail.start()].split()[-1:] if tail else []
    if tail is None or (before_name and before_name[0].lower() in PREPOSITIONS):
        return None
    return _named_intro(tail.group(1), b)


def subject_before_colon(b: Before) -> Attribution | None:
    """`He then called on X: “...”`: the subject of the sentence, or of its last clause, the colon ends."""
    if b.last_char != ":":
        return None
    mention = leading_subject(b.text) or leading_subject(_COMMA_SPACE.split(b.text)[-1])
    return Attribution(mention, ":", len(b.text)) if mention else None


# --- the rules on one cue verb, in order --------------------------------------------------------------------


def passive_agent(c: Cue) -> Attribution | Skip | None:
    """`Rubio was asked by moderator Gerard Baker whether …`: the agent of a passive cue. Without one,
    `Sanders was asked “...”`, the subject is the one asked, so the cue is skipped (not `Trump is
    telling`)."""
    passive = _PASSIVE.search(c.head) or (not c.head.strip() and c.cue == "asked")  # `Asked by Thrush if …`
    if not passive or c.cue.endswith("ing"):
        return None
    agent = _AGENT.match(c.rest)
    mention = make_mention(agent.group(1)) if agent else None
    if agent is not None and mention is not None and mention.named:
        return Attribution(mention, c.cue, c.end + agent.end())
    return SKIP_CUE


def according_to(c: Cue) -> Attribution | Skip | None:
    """`According to Smith, “…”`: the noun phrase after it, or no speaker for this cue."""
    if not c.cue.startswith("according"):
        return None
    mention = make_mention(noun_phrase_after(c.rest))
    return Attribution(mention, "according to", c.end) if mention else SKIP_CUE


def inverted_after_comma(c: Cue) -> Attribution | None:
    """`…, explained Rosenberg, “…”`: an intransitive cue after a comma, its subject after it."""
    if c.cue in INTRANSITIVE_CUES and _ENDS_WITH_COMMA.search(c.head) and _NAME_AND_COMMA.fullmatch(c.rest):
        inverted = make_mention(c.rest.strip(" ,"))
        if inverted is not None and inverted.named:
            return c.hit(inverted)
    return None


def with_participle(c: Cue) -> Attribution | None:
    """`…, with Trump reportedly yelling: “…”`, `with Trump tweeting that … and asking, “…”`: the name after
    `with`."""
    if not c.participle:
        return None
    with_subject = _WITH_SUBJECT.search(c.head)
    if with_subject:
        mention = make_mention(with_subject.group(1))
        if mention is not None and mention.named:
            return c.hit(mention)
    return None


#: A clause opening with a possessive: `Trayvon’s father`, an appositive when a name stands before it.
_POSSESSIVE_START = re.compile(r"\s*[A-Z][\w.-]*[’']s\s")


def participle_clause_subject(c: Cue) -> Attribution | None:
    """`X echoed the sentiment, telling Meduza: “…”`: the subject of the nearest clause with its verb
    (`Trump went after Bush, saying`), else the nearest name alone (`Salem, New Hampshire,`: maybe a
    place)."""
    if not c.participle:
        return None
    fallback = None
    clauses = c.clauses
    for n in range(len(clauses) - 1, -1, -1):  # the clause nearest the participle is the one it hangs on
        clause = clauses[n]
        mention = leading_subject(clause)
        named_before = bare_name(clauses[n - 1]) if n > 0 and _POSSESSIVE_START.match(clause) else None
        if named_before is not None:
            return c.hit(named_before)  # `Tracy Martin, Trayvon’s father, issued …`: the appositive's name
        if mention and len(clause.split()) > len(mention.text.split()):
            return c.hit(mention)
        fallback = fallback or mention
    return c.hit(fallback) if fallback else None


def participle_described_subject(c: Cue) -> Attribution | None:
    """`One operative inside Trump Tower tried to downplay it, saying “…”`: a described subject."""
    if not c.participle:
        return None
    described = DESCRIBED_LEAD.match(c.clauses[0])
    if described:
        mention = make_mention(described.group(1), described=True)
        if mention is not None and mention.pronoun is None:
            return c.hit(mention)
    return None


def name_before_commas(c: Cue) -> Attribution | None:
    """`Clinton, during a town hall in Columbus, Ohio, said`: the name before the first comma."""
    if c.comma_chunks is None:
        return None
    first = bare_name(c.comma_chunks[0])
    return c.hit(first) if first is not None else None


def name_between_commas(c: Cue) -> Attribution | None:
    """`After winning Ohio, Gov. John Kasich, said`: the name between the last two commas (not `Ohio` after
    a city)."""
    chunks = c.comma_chunks
    if chunks is None:
        return None
    last = bare_name(chunks[-1])
    place = len(chunks[-1].split()) == 1 and is_capitalized(chunks[-2].split()[-1] if chunks[-2] else "")
    return c.hit(last) if last is not None and not place else None


def subject_chunk(c: Cue) -> Attribution | None:
    """`Smith, a spokesman for X, said`, `The campaign said`: the last chunk of the subject, a name or a
    description."""
    mention = make_mention(c.chunk, described=True) if c.chunk.strip() else None
    return c.hit(mention) if mention else None


def group_member(c: Cue) -> Attribution | None:
    """`Another tweeted, “…”`: one more of a group just described, not the last speaker named."""
    chunk = c.chunk.strip()
    if _GROUP_MEMBER.fullmatch(chunk):
        return c.hit(Mention(chunk, chunk, anonymous=True, named=False))
    return None


def chunk_leading_subject(c: Cue) -> Attribution | None:
    """`Priebus later Thursday told Fox News:`: the named subject opening the chunk."""
    if not c.chunk.strip():
        return None
    mention = leading_subject(c.chunk)
    return c.hit(mention) if mention is not None and mention.named else None


def inverted_in_lead(c: Cue) -> Attribution | None:
    """`said Smith, “...`: inverted in the lead, a name after the cue."""
    if not (c.inverted_ok and c.cue in INVERTED_LEAD_CUES):
        return None
    obj = noun_phrase_after(c.rest)
    mention = make_mention(obj) if looks_named(obj) else None
    return c.hit(mention) if mention else None


#: The rules on the whole sentence before a quote, in the order they are tried.
BEFORE_RULES: tuple[BeforeRule, ...] = (
    signed_headline,
    from_writing,
    name_verb_colon,
    last_clause_subject,
    reporting_cue,
    transcript_label,
    name_before_colon,
    subject_before_colon,
)

#: The rules on one cue verb (`reporting_cue`), in the order they are tried.
CUE_RULES: tuple[CueRule, ...] = (
    passive_agent,
    according_to,
    inverted_after_comma,
    with_participle,
    participle_clause_subject,
    participle_described_subject,
    name_before_commas,
    name_between_commas,
    subject_chunk,
    group_member,
    chunk_leading_subject,
    inverted_in_lead,
)
