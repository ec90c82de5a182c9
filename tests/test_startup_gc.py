"""The collector paused during start-up comes back as it was (`reader.startup_gc`), also when the app never
paints (the `reader` command pauses it before importing the interface)."""

from __future__ import annotations

import gc

import pytest

from reader import startup_gc
from reader.cli.main import main


def test_pause_and_resume_restore_the_collector() -> None:
    gc.enable()
    startup_gc.pause()
    startup_gc.pause()  # idempotent
    assert not gc.isenabled()
    startup_gc.resume()
    assert gc.isenabled()
    startup_gc.resume()  # nothing paused: nothing changes
    assert gc.isenabled()
    gc.unfreeze()


def test_a_collector_off_before_stays_off() -> None:
    gc.disable()
    try:
        startup_gc.pause()
        startup_gc.resume()
        assert not gc.isenabled()
    finally:
        gc.enable()
        gc.unfreeze()


def test_the_command_turns_the_collector_back_on_when_the_app_fails_early(
        monkeypatch: pytest.MonkeyPatch) -> None:
    def failing_run_app(left: str, right: str, **kwargs: object) -> int:
        assert not gc.isenabled()  # paused while the interface starts
        raise RuntimeError("no terminal")

    gc.enable()
    monkeypatch.setattr("reader.ui.app.run_app", failing_run_app)
    monkeypatch.setattr("reader.cli.main._terminal_for_app", lambda piped: None)
    with pytest.raises(RuntimeError):
        main([])
    assert gc.isenabled()
    gc.unfreeze()
