"""Who said it: the speaker phrase next to a quote's cue verb, turned into a speaker mention.

The rules work on the plain text around a quote, without a parser:
* after the quote: `“…,” said Smith` (inverted), `“…,” Smith, a spokesman, said`, `“…,” she added`;
* before it, in the same sentence: `Smith said: “…”`, `According to Smith, “…”`, `Smith said the plan would
  “fail”` (the last cue verb before the quote, its subject in front of it).
A mention is a name (titles dropped, appositives cut off), a pronoun (resolved later to the most recent
fitting speaker) or the description of an unnamed source ("a source close to the Kremlin").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicon import ANONYMOUS_HEADS, CUE, CUE_AFTER, DETERMINERS, PRONOUNS, ROLE_HEADS, TITLES

_ABBREVIATIONS = {"mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "st", "jr", "sr", "lt", "col", "maj",
                  "capt", "adm", "rev", "prof", "inc", "corp", "co", "ltd", "vs", "no", "jan", "feb", "mar",
                  "apr", "aug", "sept", "sep", "oct", "nov", "dec", "u.s", "d.c", "a.m", "p.m", "e.g", "i.e",
                  "ft", "mt", "sgt", "cpl", "pvt", "supt", "messrs"}
_SENTENCE_END = re.compile(r"[.!?…]+[\"”’»)]*(?=\s+[\"“‘«„(\[–—-]?\s?[A-Z0-9])")
_WORD = re.compile(r"[\w’'.\-]+")
_CONNECTORS = {"of", "de", "van", "von", "bin", "al", "la", "der", "du", "da", "del", "el", "le", "di", "and"}
_PREPOSITIONS = {"of", "at", "for", "from", "with", "in", "on", "to", "by", "about", "under"}
_CUT = re.compile(r",|\(|\s(?:who|whose|which|close\s+to|familiar\s+with|from|in|at|with|during|on|while|"
                  r"when|after|before|as|because|but|and\s+(?:also\s+)?(?=[a-z]+ed\b))\s", re.IGNORECASE)
_AUX = re.compile(r"(?:\s+(?:has|have|had|would|will|also|later|then|again|once|had|previously|recently|"
                  r"already|is\s+to|are\s+to|was\s+to|were\s+to|wants?\s+to|is\s+going\s+to|may|might|"
                  r"could|should|must|can|"
                  r"just|did|does|do|was|is|were|are|not|never|repeatedly|publicly|privately|often|"
                  r"(?-i:[a-z]+ly)))+\s*$", re.IGNORECASE)
_LEAD = re.compile(r"^(?:and|but|or|so|as|while|when|then|yet|that|where|because|since|though|although|"
                   r"even(?!\s+(?:though|if|as|so|when|after|before|with)\b))\s+", re.IGNORECASE)
_RELATIVE = {"who", "which", "whom"}
#: Two speakers joined by `and`, each with a capitalised name: `state Senate leader Phil Berger and House
#: Speaker Tim Moore`.
_CONJOINED = re.compile(r"((?:[\w’'.-]+\s+){0,3}[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*)\s+and\s+"
                        r"((?:[\w’'.-]+\s+){0,3}[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*)")
#: Words opening a subordinate clause before its subject: `when Trump said`, `in which Clinton expressed`.
_SUBORDINATE = {"which", "whom", "when", "where", "while", "as", "because", "since", "although", "though",
                "if", "until", "whereas", "after", "before"}
_TITLE_WORDS = TITLES | ROLE_HEADS | ANONYMOUS_HEADS | {"commentator", "columnist", "strategist", "state",
                                                       "party", "host", "delegate", "activist", "pollster"}
#: `WASHINGTON (AFP) — `, `LOS ANGELES, July 25 (UPI) — `: a dateline, not a subject.
_DATELINE = re.compile(r"^\s*(?:[A-Z]{2,}[A-Z .,]*(?:,\s*[A-Z][a-z]+\.?\s*\d{0,2})?\s*(?:\([A-Za-z]{2,8}\))?"
                       r"|(?:[A-Z][\w.]*[ ,]*){1,3}\([A-Z]{2,8}\))\s*[–—-]+\s+")
#: `Toomey fumed.` / `he shot back,`: a name or pronoun, then a verb in the past ending the clause.
_NAME_VERB = re.compile(r"((?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'-]*|he|she|they)\s+"
                        r"([a-z]{3,}ed|shot|spoke|went|cut|struck|hit|broke)"
                        r"(?=\s*(?:[.,;]|back\b|on\b|in\b|at\b|during\b|$))")
#: `… to which O'Malley interjected:`: a name and a verb in the past, then the colon opening the quote.
_NAME_VERB_COLON = re.compile(r"\b((?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'-]*)\s+(?:[a-z]+ly\s+)?"
                              r"[a-z]{3,}ed\s*:\s*$")
#: A word opening a new clause after a quote: what follows has its own subject (`“…” that Sanders can …`).
_CLAUSE_OPENER = re.compile(r"(?:and|but|while|whereas|for|of|in|on|at|to|from|with|by|than|that|until|"
                            r"because|when|after|before|since|as|if|unless|although|though|where)\s")
#: An auxiliary or a copula: a phrase holding one is a clause, not a description of a speaker.
_FINITE = re.compile(r"\b(?:has|have|had|is|are|was|were|be|been|will|would|can|could|should|may|might)\b")
#: Inverted: a verb in the past, then a name closing the clause: `reacted Trump.`
_VERB_NAME = re.compile(r"([a-z]{3,}ed)\s+((?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'-]*)\s*(?=[.,;]|$)")
#: Inverted, with an appositive: a verb in the past, a description, then the name ending the sentence.
_VERB_APPOSITIVE = re.compile(r"([a-z]{3,}ed|said|says)\s+(?:[^,.;:“”\"]{2,60}),\s+"
                              r"((?:[a-z][\w’'-]*\s+){0,3}(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'-]+)"
                              r"\s*(?=[.;](?:\s|$)|$)")
#: A described source, then a verb in the past closing the clause: `a staffer in the room wondered.`
_DESCRIPTION_VERB = re.compile(r"((?:a|an|the|one|this|these|those)\s+[\w’' -]{1,60}?)\s+([a-z]{3,}ed)"
                               r"(?=\s*[.,;]|\s*$)")
_CONJUNCTIONS = {"but", "and", "so", "yet", ""}
_INVERTED_CUES = {"said", "says", "told", "wrote", "writes", "added", "asked"}
#: Cues whose name after them is their subject (`…, explained Rosenberg,`), not `told Fox News`.
_INTRANSITIVE = {"said", "says", "added", "adds", "explained", "explains", "noted", "notes", "wrote",
                 "writes", "argued", "argues", "continued", "insisted", "recalled", "replied", "responded",
                 "quipped", "joked", "remarked", "observed", "declared", "recounted"}
_NAME_AND_COMMA = re.compile(r"\s+[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3},\s*")
_STRONG_CUES = {"said", "says", "say", "told", "tells", "wrote", "writes", "according to", "added", "adds",
                "stated", "argued", "claimed", "insisted", "warned", "noted", "explained", "declared",
                "announced", "tweeted", "posted"}


@dataclass(frozen=True, slots=True)
class Mention:
    """How a quote's speaker is written next to it."""

    text: str  # the phrase as written
    name: str  # the name without titles, or the description of an unnamed source
    anonymous: bool = False
    pronoun: str | None = None  # "he", "she", "they"... to be resolved
    named: bool = True  # False for descriptions ("the Republican nominee", "a source close to the Kremlin")


