"""Quotes of one text: spans of every form, their attribution, their kind, and continued speech.

`find_quotes` runs the stages in order: the forms (`forms.FORMS`, then reported speech) find the spans; the
context rules (`attribution.context`) attribute each span; its kind is decided (direct or partial); a quote
that only continues the one before (`“X,” she said. “Y.”`) is joined to it.

Works on plain text and a list of paragraph spans, so the app (a `Document`, chrome left out) and the PolNeAR
evaluation (a raw .txt file, offsets as in the file) run the very same code.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import replace

from ..text.chrome import CREDIT_LINE, caption_after_credit
from .attribution import attribution_after
from .attribution.context import ContextAttribution, attribute_block, attribute_quote
from .attribution.paragraphs import speaker_label
from .attribution.subjects import antecedent
from .forms import FORM_BY_NAME, FORMS, SENTENCE_FORMS, SpanForm
from .forms.quotemarks import MarkedSpan, para_of
from .found import MAX_SENTENCE, FoundQuote
from .lexicon import CUE, DOUBLE_QUOTES, WORDS
from .mentions import Attribution, definite_role
from .model import QuoteKind
from .sentences import first_sentence_end

__all__ = ["find_quotes", "paragraphs_of_text"]

#: The longest attribution clause between the two halves of a split quote, in words.
GAP_WORDS = 30
_LINE = re.compile(r"[^\n]+")
_QUOTE_CHARS = re.compile("[" + DOUBLE_QUOTES + "]")
_ALNUM = re.compile(r"[^\W_]+")
#: Spaces and quote marks (two apostrophes too: `''…''`) around the words between two quotes.
_SPACE_AND_QUOTES = " \u00a0'" + DOUBLE_QUOTES
#: What may stand before a quote opening its paragraph: spaces, opening marks, a dash.
_OPENERS = " \u00a0\"“„«»‘'–—-"
#: The same before the second half of a quote continued in the next paragraph (no `»`).
_PARAGRAPH_OPENERS = " \u00a0\"“„«‘'–—-"
#: How far around a span its neighbours are looked for: spans are sorted, so this stays linear.
_NEIGHBOURS = 8


def paragraphs_of_text(text: str) -> list[tuple[int, int]]:
    """Paragraph spans of a plain text: its non-blank lines (the PolNeAR files hold one paragraph a line),
    photo credits and captions left out, as a `Document` leaves out its caption paragraphs: a name in a
    caption (`Police officer Jim Roe holds up the gun.`) never speaks a quote of the article."""
    lines = [(m.start(), m.end()) for m in _LINE.finditer(text) if m.group().strip()]
    captions = set()
    for n, (a, b) in enumerate(lines):
        if CREDIT_LINE.fullmatch(text, a, b):
            captions.add(n)
            if n + 1 < len(lines) and caption_after_credit(text[lines[n + 1][0]:lines[n + 1][1]]):
                captions.add(n + 1)
    return [span for n, span in enumerate(lines) if n not in captions]


def find_quotes(text: str, paragraphs: Sequence[tuple[int, int]],
                headings: Collection[int] = ()) -> list[FoundQuote]:
    """Every quote in the given paragraphs of `text`, in text order, with its speaker mention.

    `headings`: indices of the paragraphs that are headlines or subheadings. Quoted words there are the
    headline's (`Smith Calls Plan ‘A Disgrace’`), not speech of someone in the article: they are kept as
    partial quotes without a speaker (`heading_quote`), and reported speech is not looked for in them.
    """
    if not paragraphs:
        return []
    spans = _spans(text, paragraphs)
    found: list[FoundQuote] = []
    for n in range(len(spans)):
        if spans[n][0].paragraph in headings:
            found.append(_heading_quote(spans[n][0], spans[n][1]))
            continue
        quote = _quote(text, paragraphs, spans, n, found[-1] if found else None)
        if quote is None:
            continue
        if found and _continues(text, paragraphs, found[-1], quote):
            # one speech, listed once, its words without the attribution between its halves
            found[-1] = replace(found[-1], end=quote.end, parts=found[-1].pieces() + quote.pieces())
            continue
        if found and _widens(found[-1], quote):
            found[-1] = quote  # one reported clause, listed once: the wider reading of it
            continue
        found.append(quote)
    taken = [s for s, _ in spans]
    for form in SENTENCE_FORMS:
        found.extend(q for q in form.find(text, paragraphs, taken)
                     if para_of(paragraphs, q.start) not in headings)
    found.sort(key=lambda q: q.start)
    return [_placed(text, paragraphs, q) for q in found]


def _spans(text: str, paragraphs: Sequence[tuple[int, int]]) -> list[tuple[MarkedSpan, SpanForm]]:
    """The spans of every form in `FORMS`, each finder given the spans of the forms before it, in text order
    (a stable sort: at one offset, the earlier form first)."""
    spans: list[tuple[MarkedSpan, SpanForm]] = []
    for form in FORMS:
        spans.extend((s, form) for s in form.find(text, paragraphs, [s for s, _ in spans]))
    return sorted(spans, key=lambda x: x[0].outer_start)


def _short(text: str, span: MarkedSpan) -> bool:
    """A quoted name or title of a few words, not a sentence."""
    content = text[span.start:span.end]
    return 1 <= len(_ALNUM.findall(content)) <= 3 and not content.rstrip().endswith((".", "!", "?", ","))


def _limits(text: str, paragraphs: Sequence[tuple[int, int]], spans: Sequence[tuple[MarkedSpan, SpanForm]],
            n: int) -> tuple[int, int, int]:
    """For span n: where its context starts (the end of the quote before), where the words after it stop (the
    next quote), and how far an attribution past short quoted names or titles may reach (else that stop)."""
    span = spans[n][0]
    p_start, p_end = paragraphs[span.paragraph]
    # short quoted names and titles before the quote (`visited NBC’s “Today” to discuss …, saying`) are
    # part of the sentence that introduces it, not speech of their own
    prev_end = max([p_start] + [s.outer_end for s, _ in spans[max(0, n - _NEIGHBOURS):n]
                                if s.outer_end <= span.outer_start and not _short(text, s)])
    # the attribution may hold a short quoted name or title (`X, wearing a “Ted Cruz” pin, said`)
    following = [s for s, _ in spans[n + 1:n + 1 + _NEIGHBOURS] if s.outer_start >= span.outer_end]
    next_start = min([p_end] + [s.outer_start for s in following])
    attribution_limit = min([p_end, span.outer_end + MAX_SENTENCE]
                            + [s.outer_start for s in following if not _short(text, s)])
    skips_short = any(s.outer_start < attribution_limit and _short(text, s) for s in following)
    limit = max(next_start, span.outer_end)
    return prev_end, limit, attribution_limit if skips_short else limit


def _quote(text: str, paragraphs: Sequence[tuple[int, int]], spans: Sequence[tuple[MarkedSpan, SpanForm]],
           n: int, last: FoundQuote | None) -> FoundQuote | None:
    """Span n attributed and given its kind; None for a second fragment of a quote already taken whole."""
    span, form = spans[n]
    start, end = span.start, span.end
    if form.introduced:
        found = attribute_block(text, span, paragraphs)
    else:
        if last is not None and last.start <= span.start and span.end <= last.end:
            return None  # a second fragment of a partial quote already taken whole
        found = attribute_quote(text, span, paragraphs, *_limits(text, paragraphs, spans, n))
        if found.clause is not None:
            start, end = found.clause
    kind = _kind(text[span.start:span.end], form, found.attribution)
    if found.not_speech:
        kind = "partial"  # a title or a scare quote: not speech, so no speaker is looked for further
    elif (start, end) != (span.start, span.end):
        kind = "partial"  # a reported clause with quoted words in it: `Smith said the plan was “a mess”`
    return _found(start, end, kind, form, found, span.paragraph)


def _heading_quote(span: MarkedSpan, form: SpanForm) -> FoundQuote:
    """Quoted words in a headline: the headline's words, nobody's speech here (the body quotes them)."""
    return FoundQuote(span.start, span.end, "partial", form.name, None, None, span.paragraph,
                      rule="heading_quote")


def _found(start: int, end: int, kind: QuoteKind, form: SpanForm, found: ContextAttribution,
           paragraph: int) -> FoundQuote:
    attribution = found.attribution
    return FoundQuote(start, end, kind, form.name, attribution.mention if attribution else None,
                      attribution.cue if attribution else None, paragraph, rule=found.rule,
                      phrase_rule=attribution.rule if attribution else "")


def _kind(content: str, form: SpanForm, attribution: Attribution | None) -> QuoteKind:
    """Direct speech, or a partial quote: a scare quote, a title, a short fragment."""
    if form.speech:
        return "direct"
    words = WORDS.findall(content)
    if len(words) < 3:
        return "partial"
    letters = [w for w in words if w[0].isalpha() and len(w) > 3]
    if len(words) <= 8 and letters and all(w[0].isupper() for w in letters) and not content.endswith(
            (".", "!", "?", ",")):
        return "partial"  # a title: “Kremlin Plan”, “Make America Great Again”
    if len(words) < 5 and (attribution is None or attribution.cue is None):
        return "partial"
    return "direct"


def _placed(text: str, paragraphs: Sequence[tuple[int, int]], q: FoundQuote) -> FoundQuote:
    """A quote with its paragraph, whether it opens it, a transcript label as its speaker, and for a quote
    without a speaker or with `he`/`she`, the antecedent named before it."""
    p = para_of(paragraphs, q.start)
    lead = text[paragraphs[p][0]:q.start]
    q = replace(q, paragraph=p, opens_paragraph=not lead.strip(_OPENERS))
    if q.mention is None and q.kind == "direct":
        label = speaker_label(text[q.start:q.end])
        if label is not None:
            q = replace(q, mention=label, cue=":", rule="speaker_label", phrase_rule="")
    if (q.mention is None and q.kind == "direct") or (q.mention is not None and (
            q.mention.pronoun in ("he", "she") or definite_role(q.mention) is not None)):
        pronoun = q.mention.pronoun if q.mention is not None else None
        found = antecedent(text, paragraphs, p, q.start, described=q.mention is None, pronoun=pronoun)
        if found is not None:
            q = replace(q, antecedent=found[0], antecedent_at=found[1])
    return q


def _widens(prev: FoundQuote, q: FoundQuote) -> bool:
    """Whether partial quote `q` is a reported clause that holds the whole of `prev`, another partial quote
    of the same clause: `Matvienko called for negotiations for a “peaceful resolution” to begin “this very
    day” — but only under “the conditions offered by Russia.”` is one quote, not two."""
    return (prev.kind == q.kind == "partial" and q.start <= prev.start and prev.end <= q.end
            and prev.cue == q.cue and (q.start, q.end) != (prev.start, prev.end))


def _continues(text: str, paragraphs: Sequence[tuple[int, int]], prev: FoundQuote, q: FoundQuote) -> bool:
    """Whether `q` is the rest of `prev`'s speech: `“X,” she said. “Y.”`, or a following quote paragraph.

    Such a quote has no attribution of its own; between the two there is at most the attribution clause.
    """
    if q.form != prev.form or not _may_continue(text, prev, q):
        return False
    gap = _gap(text, paragraphs, prev, q)
    return gap is not None and _only_attribution(gap)


def _may_continue(text: str, prev: FoundQuote, q: FoundQuote) -> bool:
    """Whether the two quotes, by their cues and kinds, can be two halves of one speech."""
    form = FORM_BY_NAME.get(q.form)
    between = text[prev.end:q.start]
    # `“X,” he added, “to do Y”`, `“X,” Scott said, “I could …”`: one sentence around one cue
    shared = (q.cue is not None and form is not None and form.shares_cue and q.paragraph == prev.paragraph
              and q.cue == prev.cue and q.cue in between.lower()
              and (text[q.start:q.start + 1].islower() or between.rstrip(_SPACE_AND_QUOTES).endswith(",")))
    if q.cue is not None and not shared:
        return False  # its own attribution; `“X,” he added, “to do Y”` shares one clause: one sentence
    sentence = text[q.start:q.end].rstrip().endswith((".", "!", "?", "…"))
    if q.kind != "direct" and not (q.kind == "partial" and sentence):
        return False  # a short quoted sentence (“He sort of redirected.”) may still end a split quote
    # a scare quote, or a reported clause: not the first half of a speech
    return prev.kind == "direct" or (prev.cue is not None
                                     and not _QUOTE_CHARS.search(text, prev.start, prev.end))


def _gap(text: str, paragraphs: Sequence[tuple[int, int]], prev: FoundQuote, q: FoundQuote) -> str | None:
    """The words between the two quotes, in one paragraph or across a paragraph break; None if too far."""
    if q.paragraph == prev.paragraph:
        return text[prev.end:q.start]
    if q.paragraph == prev.paragraph + 1:
        p_start = paragraphs[q.paragraph][0]
        if text[p_start:q.start].strip(_PARAGRAPH_OPENERS):
            return None
        return text[prev.end:paragraphs[prev.paragraph][1]]
    return None


def _only_attribution(gap: str) -> bool:
    """Whether the words between two quotes are at most one attribution clause: a cue verb, or `he shot back`,
    `Toomey fumed`."""
    words = WORDS.findall(gap)
    bare = gap.strip(_SPACE_AND_QUOTES)
    end = first_sentence_end(bare + " ")
    one_clause = end is None or not WORDS.findall(bare[end:])
    if not (len(words) <= GAP_WORDS and one_clause):
        return False
    return not words or CUE.search(gap) is not None or attribution_after(bare) is not None
