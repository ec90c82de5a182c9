"""Hostile strings through every surface of the app: shown literally, never as markup or terminal controls.

The same strings go through the file names of both articles (header, "Opening…" placeholder, error dialog),
an error message of a failing stage (toast, detail strip, sidebar), a session warning (toast), the search
query (toasts), the export file name (dialog, overwrite question, toast) and a working directory named
`[draft]`. Each time the app must neither crash nor quit, the rendered screen must hold no ESC, BEL or C1
character, and the text must show as written (controls made visible by `strip_controls`).
"""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from conftest import RecordingApp, wait_ready, write_pair
from rich.console import Console
from textual.app import App
from textual.content import Content
from textual.widgets import Input, Static
from textual.widgets._toast import Toast

from reader.session import SessionStore
from reader.text.load import load_document
from reader.text.sanitize import strip_controls
from reader.ui.dialogs.confirm import ConfirmDialog
from reader.ui.dialogs.error import ErrorDialog
from reader.ui.dialogs.prompt import ExportDialog, SearchDialog
from reader.ui.literal import literal, literal_str

HOSTILE = ["qq[/]qq", "[@click=app.quit]x", "[bold]b[/bold]", "\x1b]0;pwned\x07", "\x1b[31mred", "\x9b31m"]
#: Made into file names: no slash (a directory of its own) and no NUL.
NAME_SAFE = [h for h in HOSTILE if "/" not in h]
RAW_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")

def screen_text(app: App[None]) -> str:
    """The whole screen as the terminal would get it (every segment's text, dialogs over the screen)."""
    width, height = app.size
    console = Console(width=width, height=height, file=io.StringIO(), force_terminal=True,
                      color_system="truecolor", record=True, legacy_windows=False, safe_box=False)
    console.print(app.screen._compositor.render_update(full=True, screen_stack=app._background_screens))
    return console.export_text(styles=False)


def shown_texts(app: App[None]) -> str:
    """The unwrapped text of every Static (titles, dialogs, strip, notes) and toast on every screen."""
    parts: list[str] = []
    for screen in app.screen_stack:
        for widget in screen.query(Static):
            content = widget.render() if isinstance(widget, Toast) else widget.content
            parts.append(content.plain if isinstance(content, Content) else str(content))
    for toast in app.screen.query(Toast):
        parts.append(toast.render().plain)
    return "\n".join(parts)


def assert_literal(app: App[None], *hostile: str) -> None:
    """The app runs, no raw control reaches the screen, and each string shows as written."""
    assert app.is_running and app.return_code is None
    rendered = screen_text(app)
    assert not RAW_CONTROLS.search(rendered), repr(RAW_CONTROLS.findall(rendered))
    texts = shown_texts(app)
    for text in hostile:
        assert strip_controls(text) in texts, (text, texts)


def test_literal_helper() -> None:
    for text in HOSTILE:
        content = literal(text)
        assert content.plain == strip_controls(text)
        assert not RAW_CONTROLS.search(content.plain)
    assert literal_str("a\nb\tc", one_line=True) == "a\u2424b c"
    assert literal("[b]x[/b]", "bold").plain == "[b]x[/b]"


@pytest.mark.parametrize("name", NAME_SAFE)
async def test_file_names_in_header(tmp_path: Path, name: str) -> None:
    left, right = write_pair(tmp_path, f"L{name}.txt", f"R{name}.txt")
    app = RecordingApp(str(left), str(right), data_dir=tmp_path / "data")
    async with app.run_test(size=(160, 30), notifications=True) as pilot:
        await wait_ready(app, pilot)
        assert_literal(app, f"L{name}.txt", f"R{name}.txt")


async def test_missing_files_in_placeholder_and_error_dialog(tmp_path: Path) -> None:
    left = tmp_path / "qq[" / "]qq"  # the source as typed: "…/qq[/]qq"
    right = tmp_path / "\x1b]0;pwned\x07[@click=app.quit]x"
    app = RecordingApp(str(left), str(right), data_dir=tmp_path / "data")
    async with app.run_test(size=(160, 30), notifications=True) as pilot:
        for _ in range(200):
            await pilot.pause(0.02)
            if isinstance(app.screen, ErrorDialog):
                break
        assert isinstance(app.screen, ErrorDialog)
        assert_literal(app, f"Opening {left}…", f"Opening {right}…", "qq[/]qq")
        await pilot.press("enter")
        await pilot.pause()
    assert app.return_code == 2  # the input error, not a crash