@dataclass(frozen=True, slots=True)
class Attribution:
    mention: Mention | None
    cue: str | None
    cue_end: int = -1  # where the cue ends in the text searched (attribution_before only)


def sentence_starts(text: str, start: int, end: int) -> list[int]:
    """Offsets where sentences begin in `text[start:end]` (the first is `start`)."""
    starts = [start]
    for m in _SENTENCE_END.finditer(text, start, end):
        word = re.search(r"([\w.]+)[.!?…]*[\"”’»)]*$", text[max(start, m.start() - 12):m.end()])
        if text[m.start()] == "." and word:
            w = word.group(1).lower().rstrip(".")
            if w in _ABBREVIATIONS or (len(w) == 1 and w.isalpha()):
                continue
        nxt = m.end()
        while nxt < end and text[nxt].isspace():
            nxt += 1
        starts.append(nxt)
    return starts


def make_mention(phrase: str, described: bool = False) -> Mention | None:
    """Turn a subject phrase into a mention, or None when it does not look like a speaker.

    `described`: the phrase is the subject of a cue verb, so a description such as "the former pollster" or
    "the letter" is taken as the source even when its head is not a known source word.
    """
    phrase = phrase.strip(" ,;:—–-\"“”‘’'()[]\n")
    phrase = _LEAD.sub("", phrase)
    if not phrase:
        return None
    low = phrase.lower()
    if low in PRONOUNS or low in _RELATIVE:
        pron = "he" if low in _RELATIVE else low
        return Mention(phrase, phrase, pronoun=pron, named=False)
    head = _CUT.split(phrase, maxsplit=1)[0].strip()
    both = _CONJOINED.fullmatch(head)
    if both and not (" " not in both.group(1).strip() and " " not in both.group(2).strip()):
        # `Senate leader Phil Berger and House Speaker Tim Moore`: the first of two named speakers (two bare
        # words, `Procter and Gamble`, are as often one company's name)
        first, second = make_mention(both.group(1)), make_mention(both.group(2))
        if first is not None and first.named and second is not None and second.named:
            return Mention(phrase, first.name)
    words = _WORD.findall(head)
    if len(words) > 9:
        lead = _name_before_preposition(words)
        return Mention(phrase, lead) if lead else None  # `Jane Roe of the … Center for … Studies`
    if not words:
        return None
    if words[0].lower() in PRONOUNS:
        return None
    body = [w for w in words]
    while body and body[0].lower() in DETERMINERS:
        body = body[1:]
    if not body:
        return None
    if body[0].lower() in ANONYMOUS_HEADS or body[0].lower() in ROLE_HEADS - TITLES - {"post", "times"}:
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
    while k < len(words) and k < 4 and _is_cap(words[k]) and not _not_a_name(words[k]) \
            and words[k].lower() not in DETERMINERS:
        k += 1
    if k == 0 or k >= len(words) or words[k].lower() not in _PREPOSITIONS:
        return None
    return _strip_titles(words[:k])


