"""Atomic file writes: a reader of the destination sees the old file or the new one, never half of either.

The text goes to a temporary file in the destination's directory (so the final rename stays on one file
system), is flushed and fsynced, then renamed over the destination with `os.replace`. On any failure the
temporary file is removed and the destination is left exactly as it was.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TextIO, TypeVar

from .errors import OutputError, os_reason
from .text.sanitize import strip_controls

R = TypeVar("R")


def _shown(path: Path) -> str:
    """A path as it may be printed: no control characters reach the terminal."""
    return strip_controls(str(path))


def write_text_atomic(path: Path | str, text: str, *, overwrite: bool = False) -> None:
    """Write `text` (UTF-8) to `path` atomically.

    Raises FileExistsError when `path` exists and `overwrite` is False, and OutputError (one clear sentence)
    when the destination cannot be written.
    """
    write_atomic(path, lambda handle: handle.write(text), overwrite=overwrite)


def write_atomic(path: Path | str, write: Callable[[TextIO], R], *, overwrite: bool = False) -> R:
    """Stream a text file into place atomically: `write` fills a temporary file beside `path`, which is then
    renamed over it (what `write` returns is returned). Errors as for `write_text_atomic`."""
    path = Path(path)
    if path.is_dir():
        raise OutputError(f"cannot write {_shown(path)}: it is a directory")
    if not overwrite and _taken(path):
        raise FileExistsError(str(path))
    directory = path.parent if str(path.parent) else Path(".")
    if not directory.is_dir():
        problem = "is not a directory" if directory.exists() else "does not exist"
        raise OutputError(f"cannot write {_shown(path)}: {_shown(directory)} {problem}")
    _remove_stale_temporaries(directory, path.name)
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=_temp_prefix(path.name), suffix=".tmp", dir=directory)
    except OSError as exc:
        raise OutputError(f"cannot write {_shown(path)}: {os_reason(exc)}") from None
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            result = write(handle)
            handle.flush()
            os.fsync(handle.fileno())
        if not overwrite and _taken(path):
            # Someone created the file while we were writing: still never clobber it.
            raise FileExistsError(str(path))
        mode = _target_mode(path)
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        if isinstance(exc, FileExistsError):
            raise
        raise OutputError(f"cannot write {_shown(path)}: {os_reason(exc)}") from None
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    _fsync_directory(directory)
    return result


def _taken(path: Path) -> bool:
    """Whether writing `path` would replace something: a file, or a symbolic link even when dangling."""
    return path.exists() or path.is_symlink()


def _temp_prefix(name: str, pid: int | None = None) -> str:
    """Temporary files are named after the target and the writing process: `.NAME.PID.<random>.tmp`."""
    return f".{name}.{os.getpid() if pid is None else pid}."


def _remove_stale_temporaries(directory: Path, name: str) -> None:
    """Delete temporaries of `name` left by a writer that was killed (its process no longer runs); the
    temporaries of a writer still running are left alone."""
    head = f".{name}."
    try:
        entries = [e for e in os.scandir(directory) if e.name.startswith(head) and e.name.endswith(".tmp")]
    except OSError:
        return
    for entry in entries:
        pid_text = entry.name[len(head):].split(".", 1)[0]
        if pid_text.isdigit() and not _running(int(pid_text)):
            with contextlib.suppress(OSError):
                os.unlink(entry.path)


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError):
        return True  # alive under another user, or not a pid we can ask about: leave its file alone
    return True


def _target_mode(path: Path) -> int:
    """Keep an overwritten file's permissions; new files get the usual 0o666 minus the umask."""
    try:
        return path.stat().st_mode & 0o777
    except OSError:
        return 0o666 & ~_umask()


def _umask() -> int:
    """The process umask, read without changing it (os.umask would race with other threads)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    return 0o022


def _fsync_directory(directory: Path) -> None:
    """Make the rename itself durable (best effort: not every platform lets a directory be opened)."""
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
