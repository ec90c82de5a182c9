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

from ..forms.quotemarks import MarkedSpan
from ..found import MAX_SENTENCE, paragraph_starts
from ..lexicon import COPULAS, CUE, TITLE_PREPOSITIONS, WORDS
from ..mentions import Attribution, Mention, described_subject, leading_subject, make_mention
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
            if found is not None:
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
    if verb is None or verb.group(1) in COPULAS:
        return None
    clause_start = skip_space(text, sentence_start + verb.end())
    if text.startswith("that ", clause_start):
        clause_start += 5
    return Attribution(mention, verb.group(1)), (clause_start, clause_end(text, span, *paragraph))


def antecedent(text: str, paragraphs: Sequence[tuple[int, int]], p: int,
               pos: int, described: bool = False) -> tuple[Mention, int] | None:
    """The named subject of the nearest sentence starting before `pos`, in its paragraph or the one before:
    who `he` or `she` most likely is when no quote of that person came in between.

    `described`: the quote has no attribution of its own, so when the words before it in its own sentence
    hold a cue verb, a described subject of that sentence (`A spokesman for the firm … said in a statement
    that “…”`) is who speaks, rather than a person named in an earlier sentence.
    """
    for k in (p, p - 1):
        if k < 0:
            break
        a, b = paragraphs[k]
        starts = paragraph_starts(text, a, b)
        before = bisect_left(starts, pos)  # sentences starting before the quote (bisection: long paragraphs)
        for n in range(before - 1, max(-1, before - 4), -1):
            end = min(starts[n + 1] if n + 1 < len(starts) else b, pos)
            lead = text[starts[n]:end][:200]
            mention = _clause_subject(lead)
            if mention is None and described and k == p and n == before - 1 and CUE.search(lead):
                mention = described_subject(lead)
            if mention is not None:
                return mention, starts[n]
    return None


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