def _bare_name(chunk: str) -> Mention | None:
    """A chunk that is nothing but a name, titles allowed: `Gov. John Kasich`, `Cory James` (not `Ohio`,
    when it follows a city), else None."""
    words = chunk.split()
    if not words or len(words) > 5 or not all(_is_cap(w) or w in _CONNECTORS for w in words):
        return None
    if _not_a_name(words[0]) or words[0].lower() in DETERMINERS:
        return None
    mention = make_mention(chunk)
    return mention if mention is not None and mention.named else None


def _plausible_description(words: list[str], body: list[str]) -> bool:
    """`The former pollster`, `The letter`: a short determiner phrase ending in a plain word."""
    last = body[-1].lower()
    return (len(body) <= 8 and words[0].lower() in DETERMINERS | {"his", "her", "their"}
            and last.replace("-", "").isalpha() and last not in _NOT_NAMES and not last.endswith("ly")
            and last not in PRONOUNS and len(last) >= 2)


def leading_subject(clause: str) -> Mention | None:
    """The subject at the start of a clause: `Zelensky Advisor Mykhailo Podolyak echoed ...` -> Podolyak."""
    words = _DATELINE.sub("", clause).split()
    while len(words) > 1 and words[0].lower() in ("and", "but", "so", "then", "yet"):
        words = words[1:]  # `And then Trump went on the attack, saying`
    lead = int(len(words) > 2 and words[0].lower() in _PREPOSITIONS and words[1].lower() in _SUBORDINATE)
    if len(words) > lead + 1 and words[lead].lower() in _SUBORDINATE and _is_cap(words[lead + 1]):
        words = words[lead + 1:]  # `…, in which Clinton expressed confidence that “…”`
    if not words or _not_a_name(words[0]) or words[0].lower().startswith("accord"):
        return None  # "Why Russia is...", "According to ...": not a subject
    k = 0
    while k < len(words) and words[k].lower() in DETERMINERS:
        k += 1
    t = k
    while t < len(words) and t - k < 3 and words[t].lower().rstrip(".") in _TITLE_WORDS:
        t += 1  # `former Arkansas Gov. Mike Huckabee agreed`: lower-case titles before the name
    if t > k and t < len(words) and _is_cap(words[t]):
        k = t
    j = k
    while j < len(words) and (_is_cap(words[j]) or (words[j] in _CONNECTORS and j + 1 < len(words)
                                                    and _is_cap(words[j + 1]))):
        j += 1
        if words[j - 1].endswith(","):
            break
    if j == k:
        return None
    t = j
    while t < len(words) and t - j < 3 and not _is_cap(words[t]) and words[t].lower() in _TITLE_WORDS:
        t += 1  # `Republican presidential nominee Donald Trump`: a modifier and titles before the name
    if t > j and j - k <= 2 and not words[j - 1].endswith(",") and t < len(words) and _is_cap(words[t]) \
            and not _not_a_name(words[t]):
        k = j = t
        while j < len(words) and _is_cap(words[j]) and j - k < 4:
            j += 1
            if words[j - 1].endswith(","):
                break
    follow = words[j].lower() if j < len(words) else ""
    last = words[j - 1].rstrip(",").lower()
    if j - k == 1 and (last.endswith(("ly", "ing")) or follow in _PREPOSITIONS):
        return None  # "Shortly after ...", "Filling in for ...", "Six in 10 ..."
    possessor = words[k:j] if words[j - 1].endswith(("’s", "'s")) else []
    if possessor and follow.isalpha():
        j += 1  # "Ryan’s campaign shrugged off ..."
    mention = make_mention(" ".join(words[:j]), described=True)
    if mention is None and possessor:  # `Hillary Clinton’s right-hand woman rallied …`: whose person it is
        mention = make_mention(" ".join(possessor)[:-2])
    return mention


def _is_cap(word: str) -> bool:
    return word[:1].isupper()


