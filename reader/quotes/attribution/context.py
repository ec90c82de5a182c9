"""Context-level attribution: who said a quote, from its sentence and the paragraphs around it.

The phrase-level rules (`attribution_after`, `attribution_before`) read the words right after or right before
a quote. The rules here decide which of those readings counts, and look further when neither names anyone:
later in the sentence, at the sentence's subject, at the paragraph before or after. `CONTEXT_RULES` holds
them in order; the first rule that decides wins, and its name is kept (`ContextAttribution.rule`).

A rule gets a `QuoteContext` (the values every rule shares, computed once) and returns None when it does not
apply, or a `Hit`: the attribution, possibly None (`programme_title` decides that nobody speaks), and the
reported clause around the quote when the quote is only part of it (`Smith said the plan was “a mess”`).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ..forms.quotemarks import MarkedSpan
from ..found import MAX_SENTENCE, paragraph_starts
from ..lexicon import CUE, SOURCE_CUES, SPACE, TITLE_PREPOSITIONS, WORDS
from ..mentions import Attribution, make_mention
from . import attribution_after, attribution_before
from .paragraphs import cue_sentence, label_name, name_heading, signature
from .quote_context import QuoteContext, last_sentence
from .relay import relayed_before, relayed_by
from .subjects import clause_end, skip_space, subject_verb_clause

#: A signature after the quote in its own paragraph: `“…” — Donald Trump`, `"…" - Donald Trump, at a rally`,
#: `“…” (Donald Trump, on Twitter)`.
_DASH_SIGNED = re.compile(SPACE + r"*(?:[-–—―]+|\()" + SPACE + r"*([A-Z][\w’'.-]*(?:" + SPACE
                          + r"+[A-Z][\w’'.-]*){0,3})" + SPACE + r"*(?:[,(.;)]|$)")
#: `, said Smith` / `, Smith said` later in the sentence, after a quote and the rest of its clause.
_LATE_SAID = re.compile(r",\s+(?=said\b|says\b|[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}\s+(?:said|says)\b)")
#: Right before a programme's or publication's title: `CNN’s “`, `on “`, `with “`.
_PROGRAMME_BEFORE = re.compile(r"(?:[’']s|s[’']|\b(?:on|with|in|at|to))\s*$")
_POSSESSIVE_END = re.compile(r"[’']s\s*$")
_COMMA_OR_SPACE = re.compile(r"[,\s]")
_BLANK_OR_STOP = re.compile(r"[ .\u00a0]*")
#: The sentence goes on after the quote in lower case: `“…” in the interview`.
_GOES_ON = re.compile(SPACE + r"+[a-z(]")
#: A word right after a quote's closing mark, going on with the noun phrase: `“well-informed” Moscow sources`.
_NOUN_AFTER = re.compile(SPACE + r"+[\w]")
#: Right before the title of a work: `his book, “`, `the anthem “`, `titled “`, `dubbed “`.
_WORK_BEFORE = re.compile(r"(?:\b(?:book|column|commentary|op-ed|essay|article|song|anthem|album|film|"
                          r"documentary|movie|memoir|poem|novel|headline|spot|ad),?|\b(?:titled|entitled|"
                          r"dubbed))\s*$")
#: `telling CNN that …`: up to four words, then `that`.
_THAT_AFTER_WORDS = re.compile(r"(?:[\w’'.-]+\s+){0,4}?that\s+")

#: (attribution or None, reported clause around the quote or None)
Hit = tuple[Attribution | None, tuple[int, int] | None]
#: A rule that decides that nobody speaks (a title, not speech).
NO_SPEAKER: Hit = (None, None)


@dataclass(frozen=True, slots=True)
class ContextAttribution:
    """The attribution of a quote, the reported clause around it (or None), and the rule that decided."""

    attribution: Attribution | None
    clause: tuple[int, int] | None = None
    rule: str = ""
    #: a rule decided that the quote is nobody's speech (a title, a scare quote): `NO_SPEAKER`
    not_speech: bool = False


def _title_like(content: str) -> bool:
    """`“Meet the Press”`, `“This Week,”`: every longer word capitalised, a few words, no sentence."""
    words = WORDS.findall(content)
    long_words = [w for w in words if len(w) > 3 and w[0].isalpha()]
    return 0 < len(words) <= 8 and bool(long_words or words) and all(
        w[0].isupper() for w in (long_words or words))


def _after_programme(c: QuoteContext) -> bool:
    o = c.span.outer_start
    return _PROGRAMME_BEFORE.search(c.text, max(0, o - 40), o) is not None


# -- the rules, in the order of CONTEXT_RULES -------------------------------------------------------------


def programme_title(c: QuoteContext) -> Hit | None:
    """`Friday on CNN’s “New Day,” Sen. Smith said`: a programme's title, not speech."""
    o = c.span.outer_start
    if (_title_like(c.content) and _after_programme(c)
            and _POSSESSIVE_END.search(c.text[max(0, o - 40):o])):
        return NO_SPEAKER
    return None


