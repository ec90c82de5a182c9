"""Fetch a web page over http(s) with a timeout and a size limit; every failure is one clear InputError."""

from __future__ import annotations

import http.client
import socket
import urllib.error
import urllib.request
from dataclasses import dataclass

from .. import __version__
from ..errors import InputError, os_reason, size_text

DEFAULT_TIMEOUT = 15.0
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


def _one_line(text: str) -> str:
    """A server's or library's words folded onto one line (a redirect loop's reason has three)."""
    return " ".join(text.split())


def fetch_url(url: str, *, max_bytes: int, timeout: float = DEFAULT_TIMEOUT) -> Fetched:
    """Download `url`; refuse non-HTML answers, HTTP errors and pages over `max_bytes`."""
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
            data = response.read(max_bytes + 1)
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