def _head_name(words: list[str]) -> str | None:
    """The name heading a phrase: the capitalised run followed by a preposition or by nothing."""
    runs: list[tuple[int, int]] = []
    i = 0
    while i < len(words):
        if _is_cap(words[i]) and not _not_a_name(words[i]):
            j = i + 1
            while j < len(words) and (_is_cap(words[j]) or (
                    words[j] in _CONNECTORS and j + 1 < len(words) and _is_cap(words[j + 1]))):
                if words[j - 1].endswith(("’s", "'s")):
                    break
                j += 1
            runs.append((i, j))
            i = j
        else:
            i += 1
    for a, b in runs:
        follow = words[b].lower() if b < len(words) else None
        if follow is not None and follow not in _PREPOSITIONS:
            continue
        if a > 0 and not _is_cap(words[0]) and words[a - 1].lower() in _PREPOSITIONS:
            return None  # "adviser to the president of Ukraine": a description
        tokens = words[a:b]
        if tokens[-1].endswith(("’s", "'s")):
            return None  # "Meduza's": a possessive, the head comes after
        return _strip_titles(tokens)
    return None


_NOT_NAMES = {w.lower() for w in [
    "But", "And", "Or", "So", "In", "At", "On", "Of", "For", "From", "With", "By", "To", "As", "After",
    "Before", "When", "While", "During", "Since", "Until", "Speaking", "Asked", "According", "Why",
    "Later", "Earlier", "Then", "Still", "Yet", "Also", "However", "Meanwhile", "Instead", "Indeed",
    "Today", "Tonight", "Yesterday", "Tomorrow", "Last", "Next", "This", "That", "These", "Those", "It",
    "Its", "There", "Here", "What", "Who", "Why", "How", "Where", "Which", "If", "Although", "Though",
    "Because", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January",
    "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
    "December", "Hours", "Minutes", "Days", "Weeks", "Months", "Years", "Now", "Once", "Even", "Just",
    "Only", "Many", "Most", "Some", "Several", "All", "Both", "Each", "Every", "Other", "Another", "Such",
    "No", "Not", "Nor", "Yes", "Please", "Thanks", "Read", "Follow", "Watch", "Update", "Updated", "Photo",
    "Wait", "See", "Below", "Above", "Transcript", "Partial", "Full", "Excerpt", "Excerpts", "Text",
    "Video", "Related", "Like", "Unlike", "Despite", "Under", "Over", "About", "Against", "Among",
]}


_NOT_NAMES |= {"according", "why", "amid", "amidst", "alongside", "following", "despite", "i"}
# Sentence openers and pronouns of the languages translated news most often comes from (German here), so that
# "Da sagte sie: „…“" or "Und dann: „…“" never makes "Da" or "Und" a speaker.
_NOT_NAMES |= {
    "und", "aber", "da", "dann", "doch", "denn", "auch", "nun", "jetzt", "heute", "gestern", "morgen", "so",
    "er", "sie", "es", "wir", "ich", "ihr", "dies", "als", "wenn", "wie", "was", "wer", "noch", "schon",
    "später",
}


def _not_a_name(word: str) -> bool:
    """Capitalised words that do not name anyone: sentence openers, weekdays, datelines (WASHINGTON —)."""
    bare = word.strip(".,’'").lower()
    return bare in _NOT_NAMES or (word.isupper() and len(word) >= 5 and word.isalpha())


def _strip_titles(tokens: list[str]) -> str | None:
    last_title = -1
    for k, tok in enumerate(tokens):
        if tok.lower().rstrip(".") in TITLES:
            last_title = k
    rest = tokens[last_title + 1:]
    if rest and rest[0].lower() == "of" and len(rest) > 2:
        rest = rest[2:]  # Secretary of State John Kerry
    while rest and rest[0].lower() in _CONNECTORS:
        rest = rest[1:]
    if not rest:
        rest = tokens
    if all(t.lower().rstrip(".") in TITLES for t in rest):
        return None if len(rest) == 0 else " ".join(rest)
    return " ".join(rest).rstrip(".,")