async def test_failing_stage_message(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from reader.align import aligner

    hostile = "".join(HOSTILE)

    def fail(*args: object, **kwargs: object) -> None:
        raise ValueError(hostile)

    monkeypatch.setattr(aligner, "align_documents", fail)
    left, right = write_pair(tmp_path)
    app = RecordingApp(str(left), str(right), data_dir=tmp_path / "data")
    async with app.run_test(size=(160, 40), notifications=True) as pilot:
        for _ in range(200):
            await pilot.pause(0.02)
            if app.quotes_done:
                break
        await pilot.pause()
        assert app.quotes_done
        assert_literal(app, hostile)
        for toast in app.screen.query(Toast):
            await pilot.click(toast)  # a toast with `[@click=app.quit]` in it must not quit
        await pilot.pause()
        assert app.is_running


async def test_session_warning(tmp_path: Path) -> None:
    data = tmp_path / "[draft]\x1b]0;pwned\x07" / "data"
    left, right = write_pair(tmp_path)
    path = SessionStore(data).path(load_document(str(left)), load_document(str(right)))
    path.parent.mkdir(parents=True)
    path.write_text("{ damaged", encoding="utf-8")
    app = RecordingApp(str(left), str(right), data_dir=data)
    async with app.run_test(size=(160, 40), notifications=True) as pilot:
        await wait_ready(app, pilot)
        assert any("damaged" in message for _, message in app.messages)
        assert_literal(app, str(data))


@pytest.mark.parametrize("query", HOSTILE)
async def test_search_query(tmp_path: Path, query: str) -> None:
    left, right = write_pair(tmp_path)
    app = RecordingApp(str(left), str(right), data_dir=tmp_path / "data")
    async with app.run_test(size=(160, 40), notifications=True) as pilot:
        await wait_ready(app, pilot)
        await pilot.press("slash")
        await pilot.pause()
        assert isinstance(app.screen, SearchDialog)
        app.screen.query_one(Input).value = query  # as pasted
        await pilot.pause()
        assert_literal(app)  # the text box shows it literally too
        await pilot.press("enter")
        await pilot.pause()
        assert_literal(app, f"No match for “{query}”")
        await pilot.press("n")  # "no match" again, with the last query
        await pilot.pause()
        assert_literal(app, f"No match for “{query}”")
        for toast in app.screen.query(Toast):
            await pilot.click(toast)
        await pilot.pause()
        assert app.is_running


async def _export(app: RecordingApp, pilot: object, name: str) -> None:
    await pilot.press("e")  # type: ignore[attr-defined]
    await pilot.pause()  # type: ignore[attr-defined]
    assert isinstance(app.screen, ExportDialog)
    app.screen.query_one(Input).value = name
    await pilot.pause()  # type: ignore[attr-defined]
    assert_literal(app)
    await pilot.press("enter")  # type: ignore[attr-defined]
    await pilot.pause()  # type: ignore[attr-defined]


@pytest.mark.parametrize("hostile", NAME_SAFE)
async def test_export_file_name_and_overwrite_question(tmp_path: Path, hostile: str) -> None:
    left, right = write_pair(tmp_path)
    out = tmp_path / "out"
    out.mkdir()
    app = RecordingApp(str(left), str(right), data_dir=tmp_path / "data", export_dir=out)
    async with app.run_test(size=(160, 40), notifications=True) as pilot:
        await wait_ready(app, pilot)
        await pilot.press("space")  # mark the first pair
        await pilot.pause()
        await _export(app, pilot, f"g{hostile}x.md")
        name = f"g{strip_controls(hostile)}x.md"  # a pasted control becomes its picture, in the name too
        assert (out / name).exists()
        assert_literal(app, f"Exported to {(out / name).resolve()}")
        for toast in app.screen.query(Toast):
            await pilot.click(toast)
        await pilot.pause()
        await _export(app, pilot, name)
        assert isinstance(app.screen, ConfirmDialog)
        assert_literal(app, f"{out / name} already exists. Overwrite it?")
        await pilot.press("escape")
        await pilot.pause()
        assert app.is_running


async def test_export_into_missing_folder_and_cwd_named_draft(tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    left, right = write_pair(tmp_path)
    cwd = tmp_path / "[draft]"
    cwd.mkdir()
    monkeypatch.chdir(cwd)
    app = RecordingApp(str(left), str(right), data_dir=tmp_path / "data")
    async with app.run_test(size=(160, 40), notifications=True) as pilot:
        await wait_ready(app, pilot)
        await pilot.press("space")
        await pilot.pause()
        await _export(app, pilot, "g[@click=app.quit]x.md")
        assert_literal(app, f"Exported to {cwd.resolve()}/g[@click=app.quit]x.md")
        await _export(app, pilot, "qq[/]qq.md")  # a folder "qq[" that does not exist: the error dialog
        assert isinstance(app.screen, ErrorDialog)
        assert_literal(app, "qq[/]qq.md")
        await pilot.press("enter")
        await pilot.pause()
        assert app.is_running
