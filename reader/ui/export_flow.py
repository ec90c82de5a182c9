"""Exporting the marks from the app: ask for a file name, ask before overwriting, write atomically.

Runs inside a Textual worker (`ReaderApp.action_export` is a `@work` method), so each dialog is awaited with
`push_screen_wait` and the flow reads top to bottom instead of through screen callbacks.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import ReaderError
from .dialogs.confirm import ConfirmDialog
from .dialogs.error import ErrorDialog
from .dialogs.prompt import ExportDialog

if TYPE_CHECKING:
    from textual.app import App

    from .state import ReadingState


async def export_marks(app: App[None], state: ReadingState, *, export_dir: Path | None = None,
                       today: date | None = None) -> None:
    """The whole export: the file name dialog, an overwrite question when needed, the write and its report.

    A bare name is a file in the current directory, or in `export_dir` when given (tests pass one)."""
    if not state.ready or state.docs is None:
        app.notify("The alignment is still being computed.", severity="warning")
        return
    from ..render.formats import REPORT
    from ..render.marks_md import default_export_name

    count = len(state.marks)
    if not count:
        app.notify("Nothing is marked yet: press space on a pair to mark it.", severity="warning")
        return
    name = default_export_name(state.docs[0], state.docs[1], next(iter(REPORT.values())).suffix)
    proposed = name if export_dir is None else str(export_dir / name)
    answer = await app.push_screen_wait(ExportDialog(proposed, count))
    if not answer:
        return
    path = Path(answer).expanduser()
    if not path.is_absolute() and export_dir is not None:
        path = export_dir / path
    overwrite = False
    if path.exists():
        if not await _may_overwrite(app, path):
            return
        overwrite = True
    while not await _write(app, state, path, overwrite=overwrite, today=today or date.today()):
        # The file appeared between the question and the write: ask (again) before replacing it.
        if not await _may_overwrite(app, path):
            return
        overwrite = True


async def _may_overwrite(app: App[None], path: Path) -> bool:
    return bool(await app.push_screen_wait(ConfirmDialog(f"{path} already exists. Overwrite it?")))


async def _write(app: App[None], state: ReadingState, path: Path, *, overwrite: bool, today: date) -> bool:
    """Write the export; False only when the file exists and `overwrite` is off (the caller asks first)."""
    assert state.docs is not None and state.alignment is not None
    from ..atomic import write_text_atomic
    from ..render.formats import REPORT, for_path

    report = for_path(REPORT, path)  # the format the file name asks for (Markdown unless another is known)
    changes = state.changes.changes if state.changes is not None else None
    text = report.render(state.docs[0], state.docs[1], state.alignment, state.marks, today=today,
                         quotes=state.quote_report, changes=changes)
    try:
        write_text_atomic(path, text, overwrite=overwrite)
    except FileExistsError:
        return False
    except ReaderError as exc:
        app.push_screen(ErrorDialog(f"Export failed: {exc}. Your marks are kept.", "Export"))
        return True
    app.notify(f"Exported to {path.resolve()}", title="Export")
    return True
