"""Bytes to text: BOMs honoured, UTF-8 tried, other encodings ranked by how plausible the text they give is
(reader.ingest.plausible), binary data refused; a close call between two readings comes back as a note."""

from __future__ import annotations

import codecs
import contextlib
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..errors import InputError

if TYPE_CHECKING:  # the scorer (and charset-normalizer's tables) load only when a legacy encoding is met
    from .plausible import Plausibility

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# File signatures of formats people hand to a text reader by mistake.
_MAGIC = (
    (b"%PDF-", "a PDF document"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive (or a Word/OpenDocument file)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\x7fELF", "a program"),
    (b"{\\rtf", "an RTF document"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office document"),
)
# Decoded text with more control characters than this share (ESC aside: ANSI colours are text, shown
# literally) is binary data that happened to decode.
_MAX_CONTROL_SHARE = 0.05
_MIN_CONTROLS = 8


def binary_kind(data: bytes) -> str | None:
    """What a binary input is ("a PDF document", …), or None when it may be text."""
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            return kind
    if b"\x00" in data[:65536]:
        return "binary data"
    return None


#: Control characters other than white space and ESC: C0 (but \t \n \v \f \r and \x1b), DEL and C1.
_CONTROL = re.compile("[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f-\x9f]")


def _mostly_controls(text: str) -> bool:
    sample = text[:65536]
    bad = len(_CONTROL.findall(sample))  # one regex pass: a Python loop took ~5 ms per 64 KB
    return bad >= _MIN_CONTROLS and bad > _MAX_CONTROL_SHARE * len(sample)


# Legacy encodings tried, most common first (a tie goes to the earlier one), with the name people know.
# Readings that come out the same (latin-1 and cp1252 without bytes 0x80-0x9f) count once.
CANDIDATES: tuple[tuple[str, str], ...] = (
    ("cp1252", "Windows Western European"),
    ("latin-1", "ISO 8859-1, Western European"),
    ("iso8859-15", "ISO 8859-15, Western European"),
    ("cp1250", "Windows Central European"),
    ("iso8859-2", "ISO 8859-2, Central European"),
    ("cp1251", "Windows Cyrillic"),
    ("koi8-r", "KOI8-R, Russian"),
    ("koi8-u", "KOI8-U, Ukrainian"),
    ("cp1253", "Windows Greek"),
    ("iso8859-7", "ISO 8859-7, Greek"),
    ("cp1254", "Windows Turkish"),
    ("cp1257", "Windows Baltic"),
    ("cp1255", "Windows Hebrew"),
    ("cp1256", "Windows Arabic"),
    ("cp874", "Windows Thai"),
    ("mac_roman", "Mac OS Roman"),
    ("shift_jis", "Shift JIS, Japanese"),
    ("cp932", "Windows Japanese"),
    ("euc_jp", "EUC-JP, Japanese"),
    ("gb18030", "GB18030, Chinese"),
    ("big5", "Big5, Traditional Chinese"),
    ("euc_kr", "EUC-KR, Korean"),
)
_LABELS = dict(CANDIDATES)
# How much rarer an encoding is than the Windows code page of its languages, as a log-probability: the
# prior that breaks near ties (a Mac OS Roman file is rare today).
_PRIOR = {"mac_roman": -3.0, "iso8859-15": -1.0, "iso8859-2": -1.0, "iso8859-7": -1.0, "koi8-u": -0.5}
# The ranking reads at most this much of the input (from the line with the first non-ASCII byte), so a
# 20 MB file is decoded in full once, with the winner.
SAMPLE_BYTES = 64 * 1024
# Two readings are "close" when the runner-up is within this many nats of the best (a likelihood ratio of
# e**10, about 22,000, under rough letter statistics). Readings that differ in one or two letters ("Où" or
# "Oů", "řekl" or "øekl") fall within it; a wrong code page over a sentence or more does not.
CLOSE_MARGIN = 10.0
SCREEN_BYTES = 8 * 1024
SCREEN_KEEP = 4
_FIRST_HIGH = re.compile(rb"[\x80-\xff]")


@dataclass(frozen=True, slots=True)
class Decoded:
    """Decoded text, the encoding it was read with and, when that was a close call, a note saying so."""

    text: str
    encoding: str
    note: str | None = None


@dataclass(frozen=True, slots=True)
class Reading:
    """One candidate decoding of the sample, with its plausibility and prior-adjusted score."""

    encoding: str
    sample: str
    plausible: Plausibility

    @property
    def score(self) -> float:
        return self.plausible.score + _PRIOR.get(self.encoding, 0.0)


def sample_of(data: bytes) -> bytes:
    """At most SAMPLE_BYTES of `data`, from the start of the line with the first non-ASCII byte (which is
    where the candidate readings differ; a line start is never inside a multi-byte character)."""
    first = _FIRST_HIGH.search(data)
    start = data.rfind(b"\n", 0, first.start()) + 1 if first else 0
    return data[start : start + SAMPLE_BYTES]


def _decode_sample(sample: bytes, encoding: str, final: bool) -> str:
    decoder = codecs.getincrementaldecoder(encoding)(errors="replace")
    return decoder.decode(sample, final=final)


def _readings(sample: bytes, final: bool, encodings: Iterable[str]) -> list[Reading]:
    """The distinct readings of `sample` in `encodings` (the first of equal ones kept), best first."""
    from .plausible import plausibility

    readings: dict[str, Reading] = {}
    for encoding in encodings:
        text = _decode_sample(sample, encoding, final)
        if text not in readings:
            readings[text] = Reading(encoding, text, plausibility(text))
    return sorted(readings.values(), key=lambda r: r.score, reverse=True)


def rank_readings(data: bytes) -> list[Reading]:
    """The distinct readings of a sample of `data` in the candidate encodings, most plausible first.

    Two rounds, to keep a 64 KB sample of all-different words cheap: every candidate on the first
    SCREEN_BYTES, then the SCREEN_KEEP best (with the candidates that read the same there) on the sample.
    """
    sample = sample_of(data)
    final = len(sample) == len(data)
    encodings = [encoding for encoding, _label in CANDIDATES]
    if len(sample) <= SCREEN_BYTES:
        return _readings(sample, final, encodings)
    screen = sample[:SCREEN_BYTES]
    texts = {encoding: _decode_sample(screen, encoding, False) for encoding in encodings}
    kept = {r.sample for r in _readings(screen, False, encodings)[:SCREEN_KEEP]}
    return _readings(sample, final, [encoding for encoding in encodings if texts[encoding] in kept])


def _differing_words(a: str, b: str) -> tuple[str, str]:
    """The first word where two readings differ, in each."""
    i = next((k for k, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))
    start = max(a.rfind(" ", 0, i), a.rfind("\n", 0, i)) + 1

    def word(text: str) -> str:
        end = len(text)
        for sep in (" ", "\n"):
            k = text.find(sep, i)
            if k != -1:
                end = min(end, k)
        return text[start : min(end, start + 40)]

    return word(a), word(b)


def close_call_note(best: Reading, runner_up: Reading) -> str | None:
    """The note for the reader when the runner-up reading is close to the best one, else None."""
    if best.score - runner_up.score >= CLOSE_MARGIN:
        return None
    mine, theirs = _differing_words(best.sample, runner_up.sample)
    return (
        f'assumed encoding {best.encoding} ({_LABELS[best.encoding]}): "{mine}"; it could also be '
        f'{runner_up.encoding} ({_LABELS[runner_up.encoding]}): "{theirs}"'
    )


def decode_all(data: bytes, encoding: str) -> str:
    """Decode the whole input with the chosen encoding (a damaged byte becomes U+FFFD)."""
    return data.decode(encoding, errors="replace")


def _fallback(data: bytes, name: str) -> Decoded:
    """charset-normalizer's guess when no candidate reads as text (another script, or noise)."""
    from charset_normalizer import from_bytes

    best = from_bytes(sample_of(data)).best()
    if best is None:
        raise InputError(f"{name}: cannot tell the text encoding; save it as UTF-8 and try again")
    return Decoded(decode_all(data, best.encoding), best.encoding,
                   f"guessed encoding {best.encoding}; the text may be garbled")


def detect(data: bytes, name: str) -> Decoded:
    """Decode legacy-encoded bytes with the most plausible candidate encoding, with a note on a close call.

    Why not charset-normalizer's pick alone: on short texts it finds no "chaos" in wrong readings
    ("Le cafť ťtait fermť" as mac_latin2, "Wo³odymyr" as latin-1), while a plausibility score
    (reader.ingest.plausible) sees letters and symbols that do not belong.
    """
    readings = rank_readings(data)
    best = readings[0]
    if best.plausible.garbled or _mostly_controls(best.sample):
        return _fallback(data, name)
    note = close_call_note(best, readings[1]) if len(readings) > 1 else None
    return Decoded(decode_all(data, best.encoding), best.encoding, note)


def decode_article(data: bytes, name: str, declared: str | None = None) -> Decoded:
    """Decode an article's bytes, or raise InputError with one clear sentence.

    Order: a byte-order mark; refuse known binary formats and NUL bytes; strict UTF-8; a charset the server
    declared; then the most plausible legacy encoding (`detect`), with a note when it was a close call.
    """
    decoded: Decoded | None = None
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(data.decode(encoding), encoding)
            except UnicodeDecodeError:
                raise InputError(f"{name}: the text is damaged (invalid {encoding.upper()} bytes)") from None
    kind = binary_kind(data)
    if kind is not None:
        raise InputError(f"{name}: looks like {kind}, not text")
    with contextlib.suppress(UnicodeDecodeError):
        decoded = Decoded(data.decode("utf-8"), "utf-8")
    if decoded is None and declared:
        with contextlib.suppress(LookupError, UnicodeDecodeError):
            decoded = Decoded(data.decode(declared), declared)
    if decoded is None:
        decoded = detect(data, name)
    if _mostly_controls(decoded.text):
        raise InputError(f"{name}: looks like binary data, not text")
    return decoded


def decode_bytes(data: bytes, name: str, declared: str | None = None) -> str:
    """The text of `decode_article` (for callers that need no note)."""
    return decode_article(data, name, declared).text
