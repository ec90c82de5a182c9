"""Attribution in the words right after a quote: `, said Smith`, `, Smith said`, `, she added`.

`AFTER_RULES` are tried in order on those words (leading spaces, commas and dashes stripped); the first hit
wins. A cue opening the words (`said Smith`) is read by `according_to` and the `cue_then_*` rules only, a
cue further on (`Smith said`) by the `*_then_cue` rules only; a participle opening the words (`“…,”
promising the club will return`: the speaker's own, not a source) leaves the quote unattributed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property
from typing import NamedTuple

from ..lexicon import (
    CUE,
    CUE_AFTER,
    DETERMINERS,
    ENGLISH_QUOTES,
    NAME_WORDS,
    SHORT_PARENTHESIS,
    SPACE_CHARS,
    TRAILING_AUXILIARIES,
)
from ..mentions import (
    Attribution,
    Mention,
    bare_name,
    looks_like_source,
    looks_named,
    make_mention,
    noun_phrase_after,
)

#: `Toomey fumed.` / `he shot back,`: a name or pronoun, then a verb in the past ending the clause.
_NAME_VERB = re.compile(r"(" + NAME_WORDS + r"|he|she|they)\s+"
                        r"([a-z]{3,}ed|shot|spoke|went|cut|struck|hit|broke)"
                        r"(?=\s*(?:[.,;]|back\b|on\b|in\b|at\b|during\b|$))")
#: Inverted: a verb in the past, then a name closing the clause: `reacted Trump.`
_VERB_NAME = re.compile(r"([a-z]{3,}ed)\s+(" + NAME_WORDS + r")\s*(?=[.,;]|$)")
#: Inverted, with an appositive: a verb in the past, a description, then the name ending the sentence.
_VERB_APPOSITIVE = re.compile(r"([a-z]{3,}ed|said|says)\s+(?:[^,.;:" + ENGLISH_QUOTES + r"]{2,60}),\s+"
                              r"((?:[a-z][\w’'-]*\s+){0,3}(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'-]+)"
                              r"\s*(?=[.;](?:\s|$)|$)")
#: A described source, then a verb in the past closing the clause: `a staffer in the room wondered.`
_DESCRIPTION_VERB = re.compile(r"((?:a|an|the|one|this|these|those)\s+[\w’' -]{1,60}?)\s+([a-z]{3,}ed)"
                               r"(?=\s*[.,;]|\s*$)")
#: An auxiliary or a copula: a phrase holding one is a clause, not a description of a speaker.
_FINITE = re.compile(r"\b(?:has|have|had|is|are|was|were|be|been|will|would|can|could|should|may|might)\b")
_PLAIN_WORDS = re.compile(r"[\w -]+")
#: What may end a noun phrase after a cue: punctuation, or nothing.
_PHRASE_END = re.compile(r"\s*[^\w\s]|\s*$")
#: A word opening a new clause after a quote: what follows has its own subject (`“…” that Sanders can …`).
_CLAUSE_OPENER = re.compile(r"(?:and|but|while|whereas|for|of|in|on|at|to|from|with|by|than|that|until|"
                            r"because|when|after|before|since|as|if|unless|although|though|where)\s")
#: Punctuation that ends a sentence or opens a quote: a subject holding it is not a subject phrase.
_SENTENCE_PUNCTUATION = re.compile(r"[.!?;:" + ENGLISH_QUOTES + r"]")
#: Periods of titles, initials and state abbreviations (Sen., J., R-Ky.), which do not end a subject phrase.
_ABBREVIATION_DOTS = re.compile(r"\b(?:[A-Z][a-z]{0,3}|[A-Z]\.[A-Z])\.")
#: One capitalised word: `Will`, `Read` (names spelt like other words).
_ONE_WORD_NAME = re.compile(r"[A-Z][a-z’'-]+")
#: The words that may open the object of an inverted cue without being a name.
_OBJECT_OPENERS = ("that", "to", "the", "a", "it", "in", "on")


class InvertedCue(NamedTuple):
    """A cue opening the words after a quote (`said Smith`): the cue, the words after it, and the noun
    phrase opening those."""

    cue: str
    rest: str
    obj: str


@dataclass(frozen=True)
class After:
    """The words after a quote, and what several rules read from them (each once)."""

    text: str

    @cached_property
    def lead_cue(self) -> re.Match[str] | None:
        """The cue verb opening the words."""
        return CUE_AFTER.match(self.text)

    @cached_property
    def inverted(self) -> InvertedCue | None:
        """The cue opening the words with what follows it; None when none does, or for `according to` and
        a participle."""
        m = self.lead_cue
        if m is None:
            return None
        cue = m.group().lower()
        if cue.endswith("ing") or cue.startswith("according"):
            return None
        rest = self.text[m.end():]
        return InvertedCue(cue, rest, noun_phrase_after(rest))

    @cached_property
    def later_cue(self) -> re.Match[str] | None:
        """The first cue verb in the first 160 characters when none opens the words (not `according to`)."""
        if self.lead_cue is not None:
            return None
        m = CUE_AFTER.search(self.text[:160])
        if not m or m.group().lower().startswith("according"):
            return None
        return m

    @cached_property
    def subject(self) -> str:
        """The words before `later_cue`, short parentheses dropped (`Sen. Marco Rubio (R-Fla.) said`)."""
        return SHORT_PARENTHESIS.sub("", self.text[:self.later_cue.start()]) if self.later_cue else ""


AfterRule = Callable[[After], Attribution | None]


def name_verb(a: After) -> Attribution | None:
    """`“...,” Toomey fumed.`: any verb in the past right after a name or a pronoun."""
    m = _NAME_VERB.match(a.text)
    if m and not CUE.fullmatch(m.group(2)):
        mention = make_mention(m.group(1))
        if mention is not None and (mention.named or mention.pronoun):
            return Attribution(mention, m.group(2).lower())
    return None


def verb_name(a: After) -> Attribution | None:
    """`“…” reacted Trump.`: a verb in the past (not a cue), then a name."""
    m = _VERB_NAME.match(a.text)
    if m and not CUE.fullmatch(m.group(1)):
        mention = make_mention(m.group(2))
        if mention is not None and mention.named:
            return Attribution(mention, m.group(1).lower())
    return None


def verb_appositive(a: After) -> Attribution | None:
    """`“…,” exhorted Clinton's introducer, actress Jamie Lee Curtis.`: the name closing the appositive."""
    m = _VERB_APPOSITIVE.match(a.text)
    if m:
        mention = make_mention(m.group(2))
        if mention is not None and mention.named and mention.pronoun is None:
            return Attribution(mention, m.group(1).lower())
    return None


def description_verb(a: After) -> Attribution | None:
    """`“Will he win?” a Democratic staffer in the room wondered.`, `“…,” this Trump look-alike declared`: a
    described source, its verb closing the sentence (not `the access has been undermined`)."""
    m = _DESCRIPTION_VERB.match(a.text)
    if not m or CUE.search(m.group(1)) or _FINITE.search(m.group(1)):
        return None
    mention = make_mention(m.group(1), described=True)
    if mention is None and len(m.group(1).split()) <= 6 and _PLAIN_WORDS.fullmatch(m.group(1)):
        mention = Mention(m.group(1), m.group(1), named=False)  # a short description, whatever its head
    return Attribution(mention, m.group(2).lower()) if mention is not None else None


def according_to(a: After) -> Attribution | None:
    """`“…,” according to Smith.`"""
    m = a.lead_cue
    if m is None or not m.group().lower().startswith("according"):
        return None
    mention = make_mention(noun_phrase_after(a.text[m.end():]))
    return Attribution(mention, "according to") if mention else None


def _opens_object(obj: str) -> bool:
    """Whether the phrase after an inverted cue opens with a word that is not a name (`said the designer`,
    `said that …`), so that only a description of a source may follow."""
    return obj.split(" ", 1)[0].lower() in _OBJECT_OPENERS and not looks_named(obj)


def cue_then_description(a: After) -> Attribution | None:
    """`“…,” said a longtime adviser to Trump, who …`: a source described by its head word; `said the
    designer, who …`: any short description ending its phrase; `said the campaign's sources`."""
    if a.inverted is None or not _opens_object(a.inverted.obj):
        return None
    cue, rest, obj = a.inverted
    if obj.split(" ", 1)[0].lower() in ("a", "an", "the"):
        ends = _PHRASE_END.match(rest[len(rest) - len(rest.lstrip(SPACE_CHARS)) + len(obj):])
        mention = make_mention(obj) or (make_mention(obj, described=True) if ends else None)
        if mention is not None:
            return Attribution(mention, cue)
    if obj.lower().startswith("the ") and looks_like_source(obj):
        mention = make_mention(obj, described=True)
        return Attribution(mention, cue) if mention else None
    return None


def cue_then_name(a: After) -> Attribution | None:
    """`“…,” said Smith.`: a cue, then its speaker."""
    if a.inverted is None or _opens_object(a.inverted.obj):
        return None
    mention = make_mention(a.inverted.obj, described=True)
    return Attribution(mention, a.inverted.cue) if mention else None


def _appositive_subject(a: After) -> str | None:
    """The subject before a later cue when it holds a comma and is short, and no clause opens it."""
    subject = a.subject
    if a.later_cue is None or "," not in subject or len(subject.split()) > 20 \
            or _CLAUSE_OPENER.match(subject):
        return None
    return subject


def name_then_appositive(a: After) -> Attribution | None:
    """`“…,” Bill Eastland, wearing a “Ted Cruz” pin, said`; `Nate Silver, a guru …, said`: the name before
    the comma."""
    subject = _appositive_subject(a)
    if subject is None or a.later_cue is None:
        return None
    head = subject.split(",", 1)[0]
    clean = not _SENTENCE_PUNCTUATION.search(_ABBREVIATION_DOTS.sub("", head))
    mention = make_mention(head) if clean and subject.rstrip().endswith(",") else None
    mention = mention if mention is not None and mention.named else bare_name(head)
    return Attribution(mention, a.later_cue.group().lower()) if mention is not None else None


def appositive_name_then_cue(a: After) -> Attribution | None:
    """`“…,” Duncan Hunter’s chief of staff, Joe Kasper, told`: the name after the last comma."""
    subject = _appositive_subject(a)
    if subject is None or a.later_cue is None:
        return None
    last = bare_name(subject.rstrip(" ,").rsplit(",", 1)[-1].strip())
    return Attribution(last, a.later_cue.group().lower()) if last is not None else None


def _subject_phrase(subject: str) -> str | None:
    """The subject phrase before a later cue: trailing auxiliaries and an appositive dropped; None when it
    opens a clause of its own (`“…” and Donald Trump says …`, `“…” until Haley said`)."""
    raw_subject = subject.strip()
    subject = TRAILING_AUXILIARIES.sub("", " " + subject).strip()
    if not subject and _ONE_WORD_NAME.fullmatch(raw_subject):
        subject = raw_subject  # `“…,” Will wrote.`: a name spelled like an auxiliary, alone before its cue
    if _CLAUSE_OPENER.match(subject):
        return None
    if subject.endswith(","):
        subject = subject[:-1]
        cut = subject.find(",")
        if cut > 0:
            subject = subject[:cut]
    return subject


def subject_then_cue(a: After) -> Attribution | None:
    """`“…,” Smith said.`, `“…,” the campaign said.`: the subject before a later cue."""
    m = a.later_cue
    if m is None:
        return None
    if _SENTENCE_PUNCTUATION.search(_ABBREVIATION_DOTS.sub("", a.subject)) or len(a.subject.split()) > 12:
        return None
    subject = _subject_phrase(a.subject)
    if subject is None:
        return None
    mention = make_mention(subject, described=True)
    if mention is None and _ONE_WORD_NAME.fullmatch(subject.strip()) \
            and subject.strip().lower() not in DETERMINERS and not a.text[m.end():].strip(SPACE_CHARS + ".,"):
        # `“…,” Read said.`: a one-word subject closing the sentence with its cue is a name, even one
        # that usually opens sentences
        mention = Mention(subject.strip(), subject.strip())
    return Attribution(mention, m.group().lower()) if mention else None


#: The rules on the words after a quote, in the order they are tried.
AFTER_RULES: tuple[AfterRule, ...] = (
    name_verb,
    verb_name,
    verb_appositive,
    description_verb,
    according_to,
    cue_then_description,
    cue_then_name,
    name_then_appositive,
    appositive_name_then_cue,
    subject_then_cue,
)
