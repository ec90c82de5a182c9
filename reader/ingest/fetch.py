"""Fetch a web page over http(s) with a timeout and a size limit; every failure is one clear InputError."""

from __future__ import annotations

import http.client
import socket
import threading
import time
import urllib.error
import urllib.request
from dataclasses import dataclass

from .. import __version__
from ..errors import InputError, os_reason, size_text

DEFAULT_TIMEOUT = 30.0  # seconds for the whole download, however the server paces it
_CHUNK = 64 * 1024
_ACCEPTED = ("text/html", "application/xhtml+xml", "text/plain")


@dataclass(frozen=True, slots=True)
class Fetched:
    url: str
    data: bytes
    content_type: str  # e.g. "text/html"
    charset: str | None


def _reason(exc: BaseException) -> str:
    if isinstance(exc, socket.timeout | TimeoutError):
        return "the server did not answer in time"
    if isinstance(exc, socket.gaierror):
        return "the host name could not be resolved (no network, or a wrong address)"
    if isinstance(exc, ConnectionRefusedError):
        return "the connection was refused"
    return _one_line(os_reason(exc))


def _read_body(response: http.client.HTTPResponse, max_bytes: int, deadline: float, url: str,
               timeout: float) -> bytes:
    """At most `max_bytes + 1` bytes of the body, in chunks, giving up at the deadline."""
    parts: list[bytes] = []
    size = 0
    while size <= max_bytes:
        if time.monotonic() > deadline:
            raise _too_slow(url, timeout)
        chunk = response.read1(min(_CHUNK, max_bytes + 1 - size))
        if not chunk:
            break
        parts.append(chunk)
        size += len(chunk)
    return b"".join(parts)


def _too_slow(url: str, timeout: float) -> InputError:
    return InputError(f"{url}: the download took longer than {timeout:g} s (--timeout allows more)")


def _one_line(text: str) -> str:
    """A server's or library's words folded onto one line (a redirect loop's reason has three)."""
    return " ".join(text.split())


def fetch_url(url: str, *, max_bytes: int, timeout: float = DEFAULT_TIMEOUT) -> Fetched:
    """Download `url` within `timeout` seconds in all; refuse non-HTML answers, HTTP errors and pages over
    `max_bytes`.

    A server can keep a connection alive by sending a byte now and then, which a socket timeout (per read)
    never stops; so the download runs in a worker thread and is given up at the deadline, and the body is
    read in chunks that check the deadline too (the thread then ends soon after)."""
    deadline = time.monotonic() + timeout
    outcome: list[Fetched | BaseException] = []

    def run() -> None:
        try:
            outcome.append(_download(url, max_bytes, timeout, deadline))
        except BaseException as exc:  # handed to the caller's thread
            outcome.append(exc)

    worker = threading.Thread(target=run, name="reader-fetch", daemon=True)
    worker.start()
    worker.join(timeout + 0.5)
    if not outcome:
        raise _too_slow(url, timeout)
    if isinstance(outcome[0], BaseException):
        raise outcome[0]
    return outcome[0]


def _download(url: str, max_bytes: int, timeout: float, deadline: float) -> Fetched:
    try:
        request = urllib.request.Request(url, headers={"User-Agent": f"reader/{__version__} (article reader)",
                                                       "Accept": "text/html,*/*;q=0.5"})
        with urllib.request.urlopen(request, timeout=timeout) as response:
            content_type = response.headers.get_content_type() or ""
            charset = response.headers.get_content_charset()
            if content_type not in _ACCEPTED:
                raise InputError(
                    f"{url}: not an HTML page (the server sent {content_type or 'no content type'})"
                )
            length = response.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > max_bytes:
                raise InputError(f"{url}: page is larger than the {size_text(max_bytes)} limit")
            data = _read_body(response, max_bytes, deadline, url, timeout)
            final_url = response.geturl()
    except InputError:
        raise
    except urllib.error.HTTPError as exc:
        raise InputError(f"{url}: the server answered {exc.code} {_one_line(str(exc.reason))}") from None
    except urllib.error.URLError as exc:
        raise InputError(f"{url}: cannot fetch the page: {_reason(exc.reason)}") from None
    except (OSError, ValueError, http.client.HTTPException) as exc:  # timeouts, malformed URLs, resets
        raise InputError(f"{url}: cannot fetch the page: {_reason(exc)}") from None
    if len(data) > max_bytes:
        raise InputError(f"{url}: page is larger than the {size_text(max_bytes)} limit")
    return Fetched(url=final_url, data=data, content_type=content_type, charset=charset)


