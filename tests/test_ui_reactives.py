"""The app's reactives reach the widgets (data_bind and watch_ methods), and the export and search flows
that run as Textual workers."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import RecordingApp, export_into, wait_ready

import reader.atomic
from reader.resources import seed_paths
from reader.ui.dialogs.confirm import ConfirmDialog
from reader.ui.widgets.detail_strip import DetailStrip
from reader.ui.widgets.reading_view import ReadingView
from reader.ui.widgets.sidebar import QuoteSidebar


def seed_app(tmp_path: Path) -> RecordingApp:
    left, right = seed_paths()
    return RecordingApp(str(left), str(right), data_dir=tmp_path / "data", export_dir=tmp_path / "out")


async def test_reactives_reach_the_view_and_the_panes(tmp_path: Path) -> None:
    app = seed_app(tmp_path)
    async with app.run_test(size=(120, 36)) as pilot:
        await wait_ready(app, pilot)
        view = app.query_one(ReadingView)
        left, right = app.panes
        assert not app.show_chrome and not left.show_chrome and not right.show_chrome
        await pilot.press("c")
        assert app.show_chrome and view.show_chrome and left.show_chrome and right.show_chrome
        assert app.messages[-1] == ("information", "Page chrome shown (dimmed).")
        assert left.active and not right.active
        assert view.query_one("#column-left").has_class("-active")
        await pilot.press("tab")
        await pilot.pause()
        assert app.active == 1 and view.active == 1 and right.active and not left.active
        assert view.query_one("#column-right").has_class("-active")
        assert not view.query_one("#column-left").has_class("-active")
        await pilot.press("l")
        assert not app.linking and not view.linking
        assert app.query_one(DetailStrip).status == app.status


async def test_hiding_the_focused_sidebar_gives_the_focus_back_to_the_pane(tmp_path: Path) -> None:
    app = seed_app(tmp_path)
    async with app.run_test(size=(130, 40)) as pilot:
        await wait_ready(app, pilot)
        sidebar = app.query_one(QuoteSidebar)
        assert app.show_sidebar and sidebar.display
        await pilot.press("S")
        await pilot.pause()
        assert sidebar.has_focus_within
        app.action_toggle_sidebar()
        await pilot.pause()
        assert not app.show_sidebar and not sidebar.display
        assert app.panes[0].has_focus


async def test_narrow_terminal_starts_without_the_sidebar(tmp_path: Path) -> None:
    app = seed_app(tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_ready(app, pilot)
        assert not app.show_sidebar and not app.query_one(QuoteSidebar).display
        await pilot.press("S")
        await pilot.pause()
        assert app.show_sidebar and app.query_one(QuoteSidebar).display


async def test_search_steps_before_any_search_say_so(tmp_path: Path) -> None:
    app = seed_app(tmp_path)
    async with app.run_test(size=(120, 36)) as pilot:
        await wait_ready(app, pilot)
        await pilot.press("n")
        assert app.messages[-1] == ("warning", "No search yet: press / to search.")


async def test_export_asks_again_when_the_file_appears_during_the_write(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The name was free when checked, but the atomic write found a file: one overwrite question, then it is
    written over (the flow is one worker awaiting its dialogs)."""
    calls: list[bool] = []
    original = reader.atomic.write_text_atomic

    def racing_write(path: Path, text: str, *, overwrite: bool = False) -> None:
        calls.append(overwrite)
        if not overwrite:
            raise FileExistsError(path)
        original(path, text, overwrite=overwrite)

    monkeypatch.setattr(reader.atomic, "write_text_atomic", racing_write)
    app = seed_app(tmp_path)
    async with app.run_test(size=(120, 36)) as pilot:
        await wait_ready(app, pilot)
        assert app.alignment is not None
        app.panes[0].move_cursor(app.alignment.links[0].left[0])
        await pilot.press("space")
        await export_into(pilot, tmp_path / "out")
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.click("#yes")
        await pilot.pause()
        assert calls == [False, True]
        assert len(list((tmp_path / "out").glob("*.md"))) == 1
        assert app.messages[-1][1].startswith("Exported to ")
