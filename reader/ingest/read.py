"""Read an article from a path, `-` (stdin) or an http(s) URL into raw text.

Plain text and Markdown are decoded (reader.ingest.decode); HTML files, HTML on stdin and web pages go through
the article extractor (reader.ingest.html, trafilatura, imported only then). Every failure is an InputError
with one clear sentence.
"""

from __future__ import annotations

import codecs
import os
import sys
from pathlib import Path
from typing import BinaryIO

from ..errors import InputError, os_reason, size_text
from .decode import Decoded, decode_article
from .raw import RawArticle

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
STDIN_SOURCE = "<stdin>"  # the source name of an article read from standard input
_UNICODE = frozenset({"utf-8", "utf-8-sig", "utf-16", "utf-32"})


def is_url(source: str) -> bool:
    return source.lower().startswith(("http://", "https://"))


def _read_stream(stream: BinaryIO, name: str, max_bytes: int) -> bytes:
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise InputError(f"{name}: input is larger than the {size_text(max_bytes)} limit")
    return data


def _read_file(source: str, max_bytes: int) -> bytes:
    path = Path(source)
    try:
        if not path.exists():
            raise InputError(f"{source}: no such file")
        if path.is_dir():
            raise InputError(f"{source}: is a directory, not a file")
        if not path.is_file():
            raise InputError(f"{source}: not a regular file (a pipe, device or socket); give - to read "
                             "standard input")
        if path.stat().st_size > max_bytes:
            raise InputError(f"{source}: file is larger than the {size_text(max_bytes)} limit")
        with open(path, "rb") as handle:
            return _read_stream(handle, source, max_bytes)
    except PermissionError:
        raise InputError(f"{source}: permission denied (cannot read the file)") from None
    except IsADirectoryError:
        raise InputError(f"{source}: is a directory, not a file") from None
    except OSError as exc:
        raise InputError(f"{source}: cannot read the file ({os_reason(exc)})") from None


def _text_or_error(text: str, name: str) -> str:
    if not text.strip():
        raise InputError(f"{name}: is empty (no text to read)")
    return text


_captured_stdin: bytes | None = None


def capture_stdin(max_bytes: int = DEFAULT_MAX_BYTES) -> None:
    """Read standard input now, for a later `read_source("-")`.

    The app needs this: once Textual runs it takes standard input for the keyboard, so piped text must be
    read before it starts (the CLI then points standard input at the terminal).
    """
    global _captured_stdin
    _captured_stdin = _read_stream(sys.stdin.buffer, STDIN_SOURCE, max_bytes)


def read_source(source: str, *, max_bytes: int = DEFAULT_MAX_BYTES,
                timeout: float | None = None) -> RawArticle:
    """Read `source` (a path, `-` for stdin, or an http(s) URL, downloaded within `timeout` seconds, default
    `fetch.DEFAULT_TIMEOUT`); bad input raises InputError."""
    if is_url(source):
        return _read_url(source, max_bytes, timeout)
    if source == "-":
        name = STDIN_SOURCE
        data = _captured_stdin
        if data is None:
            data = _read_stream(sys.stdin.buffer, name, max_bytes)
    else:
        name = source
        data = _read_file(source, max_bytes)
    if not data.strip():
        raise InputError(f"{name}: is empty (no text to read)")
    decoded = decode_article(data, name)
    text = _text_or_error(decoded.text, name)
    from .html import is_html_name, looks_like_html

    if is_html_name(name) or (source == "-" and looks_like_html(text)):
        from .html import extract_article

        return _with_encoding(extract_article(text, name), decoded)
    return _with_encoding(RawArticle(source=os.fspath(name), text=text), decoded)


def _with_encoding(raw: RawArticle, decoded: Decoded) -> RawArticle:
    """Record a legacy encoding in `meta["encoding"]`, and a close call in `meta["encoding_note"]` (the CLI
    prints it on standard error, the app can show it), so a wrong guess is never silent."""
    if codecs.lookup(decoded.encoding).name not in _UNICODE:
        raw.meta["encoding"] = decoded.encoding
    if decoded.note:
        raw.meta["encoding_note"] = decoded.note
    return raw


def _read_url(url: str, max_bytes: int, timeout: float | None) -> RawArticle:
    from .fetch import DEFAULT_TIMEOUT, fetch_url

    page = fetch_url(url, max_bytes=max_bytes, timeout=DEFAULT_TIMEOUT if timeout is None else timeout)
    if not page.data.strip():
        raise InputError(f"{url}: the page is empty")
    decoded = decode_article(page.data, url, declared=page.charset)
    text = _text_or_error(decoded.text, url)
    if page.content_type == "text/plain":
        return _with_encoding(RawArticle(source=url, text=text, meta={"url": page.url}), decoded)
    from .html import extract_article

    return _with_encoding(extract_article(text, url, url=page.url), decoded)
