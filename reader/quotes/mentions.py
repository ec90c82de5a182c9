"""Speaker mentions: a phrase next to a quote's cue turned into a name, a pronoun or a description.

A mention is a name (titles dropped, appositives cut off), a pronoun (resolved later to the most recent
fitting speaker) or the description of an unnamed source ("a source close to the Kremlin").
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from .lexicon import (
    ANONYMOUS_HEADS,
    BODY_HEADS,
    CONNECTORS,
    DATELINE,
    DESCRIBED_LEAD,
    DETERMINERS,
    ENGLISH_QUOTES,
    FEMALE_FIRST,
    FEMALE_WORDS,
    MALE_FIRST,
    MALE_WORDS,
    NOT_NAMES,
    PREPOSITIONS,
    PRONOUNS,
    RELATIVE_PRONOUNS,
    ROLE_HEADS,
    SPACE_CHARS,
    SUBORDINATORS,
    TITLE_WORDS,
    TITLES,
)


@dataclass(frozen=True, slots=True)
class Mention:
    """How a quote's speaker is written next to it."""

    text: str  # the phrase as written
    name: str  # the name without titles, or the description of an unnamed source
    anonymous: bool = False
    pronoun: str | None = None  # "he", "she", "they"... to be resolved
    named: bool = True  # False for descriptions ("the Republican nominee", "a source close to the Kremlin")
    #: for a description resolved to the person or body it describes (`The Vermont senator` -> Bernie
    #: Sanders): the description as written, which is how the article names the speaker at this quote
    written: str | None = None


@dataclass(frozen=True, slots=True)
class Attribution:
    """Who said a quote, and with which cue."""

    mention: Mention | None
    cue: str | None
    cue_end: int = -1  # where the cue ends in the text searched (attribution_before only)
    #: The attribution rule that found it (`"before.colon_intro"`), for error analysis: not part of the
    #: result, so it takes no part in equality and is not exported.
    rule: str = field(default="", compare=False)


#: What is trimmed off a phrase's ends before it is read: spaces, punctuation, quotes, brackets.
_PHRASE_EDGES = " ,;:—–-\"“”‘’'()[]\n"
_WORD = re.compile(r"[\w’'.\-]+")
#: Where the head of a phrase ends: an appositive, a relative clause, a prepositional phrase, a second verb.
_CUT = re.compile(r",|\(|\s(?:who|whose|which|close\s+to|familiar\s+with|from|in|at|with|during|on|while|"
                  r"when|after|before|as|because|but|and\s+(?:also\s+)?(?=[a-z]+ed\b))\s", re.IGNORECASE)
#: A conjunction opening the phrase: `and Smith`, `even Smith` (not `even though`).
_LEAD = re.compile(r"^(?:and|but|or|so|as|while|when|then|yet|that|where|because|since|though|although|"
                   r"even(?!\s+(?:though|if|as|so|when|after|before|with)\b))\s+", re.IGNORECASE)
#: Two speakers joined by `and`, each with a capitalised name: `state Senate leader Phil Berger and House
#: Speaker Tim Moore`.
_CONJOINED = re.compile(r"((?:[\w’'.-]+\s+){0,3}[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*)\s+and\s+"
                        r"((?:[\w’'.-]+\s+){0,3}[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*)")
#: Role heads spelt capitalised at the start of a sentence but not part of a name (`Sources close to …`);
#: `Post` and `Times` are kept, as they name newspapers.
_LOWER_CASE_HEADS = ROLE_HEADS - TITLES - {"post", "times"}
#: Auxiliaries and modals: a phrase holding one is a clause (`the questioning will start with X`), not a
#: description of a source.
_AUXILIARIES = frozenset({"will", "would", "is", "was", "are", "were", "has", "have", "had", "can", "could",
                          "should", "must", "may", "might", "does", "did", "do"})
