"""The UI's module structure: the palette and the key table never import the app (no import cycle)."""

from __future__ import annotations

import subprocess
import sys


def _modules_after(statement: str) -> set[str]:
    code = f"import sys\n{statement}\nprint('\\n'.join(sorted(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60)
    return set(out.stdout.split())


def test_commands_import_without_the_app() -> None:
    loaded = _modules_after("import reader.ui.commands")
    assert "reader.ui.keys" in loaded
    assert "reader.ui.app" not in loaded


def test_state_imports_without_textual() -> None:
    loaded = _modules_after("import reader.ui.state")
    assert not any(name == "textual" or name.startswith("textual.") for name in loaded)
    assert "reader.ui.app" not in loaded


def test_analysis_imports_neither_the_app_nor_the_aligner() -> None:
    loaded = _modules_after("import reader.ui.analysis")
    assert "reader.ui.app" not in loaded
    assert "reader.aligner" not in loaded and "reader.quotes" not in loaded  # off the start-up path
