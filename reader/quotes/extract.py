"""Quotes of one text: spans (marks, dialogue dashes, block quotes, reported speech), kinds, speaker mentions.

Works on plain text and a list of paragraph spans, so the app (a `Document`, chrome left out) and the PolNeAR
evaluation (a raw .txt file, offsets as in the file) run the very same code.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from .attribution import attribution_after, attribution_before
from .dashes import find_block_quotes, find_dash_speech
from .lexicon import CUE, ROLE_HEADS, TITLES
from .marks import MarkedSpan, find_marked, para_of
from .mentions import Attribution, Mention, described_subject, leading_subject, make_mention
from .model import QuoteKind
from .sentences import first_sentence_end, sentence_starts

_WORDS = re.compile(r"[\w’'-]+")
_QUOTE_CHARS = re.compile(r"[\"“”„«»]")
_CLAUSE_BREAK = re.compile(r"[,;:]\s|\s[—–-]\s|\s(?:and|but|while|whereas)\s+"
                           r"(?=(?:[a-z]+(?:ed|ing|s)|said|told|wrote|went|made|took|gave)\b)")
#: Characters of context looked at around a quote within its sentence.
MAX_SENTENCE = 600
#: The longest attribution clause between the two halves of a split quote, in words.
GAP_WORDS = 30
_REPORTED_SAY = {"said", "says", "say", "told", "tells", "claim", "claims", "claimed", "believe", "believes",
                 "believed", "added", "adds", "argued", "argues", "insisted", "insists", "warned", "warns",
                 "noted", "notes", "stressed", "emphasized", "emphasised", "explained", "wrote", "writes",
                 "reported", "reports", "announced", "confirmed", "predicted", "suggested", "admitted",
                 "acknowledged", "estimated", "estimates", "point out", "points out", "pointed out"}


@dataclass(frozen=True, slots=True)
class FoundQuote:
    """A quote of one text before speakers are merged: offsets into the text, its kind and who said it."""

    start: int
    end: int
    kind: QuoteKind
    form: str  # "marks", "dash", "block" or "reported"
    mention: Mention | None
    cue: str | None
    paragraph: int = -1  # index into the paragraph spans given to find_quotes
    opens_paragraph: bool = False  # nothing but marks or a dash before it in its paragraph
    #: for a pronoun speaker (`he said`): the last named subject of a sentence before the quote, and where
    antecedent: Mention | None = None
    antecedent_at: int = -1


def paragraphs_of_text(text: str) -> list[tuple[int, int]]:
    """Paragraph spans of a plain text: its non-blank lines (the PolNeAR files hold one paragraph a line)."""
    spans = []
    for m in re.finditer(r"[^\n]+", text):
        if m.group().strip():
            spans.append((m.start(), m.end()))
    return spans


def find_quotes(text: str, paragraphs: Sequence[tuple[int, int]]) -> list[FoundQuote]:
    """Every quote in the given paragraphs of `text`, in text order, with its speaker mention."""
    if not paragraphs:
        return []
    marked = find_marked(text, paragraphs)
    dashed = find_dash_speech(text, paragraphs, marked)
    blocks = find_block_quotes(text, paragraphs, [*marked, *dashed])
    spans = sorted([(s, "marks") for s in marked] + [(s, "dash") for s in dashed]
                   + [(s, "block") for s in blocks], key=lambda x: x[0].outer_start)
    found: list[FoundQuote] = []
    for n, (span, form) in enumerate(spans):
        p_start, p_end = paragraphs[span.paragraph]
        # neighbours within a few spans: spans are sorted, so this stays linear on quote-heavy texts
        # short quoted names and titles before the quote (`visited NBC’s “Today” to discuss …, saying`) are
        # part of the sentence that introduces it, not speech of their own
        prev_end = max([p_start] + [s.outer_end for s, _ in spans[max(0, n - 8):n]
                                    if s.outer_end <= span.outer_start and not _short(text, s)])
        next_start = min([p_end] + [s.outer_start for s, _ in spans[n + 1:n + 9]
                                    if s.outer_start >= span.outer_end])
        # the attribution may hold a short quoted name or title (`X, wearing a “Ted Cruz” pin, said`)
        following = [s for s, _ in spans[n + 1:n + 9] if s.outer_start >= span.outer_end]
        attribution_limit = min([p_end, span.outer_end + MAX_SENTENCE]
                                + [s.outer_start for s in following if not _short(text, s)])
        skips_short = any(s.outer_start < attribution_limit and _short(text, s) for s in following)
        start, end = span.start, span.end
        if form == "block":
            intro_a, intro_b = _paragraph_before(paragraphs, span.paragraph)
            attribution = attribution_before(_last_sentence(text, intro_a, intro_b))
        else:
            limit = max(next_start, span.outer_end)
            attribution, clause = _attribute(text, span, prev_end, limit, paragraphs)
            if attribution is None and skips_short and attribution_limit > limit:
                attribution, clause = _attribute(text, span, prev_end, attribution_limit, paragraphs)
            ended = text[span.start:span.end].rstrip().endswith((".", "!", "?", "…"))
            relay = _relayed_by(text, span.outer_end, limit, ended) or _relayed_before(text, span, paragraphs)
            if relay is not None:
                attribution = Attribution(relay, attribution.cue if attribution else "according to")
            if found and found[-1].start <= span.start and span.end <= found[-1].end:
                continue  # a second fragment of a partial quote already taken whole
            if clause is not None:
                start, end = clause
        kind = _kind(text[span.start:span.end], form, attribution)
        if (start, end) != (span.start, span.end):
            kind = "partial"  # a reported clause with quoted words in it: `Smith said the plan was “a mess”`
        quote = FoundQuote(start, end, kind, form, attribution.mention if attribution else None,
                           attribution.cue if attribution else None, span.paragraph)
        if found and _continues(text, paragraphs, found[-1], quote):
            found[-1] = replace(found[-1], end=quote.end)
            continue
        found.append(quote)
    found.extend(_reported_speech(text, paragraphs, spans))
    found.sort(key=lambda q: q.start)
    placed = []
    for q in found:
        p = para_of(paragraphs, q.start)
        lead = text[paragraphs[p][0]:q.start]
        q = replace(q, paragraph=p, opens_paragraph=not lead.strip(" \u00a0\"“„«»‘'–—-"))
        if q.mention is None and q.kind == "direct":
            label = _speaker_label(text[q.start:q.end])
            if label is not None:
                q = replace(q, mention=label, cue=":")
        if (q.mention is None and q.kind == "direct") or (q.mention is not None
                                                          and q.mention.pronoun in ("he", "she")):
            antecedent = _antecedent(text, paragraphs, p, q.start, described=q.mention is None)
            if antecedent is not None:
                q = replace(q, antecedent=antecedent[0], antecedent_at=antecedent[1])
        placed.append(q)
    return placed


_LABEL = re.compile(r"((?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'-]*):\s+[A-Z]")


def _speaker_label(content: str) -> Mention | None:
    """`“Jane Roe: We will …`: a transcript's speaker label opening the quoted text, or None."""
    m = _LABEL.match(content)
    if m is None:
        return None
    mention = make_mention(m.group(1))
    # a full name as written (`Jane Roe`), not one word (`Update:`) nor a phrase cut down (`In Short:`)
    ok = mention is not None and mention.named and " " in m.group(1) and mention.name == m.group(1)
    return mention if ok else None