def work_title(c: QuoteContext) -> Hit | None:
    """`In his 2002 book, “Make Your Kid a Millionaire,” Mr. Smith suggested`, `Ann Roe's commentary, “Tell
    your story,” is thoughtful`, `a spot titled “Arrogant”`: the title of a work named right before it, not
    speech."""
    o = c.span.outer_start
    if len(WORDS.findall(c.content)) > 8 or c.content.rstrip().endswith((".", "!", "?")):
        return None
    return NO_SPEAKER if _WORK_BEFORE.search(c.text, max(0, o - 40), o) else None


def dash_signature(c: QuoteContext) -> Hit | None:
    """`“We will win this state.” — Donald Trump`: a sentence signed by its speaker (not `“Make America
    Great Again” (MAGA) hats`)."""
    if len(WORDS.findall(c.content)) < 5 or len(WORDS.findall(c.lead)) > 3 or CUE.search(c.lead):
        return None
    signed = _DASH_SIGNED.match(c.after)
    mention = make_mention(signed.group(1)) if signed else None
    if mention is not None and mention.named:
        return Attribution(mention, "-"), None
    return None


def cue_after(c: QuoteContext) -> Hit | None:
    """`“We won,” Smith said.`; embedded in a clause: `X is a “loser,” Y said` (the clause is the quote)."""
    attribution = c.cue_after
    if not (attribution and attribution.mention):
        return None
    embedded = len(WORDS.findall(c.lead)) >= 2 and not c.introduced_by_lead
    if embedded and c.own_sentence:
        return attribution, (skip_space(c.text, c.sentence_start), c.span.outer_end)
    return attribution, None


def _late(c: QuoteContext) -> bool:
    """No cue next to the quote, and its sentence goes on after it: the cue may end the sentence."""
    return not c.has_front and c.own_sentence and not c.ends_sentence


def late_cue_clause(c: QuoteContext) -> Hit | None:
    """`“…” and donations began to pick up again last week, Gilbert said.`: the cue ends the sentence."""
    if not _late(c):
        return None
    rest = c.after  # `_late`: the sentence goes on, so `after` ends with it
    comma = rest.rfind(", ")
    if comma > 0 and len(WORDS.findall(rest[comma:])) <= 16:
        late = attribution_after(rest[comma:])
        if late and late.mention:
            return late, (skip_space(c.text, c.sentence_start), c.span.outer_end + comma)
    return None


def late_said(c: QuoteContext) -> Hit | None:
    """`“X” that Sanders can catch Clinton, said Steve Elmendorf, deputy campaign manager …`"""
    if not _late(c):
        return None
    rest = c.after  # `_late`: the sentence goes on, so `after` ends with it
    m = _LATE_SAID.search(rest)
    if m is None:
        return None
    late = attribution_after(rest[m.start():])
    if late and late.mention and late.mention.named and len(WORDS.findall(rest[:m.start()])) <= 25:
        return late, None
    return None


def after_last_quote(c: QuoteContext) -> Hit | None:
    """`Guns are “a crisis” and “stunt growth,” Howard Dean proclaimed`: the cue after the sentence's last
    quote."""
    if not _late(c):
        return None
    p_start, p_end = c.paragraph
    starts = paragraph_starts(c.text, p_start, p_end)
    k = bisect_right(starts, c.span.outer_end)
    sentence_end = starts[k] if k < len(starts) else p_end
    whole = c.text[c.span.outer_end:min(sentence_end, c.span.outer_end + MAX_SENTENCE)]
    last = max(whole.rfind("”"), whole.rfind('"'))
    if last > 0 and _COMMA_OR_SPACE.match(whole[last + 1:last + 2] or ".") \
            and len(WORDS.findall(whole[last + 1:])) <= 14:
        late = attribution_after(whole[last + 1:])
        if late and late.mention and late.mention.named:
            return late, None
    return None


def subject_verb(c: QuoteContext) -> Hit | None:
    """`Sanders has consistently pushed his promise of “free college”`: a short fragment after its named
    subject's verb; the verb is the cue and the clause after it the quote."""
    fallback = None if c.has_front else c.nearby
    if (fallback is None or fallback.mention is None or not fallback.mention.named
            or len(WORDS.findall(c.content)) >= 5):
        return None
    return subject_verb_clause(c.text, c.span, c.sentence_start, fallback.mention, c.paragraph)


