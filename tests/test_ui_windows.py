"""Two windows on one pair (the marks of the other show after a save), and `--timeout` reaching the app."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import RecordingApp, wait_ready, write_pair

from reader.marks import Mark
from reader.session import SessionStore
from reader.text.load import load_document


async def test_a_save_shows_the_marks_another_window_saved(tmp_path: Path) -> None:
    left, right = write_pair(tmp_path)
    data = tmp_path / "data"
    app = RecordingApp(str(left), str(right), data_dir=data)
    async with app.run_test(size=(160, 40)) as pilot:
        await wait_ready(app, pilot)
        assert app.alignment is not None and len(app.alignment.links) >= 2
        first, second = app.alignment.links[0], app.alignment.links[1]
        # The other window (its own store) marks the second pair and saves.
        docs = load_document(str(left)), load_document(str(right))
        other = SessionStore(data)
        other.load(*docs)
        theirs = Mark("link", tuple(second.left), tuple(second.right))
        other.save(*docs, [theirs])
        # This window marks the first pair: its save merges, and it shows both marks now.
        app.panes[0].move_cursor(first.left[0])
        await pilot.pause()
        await pilot.press("space")
        await pilot.pause()
        ours = Mark("link", tuple(first.left), tuple(first.right))
        assert set(app.marks) == {ours, theirs}
        assert set(second.left) <= app.panes[0].marked and set(second.right) <= app.panes[1].marked
        assert SessionStore(data).load(*docs).marks == [theirs, ours]
        # Unmarking the other window's pair here removes it from the file too.
        app.panes[0].move_cursor(second.left[0])
        await pilot.pause()
        await pilot.press("space")
        await pilot.pause()
        assert app.marks == [ours]
        assert SessionStore(data).load(*docs).marks == [ours]


def test_timeout_reaches_load_document(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from reader.cli import main as cli
    from reader.ui import app as app_module

    seen: dict[str, object] = {}

    def fake_run_app(left: str, right: str, **kwargs: object) -> int:
        seen.update(kwargs)
        return 0

    monkeypatch.setattr(app_module, "run_app", fake_run_app)
    monkeypatch.setattr(cli, "_terminal_for_app", lambda piped: None)
    left, right = write_pair(tmp_path)
    assert cli.main(["open", str(left), str(right), "--timeout", "7"]) == 0
    assert seen["timeout"] == 7.0


async def test_app_passes_its_timeout_to_the_reading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from reader.text import load

    timeouts: list[float | None] = []
    real = load.load_document

    def recording(source: str, **kwargs: object):  # type: ignore[no-untyped-def]
        timeouts.append(kwargs.get("timeout"))  # type: ignore[arg-type]
        return real(source, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(load, "load_document", recording)
    left, right = write_pair(tmp_path)
    app = RecordingApp(str(left), str(right), data_dir=tmp_path / "data", timeout=4.5)
    async with app.run_test(size=(120, 30)) as pilot:
        await wait_ready(app, pilot)
    assert timeouts == [4.5, 4.5]
