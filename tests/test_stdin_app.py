"""`-` in the app: the piped article is read before Textual takes standard input for the keyboard."""

import io
import subprocess
import sys

import pytest

from reader.cli.main import main
from reader.ingest import read as ingest


class _Stdin:
    def __init__(self, data: bytes) -> None:
        self.buffer = io.BytesIO(data)


def test_captured_stdin_is_what_read_source_returns(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ingest, "_captured_stdin", None)
    monkeypatch.setattr(sys, "stdin", _Stdin(b"Piped article text. It has two sentences."))
    ingest.capture_stdin()
    monkeypatch.setattr(sys, "stdin", _Stdin(b""))  # the app owns stdin now: it must not be read again
    assert ingest.read_source("-").text == "Piped article text. It has two sentences."


def test_stdin_for_both_sides_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["align", "-", "-"]) == 2
    assert "only one of the two articles" in capsys.readouterr().err


def test_piped_app_without_a_terminal_is_one_clear_error(tmp_path) -> None:
    other = tmp_path / "b.txt"
    other.write_text("The bridge will close, the mayor said.", encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "reader", "-", str(other)], input=b"The mayor spoke.",
                          capture_output=True, start_new_session=True, timeout=60)
    assert proc.returncode == 2
    err = proc.stderr.decode()
    assert "no terminal" in err and "Traceback" not in err and err.count("\n") == 1
