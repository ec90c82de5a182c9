"""The user's settings: a small JSON object in the user's config directory (today only the chosen theme).

Where: `$READER_CONFIG_DIR/config.json` when that variable is set (tests set it), else
`platformdirs.user_config_dir("reader")/config.json`. Written atomically (`atomic.write_text_atomic`),
keeping keys this version does not know. A settings file that cannot be understood (not JSON, not an object,
a theme that is not a string, too large, not a regular file) is ignored with a warning for the user; reading
settings never raises.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .atomic import write_text_atomic
from .errors import OutputError, os_reason
from .text.sanitize import strip_controls

CONFIG_DIR_ENV = "READER_CONFIG_DIR"
CONFIG_NAME = "config.json"
#: A settings file is a few dozen bytes; anything much larger is not one of ours.
MAX_CONFIG_BYTES = 64 * 1024


@dataclass(frozen=True)
class Settings:
    theme: str | None = None


def config_dir() -> Path:
    """READER_CONFIG_DIR if set, else the platform's user config directory for `reader`."""
    override = os.environ.get(CONFIG_DIR_ENV)
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_config_dir("reader", appauthor=False))


def config_path() -> Path:
    return config_dir() / CONFIG_NAME


def _damaged(path: Path, reason: str) -> str:
    return f"The settings file {strip_controls(str(path))} was ignored: {reason}."


def _read_object(path: Path) -> tuple[dict[str, Any], str | None]:
    """The JSON object in `path` ({} when there is no file) and a warning when it could not be used."""
    try:
        if not path.exists():
            return {}, None
        if not path.is_file():
            return {}, _damaged(path, "it is not a regular file")
        with path.open("rb") as handle:
            data = handle.read(MAX_CONFIG_BYTES + 1)
    except OSError as exc:
        return {}, _damaged(path, os_reason(exc))
    if len(data) > MAX_CONFIG_BYTES:
        return {}, _damaged(path, "it is too large to be a settings file")
    try:
        value = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        return {}, _damaged(path, "it is not valid JSON")
    if not isinstance(value, dict):
        return {}, _damaged(path, "it is not a JSON object")
    return value, None


def load_settings(path: Path | None = None) -> tuple[Settings, str | None]:
    """The settings (defaults when absent or damaged) and a warning for the user, or None."""
    path = config_path() if path is None else path
    value, warning = _read_object(path)
    theme = value.get("theme")
    if theme is not None and (not isinstance(theme, str) or not theme.strip()):
        return Settings(), _damaged(path, '"theme" is not a theme name')
    return Settings(theme=theme), warning


def save_theme(name: str, path: Path | None = None) -> None:
    """Remember `name` as the theme, keeping the file's other keys (a damaged file is replaced).

    Raises OutputError (one sentence) when the file cannot be written."""
    path = config_path() if path is None else path
    value, _ = _read_object(path)
    value["theme"] = name
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"cannot create {strip_controls(str(path.parent))}: {os_reason(exc)}") from None
    write_text_atomic(path, json.dumps(value, indent=2, ensure_ascii=False) + "\n", overwrite=True)