def attribution_after(after: str) -> Attribution | None:
    """Attribution in the words right after a quote: `, said Smith`, `, Smith said`, `, she added`."""
    s = after.lstrip(" ,—–-\u00a0")
    if not s:
        return None
    m = _NAME_VERB.match(s)
    if m and not CUE.fullmatch(m.group(2)):  # `“...,” Toomey fumed.`: any verb in the past right after a name
        mention = make_mention(m.group(1))
        if mention is not None and (mention.named or mention.pronoun):
            return Attribution(mention, m.group(2).lower())
    m = _VERB_NAME.match(s)
    if m and not CUE.fullmatch(m.group(1)):  # `“…” reacted Trump.`: a verb in the past, then a name
        mention = make_mention(m.group(2))
        if mention is not None and mention.named:
            return Attribution(mention, m.group(1).lower())
    m = _VERB_APPOSITIVE.match(s)
    if m:  # `“…,” exhorted Clinton's introducer, actress Jamie Lee Curtis.`: the name closing the appositive
        mention = make_mention(m.group(2))
        if mention is not None and mention.named and mention.pronoun is None:
            return Attribution(mention, m.group(1).lower())
    m = _DESCRIPTION_VERB.match(s)
    if m and not CUE.search(m.group(1)) and not _FINITE.search(m.group(1)):
        # `“Will he win?” a Democratic staffer in the room wondered.` (not `the access has been undermined`)
        mention = make_mention(m.group(1), described=True)
        if mention is None and len(m.group(1).split()) <= 6 and re.fullmatch(r"[\w -]+", m.group(1)):
            # `“…,” this Trump look-alike declared`: a short description, its verb closing the sentence
            mention = Mention(m.group(1), m.group(1), named=False)
        if mention is not None:
            return Attribution(mention, m.group(2).lower())
    m = CUE_AFTER.match(s)
    if m and m.group().lower().endswith("ing"):
        return None  # `“…,” promising the club will return`: the speaker's own participle, not a source
    if m:
        cue = m.group().lower()
        if cue.startswith("according"):
            mention = make_mention(_np_after(s[m.end():]))
            return Attribution(mention, "according to") if mention else None
        rest = s[m.end():]
        obj = _np_after(rest)
        first = obj.split(" ", 1)[0].lower()
        if first in ("that", "to", "the", "a", "it", "in", "on") and not _looks_named(obj):
            if first in ("a", "an", "the"):
                # `said a longtime adviser to Trump, who …`: a source described by its head word;
                # `said the designer, who …`: any short description ending its phrase
                ends = re.match(r"\s*[^\w\s]|\s*$", rest[len(rest) - len(rest.lstrip(" \u00a0")) + len(obj):])
                mention = make_mention(obj) or (make_mention(obj, described=True) if ends else None)
                if mention is not None:
                    return Attribution(mention, cue)
            if obj.lower().startswith("the ") and _looks_source(obj):
                mention = make_mention(obj, described=True)
                return Attribution(mention, cue) if mention else None
            return None
        mention = make_mention(obj, described=True)
        return Attribution(mention, cue) if mention else None
    m = CUE_AFTER.search(s[:160])
    if not m or m.group().lower().startswith("according"):
        if m and m.group().lower().startswith("according") and not s[:m.start()].strip(" ,"):
            pass
        return None
    subject = s[:m.start()]
    subject = re.sub(r"\s*\([^)]{0,40}\)", "", subject)  # Sen. Marco Rubio (R-Fla.) said
    head = subject.split(",", 1)[0]
    if "," in subject and len(subject.split()) <= 20 and not _CLAUSE_OPENER.match(subject):
        clean = not re.search(r"[.!?;:“”\"]", _ABBREVIATION_DOTS.sub("", head))
        mention = make_mention(head) if clean and subject.rstrip().endswith(",") else None
        mention = mention if mention is not None and mention.named else _bare_name(head)
        if mention is not None:  # `Bill Eastland, wearing a “Ted Cruz” pin, said`; `Nate Silver, a guru …`
            return Attribution(mention, m.group().lower())
        last = _bare_name(subject.rstrip(" ,").rsplit(",", 1)[-1].strip())
        if last is not None:  # `Duncan Hunter’s chief of staff, Joe Kasper, told`
            return Attribution(last, m.group().lower())
    if re.search(r"[.!?;:“”\"]", _ABBREVIATION_DOTS.sub("", subject)) or len(subject.split()) > 12:
        return None
    raw_subject = subject.strip()
    subject = _AUX.sub("", " " + subject).strip()
    if not subject and re.fullmatch(r"[A-Z][a-z’'-]+", raw_subject):
        subject = raw_subject  # `“…,” Will wrote.`: a name spelled like an auxiliary, alone before its cue
    if _CLAUSE_OPENER.match(subject):
        return None  # `“…” and Donald Trump says …`, `“…” until Haley said`: a clause with its own speaker
    if subject.endswith(","):
        subject = subject[:-1]
        cut = subject.find(",")
        if cut > 0:
            subject = subject[:cut]
    mention = make_mention(subject, described=True)
    if mention is None and re.fullmatch(r"[A-Z][a-z’'-]+", subject.strip()) \
            and subject.strip().lower() not in DETERMINERS and not s[m.end():].strip(" .,\u00a0"):
        # `“…,” Read said.`: a one-word subject closing the sentence with its cue is a name, even one
        # that usually opens sentences
        mention = Mention(subject.strip(), subject.strip())
    return Attribution(mention, m.group().lower()) if mention else None


