"""Attribution by a neighbouring paragraph, or by a label: for a quote paragraph with no cue of its own.

The paragraph before may introduce it (`Smith said:`, `Trump, on Twitter:`, `Trump responded Tuesday.`, a
name heading `Sen. Marco Rubio (R-Fla.)`); the paragraph after may sign it (`- Bernie Sanders.`, `Said Smith,
a farmer.`, `Dean Baker, Center for Economic and Policy Research.`); a transcript labels the speaker inside
the quote (`“Jane Roe: We will …`). The context rules (`attribution.context`) call these in order.
"""

from __future__ import annotations

import re

from ..lexicon import NAME, SPACE, TEXT_NOUN, TITLES, spaced
from ..mentions import Mention, make_mention

#: A paragraph that only signs the quote before it: `- Bernie Sanders.`, `— Hillary Clinton`, `(Jane Roe)`,
#: `—@handle`. The name may be followed by a description: `-President Obama, tweeting after the speech.`
_SIGNATURE = re.compile(SPACE + r"*(?:[-–—―]+" + SPACE + r"*|\()([A-Z][\w’'.-]*(?:" + SPACE
                        + r"+[A-Z][\w’'.-]*){0,3}|@\w+)" + SPACE + r"*(?:[,(][^“”\"]*|\))?\.?"
                        + SPACE + r"*$")
#: A paragraph opening with the attribution of the quote paragraph before: `Said Smith, a farmer.`,
#: `Smith said.`, and looking back: `That’s what Smith told reporters.`, `So said Smith.`, `That was Smith
#: on Tuesday.`, `Those were the words of Smith.`
_SAID_NEXT = spaced(r"\s*(?:(?:[Ss]aid|[Aa]dded|[Ww]rote|[Tt]weeted) ([A-Z][^,.;:“”\"]{1,60})"
                    r"|(" + NAME + r") (?:said|says|added|wrote)\s*[.,])"
                    r"|\s*(?:(?:That|This)(?:[’']s| is| was) (?:what|how) |So (?:said|says|wrote) |That was "
                    r"|(?:Those|These) (?:were|are) the words of )(" + NAME + r")(?=\s*[.,]| [a-z])")
#: A paragraph that is only a full name and an affiliation, signing the quote paragraph before it:
#: `Dean Baker, Center for Economic and Policy Research.` (the closing quote mark may stand after it).
_NAME_AND_AFFILIATION = re.compile(SPACE + r"*([A-Z][\w’'-]+(?:" + SPACE + r"+[A-Z][\w’'.-]*){1,3}),"
                                   + SPACE + r"+[^“”\".;:!?]{3,80}\.?[\"”]?" + SPACE + r"*$")
#: A colon intro without a verb: `Trump, on Twitter:`, `Trump’s statement in full:`, `The statement from
#: Trump:`.
_LABEL_FORMS = [
    spaced("(" + NAME + r"), (?:on|in|at|via|to|from) [^,;:“”\"]{1,40}:"),
    spaced(r"(?:Here is |Here[’']s |Read )?(" + NAME + r")[’']s (?:\w+ )?" + TEXT_NOUN + "(?: in full)?:"),
    spaced(r"(?:Here is |Here[’']s )?(?:The|the) (?:\w+ )?" + TEXT_NOUN + " (?:from|by) (" + NAME
           + ")(?: in full)?:"),
]
#: A short sentence that is only a subject and a response verb, ending the paragraph before a quote
#: paragraph: `Trump responded Tuesday.`, `Trump said in a statement.`, `Clinton spokesman Brian Fallon
#: weighed in.`
_CUE_SENTENCE = spaced(r"\s*([A-Z][^.,;:“”\"]{0,50}?|[A-Z][\w’'-]*,[^.,;:“”\"]{3,50},)"
                       r" (?:(?:later|then|also) )?"
                       r"(said|responded|replied|added|tweeted|wrote|told \w+|answered|countered|retorted|"
                       r"reacted|disagreed|agreed|objected|explained|continued|went on|"
                       r"(?:fired|shot|hit|pushed|struck) back|(?:weighed|chimed) in)"
                       r"(?: (?:(?:on|in|at|to|via|during) )?[\w’'.-]+(?: [\w’'.-]+){0,5})?[.]\s*")
#: A paragraph that is only a name heading the quote paragraph after it: `Sen. Marco Rubio (R-Fla.)`.
_NAME_HEADING = re.compile(SPACE + r"*((?:[A-Z][\w’'-]*\.?" + SPACE + r"+){1,4}[A-Z][\w’'-]+)"
                           r"(?:" + SPACE + r"*\([^()“”\"]{1,30}\))?" + SPACE + r"*:?" + SPACE + r"*")
#: A transcript's speaker label opening the quoted text: `Jane Roe: We will …`.
_LABEL = re.compile(r"((?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'-]*):\s+[A-Z]")


def speaker_label(content: str) -> Mention | None:
    """`“Jane Roe: We will …`: a transcript's speaker label opening the quoted text, or None."""
    m = _LABEL.match(content)
    if m is None:
        return None
    mention = make_mention(m.group(1))
    # a full name as written (`Jane Roe`), not one word (`Update:`) nor a phrase cut down (`In Short:`)
    ok = mention is not None and mention.named and " " in m.group(1) and mention.name == m.group(1)
    return mention if ok else None


def label_name(sentence: str) -> Mention | None:
    """The named speaker of a colon intro without a verb (`Trump, on Twitter:`), or None."""
    for form in _LABEL_FORMS:
        m = form.fullmatch(sentence.strip())
        mention = make_mention(m.group(1)) if m else None
        if mention is not None and mention.named:
            return mention
    return None


def cue_sentence(sentence: str) -> tuple[Mention, str] | None:
    """`Trump responded Tuesday.`: the speaker and the cue of a sentence that is only a subject and a
    response verb, when the speaker is named or `he`/`she`; else None."""
    cue_only = _CUE_SENTENCE.fullmatch(sentence)
    mention = make_mention(cue_only.group(1), described=True) if cue_only else None
    if cue_only is not None and mention is not None and (mention.named or mention.pronoun in ("he", "she")):
        return mention, cue_only.group(2).lower()
    return None


def name_heading(text: str, a: int, b: int) -> Mention | None:
    """`Rep. Nancy Pelosi` as the whole paragraph `text[a:b]`, heading the quote paragraph after it."""
    heading = _NAME_HEADING.fullmatch(text, a, b)
    mention = make_mention(heading.group(1)) if heading else None
    if heading is not None and mention is not None and mention.named \
            and _only_titles_before(heading.group(1), mention.name):
        return mention
    return None


def signature(text: str, a: int, b: int) -> Mention | None:
    """The named speaker signing the quote paragraph before the paragraph `text[a:b]`, or None."""
    signed = (_SIGNATURE.match(text, a, b) or _SAID_NEXT.match(text, a, b)
              or _NAME_AND_AFFILIATION.match(text, a, b))
    mention = make_mention(next(g for g in signed.groups() if g)) if signed else None
    return mention if mention is not None and mention.named else None


def _only_titles_before(heading: str, name: str) -> bool:
    """Whether a heading is a full name with nothing but titles before it (`Rep. Nancy Pelosi`), not a
    section heading that only yields a name-like remainder (`What Comes Next`, `The Democratic Response`)."""
    words, kept = heading.split(), name.split()
    if len(kept) < 2 or words[-len(kept):] != kept:
        return False
    return all(w.rstrip(".").lower() in TITLES for w in words[:-len(kept)])