#: A noun phrase up to punctuation; a period ends it unless it closes a title or an initial (Dr. Harold
#: Varmus, J. Smith).
_NOUN_PHRASE = re.compile(r"(?:[^,.;:!?()" + ENGLISH_QUOTES + r"«»\n—–]|(?<=\b[A-Z])\.|"
                          r"(?:(?<=Dr)|(?<=Mr)|(?<=Ms)|(?<=Mrs)|(?<=Sen)|(?<=Rep)|"
                          r"(?<=Gov)|(?<=Gen)|(?<=Lt)|(?<=Col)|(?<=St)|(?<=Jr)|(?<=Sr)|(?<=Prof)|(?<=Rev))\.)*")
#: A clause word ending a noun phrase.
_NOUN_PHRASE_END = re.compile(r"\s(?:in|on|during|while|when|after|before|at|as|because|and|but|that|to|"
                              r"about|who|which|of\s+the\s+(?:campaign|company))\s")


def definite_role(m: Mention) -> str | None:
    """`The Vermont senator`, `the company`: a definite description of a role or a body, which refers back to
    someone the article has named: "person" or "body" by its head word, else None (`a source`, `the
    statement`, a name)."""
    if m.named or m.pronoun is not None or m.anonymous:
        return None
    words = _WORD.findall(m.text)
    if not 2 <= len(words) <= 6 or words[0].lower() not in ("the", "this", "that"):
        return None
    head = words[-1].lower()
    if head in BODY_HEADS:
        return "body"
    return "person" if head in ROLE_HEADS or head in ANONYMOUS_HEADS else None


def looks_like_body(name: str) -> bool:
    """`Trayvon Martin Foundation`, `GunBroker.com`, `NBC`: the name of a body rather than of a person."""
    words = name.split()
    return any(w.lower().strip(".,") in BODY_HEADS for w in words) or ".com" in name.lower() or (
        len(words) == 1 and words[0].isupper() and len(words[0]) >= 2)


def is_capitalized(word: str) -> bool:
    """Whether a word starts with a capital: a candidate name word."""
    return word[:1].isupper()


def make_mention(phrase: str, described: bool = False) -> Mention | None:
    """Turn a subject phrase into a mention, or None when it does not look like a speaker.

    `described`: the phrase is the subject of a cue verb, so a description such as "the former pollster" or
    "the letter" is taken as the source even when its head is not a known source word.
    """
    # two apostrophes stand for a quotation mark: what is before them is quoted text, not the speaker
    phrase = _LEAD.sub("", phrase.rsplit("''", 1)[-1].strip(_PHRASE_EDGES))
    if not phrase:
        return None
    low = phrase.lower()
    if low in PRONOUNS or low in RELATIVE_PRONOUNS:
        pronoun = "he" if low in RELATIVE_PRONOUNS else low
        return Mention(phrase, phrase, pronoun=pronoun, named=False)
    if _caps_heading(phrase):
        return None  # a heading in capitals run into its paragraph: `SAVE A QUARTER Let’s say`
    head = _CUT.split(phrase, maxsplit=1)[0].strip()
    first = _first_of_two(phrase, head)
    if first is not None:
        return first
    words = _WORD.findall(head)
    if len(words) > 9:
        lead = _name_before_preposition(words)
        return Mention(phrase, lead) if lead else None  # `Jane Roe of the … Center for … Studies`
    if not words or words[0].lower() in PRONOUNS:
        return None
    return _name_or_description(phrase, words, described)


def _caps_heading(phrase: str) -> bool:
    """A phrase opening with three words in capitals (`TEAM REFUSES TO STAY`), or two run into a capitalised
    word (`ROLL TIDE Alabama`): a heading, not a name (`USA TODAY reported`, `FBI Director James B. Comey`,
    `super PAC Priorities USA Action` are names)."""
    words = phrase.split()
    run = 0  # the words in capitals opening the phrase (`SAVE A QUARTER`)
    while run < len(words) and words[run].strip("’'").isalpha() and words[run].isupper():
        run += 1
    long_words = sum(1 for w in words[:run] if len(w) >= 2)
    return long_words >= 3 or (long_words >= 2 and run < len(words) and words[run][:1].isupper())


