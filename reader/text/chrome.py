"""Page chrome in plain text: banners, menus, teasers, newsletters, footers and photo credits.

Text copied from a web page carries the site around the article. We classify each paragraph as

- "body": the article's prose;
- "heading": a title or subheading (short, no final punctuation) inside the article;
- "caption": a photo caption or credit ("Russian soldiersALEXANDER ERMOCHENKO / Reuters / Forum",
  "Main photo source: …") — kept in the text but, like chrome, out of alignment and quotes;
- "chrome": page furniture (donation banner, "NEWS FEED", "READ MORE" teasers with "2 years ago",
  newsletter boxes, link lists, the copyright line).

The rules use position (chrome clusters before the first and after the last prose paragraph), shape (ALL CAPS
labels, one- or two-word lines, lines without final punctuation) and a short list of words sites use for their
furniture. They are measured on the two seeds against a by-eye labelling (tests/test_chrome_seeds.py).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..document import ParagraphKind

_TERMINAL = tuple('.!?…。！？"”’»:;)')
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*", re.UNICODE)
_TIME_AGO = re.compile(
    r"^(?:about |over |almost )?(?:\d+|an?|one|two|three)\s+"
    r"(?:second|minute|hour|day|week|month|year)s?\s+ago\.?$",
    re.IGNORECASE,
)
_CHROME_LINE = re.compile(
    r"^(?:read more|read also|see also|related(?: articles| stories)?|more stories|most read|popular|"
    r"news ?feed|stories|newsletters?|subscribe.*|sign up.*|sign in|log in|email|e-mail|share(?: this.*)?|"
    r"advertisement|sponsored|menu|search|home|about|about us|contact(?: us)?|cookies?|"
    r"privacy(?: policy| notes)?|"
    r"terms(?: of (?:service|use))?|code of conduct|platforms|podcasts?|rss|facebook|twitter|x|instagram|"
    r"telegram|youtube|tiktok|linkedin|whatsapp|comments?|skip to (?:main )?content|back to top|print|"
    r"support .{1,40}|donate.*|follow us.*|download (?:the|our) app.*)\.?$",
    re.IGNORECASE,
)
_CHROME_ANYWHERE = re.compile(
    r"©|\(c\) \d{4}|all rights reserved|recaptcha|cookie policy|terms of service apply|"
    r"subscribe to our|sign up for our|our newsletter|support (?:our|independent) journalism",
    re.IGNORECASE,
)
_BYLINE = re.compile(
    r"^(?:\|?story\|?\s*)?by\s+\S|(?:english-language version|translated|illustration|"
    r"edited|reporting) by\s",
    re.IGNORECASE,
)
_DATELINE = re.compile(r"\b\d{1,2}:\d{2}\s*(?:am|pm)?\b.*\b(?:19|20)\d{2}\b|\bsource:\s*\[", re.IGNORECASE)
_CAPTION_START = re.compile(
    r"^(?:main )?(?:photo|image|picture|illustration|fot\.?|foto|zdjęcie)"
    r"(?: source| credit| by)?\s*[:.]|^(?:photo|image) by\s|^credit:\s",
    re.IGNORECASE,
)
# A caption glued to its credit: "Russian soldiersALEXANDER ERMOCHENKO / Reuters / Forum".
_GLUED_CREDIT = re.compile(r"[a-z\u00df-\u00ff][A-Z\u00c0-\u00de]{2,}")
_CREDIT_SEPARATOR = re.compile(r"\S\s/\s\S")
#: A photo credit on a line of its own: `Getty/Instagram.`, `Jim Roe / Reuters.`, `POOL New/Reuters.`.
CREDIT_LINE = re.compile(r"\s*[A-Z][\w.’'&-]*(?: [\w.’'&-]+){0,4} ?/ ?"
                         r"[A-Z][\w.’'&-]*(?: [\w.’'&-]+){0,3}\.?\s*")
#: The caption a credit line introduces (in plain-text news the credit comes first): short, quoting nobody.
CAPTION_MAX_WORDS = 60
_QUOTE_MARK = re.compile("[\"“”„«»]")


@lru_cache(maxsize=8192)
def _word_count(text: str) -> int:
    return len(_WORD.findall(text))


def _is_prose(text: str) -> bool:
    """A paragraph of the article proper: several words, and a sentence end."""
    n = _word_count(text)
    return (n >= 8 and text.rstrip().endswith(_TERMINAL)) or n >= 40


def _is_sentence(text: str) -> bool:
    """A short paragraph shaped like a sentence of prose: a few words and a sentence end."""
    return _word_count(text) >= 4 and _ends_sentence(text)


def _ends_sentence(text: str) -> bool:
    """Ends with a full stop, question or exclamation mark, possibly inside closing quotes or brackets."""
    return text.rstrip().rstrip("\"”’»)").endswith(_TERMINAL[:7])


def _is_all_caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters if c.isalpha() and c.lower() != c.upper())


def is_caption(text: str) -> bool:
    """A photo caption or credit line."""
    if _CAPTION_START.match(text) or CREDIT_LINE.fullmatch(text):
        return True
    if text.rstrip().endswith((".", "!", "?")):
        return False
    return _CREDIT_SEPARATOR.search(text) is not None and (
        _GLUED_CREDIT.search(text) is not None or _word_count(text) <= 12
    )


def _looks_like_chrome(text: str) -> bool:
    """Chrome wherever it sits: a furniture label, a copyright line, a time stamp of a teaser, a byline."""
    stripped = text.strip().strip("*_|# ")
    if _CHROME_LINE.match(stripped) or _TIME_AGO.match(stripped):
        return True
    # Only short paragraphs: an article may well quote a copyright notice or start "By the end of …".
    n = _word_count(text)
    if n <= 30 and _CHROME_ANYWHERE.search(text):
        return True
    return n <= 30 and not _is_prose(text) and _BYLINE.search(stripped) is not None


def _is_heading_shape(text: str) -> bool:
    return text.startswith("#") or (not _ends_sentence(text) and _word_count(text) <= 30)


def _is_label(text: str) -> bool:
    """A menu entry or section label: one or two words, or ALL CAPS, or a known furniture word."""
    label = text.strip().strip("*_|# ")
    return _word_count(text) <= 2 or _is_all_caps(text) or _CHROME_LINE.match(label) is not None


def classify_paragraphs(paras: list[str]) -> list[ParagraphKind]:
    """One kind per paragraph (see the module docstring)."""
    n = len(paras)
    furniture = [is_caption(p) or _looks_like_chrome(p) for p in paras]
    first, last = _article_bounds(paras, furniture)
    # Site header: everything before the last menu label ahead of the article is chrome too.
    header_end = max((i for i in range(first) if _is_label(paras[i])), default=-1)
    kinds = [_kind_of(text, i, furniture[i], header_end, first, last) for i, text in enumerate(paras)]
    _teasers(paras, kinds)
    _captions_after_credits(paras, kinds)
    _title_case_headline(paras, kinds)
    if first == n:  # no article prose at all (a list, a poem, a note): never hide everything
        kinds = [("body" if k == "chrome" and not furniture[i] else k) for i, k in enumerate(kinds)]
    _word_count.cache_clear()  # the cache only serves this call; do not keep the text alive
    return kinds


def _article_bounds(paras: list[str], furniture: list[bool]) -> tuple[int, int]:
    """The first and last paragraph of the article: from its first to its last substantial prose paragraph
    (banners and footers are outside); (len, -1) when there is none."""
    n = len(paras)
    article = [_is_prose(p) and _word_count(p) >= 15 and not furniture[i] for i, p in enumerate(paras)]
    first = next((i for i in range(n) if article[i]), n)
    last = next((i for i in range(n - 1, -1, -1) if article[i]), -1)
    # Short closing paragraphs ("We will win," she said.) still belong to the article while they follow it
    # directly; the first furniture paragraph after it starts the footer.
    while 0 <= last < n - 1 and _is_sentence(paras[last + 1]) and not furniture[last + 1]:
        last += 1
    return first, last


def _kind_of(text: str, i: int, furniture: bool, header_end: int, first: int, last: int) -> ParagraphKind:
    """The kind of paragraph i from its text and where it sits against the header and the article."""
    if is_caption(text):
        return "caption"
    if furniture or i <= header_end:
        return "chrome"
    if i > last >= 0:
        return "chrome"  # after the article: teasers, link lists, newsletter boxes, footers
    if i < first:
        return _lead_kind(text)
    if not _is_prose(text) and _is_heading_shape(text):
        return "heading"
    return "body"


def _lead_kind(text: str) -> ParagraphKind:
    """Between the site header and the article: the headline and standfirst, a dateline, a slogan."""
    if _is_label(text) or (_word_count(text) <= 30 and _DATELINE.search(text)):
        return "chrome"
    if _ends_sentence(text):
        return "body"
    return "heading" if _word_count(text) <= 40 else "body"


def caption_after_credit(text: str) -> bool:
    """The paragraph after a photo credit line is the photo's caption when it is short and quotes nobody
    (`POOL New/Reuters.` then `Police officer Jim Roe holds up the gun.`): a name there never speaks."""
    return _word_count(text) <= CAPTION_MAX_WORDS and not _QUOTE_MARK.search(text)


def _captions_after_credits(paras: list[str], kinds: list[ParagraphKind]) -> None:
    for i in range(len(paras) - 1):
        if CREDIT_LINE.fullmatch(paras[i]) and kinds[i + 1] == "body" and caption_after_credit(paras[i + 1]):
            kinds[i + 1] = "caption"


#: Words of a title-case headline: capitalised, four letters or more (function words are left out that way).
_LONG_WORD = re.compile(r"[^\W\d_][\w'’-]{3,}")
TITLE_CASE_SHARE = 0.8


def _title_case_headline(paras: list[str], kinds: list[ParagraphKind]) -> None:
    """The article's first paragraph in title case is its headline even with a final full stop (`Paul Ryan:
    FBI Decision Not to Indict Hillary ‘Defies Explanation,’ Needs More Investigation.`): its words are
    nobody's speech. German prose, every noun capitalised, stays below the share (its verbs are not)."""
    first = next((i for i, k in enumerate(kinds) if k not in ("chrome", "caption")), None)
    if first is None or kinds[first] != "body" or _word_count(paras[first]) > 30:
        return
    if title_case(paras[first]):
        kinds[first] = "heading"


def title_case(text: str) -> bool:
    """Whether a text is in title case (`Anthony Weiner Reportedly Caught In Yet Another Sext Scandal`): at
    least four words of four letters or more, most of them capitalised."""
    long = _LONG_WORD.findall(text)
    return len(long) >= 4 and sum(w[0].isupper() for w in long) >= TITLE_CASE_SHARE * len(long)


def _teasers(paras: list[str], kinds: list[ParagraphKind]) -> None:
    """A "2 years ago" stamp marks a teaser: its headline and an ALL CAPS kicker before it are chrome too."""
    for i, text in enumerate(paras):
        if not _TIME_AGO.match(text.strip()):
            continue
        kinds[i] = "chrome"
        j = i - 1
        if j >= 0 and not _is_prose(paras[j]):
            kinds[j] = "chrome"
            j -= 1
        if j >= 0 and (_is_all_caps(paras[j]) or _looks_like_chrome(paras[j])) and _word_count(paras[j]) <= 8:
            kinds[j] = "chrome"