def attribution_before(before: str) -> Attribution | None:
    """Attribution in the sentence before a quote: `Smith said: `, `According to Smith, `, `X told Y that`."""
    signed = re.search(r"\s[-–—]\s+((?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'-]*)\s*:\s*$", before)
    if signed:  # `Pollsters agree - Carl Bialik: “…”`: a headline, then who is quoted
        mention = make_mention(signed.group(1))
        if mention is not None and mention.named:
            return Attribution(mention, ":", len(before))
    written = _FROM_WRITING.search(before)
    if written:  # `From Smith’s Facebook post: “…”`: the writer of the text quoted
        mention = make_mention(written.group(1))
        if mention is not None and mention.named:
            return Attribution(mention, ":", len(before))
    matches = list(CUE.finditer(before))
    verb_colon = _NAME_VERB_COLON.search(before)
    if verb_colon and not CUE.search(before, verb_colon.start()):  # `…, to which O'Malley interjected:`
        mention = make_mention(verb_colon.group(1))
        if mention is not None and mention.named:
            return Attribution(mention, ":", len(before))
    last_clause = re.split(r",\s+", before.rstrip(" \u00a0,:"))[-1]
    ends = before.rstrip()[-1:]
    longest = 14 if _SUBORDINATE_FIRST.match(before.lstrip()) else 6
    if ends in (":", ",") and not CUE.search(last_clause) and 2 <= len(last_clause.split()) <= longest:
        # `When Trump suggested …, Rubio fired back forcefully:` / `Hillary shot back,`: the last clause's
        # subject speaks, whatever the cue verbs before it
        mention = leading_subject(last_clause)
        if mention is not None and mention.named and not _is_cap(last_clause.split()[-1]):
            return Attribution(mention, ":" if ends == ":" else last_clause.split()[-1].lower(), len(before))
    if any(m.group().lower() in _STRONG_CUES for m in matches):
        # `Nance said she would like Trump to explain “...”`: the reporting verb, not a later weak cue
        matches = [m for m in matches if m.group().lower() in _STRONG_CUES]
    if len(matches) >= 2 and _governs(before, matches[0], matches[-1]):
        matches = matches[:1]  # `Obama said he expected that Americans will say “no”`: the outer report
    for m in reversed(matches):
        cue = m.group().lower()
        passive = (re.search(r"\b(?:was|were|been|being|be|is|are)\s+$", before[:m.start()])
                   or (not before[:m.start()].strip() and cue == "asked"))  # `Asked by Thrush if …`
        if passive and not cue.endswith("ing"):
            agent = re.match(r"\s+by\s+([^,;:“”\"]{2,80}?)(?=\s+(?:whether|if|about|to|that|for|on|in|at|"
                             r"during|after|what|why|how|when)\s|[,;:“”\"]|\s*$)", before[m.end():])
            mention = make_mention(agent.group(1)) if agent else None
            if mention is not None and mention.named:  # `Rubio was asked by moderator Gerard Baker whether`
                return Attribution(mention, cue, m.end() + agent.end())
            continue  # `Sanders was asked “...”`: the subject is the one asked (not `Trump is telling`)
        if cue.startswith("according"):
            mention = make_mention(_np_after(before[m.end():]))
            if mention:
                return Attribution(mention, "according to", m.end())
            continue
        if (cue in _INTRANSITIVE and re.search(r",\s*$", before[:m.start()])
                and _NAME_AND_COMMA.fullmatch(before[m.end():])):
            inverted = make_mention(before[m.end():].strip(" ,"))  # `…, explained Rosenberg, “…”`
            if inverted is not None and inverted.named:
                return Attribution(inverted, cue, m.end())
        subject = full_subject = before[:m.start()]
        inverted_ok = (not subject.strip() or subject.rstrip().endswith((",”", ',"', "”", '"'))
                       or re.split(r",\s*", subject.strip(" ,"))[-1].lower() in _CONJUNCTIONS)
        # `“It’s doable,” Risch told X`: the quote before is not part of the subject
        subject = re.split(r"[”\"]", subject)[-1]
        if not subject.strip() and not inverted_ok:
            continue
        subject = _AUX.sub("", " " + subject).rstrip()
        infinitive = (re.search(r"\b(?!(?:me|him|her|us|them|you)\s)[a-z]+\s+to\s+$", before[:m.start()])
                      is not None
                      and re.fullmatch(r"\s*[,:]\s*", before[m.end():]) is not None)
        if cue.endswith("ing") or infinitive:
            # "X echoed the sentiment, telling Meduza:", "X interrupted me to announce,": the clause's subject
            with_subject = re.search(r"\bwith\s+((?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'-]*)\s+"
                                     r"(?:[a-z]+ly\s+)?(?:$|[a-z]+ing\b(?!.*\bwith\s)[^.;]*\band\s+$)",
                                     full_subject)
            if with_subject:  # `…, with Trump reportedly yelling:`, `with Trump tweeting that … and asking,`
                mention = make_mention(with_subject.group(1))
                if mention is not None and mention.named:
                    return Attribution(mention, cue, m.end())
            fallback = None
            clauses = re.split(r",\s+", _DATELINE.sub("", _AUX.sub("", " " + full_subject).strip()))
            for clause in reversed(clauses):  # the clause nearest the participle is the one it hangs on
                mention = leading_subject(clause)
                if mention and len(clause.split()) > len(mention.text.split()):
                    # a clause with its verb: `Trump went after Bush`
                    return Attribution(mention, cue, m.end())
                fallback = fallback or mention  # `Salem, New Hampshire,`: a name alone, maybe a place
            if fallback:
                return Attribution(fallback, cue, m.end())
            described = _DESCRIBED_LEAD.match(clauses[0])
            if described:  # `One operative inside Trump Tower tried to downplay it, saying`
                mention = make_mention(described.group(1), described=True)
                if mention is not None and mention.pronoun is None:
                    return Attribution(mention, cue, m.end())
        subject = re.sub(r"\s*\([^)]{0,40}\)", "", subject)  # Gov. John Kasich (R-OH), said
        if subject.endswith(",") and subject[:-1].count(",") >= 1:
            chunks = [c.strip() for c in _DATELINE.sub("", subject[:-1]).split(",")]
            first = _bare_name(chunks[0])
            if first is not None:  # `Clinton, during a town hall in Columbus, Ohio, said`
                return Attribution(first, cue, m.end())
            last = _bare_name(chunks[-1])
            place = len(chunks[-1].split()) == 1 and _is_cap(chunks[-2].split()[-1] if chunks[-2] else "")
            if last is not None and not place:  # `After winning Ohio, Gov. John Kasich, said`
                return Attribution(last, cue, m.end())
        if subject.endswith(","):  # "Smith, a spokesman for X, said"
            inner = subject[:-1]
            cut = inner.rfind(",")
            subject = inner[:cut] if cut > 0 else inner
        chunk = re.split(r"[,;:(—–]\s|\s[—–]\s|\s--\s|\(|\b(?:that|what|which|whom)\s"
                         r"|\b(?:and|but|while|when|as|after|before)\s",
                         subject)[-1]
        mention = make_mention(chunk, described=True) if chunk.strip() else None
        if mention is None and _GROUP_MEMBER.fullmatch(chunk.strip()):
            # `Another tweeted, “…”`: one more of a group just described, not the last speaker named
            mention = Mention(chunk.strip(), chunk.strip(), anonymous=True, named=False)
        if mention is None and chunk.strip():
            mention = leading_subject(chunk)  # `Priebus later Thursday told Fox News:`
            if mention is not None and not mention.named:
                mention = None
        if mention is None and inverted_ok and cue in _INVERTED_CUES:
            # inverted in the lead: `said Smith, “...`
            obj = _np_after(before[m.end():])
            mention = make_mention(obj) if _looks_named(obj) else None
        if mention:
            return Attribution(mention, cue, m.end())
    label = re.fullmatch(r"\s*([A-Z][A-Z’'.-]+(?:\s+[A-Z][A-Z’'.-]+){0,2})\s*:\s*", before)
    if label:  # a transcript's speaker label: `TRUMP: “…”`
        mention = make_mention(label.group(1).title().replace("’S", "’s"))
        if mention is not None and mention.named:
            return Attribution(mention, ":", len(before))
    if before.rstrip().endswith(":"):  # `... pollster Daron Shaw: “...”`, `He then called on X: “...”`
        tail = re.search(r"((?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'-]*)\s*:\s*$", before)
        if tail and len(tail.group(1).split()) > 1 and CUE.fullmatch(tail.group(1).split()[0]):
            # `Stated Stone:`: the inverted cue is not part of the name
            tail = re.search(r"\s((?:[A-Z][\w’'.-]*\s+){0,2}[A-Z][\w’'-]*)\s*:\s*$", before)
        before_name = before[:tail.start()].split()[-1:] if tail else []
        if before_name and before_name[0].lower() in _PREPOSITIONS:
            tail = None  # `... — from Russia: “...”`: a place, not the speaker
        mention = make_mention(tail.group(1)) if tail else None
        if mention is None or not mention.named:
            mention = leading_subject(before) or leading_subject(re.split(r",\s", before)[-1])
        if mention:
            return Attribution(mention, ":", len(before))
    return None