def _first_of_two(phrase: str, head: str) -> Mention | None:
    """`Senate leader Phil Berger and House Speaker Tim Moore`: the first of two named speakers, else None.

    Two bare words (`Procter and Gamble`) are as often one company's name, so they stay one name.
    """
    both = _CONJOINED.fullmatch(head)
    if both is None or (" " not in both.group(1).strip() and " " not in both.group(2).strip()):
        return None
    first, second = make_mention(both.group(1)), make_mention(both.group(2))
    if first is not None and first.named and second is not None and second.named:
        return Mention(phrase, first.name)
    return None


def _name_or_description(phrase: str, words: list[str], described: bool) -> Mention | None:
    """The name heading the words of a phrase, else the description of a source, else None."""
    body = list(words)
    while body and body[0].lower() in DETERMINERS:
        body = body[1:]
    if not body:
        return None
    if body[0].lower() in ANONYMOUS_HEADS or body[0].lower() in _LOWER_CASE_HEADS:
        body[0] = body[0].lower()  # "Sources close to the Kremlin" at the start of a sentence
    plural_head = body[0] in ANONYMOUS_HEADS and body[0].endswith("s")
    name = None if plural_head else _head_name(body)
    if name:
        return Mention(phrase, name)
    description = " ".join(_WORD.findall(phrase)[:10])
    anonymous = any(w.lower() in ANONYMOUS_HEADS for w in body)
    if not anonymous and not (len(body) <= 4 and body[-1].lower() in ROLE_HEADS) and not (
            described and _plausible_description(words, body)):
        return None  # "the plan", "Putin's statements": not a speaker
    return Mention(phrase, description, anonymous=anonymous, named=False)


def _name_before_preposition(words: list[str]) -> str | None:
    """The name opening a long phrase when a preposition follows it at once: `Jane Roe of the …`."""
    k = 0
    while k < len(words) and k < 4 and is_capitalized(words[k]) and not _not_a_name(words[k]) \
            and words[k].lower() not in DETERMINERS:
        k += 1
    if k == 0 or k >= len(words) or words[k].lower() not in PREPOSITIONS:
        return None
    return _strip_titles(words[:k])


def bare_name(chunk: str) -> Mention | None:
    """A chunk that is nothing but a name, titles allowed: `Gov. John Kasich`, `Cory James` (not `Ohio`,
    when it follows a city), else None."""
    words = chunk.split()
    if not words or len(words) > 5 or not all(is_capitalized(w) or w in CONNECTORS for w in words):
        return None
    if _not_a_name(words[0]) or words[0].lower() in DETERMINERS:
        return None
    mention = make_mention(chunk)
    return mention if mention is not None and mention.named else None


def _plausible_description(words: list[str], body: list[str]) -> bool:
    """`The former pollster`, `The letter`: a short determiner phrase ending in a plain word."""
    last = body[-1].lower()
    return (len(body) <= 8 and words[0].lower() in DETERMINERS | {"his", "her", "their"}
            and last.replace("-", "").isalpha() and last not in NOT_NAMES and not last.endswith("ly")
            and last not in PRONOUNS and len(last) >= 2
            and not any(w.lower() in _AUXILIARIES for w in body))  # `the questioning will start`


def leading_subject(clause: str) -> Mention | None:
    """The subject at the start of a clause: `Zelensky Advisor Mykhailo Podolyak echoed ...` -> Podolyak."""
    words = _clause_words(clause)
    if not words or _not_a_name(words[0]) or words[0].lower().startswith("accord"):
        return None  # "Why Russia is...", "According to ...": not a subject
    k = _name_start(words)
    j = _capitalized_run_end(words, k)
    if j == k:
        return None
    k, j = _name_after_modifiers(words, k, j)
    if k > 0 and words[0].lower() in DETERMINERS and j < len(words) and j - k <= 3 \
            and words[j].lower().strip(",") in ROLE_HEADS:
        # `The Vermont senator declined …`, `the Republican nominee said`: a description whose capitalised
        # words modify a role, not a name
        return make_mention(" ".join(words[:j + 1]).rstrip(","), described=True)
    return _subject_mention(words, k, j)


