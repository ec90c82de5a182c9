"""The settings file (`reader.config`) and the remembered theme: `--theme`, damaged files, atomic writes."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from conftest import RecordingApp, wait_ready

from reader.cli.main import main
from reader.config import CONFIG_DIR_ENV, config_path, load_settings, save_theme
from reader.resources import seed_paths
from reader.ui.theme_memory import theme_names


def test_config_dir_comes_from_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(CONFIG_DIR_ENV, str(tmp_path / "cfg"))
    assert config_path() == tmp_path / "cfg" / "config.json"


def test_no_file_means_defaults_without_a_warning(tmp_path: Path) -> None:
    assert load_settings(tmp_path / "config.json") == (load_settings(tmp_path / "none.json")[0], None)
    settings, warning = load_settings(tmp_path / "config.json")
    assert settings.theme is None and warning is None


def test_save_then_load_keeps_other_keys(tmp_path: Path) -> None:
    path = tmp_path / "deep" / "dir" / "config.json"
    path.parent.mkdir(parents=True)
    path.write_text('{"future": [1, 2]}', encoding="utf-8")
    save_theme("nord", path)
    assert json.loads(path.read_text(encoding="utf-8")) == {"future": [1, 2], "theme": "nord"}
    assert load_settings(path) == (load_settings(path)[0], None)
    assert load_settings(path)[0].theme == "nord"
    assert [p.name for p in path.parent.iterdir()] == ["config.json"]  # no temporary left behind


def test_save_creates_the_directory(tmp_path: Path) -> None:
    path = tmp_path / "a" / "b" / "config.json"
    save_theme("gruvbox", path)
    assert load_settings(path)[0].theme == "gruvbox"


@pytest.mark.parametrize("content", [
    b"{not json", b"[1, 2]", b'"dark"', b'{"theme": 7}', b'{"theme": ""}', b"\xff\xfe\x00",
    b"[" * 100_000, b'{"theme": "x"}' + b" " * 70_000,
])
def test_a_damaged_file_is_ignored_with_a_warning(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "config.json"
    path.write_bytes(content)
    settings, warning = load_settings(path)
    assert settings.theme is None
    assert warning is not None and "ignored" in warning and str(path) in warning


def test_a_directory_in_place_of_the_file_is_ignored(tmp_path: Path) -> None:
    (tmp_path / "config.json").mkdir()
    settings, warning = load_settings(tmp_path / "config.json")
    assert settings.theme is None and warning is not None


def test_a_damaged_file_is_replaced_on_save(tmp_path: Path) -> None:
    path = tmp_path / "config.json"
    path.write_text("{oops", encoding="utf-8")
    save_theme("dracula", path)
    assert load_settings(path) == (load_settings(path)[0], None)
    assert load_settings(path)[0].theme == "dracula"


def _app(tmp_path: Path, **kwargs: object) -> RecordingApp:
    left, right = seed_paths()
    return RecordingApp(str(left), str(right), data_dir=tmp_path / "data", **kwargs)  # type: ignore[arg-type]


async def test_the_app_remembers_a_theme_chosen_in_it(tmp_path: Path) -> None:
    app = _app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_ready(app, pilot)
        assert app.theme == "textual-dark"
        app.theme = "solarized-light"
        await pilot.pause()
        await pilot.pause()
    assert load_settings()[0].theme == "solarized-light"
    again = _app(tmp_path)
    async with again.run_test(size=(80, 24)) as pilot:
        await wait_ready(again, pilot)
        assert again.theme == "solarized-light"


async def test_start_theme_applies_to_the_run_without_being_saved(tmp_path: Path) -> None:
    save_theme("nord")
    app = _app(tmp_path, start_theme="textual-light")
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_ready(app, pilot)
        await pilot.pause()
        await pilot.pause()
        assert app.theme == "textual-light"
    assert load_settings()[0].theme == "nord"


async def test_a_damaged_settings_file_warns_and_the_app_runs(tmp_path: Path) -> None:
    config_path().parent.mkdir(parents=True, exist_ok=True)
    config_path().write_text('{"theme": [1', encoding="utf-8")
    app = _app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_ready(app, pilot)
        await pilot.pause()
        assert app.theme == "textual-dark"
        assert any(sev == "warning" and "ignored" in msg for sev, msg in app.messages)


async def test_an_unknown_remembered_theme_warns(tmp_path: Path) -> None:
    save_theme("no-such-theme[/]")
    app = _app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_ready(app, pilot)
        await pilot.pause()
        assert app.theme == "textual-dark"
        assert any("no-such-theme[/]" in msg for _, msg in app.messages)


async def test_a_settings_file_that_cannot_be_written_warns_once(tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv(CONFIG_DIR_ENV, str(blocker / "sub"))  # a directory below a file: cannot be created
    app = _app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_ready(app, pilot)
        for theme in ("nord", "gruvbox"):
            app.theme = theme
            await pilot.pause()
            await pilot.pause()
        warnings = [msg for sev, msg in app.messages if "not remembered" in msg]
        assert len(warnings) == 1


def test_theme_option_refuses_an_unknown_name(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--theme", "neon\x1b]0;x\x07"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "\x1b" not in err
    assert "unknown theme" in err and "textual-light" in err and "solarized-light" in err


def test_theme_option_is_in_the_help(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["open", "--help"])
    assert "--theme" in capsys.readouterr().out
    assert "textual-dark" in theme_names()


def test_theme_option_reaches_the_app(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: dict[str, object] = {}

    def fake_run_app(left: str, right: str, **kwargs: object) -> int:
        seen.update(kwargs)
        return 0

    monkeypatch.setattr("reader.ui.app.run_app", fake_run_app)
    monkeypatch.setattr("reader.cli.main._terminal_for_app", lambda piped: None)
    assert main(["--theme", "nord"]) == 0
    assert seen["theme"] == "nord"
    assert os.environ.get(CONFIG_DIR_ENV)  # the conftest fixture keeps tests off the user's settings
