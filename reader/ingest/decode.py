"""Bytes to text: BOMs honoured, other encodings detected with charset-normalizer, binary data refused."""

from __future__ import annotations

import codecs
import contextlib

from ..errors import InputError

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


def _mostly_controls(text: str) -> bool:
    sample = text[:65536]
    bad = sum(1 for ch in sample if (ord(ch) < 32 and ch not in "\t\n\r\f\v\x1b") or 0x7F <= ord(ch) < 0xA0)
    return bad >= _MIN_CONTROLS and bad > _MAX_CONTROL_SHARE * len(sample)


_CENTRAL_EUROPEAN = frozenset(
    {"Polish", "Czech", "Slovak", "Hungarian", "Slovene", "Croatian", "Romanian", "Bosnian", "Serbian"}
)


def _detect(data: bytes, name: str) -> str:
    """charset-normalizer's best guess, with ties between single-byte code pages broken by the language.

    French or German in latin-1 decodes without "chaos" as cp1250 too ("è" becomes "č"), and
    charset-normalizer may then pick cp1250; we prefer the western code page unless the detected
    language is Central European.
    """
    from charset_normalizer import from_bytes

    results = from_bytes(data)
    best = results.best()
    if best is None:
        raise InputError(f"{name}: cannot tell the text encoding; save it as UTF-8 and try again")
    tied = [m for m in results if m.chaos <= best.chaos + 1e-6 and m.coherence >= best.coherence - 0.01]
    prefer = (
        ("cp1250", "iso8859_2") if best.language in _CENTRAL_EUROPEAN else ("cp1252", "latin_1", "iso8859_15")
    )
    for encoding in prefer:
        for match in tied:
            if encoding in (match.encoding, *match.could_be_from_charset):
                return data.decode(encoding if encoding != "latin_1" else "latin-1", errors="replace")
    return str(best)


def decode_bytes(data: bytes, name: str, declared: str | None = None) -> str:
    """Decode an article's bytes, or raise InputError with one clear sentence.

    Order: a byte-order mark; refuse known binary formats and NUL bytes; strict UTF-8; a charset the server
    declared; then charset-normalizer's detection (cp1250, latin-1, …).
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                raise InputError(f"{name}: the text is damaged (invalid {encoding.upper()} bytes)") from None
    kind = binary_kind(data)
    if kind is not None:
        raise InputError(f"{name}: looks like {kind}, not text")
    text: str | None = None
    with contextlib.suppress(UnicodeDecodeError):
        text = data.decode("utf-8")
    if text is None and declared:
        try:
            text = data.decode(declared)
        except (LookupError, UnicodeDecodeError):
            text = None
    if text is None:
        text = _detect(data, name)
    if _mostly_controls(text):
        raise InputError(f"{name}: looks like binary data, not text")
    return text