def _clause_words(clause: str) -> list[str]:
    """The words of a clause from where its subject may start: a dateline, a leading conjunction and a
    subordinating word before a name are skipped."""
    words = DATELINE.sub("", clause).split()
    while len(words) > 1 and words[0].lower() in ("and", "but", "so", "then", "yet"):
        words = words[1:]  # `And then Trump went on the attack, saying`
    lead = int(len(words) > 2 and words[0].lower() in PREPOSITIONS and words[1].lower() in SUBORDINATORS)
    if len(words) > lead + 1 and words[lead].lower() in SUBORDINATORS and is_capitalized(words[lead + 1]):
        words = words[lead + 1:]  # `…, in which Clinton expressed confidence that “…”`
    return words


def _name_start(words: list[str]) -> int:
    """Where a name may start: after determiners, and after lower-case titles when a capitalised word
    follows them (`former Arkansas Gov. Mike Huckabee agreed`)."""
    k = 0
    while k < len(words) and words[k].lower() in DETERMINERS:
        k += 1
    t = k
    while t < len(words) and t - k < 3 and words[t].lower().rstrip(".") in TITLE_WORDS:
        t += 1
    if t > k and t < len(words) and is_capitalized(words[t]):
        k = t
    return k


def _capitalized_run_end(words: list[str], k: int) -> int:
    """The end of the run of capitalised words (and connectors inside a name) from `k`; a comma closes it."""
    j = k
    while j < len(words) and (is_capitalized(words[j]) or (words[j] in CONNECTORS and j + 1 < len(words)
                                                           and is_capitalized(words[j + 1]))):
        j += 1
        if words[j - 1].endswith(","):
            break
    return j


def _name_after_modifiers(words: list[str], k: int, j: int) -> tuple[int, int]:
    """`Republican presidential nominee Donald Trump`: a short capitalised modifier, lower-case titles, then
    the name; the name's span, or `(k, j)` unchanged."""
    t = j
    while t < len(words) and t - j < 3 and not is_capitalized(words[t]) and words[t].lower() in TITLE_WORDS:
        t += 1
    if t > j and j - k <= 2 and not words[j - 1].endswith(",") and t < len(words) \
            and is_capitalized(words[t]) and not _not_a_name(words[t]):
        k = j = t
        while j < len(words) and is_capitalized(words[j]) and j - k < 4:
            j += 1
            if words[j - 1].endswith(","):
                break
    return k, j


def _subject_mention(words: list[str], k: int, j: int) -> Mention | None:
    """The mention of a subject whose name is `words[k:j]`, or of its possessor."""
    follow = words[j].lower() if j < len(words) else ""
    last = words[j - 1].rstrip(",").lower()
    if j - k == 1 and (last.endswith(("ly", "ing")) or follow in PREPOSITIONS):
        return None  # "Shortly after ...", "Filling in for ...", "Six in 10 ..."
    possessor = words[k:j] if words[j - 1].endswith(("’s", "'s")) else []
    if possessor and follow.isalpha():
        j += 1  # "Ryan’s campaign shrugged off ..."
    mention = make_mention(" ".join(words[:j]), described=True)
    if mention is None and possessor:  # `Hillary Clinton’s right-hand woman rallied …`: whose person it is
        mention = make_mention(" ".join(possessor)[:-2])
    return mention


def described_subject(clause: str) -> Mention | None:
    """The described source opening a clause, before its verb: `A spokesman for the firm declined …, but
    said that` -> "A spokesman for the firm"; None when the clause does not open that way."""
    m = DESCRIBED_LEAD.match(DATELINE.sub("", clause).lstrip())
    if m is None:
        return None
    mention = make_mention(m.group(1), described=True)
    return mention if mention is not None and mention.pronoun is None else None