#: `From Smith’s statement:` / `In Smith’s letter,`: a quote introduced as taken from someone's writing.
_FROM_WRITING = re.compile(r"(?:^|[.;]\s+|\s)(?:[Ff]rom|[Ii]n)\s+"
                           r"((?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w'-]*?)[’']s?\s+"
                           r"(?:[\w-]+\s+){0,2}(?:post|posts|statement|letter|tweet|tweets|speech|remarks|email|"
                           r"e-mail|message|memo|essay|column|op-ed|book|testimony|blog|note|announcement)"
                           r"\s*[:,]\s*$")

#: A sentence opening with a subordinate clause (`As Cruz lamented X, Clinton reached out:`): the cue verbs
#: in it are not the main clause's.
_SUBORDINATE_FIRST = re.compile(r"(?:As|When|While|After|Before|Although|Though|If|Because|Since|Once|"
                                r"Until)\s")

#: A subject that is one or some members of a group described before: `Another said`, `One of them wrote`.
_GROUP_MEMBER = re.compile(r"(?:Another|One|Others|Some|Many|Most)(?:\s+of\s+(?:them|those|these))?")

_REPORTING = {"said", "says", "told", "tells", "wrote", "writes", "argued", "claimed", "insisted", "warned",
              "noted", "explained", "declared", "announced", "tweeted", "added", "adds", "stated"}


