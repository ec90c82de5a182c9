"""The app's theme: the one given with `--theme`, else the one remembered in the settings file, and every
theme the user picks afterwards (command palette) written back to that file.

`--theme NAME` applies to that run only; a theme chosen inside the app is remembered. The settings logic
itself is `reader.config` (no Textual there).
"""

from __future__ import annotations

from textual.app import App
from textual.theme import BUILTIN_THEMES

from ..config import load_settings, save_theme
from ..errors import ReaderError
from ..text.sanitize import strip_controls


def theme_names() -> list[str]:
    """The themes `--theme` accepts: Textual's built-in ones (the app registers none of its own)."""
    return sorted(BUILTIN_THEMES)


class ThemeMemory:
    """The starting theme of `app` (`apply`, from the app's `__init__`) and the remembering of later changes
    (`changed`, from the app's `watch_theme`)."""

    def __init__(self, app: App[object]) -> None:
        self.app = app
        self._save_failed = False
        self._current: str | None = None

    def apply(self, requested: str | None = None) -> None:
        app = self.app
        settings, warning = load_settings()
        if warning:
            app.notify(warning, title="Settings", severity="warning", timeout=10, markup=False)
        name = requested or settings.theme
        if name is not None and name in app.available_themes:
            self._current = name  # before the change: starting in a theme does not write it back
            app.theme = name
        elif name is not None:
            app.notify(f"The remembered theme {strip_controls(name)!r} is not available; using "
                       f"{app.theme}.", title="Settings", severity="warning", timeout=10, markup=False)
        self._current = app.theme

    def changed(self, name: str) -> None:
        if self._current is None or name == self._current:
            return
        self._current = name
        try:
            save_theme(name)
        except (ReaderError, OSError) as exc:
            if not self._save_failed:  # say it once, not at every theme tried in the palette
                self._save_failed = True
                self.app.notify(f"The theme is not remembered: {strip_controls(str(exc))}",
                                title="Settings", severity="warning", timeout=10, markup=False)