def _head_name(words: list[str]) -> str | None:
    """The name heading a phrase: the capitalised run followed by a preposition or by nothing."""
    for a, b in _capitalized_runs(words):
        follow = words[b].lower() if b < len(words) else None
        if follow is not None and follow not in PREPOSITIONS:
            continue
        if a > 0 and not is_capitalized(words[0]) and words[a - 1].lower() in PREPOSITIONS:
            return None  # "adviser to the president of Ukraine": a description
        tokens = words[a:b]
        if tokens[-1].endswith(("’s", "'s")):
            return None  # "Meduza's": a possessive, the head comes after
        return _strip_titles(tokens)
    return None


def _capitalized_runs(words: list[str]) -> list[tuple[int, int]]:
    """The spans of capitalised words (connectors inside allowed) that may be names; a possessive ends one."""
    runs: list[tuple[int, int]] = []
    i = 0
    while i < len(words):
        if is_capitalized(words[i]) and not _not_a_name(words[i]):
            j = i + 1
            while j < len(words) and (is_capitalized(words[j]) or (
                    words[j] in CONNECTORS and j + 1 < len(words) and is_capitalized(words[j + 1]))):
                if words[j - 1].endswith(("’s", "'s")):
                    break
                j += 1
            runs.append((i, j))
            i = j
        else:
            i += 1
    return runs


def _not_a_name(word: str) -> bool:
    """Capitalised words that do not name anyone: sentence openers, weekdays, datelines (WASHINGTON —)."""
    bare = word.strip(".,’'").lower()
    return bare in NOT_NAMES or (word.isupper() and len(word) >= 5 and word.isalpha())


def _strip_titles(tokens: list[str]) -> str | None:
    """The name in tokens without the titles before it (`Secretary of State John Kerry` -> `John Kerry`);
    a run of titles only is kept as it is."""
    last_title = -1
    for k, tok in enumerate(tokens):
        if tok.lower().rstrip(".") in TITLES:
            last_title = k
    rest = tokens[last_title + 1:]
    if rest and rest[0].lower() == "of" and len(rest) > 2:
        rest = rest[2:]  # Secretary of State John Kerry
    while rest and rest[0].lower() in CONNECTORS:
        rest = rest[1:]
    if not rest:
        rest = tokens
    if all(t.lower().rstrip(".") in TITLES for t in rest):
        return None if len(rest) == 0 else " ".join(rest)
    return " ".join(rest).rstrip(".,")


def noun_phrase_after(s: str) -> str:
    """The noun phrase at the start of `s`, up to punctuation or a clause word (at most eight words)."""
    s = s.lstrip(SPACE_CHARS)
    m = _NOUN_PHRASE.match(s)
    np = m.group() if m else ""
    np = _NOUN_PHRASE_END.split(" " + np + " ", maxsplit=1)[0]
    return " ".join(np.split()[:8])


def looks_named(s: str) -> bool:
    """Whether one of the first four words is capitalised."""
    return any(is_capitalized(w) for w in s.split()[:4])


def looks_like_source(s: str) -> bool:
    """Whether one of the first five words heads a description of an unnamed source."""
    return any(w.lower().strip(".,") in ANONYMOUS_HEADS for w in s.split()[:5])


def _folded(s: str) -> list[str]:
    """Words without accents, case, periods and possessives (as `speakers.fold`)."""
    s = unicodedata.normalize("NFKD", s)
    s = re.sub(r"[’']s\b", "", "".join(c for c in s if not unicodedata.combining(c)).casefold())
    return re.findall(r"[^\W_]+", s)


def gender_of(m: Mention) -> str | None:
    """"m" or "f" when the phrase says it (`Mrs.`, `spokesman`) or a full name starts with a common first name
    of that gender; else None."""
    words = _folded(m.text)
    if any(w in FEMALE_WORDS for w in words):
        return "f"
    if any(w in MALE_WORDS for w in words):
        return "m"
    names = _folded(m.name)
    if len(names) >= 2:
        if names[0] in FEMALE_FIRST:
            return "f"
        if names[0] in MALE_FIRST:
            return "m"
    return None