#: A described subject opening a clause, then its verb in the past: `A spokeswoman for the panel emailed`.
_DESCRIBED_LEAD = re.compile(r"((?:A|An|The|One|Two|Some|Several|Many|Hundreds|Dozens|Thousands)\s"
                             r"[^,;:“”\"]{2,80}?)"
                             r"\s+(?:[a-z]+ly\s+)?(?:[a-z]{3,}ed|tried|went|took|made|came|sent|spent|began|held|"
                             r"gave|wrote|said|told)\b")


def _governs(before: str, first: re.Match[str], last: re.Match[str]) -> bool:
    """Whether the first cue of a sentence reports the clause holding the later one: a reporting verb
    after a short subject, and no clause boundary (a comma, `and`, `after`, ...) or quote between."""
    if first.group().lower() not in _REPORTING:
        return False
    subject = re.split(r",\s", before[:first.start()])[-1]  # `Sunday on CNN, Obama said`
    if len(subject.split()) > 6 or re.search(r"[;“”\"]|\b(?:who|which|that|whom)\b", subject) \
            or not subject.strip():
        return False
    between = before[first.end():last.start()]
    return not re.search(r"[,;“”\"]|\.\s|\b(?:and|but|or|while|whereas|after|before|when|because|as|since|"
                         r"although|though|if|until|unless)\s", between)


_ENDS_WITH_ABBREVIATION = re.compile(r"\b(?:Sen|Rep|Gov|Dr|Mr|Mrs|Ms|Gen|Lt|Col|Jr|Sr|St|Prof|Rev|[A-Z])$")
#: Periods of titles, initials and state abbreviations (Sen., J., R-Ky.), which do not end a subject phrase.
_ABBREVIATION_DOTS = re.compile(r"\b(?:[A-Z][a-z]{0,3}|[A-Z]\.[A-Z])\.")


def first_sentence_end(s: str) -> int | None:
    """End of the first sentence of `s` (after its final punctuation), skipping titles and initials."""
    for m in re.finditer(r"[.!?…][\"”’»]?\s", s):
        if s[m.start()] == "." and _ENDS_WITH_ABBREVIATION.search(s, 0, m.start()):
            continue
        return m.end()
    return None


def _np_after(s: str) -> str:
    """The noun phrase at the start of `s`, up to punctuation or a clause word."""
    s = s.lstrip(" \u00a0")
    # up to punctuation; a period ends it unless it closes a title or an initial (Dr. Harold Varmus, J. Smith)
    m = re.match(r"(?:[^,.;:!?()“”\"«»\n—–]|(?<=\b[A-Z])\.|"
                 r"(?:(?<=Dr)|(?<=Mr)|(?<=Ms)|(?<=Mrs)|(?<=Sen)|(?<=Rep)|"
                 r"(?<=Gov)|(?<=Gen)|(?<=Lt)|(?<=Col)|(?<=St)|(?<=Jr)|(?<=Sr)|(?<=Prof)|(?<=Rev))\.)*", s)
    np = m.group() if m else ""
    np = re.split(r"\s(?:in|on|during|while|when|after|before|at|as|because|and|but|that|to|about|"
                  r"who|which|of\s+the\s+(?:campaign|company))\s", " " + np + " ", maxsplit=1)[0]
    words = np.split()
    return " ".join(words[:8])


def _looks_named(s: str) -> bool:
    return any(_is_cap(w) for w in s.split()[:4])


def _looks_source(s: str) -> bool:
    return any(w.lower().strip(".,") in ANONYMOUS_HEADS for w in s.split()[:5])


def described_subject(clause: str) -> Mention | None:
    """The described source opening a clause, before its verb: `A spokesman for the firm declined …, but
    said that` -> "A spokesman for the firm"; None when the clause does not open that way."""
    m = _DESCRIBED_LEAD.match(_DATELINE.sub("", clause).lstrip())
    if m is None:
        return None
    mention = make_mention(m.group(1), described=True)
    return mention if mention is not None and mention.pronoun is None else None
