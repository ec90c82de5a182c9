"""Snapshot tests of the main screen (seed pair) at 120x36 and 80x24, and of the help screen.

The seed files are copied to a temporary working directory and opened by relative name, so the header
shows the same sources wherever the repository lives; the session directory is empty and fixed per test.
Update with `pytest tests/test_ui_snapshots.py --snapshot-update` only after looking at the new SVGs.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from reader.resources import seed_paths
from reader.ui.app import ReaderApp


@pytest.fixture
def seed_app(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> ReaderApp:
    left, right = seed_paths()
    shutil.copy(left, tmp_path / left.name)
    shutil.copy(right, tmp_path / right.name)
    monkeypatch.chdir(tmp_path)
    return ReaderApp(left.name, right.name, data_dir=tmp_path / "data")


async def _ready(pilot) -> None:  # type: ignore[no-untyped-def]
    app = pilot.app
    for _ in range(300):
        await pilot.pause(0.02)
        if app.ready and app.quotes_done:
            break
    assert app.ready
    # The footer rebuilds its keys a refresh after focus changes: settle it before the screenshot.
    app.screen.refresh_bindings()
    await pilot.pause()
    await pilot.pause()


async def _ready_and_move(pilot) -> None:  # type: ignore[no-untyped-def]
    await _ready(pilot)
    await pilot.press("j", "j", "j", "j", "j")  # onto a linked pair with word differences
    pilot.app.screen.refresh_bindings()
    await pilot.pause()
    await pilot.pause()


def test_main_screen_120x36(snap_compare, seed_app: ReaderApp) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(seed_app, terminal_size=(120, 36), run_before=_ready_and_move)


def test_main_screen_80x24(snap_compare, seed_app: ReaderApp) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(seed_app, terminal_size=(80, 24), run_before=_ready_and_move)


def test_help_screen(snap_compare, seed_app: ReaderApp) -> None:  # type: ignore[no-untyped-def]
    async def open_help(pilot) -> None:  # type: ignore[no-untyped-def]
        await _ready(pilot)
        await pilot.press("question_mark")
        await pilot.pause()

    assert snap_compare(seed_app, terminal_size=(100, 36), run_before=open_help)
