"""Regenerate docs/screenshot.svg (the seed pair at 140x40, a marked pair and the cursor on a reworded pair)
and docs/changes.svg (the Changes tab, the cursor on a change with its words underlined in both panes).

Not a benchmark; kept here with the other UI scripts so the README image can be rebuilt after a change.
Run: .venv/bin/python bench/ui_screenshot.py
"""

from __future__ import annotations

import asyncio
import os
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reader.resources import seed_paths  # noqa: E402
from reader.ui.app import ReaderApp  # noqa: E402


async def shoot(keys: list[str], name: str) -> None:
    work = Path(tempfile.mkdtemp(prefix="reader-shot-"))
    left, right = seed_paths()
    shutil.copy(left, work / left.name)
    shutil.copy(right, work / right.name)
    os.chdir(work)  # relative names in the header, an empty session directory
    os.environ["READER_CONFIG_DIR"] = str(work / "config")  # the default theme, not the user's remembered one
    app = ReaderApp(left.name, right.name, data_dir=work / "data")
    async with app.run_test(size=(140, 40)) as pilot:
        for _ in range(500):
            await pilot.pause(0.02)
            if app.ready and app.quotes_done and app.state.changes is not None:
                break
        await pilot.press(*keys)
        app.clear_notifications()
        app.screen.refresh_bindings()
        await pilot.pause()
        await pilot.pause()
        app.save_screenshot(filename=name, path=str(ROOT / "docs"))
    print(ROOT / "docs" / name)


async def main() -> None:
    await shoot([*"jjjjjjjj", "space", *"jjj"], "screenshot.svg")
    await shoot(["right_curly_bracket"] * 4 + ["C", "j", "j"], "changes.svg")


if __name__ == "__main__":
    asyncio.run(main())
