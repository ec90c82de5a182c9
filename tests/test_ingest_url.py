"""Reading http(s) URLs, against a local http.server on 127.0.0.1 (never an external host)."""

from __future__ import annotations

import contextlib
import socket
import threading
import time
import urllib.error
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from reader.cli.main import main
from reader.errors import InputError
from reader.ingest.fetch import fetch_url
from reader.text.load import load_document

PAGE = (Path(__file__).parent / "fixtures" / "article_page.html").read_bytes()
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args: object) -> None:  # keep the test output clean
        pass

    def _send(self, code: int, ctype: str, body: bytes) -> None:
        self.send_response(code)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):  # the client gave up (timeout test)
            self.wfile.write(body)

    def _trickle(self, *, headers_too: bool) -> None:
        """A byte every 50 ms, at most 200 of them (10 s): never silent long enough for a per-read timeout."""
        head = (b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 100000\r\n"
                b"X-Padding: " + b"p" * 150 + b"\r\n\r\n")
        body = b"<p>" + b"x" * 400
        stream = head + body if headers_too else body
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            if not headers_too:
                self.wfile.write(head)
                self.wfile.flush()
            for byte in stream[:200]:
                self.wfile.write(bytes([byte]))
                self.wfile.flush()
                time.sleep(0.05)

    def do_GET(self) -> None:
        if self.path == "/article.html":
            self._send(200, "text/html; charset=utf-8", PAGE)
        elif self.path == "/plain.txt":
            self._send(200, "text/plain; charset=utf-8", b"Plain words here.\n\nAnother paragraph.")
        elif self.path == "/image.png":
            self._send(200, "image/png", PNG)
        elif self.path == "/big.html":
            self._send(200, "text/html", b"<p>" + b"x" * 50_000 + b"</p>")
        elif self.path in ("/trickle.html", "/trickle-headers.html"):
            self._trickle(headers_too=self.path == "/trickle-headers.html")
        elif self.path == "/loop.html":
            self.send_response(302)
            self.send_header("Location", "/loop.html")
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif self.path == "/slow.html":
            time.sleep(1.5)
            self._send(200, "text/html", PAGE)
        else:
            self._send(404, "text/html", b"<h1>Not Found</h1>")


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_article_url_opens_with_only_the_article(server):
    doc = load_document(f"{server}/article.html")
    assert doc.title == "Harbour town votes to close old ferry pier"
    assert doc.meta["byline"] == "Nora Lindqvist"
    assert "ADVERTISEMENT" not in doc.text and "RELATED-LINK" not in doc.text
    assert doc.source == f"{server}/article.html"


def test_plain_text_url(server):
    doc = load_document(f"{server}/plain.txt")
    assert [s.text for s in doc.sentences] == ["Plain words here.", "Another paragraph."]


def test_404_is_a_clear_error(server):
    with pytest.raises(InputError, match="answered 404"):
        load_document(f"{server}/missing.html")


def test_not_html_is_a_clear_error(server):
    with pytest.raises(InputError, match=r"not an HTML page \(the server sent image/png\)"):
        load_document(f"{server}/image.png")


def test_size_limit_applies_to_urls(server):
    with pytest.raises(InputError, match="larger than"):
        load_document(f"{server}/big.html", max_bytes=10_000)


def test_timeout(server):
    with pytest.raises(InputError, match="did not answer in time"):
        fetch_url(f"{server}/slow.html", max_bytes=1_000_000, timeout=0.3)


@pytest.mark.parametrize("path", ["/trickle.html", "/trickle-headers.html"])
def test_a_trickling_server_is_cut_off_at_the_deadline(server, path):
    started = time.monotonic()
    with pytest.raises(InputError, match=r"took longer than 1 s \(--timeout allows more\)"):
        fetch_url(f"{server}{path}", max_bytes=1_000_000, timeout=1.0)
    assert time.monotonic() - started < 5  # the server would go on for 10 s


def test_cli_timeout_option(server, capsys):
    assert main(["align", f"{server}/trickle.html", f"{server}/plain.txt", "--timeout", "0.5"]) == 2
    assert "took longer than 0.5 s" in capsys.readouterr().err
    assert main(["align", f"{server}/plain.txt", f"{server}/plain.txt", "--timeout", "nan"]) == 2
    assert "--timeout must be" in capsys.readouterr().err


def test_a_redirect_loop_is_one_line(server, capsys):
    assert main(["align", f"{server}/loop.html", f"{server}/plain.txt"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "redirect" in err and "Traceback" not in err


def test_unreachable_port_is_a_clear_error():
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()  # nothing listens there now
    with pytest.raises(InputError, match="refused"):
        load_document(f"http://127.0.0.1:{port}/article.html")


def test_no_network_is_a_clear_error(monkeypatch):
    def no_network(*args, **kwargs):
        raise urllib.error.URLError(socket.gaierror(-3, "Temporary failure in name resolution"))

    monkeypatch.setattr("urllib.request.urlopen", no_network)
    with pytest.raises(InputError, match="no network"):
        load_document("https://news.example/story.html")


def test_cli_url_errors_exit_2(server, capsys):
    for url in (f"{server}/missing.html", f"{server}/image.png"):
        assert main(["align", url, f"{server}/article.html"]) == 2
        err = capsys.readouterr().err.strip()
        assert err.startswith("reader: error: ") and "\n" not in err and "Traceback" not in err