def nearby_speaker(c: QuoteContext) -> Hit | None:
    """`Sanders used the question to demand “…”`, `Smith told Fox X. “…”`: no cue next to the quote, the
    subject of its sentence or the speaker of the sentence before (see `subjects.nearby_attribution`)."""
    if c.has_front or c.nearby is None:
        return None
    return c.nearby, None


def _paragraph_intro(c: QuoteContext) -> tuple[int, int, str, str] | None:
    """The paragraph before, when only it can attribute the quote (nothing in the quote's own paragraph)."""
    if c.has_front or c.nearby is not None:
        return None
    return c.intro


def paragraph_before_cue(c: QuoteContext) -> Hit | None:
    """A quote paragraph after `Smith said:` ending the paragraph before."""
    intro = _paragraph_intro(c)
    if intro is None or not intro[2].endswith(":"):
        return None
    attribution = attribution_before(intro[3])
    if attribution and attribution.mention:
        return attribution, None
    return None


def paragraph_before_label(c: QuoteContext) -> Hit | None:
    """A quote paragraph after `Trump, on Twitter:`, `Trump’s statement in full:`: a colon intro without a
    verb."""
    intro = _paragraph_intro(c)
    mention = label_name(intro[3]) if intro is not None and intro[2].endswith(":") else None
    return (Attribution(mention, ":"), None) if mention is not None else None


def paragraph_before_cue_sentence(c: QuoteContext) -> Hit | None:
    """A quote paragraph after `Trump responded Tuesday.`: only a subject and a response verb."""
    intro = _paragraph_intro(c)
    found = cue_sentence(intro[3]) if intro is not None and not intro[2].endswith(":") else None
    return (Attribution(*found), None) if found is not None else None


def paragraph_before_heading(c: QuoteContext) -> Hit | None:
    """`Rep. Nancy Pelosi` as the paragraph heading the quote paragraph."""
    intro = _paragraph_intro(c)
    mention = name_heading(c.text, intro[0], intro[1]) if intro is not None else None
    return (Attribution(mention, "-"), None) if mention is not None else None


def paragraph_after_signature(c: QuoteContext) -> Hit | None:
    """A quote paragraph signed by the next one: `“…”` then `- Bernie Sanders.`, `Smith said.`"""
    p = c.span.paragraph
    if (c.has_front or c.nearby is not None or not c.opens_paragraph or p + 1 >= len(c.paragraphs)
            or _BLANK_OR_STOP.fullmatch(c.text, c.span.outer_end, c.paragraph[1]) is None):
        return None
    mention = signature(c.text, *c.paragraphs[p + 1])
    return (Attribution(mention, "-"), None) if mention is not None else None


def _front_clause(c: QuoteContext) -> list[str] | None:
    """The words between the cue before the quote and the quote (`that` dropped), when the quote is part of a
    reported clause after the cue (`Smith said the plan was “a mess”`); None when the cue introduces it."""
    attribution = c.front
    if not c.has_front or attribution is None or attribution.cue == ":" or attribution.cue_end < 0:
        return None
    if (not c.own_sentence and c.content[:1].islower()
            and c.text[c.base:c.span.outer_start].rstrip().endswith(",")):
        return None  # `“X,” Trump said at a rally in Ohio, “but Y.”`: the second half of a split quote
    cue_end = c.base + attribution.cue_end
    between = WORDS.findall(c.text[cue_end:c.span.outer_start])
    if between and between[0].lower() == "that":
        between = between[1:]
    o = c.span.outer_end
    continues = _GOES_ON.match(c.text[o:o + 3]) is not None
    ended = c.content.rstrip().endswith((".", "!", "?", "…", ","))
    if ((len(between) >= 2 or (continues and not ended))
            and not c.text[cue_end:c.span.outer_start].rstrip().endswith(":")):
        return between
    return None


def source_modifier(c: QuoteContext) -> Hit | None:
    """`citing “well-informed” Moscow sources`: a quoted word or two right after a cue that names sources,
    going on into the noun it describes; a scare quote in the description of the source, not speech."""
    attribution = c.front
    if (attribution is None or (attribution.cue or "").lower() not in SOURCE_CUES or attribution.cue_end < 0
            or len(WORDS.findall(c.content)) > 3 or c.content.rstrip().endswith((".", ",", "!", "?"))):
        return None
    between = c.text[c.base + attribution.cue_end:c.span.outer_start]
    goes_on = _NOUN_AFTER.match(c.text, c.span.outer_end) is not None
    return NO_SPEAKER if goes_on and not between.strip() else None


