"""Speakers from sentence subjects, for a quote with no cue next to it.

The subject of the quote's own sentence (`Sanders used the question to demand “…”`), of a later clause
(`In 2014, Pew found that “…”`), a described source (`The ad targets a “corrupt …”`), the speaker of the
sentence before (`Smith told Fox X. “…”`), a verb outside the cue list taken as the cue (`Sanders has
consistently pushed his promise of “free college”`), and who `he` or `she` most likely is (`antecedent`).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Sequence
from functools import lru_cache

from ..forms.quotemarks import MarkedSpan
from ..found import MAX_SENTENCE, paragraph_starts
from ..lexicon import COPULAS, CUE, PARTY_ADJECTIVES, TITLE_PREPOSITIONS, US_STATES, WORDS
from ..mentions import Attribution, Mention, described_subject, gender_of, leading_subject, make_mention
from . import attribution_before

#: Where the clause around a quoted fragment ends: a comma, a dash, or a new finite clause after `and`.
_CLAUSE_BREAK = re.compile(r"[,;:]\s|\s[—–-]\s|\s(?:and|but|while|whereas)\s+"
                           r"(?=(?:[a-z]+(?:ed|ing|s)|said|told|wrote|went|made|took|gave)\b)")
_COMMA = re.compile(r",\s+")
#: `The ad targets …`, `The letter continues:`: a short determiner phrase, then a verb in the present or past.
_DESCRIBED_SUBJECT = re.compile(r"((?:The|A|An|This|That|His|Her|Their|Its)\s+"
                                r"(?:(?!(?:is|was|are|were|has|had|have|will|would|be|been)\b)[a-z][\w-]*\s+){0,2}"
                                r"(?!(?:is|was|are|were|has|had|have|will|would|be|been)\b)[a-z][\w-]*)"
                                r"\s+(?!is\b|was\b|has\b|had\b|said\b)[a-z]{3,}(?:s|ed)\b")
#: Verbs that do not report words (`Trump became the first candidate to buy a “promoted trend”`, `Marvel
#: received a slew of criticism`): the quoted fragment after them is no one's speech.
_NOT_SAYING = frozenset({"became", "become", "becomes", "received", "receives", "took", "takes", "got",
                         "gets", "bought", "buys", "stars", "starred", "defeated", "won", "wins", "lost",
                         "appears", "appeared", "seems", "seemed", "will", "would", "can", "could", "may",
                         "might"})
#: The verb right after a subject, past adverbs and auxiliaries: `has consistently pushed`.
_VERB_AFTER_SUBJECT = re.compile(r"\s+(?:[a-z]+ly\s+|has\s+|have\s+|had\s+|also\s+)*([a-z]{3,})\b")


def skip_space(text: str, pos: int) -> int:
    """The first offset from `pos` that is not a space, a no-break space or a comma."""
    while pos < len(text) and text[pos] in " ,\u00a0":
        pos += 1
    return pos


def clause_end(text: str, span: MarkedSpan, p_start: int, p_end: int) -> int:
    """The end of the clause a quoted fragment sits in (not before the fragment's closing mark).

    The clause ends with its sentence, or earlier where the sentence goes on with another clause:
    `he was “outraged”, arguing that ...`, `the system was “corrupt,” noting ...`, `... and threatened ...`.
    """
    starts = paragraph_starts(text, p_start, p_end)
    k = bisect_left(starts, span.outer_end)
    end = min(starts[k] if k < len(starts) else p_end, span.outer_end + MAX_SENTENCE)
    if text[span.start:span.end].rstrip().endswith((",", ";")):
        return span.outer_end  # the quote's own comma closes the clause
    stop = _CLAUSE_BREAK.search(text, span.outer_end, end)
    if stop is not None:
        end = stop.start()
    while end > span.outer_end and text[end - 1] in " \u00a0\n.":
        end -= 1
    return max(end, span.outer_end)


def _sentence_subject(lead: str, content: str) -> Attribution | None:
    """`Sanders used the question to demand “…”`: the named subject of the quote's sentence, unless a verb
    of being follows it (`Guns are “a crisis”`: the topic, not a speaker)."""
    mention = leading_subject(lead)
    verb = lead.split()[len(mention.text.split()):][:2] if mention is not None else []
    if verb and verb[0].lower() in ("has", "have", "had"):
        verb = verb[1:]  # `has been`
    if mention is not None and mention.named and not (verb and verb[0].lower() in COPULAS):
        return Attribution(mention, None)
    return None


def _later_clause_subject(lead: str, content: str) -> Attribution | None:
    """`In 2014, Pew found that “…”`: the named subject of one of the sentence's last two clauses."""
    clauses = _COMMA.split(lead.strip())
    for clause in clauses[-1:0:-1][:2]:
        mention = leading_subject(clause)
        rest = clause.split()[len(mention.text.split()):] if mention is not None else []
        if mention is not None and mention.named and rest and rest[0].islower() \
                and rest[0] not in COPULAS and rest[0] not in TITLE_PREPOSITIONS:
            return Attribution(mention, None)
    return None


def _described_source(lead: str, content: str) -> Attribution | None:
    """`The ad targets a “corrupt political system …”`: a document or body as the source."""
    clauses = _COMMA.split(lead.strip())
    described = _DESCRIBED_SUBJECT.match(clauses[-1] if len(clauses) > 1 else lead.strip())
    if described and len(WORDS.findall(content)) >= 3:
        mention = make_mention(described.group(1), described=True)
        if mention is not None:
            return Attribution(mention, None)
    return None


#: Subjects of the quote's own sentence, tried in order when the sentence has words before the quote.
SUBJECT_RULES: tuple[Callable[[str, str], Attribution | None], ...] = (
    _sentence_subject, _later_clause_subject, _described_source)


def nearby_attribution(text: str, span: MarkedSpan, sentence_start: int, paragraph: tuple[int, int],
                       prev_end: int) -> Attribution | None:
    """No cue next to the quote: the subject of its own sentence (`SUBJECT_RULES`), or, for a quote opening a
    sentence, the speaker of the sentence before (`Smith told Fox X. “…”`). The cue is None: inferred."""
    p_start, p_end = paragraph
    lead = text[sentence_start:span.outer_start]
    if len(WORDS.findall(lead)) >= 2 and prev_end <= sentence_start:
        content = text[span.start:span.end]
        for rule in SUBJECT_RULES:
            found = rule(lead, content)
            if found is not None and (found.mention is None or not found.mention.named
                                      or person_like(text, found.mention, lead)):
                return found
    if not lead.strip() and sentence_start > p_start:
        all_starts = paragraph_starts(text, p_start, p_end)
        starts = all_starts[:bisect_left(all_starts, sentence_start)] or [p_start]
        previous = text[starts[-1]:sentence_start]
        attribution = attribution_before(previous)
        if attribution and attribution.mention and attribution.cue != ":":
            return Attribution(attribution.mention, None)  # inferred: no cue next to the quote
    return None


def subject_verb_clause(text: str, span: MarkedSpan, sentence_start: int, mention: Mention,
                        paragraph: tuple[int, int]) -> tuple[Attribution, tuple[int, int]] | None:
    """A short quoted fragment in a clause whose named subject acts on it with a verb outside the cue list
    (`Sanders has consistently pushed his promise of “free college”`): the verb is taken as the cue and the
    quote is the clause after it, as for `Smith said the plan was “a mess”`."""
    lead = text[sentence_start:span.outer_start]
    at = lead.find(mention.text)
    if at < 0:
        return None
    verb = _VERB_AFTER_SUBJECT.match(lead, at + len(mention.text))
    if verb is None or verb.group(1) in COPULAS or verb.group(1) in _NOT_SAYING:
        return None
    clause_start = skip_space(text, sentence_start + verb.end())
    if text.startswith("that ", clause_start):
        clause_start += 5
    return Attribution(mention, verb.group(1)), (clause_start, clause_end(text, span, *paragraph))


#: How many paragraphs before the quote's own `antecedent` looks back for a named subject (1: the paragraph
#: before; 2 and 3 listed more speakers the PolNeAR annotators had not marked than ones they had, on train).
ANTECEDENT_PARAGRAPHS = 1


def antecedent(text: str, paragraphs: Sequence[tuple[int, int]], p: int, pos: int, described: bool = False,
               pronoun: str | None = None) -> tuple[Mention, int] | None:
    """The named subject of the nearest sentence starting before `pos`, in its paragraph or the
    one before; for `pronoun` (`he`, `she`) the nearest person of that gender (as far as a title or a first
    name tells) in the `ANTECEDENT_PARAGRAPHS` before it, subheadings skipped: who `he` or `she` most likely
    is when no quote of that person came in between.

    `described`: the quote has no attribution of its own, so when the words before it in its own sentence
    hold a cue verb, a described subject of that sentence (`A spokesman for the firm … said in a statement
    that “…”`) is who speaks, rather than a person named in an earlier sentence.
    """
    reach = ANTECEDENT_PARAGRAPHS if pronoun in ("he", "she") else 1
    k = p + 1
    while k > 0 and reach >= 0:
        k -= 1
        a, b = paragraphs[k]
        if k < p and _heading_like(text[a:b]):
            continue  # a subheading names no one who speaks after it, and does not count
        reach -= 1
        starts = paragraph_starts(text, a, b)
        before = bisect_left(starts, pos)  # sentences starting before the quote (bisection: long paragraphs)
        for n in range(before - 1, max(-1, before - 4), -1):
            end = min(starts[n + 1] if n + 1 < len(starts) else b, pos)
            lead = text[starts[n]:end][:200]
            mention = _clause_subject(lead)
            if mention is None and described and k == p and n == before - 1 and CUE.search(lead):
                mention = described_subject(lead)
            want = PRONOUN_GENDER.get(pronoun or "")
            if mention is not None and mention.named and not (
                    person_like(text, mention, lead)
                    and (want is None or gender_of(mention) in (None, want))):
                continue
            if mention is not None:
                return mention, starts[n]
    return None


#: The gender a pronoun asks of its antecedent (None: any).
PRONOUN_GENDER = {"he": "m", "she": "f"}
#: A verb right after a one-word subject: a past tense, or a common verb or auxiliary.
_VERB = re.compile(r"[a-z]{2,}ed|said|says|told|tells|is|was|has|had|have|will|would|can|could|spoke|went|"
                   r"made|took|gave|came|wrote|began|left|won|lost|got|did|does|met|ran|saw|sent|stood|"
                   r"thought|knew|kept|held|became|brought|led|fought|stayed|sat|spent|paid|heard")
#: A pronoun's contraction (`I’m`, `We’ve`): never a name.
_CONTRACTION = re.compile(r"(?:I|We|They|You|He|She|It|That|There)[’'](?:m|ve|re|ll|d|s)", re.IGNORECASE)
#: What may stand right before a name inside a sentence (not a sentence's first word): a word in lower case
#: or a first name (`Bernie Sanders`; not a heading in capitals, `THE BORROWING Back when …`), a title
#: (`Mr. McKinley`), a number, a comma, a bracket, a hyphen or a dash.
_INSIDE = re.compile(r"(?:[^\W\d_]*[^\W\d_A-Z]|\d|[,;(\[–—-]|\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Prof|Rev)\.)"
                     r"\s*$")


def person_like(text: str, mention: Mention, clause: str = "") -> bool:
    """Whether a subject found without a cue next to the quote may be a speaker: not a word that only ever
    opens sentences in this text (`Similar firearms sell for less.`, `Perhaps`, `Harsh?`) unless a verb
    follows it in `clause` (`Jones arrived at the rally.`), a contraction (`I’m`), a heading in capitals
    (`SERVER UNPROTECTED`) or a US state (`Vermont`)."""
    words = mention.name.split()
    folded = mention.name.casefold()
    if not words or any(_CONTRACTION.fullmatch(w) for w in words) or folded in US_STATES \
            or folded in PARTY_ADJECTIVES:
        return False
    if len(words) >= 2:  # a heading in capitals, maybe run into its paragraph: `SAVE A QUARTER Let`
        return sum(1 for w in words if w.isupper() and len(w) >= 2) < 2
    return _inside_a_sentence(text, words[0]) or _verb_follows(clause, mention.text)


def _verb_follows(clause: str, subject: str) -> bool:
    at = clause.find(subject)
    rest = clause[at + len(subject):].split() if at >= 0 else []
    return bool(rest) and _VERB.fullmatch(rest[0].strip(",.;:")) is not None


@lru_cache(maxsize=1024)
def _inside_a_sentence(text: str, word: str) -> bool:
    """Whether `word` is written somewhere in `text` after another word of its sentence: a name is written
    so (`said Sanders`, `Bernie Sanders`); an adverb or adjective opening sentences is not."""
    for n, m in enumerate(re.finditer(r"\b" + re.escape(word) + r"\b", text)):
        if n >= 200:
            return True
        if _INSIDE.search(text, max(0, m.start() - 6), m.start()):
            return True
    return False


def _heading_like(paragraph: str) -> bool:
    """A short paragraph without final punctuation: a subheading (`Server Unprotected`), not a sentence."""
    return len(WORDS.findall(paragraph)) <= 10 and not paragraph.rstrip().endswith(
        (".", "!", "?", "…", "\"", "”", ")", ":"))


def _clause_subject(sentence: str) -> Mention | None:
    """The named subject of a sentence, also after an opening phrase: `In an interview, Trump said …`."""
    clauses = _COMMA.split(sentence)
    for n, clause in enumerate(clauses[:3]):
        mention = leading_subject(clause)
        if mention is None or not mention.named or mention.pronoun is not None:
            continue
        if n == 0 or len(clause.split()) > len(mention.text.split()):
            return mention  # after an opening phrase, only a subject with its verb (not `Des Moines, Iowa`)
    return None
