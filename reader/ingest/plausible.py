"""How plausible a decoded text is, as a log-likelihood, so that decodings of the same bytes compare.

Why: a short latin-1 text decodes without error as mac_latin2 ("cafť") or cp1250 ("trčs"), and a cp1250 one
as latin-1 ("Wo³odymyr"); charset-normalizer sees no "chaos" in either. Readers see it at once, by rules
that are easy to state, and this module scores them:

- every non-ASCII letter adds the log of its rough share in a language (a tiny table per language below;
  East Asian, Hebrew, Arabic and Thai letters use charset-normalizer's frequency-ranked characters), in
  the language the reading fits best; a letter of another script is rare, a lone non-ASCII letter as a
  word too; a vowel sign or point costs little after a letter of its script, much elsewhere; punctuation and
  symbols add a fixed small value, controls, private-use and replacement characters very little;
- inside a word, a symbol, superscript or stray punctuation next to letters ("Wo³o", "“ú–{") costs more, a
  change of script ("caf鑼ait") and a lower-to-upper case change ("рТЙЧЕФ") cost a fixed amount;
- the ASCII letters of those words are scored by the language too ("caf_" is French, not Slovak), and a
  reading as Cyrillic, Greek or CJK pays for each all-ASCII word as a foreign one.

ASCII bytes read the same in every candidate (all are ASCII-compatible), so the sums of two readings of
the same bytes compare, and their difference says how much more plausible one is (in nats). Only words with
a non-ASCII character are scored, each distinct word once.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from charset_normalizer.constant import FREQUENCIES

# Log-probabilities (natural log) of one character: a letter missing from its language's table but of the
# language's script, and a letter of another script.
SAME_SCRIPT = -11.0
OTHER_SCRIPT = -14.0
PUNCT = -6.0  # « » “ ” – — … ¿ and the like, where punctuation goes
PUNCT_IN_WORD = -14.0  # punctuation with letters on both sides ("“ú–{"), apostrophes and hyphens aside
SYMBOL = -9.0  # € © ° ± standing alone or by digits
SYMBOL_BY_LETTER = -13.0
SYMBOL_IN_WORD = -18.0  # between two letters: "Wo³odymyr"
JUNK = -20.0  # control, unassigned, private use, U+FFFD
SCRIPT_CHANGE = -12.0  # per change of script inside a word
CASE_CHANGE = -6.0  # per lower-to-upper change inside a word (non-ASCII involved)
OTHER = -8.0  # non-ASCII digits, spaces, generic combining marks
# A vowel sign or point after a letter of its script: Thai writes them in every word, Hebrew and Arabic
# text rarely (pointed text is for children's books and scripture).
MARK = {"THAI": -3.0}
MARK_OTHER = -7.0
# A word of ASCII letters in a text read as Cyrillic, Greek or CJK is a foreign word: it costs this, so that
# the script of the surrounding words counts ("Prix : 5 €" is French, not a Serbian "Ђ").
FOREIGN_WORD = -4.0
# A non-ASCII letter standing alone as a word ("Ä", "ñ" for "€", "–") is rare, unless it is one of the
# one-letter words of the languages above (French "à", Italian "è", Russian "в", Greek "ο").
SINGLE_LETTER = -4.0
_ONE_LETTER_WORDS = frozenset("àèéòóùáÀÈÉ" "вскуоиаяжВСКУОИАЯЖ" "οηήάΟΗ")
_EDGE_PUNCTUATION = ".,;:!?'\"()[]{}<>"

_APOSTROPHES = frozenset("’‘‐‑·ʼ'-")
_SYMBOL_LETTERS = frozenset("ªºµ")  # letters by category, read as symbols (ordinal indicators, micro)

# Rough share (in % of all letters) of the non-ASCII letters of each language, lowercase; the Cyrillic and
# Greek alphabets in full, since every letter of theirs is non-ASCII.
_LETTER_SHARES = {
    "LATIN": {
        "French": "é1.5 à.49 è.27 ê.22 ç.085 û.06 ù.058 â.051 î.045 ô.023 œ.018 ë.008 ï.005",
        "German": "ü1.0 ä.58 ö.44 ß.31 é.01",
        "Spanish": "ó.83 í.73 á.5 é.43 ñ.31 ú.17 ü.02",
        "Portuguese": "ã.73 ô.64 â.56 ç.53 ê.45 é.34 ó.3 ú.21 í.13 á.12 à.07 õ.04",
        "Italian": "à.64 è.26 ù.17 é.1 ò.1 ì.03",
        "Swedish": "ä1.8 å1.34 ö1.31 é.01",
        "Danish": "ø.94 æ.87 å1.2 é.01",
        "Finnish": "ä3.58 ö.44 å.01",
        "Dutch": "é.05 ë.02 è.01 ï.01 ö.01 ü.01",
        "Polish": "ł1.82 ę1.11 ą.99 ó.85 ż.83 ś.66 ć.4 ń.2 ź.06",
        "Czech": "í1.64 ě1.22 ý1.0 á.87 ž.72 š.69 é.63 č.46 ř.38 ů.2 ú.045 ó.024 ď.015 ň.007 ť.006",
        "Slovak": "á1.9 ý1.6 í1.3 č1.0 ž.8 é.7 š.7 ú.7 ľ.4 ť.4 ó.2 ô.2 ä.1 ď.1 ň.1 ĺ.01 ŕ.01",
        "Hungarian": "é4.0 á3.4 ó1.0 ö1.0 ő.8 ü.6 í.5 ú.3 ű.3",
        "Croatian": "č1.0 š.8 ž.7 ć.5 đ.2",
        "Romanian": "ă2.5 ș1.5 ş1.5 ț1.2 ţ1.2 î1.1 â1.0",
        "Turkish": "ı5.1 ü1.9 ş1.8 ç1.2 ğ1.1 ö.8 â.1 î.05",
        "Lithuanian": "ė1.6 š1.2 į1.1 ž.8 ą.6 ų.5 ū.5 č.4 ę.2",
        "Latvian": "ā4.0 ī1.8 ē1.7 š1.1 ž.7 ū.5 ļ.4 ņ.4 č.2 ģ.2 ķ.2",
        "Estonian": "ä1.0 ü.9 õ.8 ö.1 š.01 ž.01",
    },
    "CYRILLIC": {
        "Russian": "о10.97 е8.45 а8.01 и7.35 н6.7 т6.26 с5.47 р4.73 в4.54 л4.4 к3.49 м3.21 д2.98 п2.81 "
                   "у2.62 я2.01 ы1.9 ь1.74 г1.7 з1.65 б1.59 ч1.44 й1.21 х.97 ж.94 ш.73 ю.64 ц.48 щ.36 э.32 "
                   "ф.26 ъ.04 ё.04",
        "Ukrainian": "о9.4 а7.2 н6.5 и6.1 і5.9 е5.0 р4.7 в4.5 т4.4 с4.1 к3.5 л3.4 у3.3 д3.2 м2.9 п2.7 "
                     "з2.3 я2.2 ь1.7 б1.6 г1.5 й1.2 ч1.2 х1.1 ц1.0 ї.8 ш.8 ж.8 ю.7 є.4 щ.4 ф.2 ґ.01",
        "Bulgarian": "а10.0 о8.9 и8.0 е8.0 н7.0 т6.8 р5.1 с4.6 в4.0 л3.4 к3.4 д3.2 п3.0 м2.6 ъ2.5 я2.1 "
                     "з1.9 у1.7 г1.5 б1.4 ч1.3 ц.9 й.9 ж.8 щ.7 х.6 ш.6 ю.4 ф.2 ь.05",
        "Serbian": "а11.5 и9.5 о9.0 е8.6 н5.3 с4.8 р4.5 т4.5 ј4.3 у4.2 в3.5 д3.5 к3.5 м3.2 п2.8 л2.8 "
                   "г1.6 з1.6 б1.4 ч1.2 ц.9 ш.9 ћ.9 њ.6 ж.6 х.4 љ.4 ђ.2 ф.2 џ.05",
    },
    "GREEK": {
        "Greek": "α12.0 ο9.8 τ8.0 ε8.0 ι7.8 ν6.8 ρ4.5 σ4.0 κ4.0 π4.0 η3.5 υ3.5 μ3.3 λ2.8 ς2.5 ί2.0 ά1.8 "
                 "γ1.8 ό1.7 δ1.7 έ1.4 ω1.4 ή1.3 θ1.2 χ1.0 ύ.9 φ.8 ώ.6 β.6 ξ.4 ζ.4 ψ.2 ϊ.05 ΐ.01 ϋ.01 ΰ.005",
    },
}


def _shares(table: str) -> dict[str, float]:
    return {item[0]: math.log(float(item[1:]) / 100) for item in table.split()}


# Scripts whose letters charset-normalizer ranks by frequency: a share by rank, at least 0.5 %.
_RANKED_SCRIPTS = {"Hebrew": "HEBREW", "Arabic": "ARABIC", "Farsi": "ARABIC", "Thai": "THAI"}
_ALPHABETIC = {
    language: (script, _shares(table))
    for script, languages in _LETTER_SHARES.items()
    for language, table in languages.items()
}


# English letter shares by rank (%): charset-normalizer ranks the letters of each language, this gives the
# rank a share. ASCII letters inside words with non-ASCII ones are scored too, by the reading's language,
# because they tell French "caf_" from Slovak (the same bytes read "café" or "cafť").
_RANK_SHARES = (12.7, 9.06, 8.17, 7.51, 6.97, 6.75, 6.33, 6.09, 5.99, 4.25, 4.03, 2.78, 2.76, 2.41, 2.36,
                2.23, 2.02, 1.97, 1.93, 1.49, 0.98, 0.77, 0.15, 0.15, 0.10, 0.07)
_ASCII_DEFAULT = -7.0  # an ASCII letter outside the ranked list


def _ascii_letters(language: str) -> dict[str, float]:
    ranked = FREQUENCIES.get(language, FREQUENCIES["English"])
    shares = zip(ranked, _RANK_SHARES, strict=False)
    return {ch: math.log(share / 100) for ch, share in shares if ch.isascii()}


_ALPHABETIC.update({
    language: (script, {ch: math.log(max(share, 0.5) / 100) for ch, share in
                        zip(FREQUENCIES[language], _RANK_SHARES, strict=False)})
    for language, script in _RANKED_SCRIPTS.items()
})
_ASCII = {lang: _ascii_letters(lang) for lang, (script, _) in _ALPHABETIC.items() if script == "LATIN"}
_ASCII_ENGLISH = _ascii_letters("English")


def _ranked(chars: Sequence[str], top: float, spread: float) -> dict[str, float]:
    """Log-probabilities from a list ranked by frequency (charset-normalizer's tables): `top` for the first,
    `spread` less for the last."""
    return {ch: top - spread * rank / len(chars) for rank, ch in enumerate(chars)}


# East Asian languages: charset-normalizer's frequency-ranked characters, then a log-probability per script
# class (a common Han character is one of JIS level 1, GB2312 level 1 or Big5 level 1; a common Hangul
# syllable one of KS X 1001's 2,350).
_CJK_RANKED = {
    "Japanese": {**_ranked(FREQUENCIES["Japanese"], -4.6, 1.5),  # kanji, then katakana, then hiragana
                 **_ranked(FREQUENCIES["Japanese—"], -4.2, 4.5),
                 **_ranked(FREQUENCIES["Japanese——"], -3.2, 5.0)},
    "Chinese": _ranked(FREQUENCIES["Chinese"], -3.2, 3.0),
    "Korean": _ranked(FREQUENCIES["Korean"], -3.5, 1.0),
}
_CJK: dict[str, dict[str, float]] = {
    "Japanese": {"HIRAGANA": -8.0, "KATAKANA": -9.0, "HAN": -7.5, "HAN RARE": -10.5},
    "Chinese": {"HAN": -7.5, "HAN RARE": -10.5},
    "Korean": {"HANGUL": -7.0, "HAN": -10.0, "HAN RARE": -12.0, "HANGUL RARE": -11.0},
}
# Scripts that mix inside one word without it being a sign of a wrong decoding.
_SCRIPT_GROUP = {"HIRAGANA": "CJK", "KATAKANA": "CJK", "HALFWIDTH KATAKANA": "CJK", "HAN": "CJK",
                 "HAN RARE": "CJK", "HANGUL RARE": "HANGUL"}


@dataclass(frozen=True, slots=True)
class CharClass:
    """What a character is for scoring: kind L (letter), P, S (symbol), J (junk) or O; script; case."""

    kind: str
    script: str = ""
    lower: str = ""
    upper: bool = False


_FIRST_LEVELS = (("shift_jis", 0x889F, 0x9872), ("gb2312", 0xB0A1, 0xD7F9), ("big5", 0xA440, 0xC67E))


def _common_han(ch: str) -> bool:
    """Whether a Han character is in the first level of JIS X 0208, GB2312 or Big5 (everyday characters)."""
    for codec, low, high in _FIRST_LEVELS:
        try:
            code = int.from_bytes(ch.encode(codec), "big")
        except UnicodeEncodeError:
            continue
        if low <= code <= high:
            return True
    return False


def _script(ch: str, name: str) -> str:
    if name.startswith("CJK UNIFIED") or name.startswith("CJK COMPATIBILITY IDEO"):
        return "HAN" if _common_han(ch) else "HAN RARE"
    if name.startswith("HALFWIDTH KATAKANA"):
        return "HALFWIDTH KATAKANA"
    if name.startswith("KATAKANA"):  # also KATAKANA-HIRAGANA PROLONGED SOUND MARK
        return "KATAKANA"
    if name.startswith("HANGUL SYLLABLE"):
        try:
            ch.encode("euc_kr")
        except UnicodeEncodeError:
            return "HANGUL RARE"
        return "HANGUL"
    if name.startswith(("HANGUL", "HALFWIDTH HANGUL")):
        return "HANGUL RARE"  # compatibility jamo: letters of the alphabet, rarely written alone
    return name.split(" ", 1)[0]


@lru_cache(maxsize=8192)
def char_class(ch: str) -> CharClass:
    """Classify one non-ASCII character (cached: a text has few distinct ones)."""
    category = unicodedata.category(ch)
    name = unicodedata.name(ch, "")
    if ch == "\ufffd" or category in ("Cc", "Cn", "Co", "Cs"):
        return CharClass("J")
    if category[0] == "L" and ch not in _SYMBOL_LETTERS and not name.startswith("MODIFIER"):
        return CharClass("L", _script(ch, name), ch.lower(), ch != ch.lower())
    if category[0] == "P":
        return CharClass("P")
    if category[0] == "M":  # a vowel sign or point: belongs to the letter before it, of its own script
        return CharClass("M", name.split(" ", 1)[0])
    if category[0] == "S" or category == "No" or ch in _SYMBOL_LETTERS or category == "Lm":
        return CharClass("S")
    return CharClass("O")


def _is_letter(ch: str) -> bool:
    return ch.isalpha() if ch.isascii() else char_class(ch).kind == "L"


class _Tally:
    """Running sums of one reading: score, non-ASCII characters, "bad" events, letter counts."""

    __slots__ = ("bad", "chars", "letters", "score")

    def __init__(self) -> None:
        self.score = 0.0
        self.chars = 0
        self.bad = 0
        self.letters: Counter[str] = Counter()


def _is_cjk_punctuation(ch: str) -> bool:
    """Ideographic and full-width punctuation, which sits between letters in text without spaces."""
    return "\u3000" <= ch <= "\u303f" or "\uff00" <= ch <= "\uff65"


def _non_letter(word: str, i: int, kind: str) -> tuple[float, bool]:
    """A non-letter's log-probability by its neighbours, and whether it is a sign of a wrong decoding."""
    ch = word[i]
    before = i > 0 and _is_letter(word[i - 1])
    after = i + 1 < len(word) and _is_letter(word[i + 1])
    if kind == "P":
        inside = before and after and ch not in _APOSTROPHES and not _is_cjk_punctuation(ch)
        return (PUNCT_IN_WORD, True) if inside else (PUNCT, False)
    if kind == "S":
        if before and after:
            return SYMBOL_IN_WORD, True
        return (SYMBOL_BY_LETTER, True) if before or after else (SYMBOL, False)
    return (JUNK, True) if kind == "J" else (OTHER, False)


def _transition(word: str, i: int, cls: CharClass | None, prev_script: str, script: str,
                prev_lower: bool) -> tuple[float, int]:
    """(cost, wrong) of letter i after the letter before it: a change of script, or of case in mid-word."""
    if prev_script and prev_script != script:
        return SCRIPT_CHANGE, 1
    if prev_script and word[i].isupper() and prev_lower and (cls is not None or not word[i - 1].isascii()):
        return CASE_CHANGE, 0
    return 0.0, 0


def _single_letter_cost(word: str) -> float:
    """A lone non-ASCII letter as a word (`ť`, `ł`) is rare in any language's reading."""
    core = word.strip(_EDGE_PUNCTUATION)
    if len(core) == 1 and not core.isascii() and core not in _ONE_LETTER_WORDS and _is_letter(core):
        return SINGLE_LETTER
    return 0.0


def _add_word(word: str, count: int, tally: _Tally) -> None:
    """Add one distinct word (`count` times): language-independent costs now, its letters for later."""
    total = 0.0
    bad = 0
    prev_script = ""
    prev_lower = False
    for i, ch in enumerate(word):
        if ch.isascii() and not ch.isalpha():
            prev_script = ""
            continue
        cls = None if ch.isascii() else char_class(ch)
        if cls is not None and cls.kind == "M" and cls.script != "COMBINING":
            fits = prev_script == _SCRIPT_GROUP.get(cls.script, cls.script)
            total += MARK.get(cls.script, MARK_OTHER) if fits else SYMBOL_IN_WORD
            bad += not fits
            continue  # the letter before it still counts as the previous one
        if cls is not None and cls.kind != "L":
            cost, wrong = _non_letter(word, i, cls.kind)
            total += cost
            bad += wrong
            prev_script = ""
            continue
        script = "LATIN" if cls is None else _SCRIPT_GROUP.get(cls.script, cls.script)
        cost, wrong = _transition(word, i, cls, prev_script, script, prev_lower)
        total += cost
        bad += wrong
        tally.letters[ch.lower() if cls is None else ch] += count
        prev_script, prev_lower = script, ch.islower()
    total += _single_letter_cost(word)
    tally.score += total * count
    tally.bad += bad * count
    tally.chars += count * sum(1 for ch in word if not ch.isascii())


def _letter_logp(language: str, ch: str, cls: CharClass | None) -> float:
    if cls is None:  # an ASCII letter (lowercase)
        return _ASCII.get(language, _ASCII_ENGLISH).get(ch, _ASCII_DEFAULT)
    if language in _CJK:
        ranked = _CJK_RANKED[language]
        if cls.script == "HALFWIDTH KATAKANA":  # as common as the full-width kana it stands for
            ch = unicodedata.normalize("NFKC", ch)
            return ranked.get(ch, _CJK[language].get("KATAKANA", OTHER_SCRIPT)) - 0.3
        return ranked.get(ch, _CJK[language].get(cls.script, OTHER_SCRIPT))
    script, probs = _ALPHABETIC[language]
    value = probs.get(cls.lower)
    if value is not None:
        return value
    return SAME_SCRIPT if cls.script == script else OTHER_SCRIPT


LANGUAGES = (*_ALPHABETIC, *_CJK)
_NON_ASCII_WORD = re.compile(r"\S*[^\x00-\x7f]\S*")
_ASCII_WORD = re.compile(r"(?<!\S)[\x21-\x7e]*[A-Za-z][\x21-\x7e]*(?!\S)")
_NON_LATIN = frozenset(lang for lang in LANGUAGES if lang in _CJK or _ALPHABETIC[lang][0] != "LATIN")


@dataclass(frozen=True, slots=True)
class Plausibility:
    """A reading's score (a log-likelihood: higher is more plausible), its language, the non-ASCII characters
    scored and how many signs of a wrong decoding were seen (junk, symbols in words, script changes)."""

    score: float
    language: str
    chars: int
    bad: int

    @property
    def garbled(self) -> bool:
        """Too many signs of a wrong decoding for any reader: this reading is noise."""
        return self.bad >= GARBLED_MIN and self.bad > GARBLED_SHARE * self.chars


GARBLED_MIN = 8
GARBLED_SHARE = 0.15


def plausibility(text: str) -> Plausibility:
    """Score `text` (a sample of a decoded file): its words with non-ASCII letters, each distinct one once."""
    tally = _Tally()
    for word, count in Counter(_NON_ASCII_WORD.findall(text)).items():
        _add_word(word, count, tally)
    best_language, best = "", 0.0
    if tally.letters:
        classes = [(ch, n, None if ch.isascii() else char_class(ch)) for ch, n in tally.letters.items()]
        foreign = FOREIGN_WORD * len(_ASCII_WORD.findall(text))
        values = {
            language: sum(n * _letter_logp(language, ch, cls) for ch, n, cls in classes)
            + (foreign if language in _NON_LATIN else 0.0)
            for language in LANGUAGES
        }
        best_language = max(values, key=values.__getitem__)
        best = values[best_language]
    return Plausibility(tally.score + best, best_language, tally.chars, tally.bad)