def programme_title_in_clause(c: QuoteContext) -> Hit | None:
    """`said in an interview on CNN’s “State of the Union”`: a title in the clause after the cue, not
    speech."""
    between = _front_clause(c)
    if (between and between[0].lower() in TITLE_PREPOSITIONS and _title_like(c.content)
            and _after_programme(c)):
        return NO_SPEAKER
    return None


def cue_before_clause(c: QuoteContext) -> Hit | None:
    """`Smith said the plan was “a mess”`, `according to X, C “…”`, `telling CNN that Trump is a “faker”`:
    the quote is part of the clause the cue reports; that clause is the quote."""
    if _front_clause(c) is None or c.front is None:
        return None
    attribution = c.front
    clause_start = skip_space(c.text, c.base + attribution.cue_end)
    if attribution.cue == "according to":  # `according to X, C`: the clause follows the comma
        comma = c.text.find(",", clause_start, c.span.outer_start)
        clause_start = skip_space(c.text, comma + 1) if comma >= 0 else c.span.start
    that = _THAT_AFTER_WORDS.match(c.text[clause_start:c.span.outer_start])
    if that and (attribution.cue or "").startswith(("tell", "told")):
        clause_start += that.end()
    elif c.text.startswith("that ", clause_start):
        clause_start += 5
    end = clause_end(c.text, c.span, *c.paragraph)
    if c.next_start < end and ":" in c.text[c.span.outer_end:c.next_start]:
        end = c.span.outer_end  # `“extremely interested” in X: “Because ...”`: the next quote is speech
    return attribution, (clause_start, end)


def cue_before(c: QuoteContext) -> Hit | None:
    """`Smith said: “We won.”`: the cue in front of the quote."""
    return (c.front, None) if c.has_front else None


Rule = Callable[[QuoteContext], Hit | None]

#: The context rules, first hit wins. Rules up to `paragraph_after_signature` apply when the words after
#: the quote, the sentence or the paragraphs name the speaker; the last three when a cue stands before it.
CONTEXT_RULES: tuple[Rule, ...] = (
    programme_title,
    work_title,
    dash_signature,
    cue_after,
    late_cue_clause,
    late_said,
    after_last_quote,
    subject_verb,
    nearby_speaker,
    paragraph_before_cue,
    paragraph_before_label,
    paragraph_before_cue_sentence,
    paragraph_before_heading,
    paragraph_after_signature,
    source_modifier,
    programme_title_in_clause,
    cue_before_clause,
    cue_before,
)


def attribute_in_context(text: str, span: MarkedSpan, paragraphs: Sequence[tuple[int, int]], prev_end: int,
                         next_start: int) -> ContextAttribution:
    """The first hit of `CONTEXT_RULES` for a quote whose context ends at `next_start`."""
    context = QuoteContext.of(text, span, paragraphs, prev_end, next_start)
    for rule in CONTEXT_RULES:
        hit = rule(context)
        if hit is not None:
            return ContextAttribution(hit[0], hit[1], rule.__name__, not_speech=hit is NO_SPEAKER)
    return ContextAttribution(None)


def attribute_quote(text: str, span: MarkedSpan, paragraphs: Sequence[tuple[int, int]], prev_end: int,
                    limit: int, wider_limit: int) -> ContextAttribution:
    """The attribution of a quote in running text, and the reported clause around it if any.

    `limit`: where the words after the quote stop (the next quote). `wider_limit`: past short quoted names
    and titles (`X, wearing a “Ted Cruz” pin, said`), tried when nothing was found within `limit`. A source
    the quote is relayed through (`…, according to Reuters`) then replaces the speaker.
    """
    found = attribute_in_context(text, span, paragraphs, prev_end, limit)
    if found.not_speech:
        return found
    if found.attribution is None and wider_limit > limit:
        found = attribute_in_context(text, span, paragraphs, prev_end, wider_limit)
    ended = text[span.start:span.end].rstrip().endswith((".", "!", "?", "…"))
    relay, rule = relayed_by(text, span.outer_end, limit, ended), "relayed_by"
    if relay is None:
        relay, rule = relayed_before(text, span, paragraphs), "relayed_before"
    if relay is None:
        return found
    cue = found.attribution.cue if found.attribution else "according to"
    return ContextAttribution(Attribution(relay, cue), found.clause, rule)


def attribute_block(text: str, span: MarkedSpan, paragraphs: Sequence[tuple[int, int]]) -> ContextAttribution:
    """A block quote is the speech of the cue's subject in the paragraph that introduces it (`…, telling
    Meduza:`)."""
    index = span.paragraph
    a, b = paragraphs[index - 1] if index > 0 else paragraphs[index]
    return ContextAttribution(attribution_before(last_sentence(text, a, b)), None, "block_intro")