def _antecedent(text: str, paragraphs: Sequence[tuple[int, int]], p: int,
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
        starts = _starts(text, a, b)
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
    clauses = re.split(r",\s+", sentence)
    for n, clause in enumerate(clauses[:3]):
        mention = leading_subject(clause)
        if mention is None or not mention.named or mention.pronoun is not None:
            continue
        if n == 0 or len(clause.split()) > len(mention.text.split()):
            return mention  # after an opening phrase, only a subject with its verb (not `Des Moines, Iowa`)
    return None


def _continues(text: str, paragraphs: Sequence[tuple[int, int]], prev: FoundQuote, q: FoundQuote) -> bool:
    """Whether `q` is the rest of `prev`'s speech: `“X,” she said. “Y.”`, or a following quote paragraph.

    Such a quote has no attribution of its own; between the two there is at most the attribution clause.
    """
    if q.form != prev.form:
        return False
    shared = (q.cue is not None and q.form == "marks" and q.paragraph == prev.paragraph and q.cue == prev.cue
              and q.cue in text[prev.end:q.start].lower() and text[q.start:q.start + 1].islower())
    if q.cue is not None and not shared:
        return False  # its own attribution; `“X,” he added, “to do Y”` shares one clause: one sentence
    sentence = text[q.start:q.end].rstrip().endswith((".", "!", "?", "…"))
    if q.kind != "direct" and not (q.kind == "partial" and sentence):
        return False  # a short quoted sentence (“He sort of redirected.”) may still end a split quote
    if prev.kind != "direct" and (prev.cue is None or _QUOTE_CHARS.search(text, prev.start, prev.end)):
        return False  # a scare quote, or a reported clause: not the first half of a speech
    if q.paragraph == prev.paragraph:
        gap = text[prev.end:q.start]
    elif q.paragraph == prev.paragraph + 1:
        p_start = paragraphs[q.paragraph][0]
        if text[p_start:q.start].strip(" \u00a0\"“„«‘'–—-"):
            return False
        gap = text[prev.end:paragraphs[prev.paragraph][1]]
    else:
        return False
    words = _WORDS.findall(gap)
    end = first_sentence_end(gap.strip(" \u00a0\"“”„«»") + " ")
    one_clause = end is None or not _WORDS.findall(gap.strip(" \u00a0\"“”„«»")[end:])
    if not (len(words) <= GAP_WORDS and one_clause):
        return False
    # the gap is the attribution: a cue verb, or `he shot back`, `Toomey fumed`
    bare = gap.strip(" \u00a0\"“”„«»")
    return not words or CUE.search(gap) is not None or attribution_after(bare) is not None


#: `…,” Walker said, according to an Associated Press account.`: the quote's sentence ends by naming the
#: account it is taken from.
_RELAY = re.compile(r"(?:,\s*|^\s+)(?:according\s+to|as\s+reported\s+by|reports?|reported|via)\s+"
                    r"((?:[^,.;:“”\"]|(?<=\b[A-Z])\.){2,100}?)\s*[.;]?\s*$")


#: `“…,” the pope told reporters, according to Reuters, during …`: the account named inside the sentence.
_RELAY_INSIDE = re.compile(r",\s+according\s+to\s+([^,.;:“”\"]{2,60}?)\s*,")


def _relayed_by(text: str, quote_end: int, limit: int, ended: bool) -> Mention | None:
    """The source a quote is relayed through, named at the end of its sentence, or None.

    `ended`: the quote closes with a full stop, so the sentence after it is another one unless it goes on
    at once (`“….” according to X`) or with a cue (`“….” Smith said, according to X`).
    """
    rest = text[quote_end:min(limit, quote_end + MAX_SENTENCE)]
    if ended and not re.match(r"[\s,]*(?:according|reports?\b|reported\b|via\b|as\s+reported)", rest) \
            and not CUE.search(rest[:40]):
        return None
    stop = first_sentence_end(rest)
    rest = rest[:stop] if stop is not None else rest
    if re.search(r"[“”\"]", rest):
        return None
    m = _RELAY.search(rest) or _RELAY_INSIDE.search(rest)
    if m is None:
        return None
    mention = make_mention(m.group(1), described=True)
    return mention if mention is not None and mention.pronoun is None else None


_RELAY_LEAD = re.compile(r"\s*(?:[A-Z][\w’' ,]{0,30},\s*)?(?:[Aa]ccording\s+to\s+([^,.;:“”\"]{2,80}?),\s+"
                         r"[^“”\"]*\b(?:said|says|told|wrote|writes|added|asked)\b"
                         r"|[Aa]s\s+(?:first\s+)?reported\s+by\s+([^,.;:“”\"]{2,80}?),)")


def _relayed_before(text: str, span: MarkedSpan, paragraphs: Sequence[tuple[int, int]]) -> Mention | None:
    """`According to X, Smith said “…”`, `As reported by X, …`: the source named at the start of the quote's
    sentence."""
    p_start, p_end = paragraphs[span.paragraph]
    starts = _starts(text, p_start, p_end)
    sentence_start = max(starts[max(0, bisect_right(starts, span.outer_start) - 1)],
                         span.outer_start - MAX_SENTENCE)
    m = _RELAY_LEAD.match(text[sentence_start:span.outer_start])
    if m is None:
        return None
    mention = make_mention(m.group(1) or m.group(2), described=True)
    return mention if mention is not None and mention.pronoun is None else None


def _short(text: str, span: MarkedSpan) -> bool:
    """A quoted name or title of a few words, not a sentence."""
    content = text[span.start:span.end]
    return 1 <= len(_ALNUM.findall(content)) <= 3 and not content.rstrip().endswith((".", "!", "?", ","))


def _paragraph_before(paragraphs: Sequence[tuple[int, int]], index: int) -> tuple[int, int]:
    return paragraphs[index - 1] if index > 0 else paragraphs[index]


def _last_sentence(text: str, a: int, b: int) -> str:
    return text[sentence_starts(text, a, b)[-1]:b]


def _attribute(text: str, span: MarkedSpan, prev_end: int, next_start: int,
               paragraphs: Sequence[tuple[int, int]]) -> tuple[Attribution | None, tuple[int, int] | None]:
    """The attribution of a quote, and the reported clause around it when the quote is only part of it."""
    p_index = span.paragraph
    p_start, p_end = paragraphs[p_index]
    after = text[span.outer_end:next_start]
    inner_tail = text[max(span.start, span.end - 2):span.end]
    # the quote's own sentence goes on after it unless the quote ended with a full stop
    ends_sentence = (inner_tail.rstrip().endswith((".", "…"))
                     and not after.lstrip().startswith(("said", "says")))
    cut = first_sentence_end(after)
    if cut is not None and not ends_sentence:
        after = after[:cut]
    starts = _starts(text, p_start, p_end)
    sentence_start = starts[max(0, bisect_right(starts, span.outer_start) - 1)]
    # a "sentence" longer than this is not prose (a list, a dump of marks): look no further back
    sentence_start = max(sentence_start, span.outer_start - MAX_SENTENCE)
    lead = text[sentence_start:span.outer_start]
    if (_title_like(text[span.start:span.end])
            and _PROGRAMME_BEFORE.search(text, max(0, span.outer_start - 40), span.outer_start)
            and re.search(r"[’']s\s*$", text[max(0, span.outer_start - 40):span.outer_start])):
        return None, None  # `Friday on CNN’s “New Day,” Sen. Smith said`: a programme's title, not speech
    signed = (_DASH_SIGNED.match(after) if len(_WORDS.findall(text[span.start:span.end])) >= 5
              and len(_WORDS.findall(lead)) <= 3 and not CUE.search(lead) else None)
    if signed:  # a sentence signed by its speaker (not `“Make America Great Again” (MAGA) hats`)
        mention = make_mention(signed.group(1))
        if mention is not None and mention.named:
            return Attribution(mention, "-"), None
    own_sentence = prev_end <= sentence_start  # no earlier quote in this sentence
    # the cue in front of the quote, if any: looked up once, used by the checks below and as the fallback
    in_front = attribution_before(lead) if own_sentence else None
    # `Smith said: “….” Jones said …`: a quote closing its sentence after a cue and a colon or comma is the
    # speech of the cue's subject, whatever the next sentence says
    closed = ends_sentence or (inner_tail.rstrip().endswith(("?", "!"))
                               and _ATTRIBUTION_FOR_NEXT.fullmatch(after) is not None)
    introduced = (closed and lead.rstrip().endswith((":", ",")) and in_front is not None
                  and in_front.mention is not None)
    attribution = (None if introduced or (ends_sentence and not _starts_with_attribution(after))
                   else attribution_after(after))
    if (attribution and attribution.cue and in_front is not None and in_front.mention is not None
            and _reports_own_clause(after, attribution.cue)):
        # `As Trump claimed that “…,” a prosecutor said the cases were different`: the cue after the quote
        # reports a clause of its own; the cue before the quote is the quote's
        attribution = None
    if (attribution and attribution.mention and attribution.mention.pronoun
            and lead.rstrip().endswith((":", ",")) and in_front is not None and in_front.mention is not None
            and in_front.mention.named):
        # `Fallon fired back: “…,” he wrote`: the pronoun is the subject introducing the quote
        attribution = Attribution(in_front.mention, attribution.cue)
    if attribution and attribution.mention:
        embedded = len(_WORDS.findall(lead)) >= 2 and not lead.rstrip().endswith((":", ","))
        if embedded and own_sentence:  # `X is a “loser,” Y said`
            return attribution, (_skip_space(text, sentence_start), span.outer_end)
        return attribution, None
    base = max(prev_end, sentence_start)
    attribution = in_front if own_sentence else attribution_before(text[base:span.outer_start])
    if not (attribution and attribution.mention) and prev_end <= sentence_start and not ends_sentence:
        # `“…” and donations began to pick up again last week, Gilbert said.`: the cue ends the sentence
        rest = text[span.outer_end:next_start]
        stop = first_sentence_end(rest)
        rest = rest[:stop] if stop is not None else rest
        comma = rest.rfind(", ")
        if comma > 0 and len(_WORDS.findall(rest[comma:])) <= 16:
            late = attribution_after(rest[comma:])
            if late and late.mention:
                return late, (_skip_space(text, sentence_start), span.outer_end + comma)
        for m in list(_LATE_SAID.finditer(rest))[:1]:
            # `“X” that Sanders can catch Clinton, said Steve Elmendorf, deputy campaign manager …`
            late = attribution_after(rest[m.start():])
            if late and late.mention and late.mention.named and len(_WORDS.findall(rest[:m.start()])) <= 25:
                return late, None
        # `Guns are “a crisis” and “stunt growth,” Howard Dean proclaimed`: after the sentence's last quote
        starts = _starts(text, p_start, p_end)
        k = bisect_right(starts, span.outer_end)
        sentence_end = starts[k] if k < len(starts) else p_end
        whole = text[span.outer_end:min(sentence_end, span.outer_end + MAX_SENTENCE)]
        last = max(whole.rfind("”"), whole.rfind('"'))
        if last > 0 and re.match(r"[,\s]", whole[last + 1:last + 2] or ".") \
                and len(_WORDS.findall(whole[last + 1:])) <= 14:
            late = attribution_after(whole[last + 1:])
            if late and late.mention and late.mention.named:
                return late, None
    if not (attribution and attribution.mention):
        fallback = _nearby_attribution(text, span, sentence_start, (p_start, p_end), prev_end)
        if fallback is not None:
            if (fallback.mention is not None and fallback.mention.named
                    and len(_WORDS.findall(text[span.start:span.end])) < 5):
                mixed = _subject_verb_clause(text, span, sentence_start, fallback.mention, (p_start, p_end))
                if mixed is not None:
                    return mixed
            return fallback, None
        opens = _BLANK.fullmatch(text, p_start, span.outer_start) is not None  # (no slicing: long paragraphs)
        if opens and p_index > 0:
            # a quote paragraph after `Smith said:` ending the paragraph before
            a, b = paragraphs[p_index - 1]
            intro = text[a:b].rstrip()
            last_sentence = _last_sentence(text, a, a + len(intro))
            if intro.endswith(":"):
                attribution = attribution_before(last_sentence)
                if attribution and attribution.mention:
                    return attribution, None
                mention = _label_name(last_sentence)
                if mention is not None:
                    return Attribution(mention, ":"), None
            else:
                cue_only = _CUE_SENTENCE.fullmatch(last_sentence)
                mention = make_mention(cue_only.group(1), described=True) if cue_only else None
                if mention is not None and (mention.named or mention.pronoun in ("he", "she")):
                    return Attribution(mention, cue_only.group(2).lower()), None  # `Trump responded Tuesday.`
            heading = _NAME_HEADING.fullmatch(text, a, b)
            mention = make_mention(heading.group(1)) if heading else None
            if mention is not None and mention.named and _only_titles_before(heading.group(1), mention.name):
                return Attribution(mention, "-"), None  # `Rep. Nancy Pelosi` heading the quote paragraph
        if opens and _BLANK_OR_STOP.fullmatch(text, span.outer_end, p_end) is not None \
                and p_index + 1 < len(paragraphs):
            # a quote paragraph signed by the next one: `“…”` then `- Bernie Sanders.`
            a, b = paragraphs[p_index + 1]
            signed = (_SIGNATURE.match(text, a, b) or _SAID_NEXT.match(text, a, b)
                      or _NAME_AND_AFFILIATION.match(text, a, b))
            mention = make_mention(next(g for g in signed.groups() if g)) if signed else None
            if mention is not None and mention.named:
                return Attribution(mention, "-"), None
        return None, None
    if attribution.cue != ":" and attribution.cue_end >= 0:
        cue_end = base + attribution.cue_end
        between = _WORDS.findall(text[cue_end:span.outer_start])
        if between and between[0].lower() == "that":
            between = between[1:]
        continues = re.match(r"[ \u00a0]+[a-z(]", text[span.outer_end:span.outer_end + 3]) is not None
        ended = text[span.start:span.end].rstrip().endswith((".", "!", "?", "…", ","))
        if ((len(between) >= 2 or (continues and not ended))
                and not text[cue_end:span.outer_start].rstrip().endswith(":")):
            if (between and between[0].lower() in _TITLE_PREPOSITIONS
                    and _title_like(text[span.start:span.end])
                    and _PROGRAMME_BEFORE.search(text, max(0, span.outer_start - 40), span.outer_start)):
                return None, None  # `said in an interview on CNN’s “State of the Union”`: a title, not speech
            clause_start = _skip_space(text, cue_end)
            if attribution.cue == "according to":  # `according to X, C`: the clause follows the comma
                comma = text.find(",", clause_start, span.outer_start)
                clause_start = _skip_space(text, comma + 1) if comma >= 0 else span.start
            that = re.match(r"(?:[\w’'.-]+\s+){0,4}?that\s+", text[clause_start:span.outer_start])
            if that and (attribution.cue or "").startswith(("tell", "told")):
                clause_start += that.end()  # `telling CNN that Trump is a “faker”`
            elif text.startswith("that ", clause_start):
                clause_start += 5
            end = _clause_end(text, span, p_start, p_end)
            if next_start < end and ":" in text[span.outer_end:next_start]:
                end = span.outer_end  # `“extremely interested” in X: “Because ...”`: the next quote is speech
            return attribution, (clause_start, end)
    return attribution, None


def _nearby_attribution(text: str, span: MarkedSpan, sentence_start: int, paragraph: tuple[int, int],
                        prev_end: int) -> Attribution | None:
    """No cue next to the quote: the subject of its own sentence (`Sanders used the question to demand “…”`),
    or, for a quote opening a sentence, the speaker of the sentence before (`Smith told Fox X. “…”`)."""
    p_start, p_end = paragraph
    lead = text[sentence_start:span.outer_start]
    if len(_WORDS.findall(lead)) >= 2 and prev_end <= sentence_start:
        mention = leading_subject(lead)
        verb = lead.split()[len(mention.text.split()):][:2] if mention is not None else []
        if verb and verb[0].lower() in ("has", "have", "had"):
            verb = verb[1:]  # `has been`
        if mention is not None and mention.named and not (verb and verb[0].lower() in _COPULAS):
            return Attribution(mention, None)  # not `Guns are “a crisis”`: the topic, not a speaker
        clauses = re.split(r",\s+", lead.strip())
        for clause in clauses[-1:0:-1][:2]:  # `In 2014, Pew found that “…”`: the subject of a later clause
            mention = leading_subject(clause)
            rest = clause.split()[len(mention.text.split()):] if mention is not None else []
            if mention is not None and mention.named and rest and rest[0].islower() \
                    and rest[0] not in _COPULAS and rest[0] not in _TITLE_PREPOSITIONS:
                return Attribution(mention, None)
        described = _DESCRIBED_SUBJECT.match(clauses[-1] if len(clauses) > 1 else lead.strip())
        if described and len(_WORDS.findall(text[span.start:span.end])) >= 3:
            # `The ad targets a “corrupt political system …”`: a document or body as the source
            mention = make_mention(described.group(1), described=True)
            if mention is not None:
                return Attribution(mention, None)
    if not lead.strip() and sentence_start > p_start:
        all_starts = _starts(text, p_start, p_end)
        starts = all_starts[:bisect_left(all_starts, sentence_start)] or [p_start]
        previous = text[starts[-1]:sentence_start]
        attribution = attribution_before(previous)
        if attribution and attribution.mention and attribution.cue != ":":
            return Attribution(attribution.mention, None)  # inferred: no cue next to the quote
    return None


def _subject_verb_clause(text: str, span: MarkedSpan, sentence_start: int, mention: Mention,
                         paragraph: tuple[int, int]) -> tuple[Attribution, tuple[int, int]] | None:
    """A short quoted fragment in a clause whose named subject acts on it with a verb outside the cue list
    (`Sanders has consistently pushed his promise of “free college”`): the verb is taken as the cue and the
    quote is the clause after it, as for `Smith said the plan was “a mess”`."""
    lead = text[sentence_start:span.outer_start]
    at = lead.find(mention.text)
    if at < 0:
        return None
    verb = _VERB_AFTER_SUBJECT.match(lead, at + len(mention.text))
    if verb is None or verb.group(1) in _COPULAS:
        return None
    clause_start = _skip_space(text, sentence_start + verb.end())
    if text.startswith("that ", clause_start):
        clause_start += 5
    return Attribution(mention, verb.group(1)), (clause_start, _clause_end(text, span, *paragraph))


#: The words between two quotes when they only introduce the second: `Mills then writes back, `.
_ATTRIBUTION_FOR_NEXT = re.compile(r"\s+[A-Z][^.!?“”\"]{0,80}[,:]\s*")


def _reports_own_clause(after: str, cue: str) -> bool:
    """Whether the cue found after a quote is followed, in its sentence, by a clause with a finite verb of
    its own (`…,” a prosecutor said the two cases were different`), not by adverbials (`said on Tuesday`)."""
    m = re.search(r"\b" + re.escape(cue) + r"\b", after, re.IGNORECASE)
    if m is None:
        return False
    rest = after[m.end():]
    stop = first_sentence_end(rest)
    rest = rest[:stop] if stop is not None else rest
    return re.match(r"[\s\u00a0]*(?:that\s+)?[^,;:“”\"]*?\b(?:is|are|was|were|has|have|had|will|would|can|"
                    r"could|should|must)\b", rest) is not None


@lru_cache(maxsize=256)
def _starts(text: str, a: int, b: int) -> list[int]:
    """Sentence starts of one paragraph, computed once per paragraph (quotes in it share them)."""
    return sentence_starts(text, a, b)


def _skip_space(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in " ,\u00a0":
        pos += 1
    return pos


def _clause_end(text: str, span: MarkedSpan, p_start: int, p_end: int) -> int:
    """The end of the clause a quoted fragment sits in (not before the fragment's closing mark).

    The clause ends with its sentence, or earlier where the sentence goes on with another clause:
    `he was “outraged”, arguing that ...`, `the system was “corrupt,” noting ...`, `... and threatened ...`.
    """
    starts = _starts(text, p_start, p_end)
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


_BLANK = re.compile(r"\s*")
_ALNUM = re.compile(r"[^\W_]+")
_BLANK_OR_STOP = re.compile(r"[ .\u00a0]*")
def _spaced(pattern: str) -> re.Pattern[str]:
    """Compile a pattern written with plain spaces, each standing for a run of spaces or no-break spaces."""
    return re.compile(pattern.replace(" ", r"[ \u00a0]+"))


_NAME = r"(?:[A-Z][\w’'.-]* ){0,3}[A-Z][\w’'-]*"  # up to four capitalised words (for `_spaced`)
#: A paragraph that only signs the quote before it: `- Bernie Sanders.`, `— Hillary Clinton`, `(Jane Roe)`,
#: `—@handle`. The name may be followed by a description: `-President Obama, tweeting after the speech.`
_SIGNATURE = re.compile(r"[ \u00a0]*(?:[-–—]+[ \u00a0]*|\()([A-Z][\w’'.-]*(?:[ \u00a0]+[A-Z][\w’'.-]*){0,3}"
                        r"|@\w+)[ \u00a0]*(?:[,(][^“”\"]*|\))?\.?[ \u00a0]*$")
#: A paragraph opening with the attribution of the quote paragraph before: `Said Smith, a farmer.`,
#: `Smith said.`, and looking back: `That’s what Smith told reporters.`, `So said Smith.`, `That was Smith
#: on Tuesday.`, `Those were the words of Smith.`
_SAID_NEXT = _spaced(r"\s*(?:(?:[Ss]aid|[Aa]dded|[Ww]rote|[Tt]weeted) ([A-Z][^,.;:“”\"]{1,60})"
                     r"|(" + _NAME + r") (?:said|says|added|wrote)\s*[.,])"
                     r"|\s*(?:(?:That|This)(?:[’']s| is| was) (?:what|how) |So (?:said|says|wrote) |That was "
                     r"|(?:Those|These) (?:were|are) the words of )(" + _NAME + r")(?=\s*[.,]| [a-z])")
_TEXT_NOUN = r"(?:statement|response|remarks|tweets?|answer|reply|post|letter|message|speech|comments?)"
#: A colon intro without a verb: `Trump, on Twitter:`, `Trump’s statement in full:`, `The statement from
#: Trump:`.
_LABEL_FORMS = [
    _spaced("(" + _NAME + r"), (?:on|in|at|via|to|from) [^,;:“”\"]{1,40}:"),
    _spaced(r"(?:Here is |Here[’']s |Read )?(" + _NAME + r")[’']s (?:\w+ )?" + _TEXT_NOUN + "(?: in full)?:"),
    _spaced(r"(?:Here is |Here[’']s )?(?:The|the) (?:\w+ )?" + _TEXT_NOUN + " (?:from|by) (" + _NAME
            + ")(?: in full)?:"),
]
#: A short sentence that is only a subject and a response verb, ending the paragraph before a quote
#: paragraph: `Trump responded Tuesday.`, `Trump said in a statement.`, `Clinton spokesman Brian Fallon
#: weighed in.`
_CUE_SENTENCE = _spaced(r"\s*([A-Z][^.,;:“”\"]{0,50}?|[A-Z][\w’'-]*,[^.,;:“”\"]{3,50},)"
                        r" (?:(?:later|then|also) )?"
                        r"(said|responded|replied|added|tweeted|wrote|told \w+|answered|countered|retorted|"
                        r"reacted|disagreed|agreed|objected|explained|continued|went on|"
                        r"(?:fired|shot|hit|pushed|struck) back|(?:weighed|chimed) in)"
                        r"(?: (?:(?:on|in|at|to|via|during) )?[\w’'.-]+(?: [\w’'.-]+){0,5})?[.]\s*")


def _only_titles_before(heading: str, name: str) -> bool:
    """Whether a heading is a full name with nothing but titles before it (`Rep. Nancy Pelosi`), not a
    section heading that only yields a name-like remainder (`What Comes Next`, `The Democratic Response`)."""
    words, kept = heading.split(), name.split()
    if len(kept) < 2 or words[-len(kept):] != kept:
        return False
    return all(w.rstrip(".").lower() in TITLES for w in words[:-len(kept)])


def _label_name(sentence: str) -> Mention | None:
    """The named speaker of a colon intro without a verb, or None."""
    for form in _LABEL_FORMS:
        m = form.fullmatch(sentence.strip())
        mention = make_mention(m.group(1)) if m else None
        if mention is not None and mention.named:
            return mention
    return None


#: A paragraph that is only a name heading the quote paragraph after it: `Sen. Marco Rubio (R-Fla.)`.
_NAME_HEADING = re.compile(r"[ \u00a0]*((?:[A-Z][\w’'-]*\.?[ \u00a0]+){1,4}[A-Z][\w’'-]+)"
                           r"(?:[ \u00a0]*\([^()“”\"]{1,30}\))?[ \u00a0]*:?[ \u00a0]*")
#: A paragraph that is only a full name and an affiliation, signing the quote paragraph before it:
#: `Dean Baker, Center for Economic and Policy Research.` (the closing quote mark may stand after it).
_NAME_AND_AFFILIATION = re.compile(r"[ \u00a0]*([A-Z][\w’'-]+(?:[ \u00a0]+[A-Z][\w’'.-]*){1,3}),[ \u00a0]+"
                                   r"[^“”\".;:!?]{3,80}\.?[\"”]?[ \u00a0]*$")
#: The same after the quote in its paragraph: `“…” — Donald Trump`, `"…" - Donald Trump, at a rally`,
#: `“…” (Donald Trump, on Twitter)`.
_DASH_SIGNED = re.compile(r"[ \u00a0]*(?:[-–—]+|\()[ \u00a0]*"
                          r"([A-Z][\w’'.-]*(?:[ \u00a0]+[A-Z][\w’'.-]*){0,3})[ \u00a0]*(?:[,(.;)]|$)")
#: `The ad targets …`, `The letter continues:`: a short determiner phrase, then a verb in the present or past.
_DESCRIBED_SUBJECT = re.compile(r"((?:The|A|An|This|That|His|Her|Their|Its)\s+"
                                r"(?:(?!(?:is|was|are|were|has|had|have|will|would|be|been)\b)[a-z][\w-]*\s+){0,2}"
                                r"(?!(?:is|was|are|were|has|had|have|will|would|be|been)\b)[a-z][\w-]*)"
                                r"\s+(?!is\b|was\b|has\b|had\b|said\b)[a-z]{3,}(?:s|ed)\b")
#: The verb right after a subject, past adverbs and auxiliaries: `has consistently pushed`.
_VERB_AFTER_SUBJECT = re.compile(r"\s+(?:[a-z]+ly\s+|has\s+|have\s+|had\s+|also\s+)*([a-z]{3,})\b")
_COPULAS = {"is", "are", "was", "were", "be", "been", "remains", "remained", "seems", "seemed"}
#: `, said Smith` / `, Smith said` later in the sentence, after a quote and the rest of its clause.
_LATE_SAID = re.compile(r",\s+(?=said\b|says\b|[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}\s+(?:said|says)\b)")
_TITLE_PREPOSITIONS = {"in", "on", "during", "at", "with", "from", "while"}
#: Right before a programme's or publication's title: `CNN’s “`, `on “`, `with “`.
_PROGRAMME_BEFORE = re.compile(r"(?:[’']s|s[’']|\b(?:on|with|in|at|to))\s*$")


def _title_like(content: str) -> bool:
    """`“Meet the Press”`, `“This Week,”`: every longer word capitalised, a few words, no sentence."""
    words = _WORDS.findall(content)
    long_words = [w for w in words if len(w) > 3 and w[0].isalpha()]
    return 0 < len(words) <= 8 and bool(long_words or words) and all(
        w[0].isupper() for w in (long_words or words))


def _starts_with_attribution(after: str) -> bool:
    """`“We won.” Smith said.` - a short clause with a cue right after the quote."""
    parts = re.split(r"[.!?]", after, maxsplit=1)
    clause = parts[0]
    cue = CUE.search(clause)
    if cue is None or len(clause.split()) > 8 or re.search(r"[“\"«„]", clause):
        return False
    # `“…” He warns that …`, `“…” Carly Fiorina said Ted Cruz “…”`: a new sentence reporting something else
    tail = _WORDS.findall(clause[cue.end():])
    if tail and tail[0].lower() == "that":
        return False
    return len(tail) <= 3 if len(parts) > 1 else not tail


def _kind(content: str, form: str, attribution: Attribution | None) -> QuoteKind:
    """Direct speech, or a partial quote: a scare quote, a title, a short fragment."""
    if form in ("dash", "block"):
        return "direct"
    words = _WORDS.findall(content)
    if len(words) < 3:
        return "partial"
    letters = [w for w in words if w[0].isalpha() and len(w) > 3]
    if len(words) <= 8 and letters and all(w[0].isupper() for w in letters) and not content.endswith(
            (".", "!", "?", ",")):
        return "partial"  # a title: “Kremlin Plan”, “Make America Great Again”
    if len(words) < 5 and (attribution is None or attribution.cue is None):
        return "partial"
    return "direct"


def _reported_speech(text: str, paragraphs: Sequence[tuple[int, int]],
                     spans: Sequence[tuple[MarkedSpan, str]]) -> list[FoundQuote]:
    """Indirect speech in sentences without quotes: `according to X, C`, `X said (that) C`, `C, X said`."""
    found: list[FoundQuote] = []
    busy = sorted((s.outer_start, max(s.outer_end, s.end)) for s, _ in spans)
    busy_starts = [x for x, _ in busy]
    reach = []  # reach[i]: the furthest end among busy[:i + 1], so overlap tests are a bisection
    for _, y in busy:
        reach.append(max(y, reach[-1]) if reach else y)
    for a, b in paragraphs:
        starts = _starts(text, a, b)
        for k, s_start in enumerate(starts):
            s_end = starts[k + 1] if k + 1 < len(starts) else b
            i = bisect_left(busy_starts, s_end) - 1  # the last span starting before the sentence ends
            if i >= 0 and reach[i] > s_start:
                continue
            quote = _reported_in(text, s_start, s_end)
            if quote:
                found.append(quote)
    return found


#: A source between commas right after the cue: `, wrote the INFOBAE commentator, that …`.
_INSERTED_SOURCE = re.compile(r"\s+((?:the|a|an|one)\s[^,;:]{2,60}|[A-Z][^,;:]{1,60}),\s*(that\s+)?")


def _reported_in(text: str, a: int, b: int) -> FoundQuote | None:
    sentence = text[a:b].rstrip()
    b = a + len(sentence)
    body_end = b - 1 if sentence.endswith((".", "!", "?")) else b
    m = re.match(r"\s*(?:[A-Z][\w’' ,]{0,30},\s*)?[Aa]ccording to ([^,]{2,80}),\s*", sentence)
    if m:
        mention = make_mention(m.group(1))
        content = m.end()
        appositive = re.match(r"(?:(?:a|an|the)\s+)?([a-z]+)[^,]{0,60},\s*", sentence[content:])
        if appositive and appositive.group(1) in TITLES | ROLE_HEADS:
            content += appositive.end()  # "According to X, adviser to the president, C"
        if mention and len(sentence[content:].split()) >= 4:
            return FoundQuote(a + content, body_end, "indirect", "reported", mention, "according to")
        return None
    m = re.search(r",\s*according to ([^,.;]{2,80})\.?$", sentence)
    if m:
        mention = make_mention(m.group(1))
        if mention and len(sentence[:m.start()].split()) >= 4:
            return FoundQuote(a, a + m.start(), "indirect", "reported", mention, "according to")
    for cue in CUE.finditer(sentence):
        word = cue.group().lower()
        if word not in _REPORTED_SAY:
            continue
        before = sentence[:cue.start()]
        tail = sentence[cue.end():]
        head, comma, subject = before.rpartition(",")
        if comma and len(subject.split()) <= 6 and len(tail.split()) <= 8:  # "C, X said." / "C, said X."
            attribution = attribution_after(sentence[len(head):])
            if attribution and attribution.mention and len(head.split()) >= 4:
                return FoundQuote(a, a + len(head), "indirect", "reported", attribution.mention, word)
            return None
        inserted = _INSERTED_SOURCE.match(tail)
        if comma and not subject.strip() and inserted:
            # `C, writes the portal Meduza, citing …` (C before); `P, wrote the critic, that C` (C after)
            mention = make_mention(inserted.group(1), described=True)
            if mention is None or mention.pronoun is not None:
                return None
            if inserted.group(2):
                start = a + cue.end() + inserted.end()
                if len(text[start:body_end].split()) >= 4:
                    return FoundQuote(start, body_end, "indirect", "reported", mention, word)
            elif len(head.split()) >= 4:
                return FoundQuote(a, a + len(head), "indirect", "reported", mention, word)
            return None
        attribution = attribution_before(sentence[:cue.end()])
        if attribution is None or attribution.mention is None or len(before.split()) > 12:
            return None
        m = re.match(r"\s*(?:(?:reporters|journalists|him|her|them|us|me|(?:the\s+)?[A-Z][\w’'.-]*"
                     r"(?:\s+[A-Z][\w’'.-]*)*)\s+)?(?:that\s+)?" if word.startswith(("told", "tell")) else
                     r"\s*(?:that\s+)?", tail)
        start = a + cue.end() + (m.end() if m else 0)
        while start < body_end and text[start] in " ,:;":
            start += 1
        if len(text[start:body_end].split()) >= 4:
            return FoundQuote(start, body_end, "indirect", "reported", attribution.mention, word)
        return None
    return None
