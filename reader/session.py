"""Marks remembered per pair of documents, in a JSON session file in the user's data directory.

The file is named after the content of both documents (not their paths), so reopening the same pair from
anywhere restores the marks, and an edited article starts a fresh session. A file that cannot be trusted
(damaged, of another pair, or written by a newer version) is renamed aside as a backup, never deleted, and the
reason is returned as a warning for the app to show.

    {"version": 2, "left": {"source": ..., "sha256": ...}, "right": {...},
     "marks": [{"kind": "link", "left": [3], "right": [7, 8]}, ...],
     "corrections": {"manual": [{"left": [3], "right": [7]}], "confirmed": [...], "rejected": [...]}}

Version 1 (no corrections) still loads. The corrections are saved and merged like the marks.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from .atomic import write_text_atomic
from .document import Document
from .errors import OutputError, os_reason
from .marks import Mark, parse_marks
from .review.corrections import NO_CORRECTIONS, Corrections, merge_corrections, parse_corrections

SESSION_VERSION = 2
DATA_DIR_ENV = "READER_DATA_DIR"
LOCK_SECONDS = 10  # how long a save waits for another reader's save of the same pair
@dataclass(slots=True)
class SessionLoad:
    """What loading a session gave: the marks, the corrections, and a message when a file had to be set
    aside."""

    marks: list[Mark] = field(default_factory=list)
    warning: str | None = None
    path: Path | None = None
    corrections: Corrections = NO_CORRECTIONS


class SessionError(ValueError):
    """A session file whose content cannot be used (internal: turned into a warning by `load`)."""


class _NewerVersion(Exception):
    """The file was written by a newer version: set aside with its own message."""


def _read_marks(path: Path, left: Document, right: Document) -> tuple[list[Mark], Corrections]:
    """The marks and corrections a session file holds for this pair; FileNotFoundError/OSError,
    _NewerVersion, or a ValueError (SessionError, MarkError, CorrectionError, JSON and UTF-8 errors) when it
    cannot be used."""
    data = json.loads(path.read_bytes().decode("utf-8"))
    if not isinstance(data, dict):
        raise SessionError("not a JSON object")
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise SessionError("no valid version")
    if version > SESSION_VERSION:
        raise _NewerVersion
    _check_side(data, "left", left)
    _check_side(data, "right", right)
    marks = parse_marks(data.get("marks"))
    _check_ids(marks, left, right)
    corrections = parse_corrections(data.get("corrections")) if version >= 2 else NO_CORRECTIONS
    corrections.check_ids(len(left.sentences), len(right.sentences))
    return marks, corrections


def default_data_dir() -> Path:
    """READER_DATA_DIR if set, else the platform's user data directory for `reader`."""
    env = os.environ.get(DATA_DIR_ENV)
    if env:
        return Path(env)
    import platformdirs

    return Path(platformdirs.user_data_dir("reader", appauthor=False))


def text_sha256(doc: Document) -> str:
    return hashlib.sha256(doc.text.encode("utf-8", "surrogatepass")).hexdigest()


def _check_side(data: dict[str, Any], side: str, doc: Document) -> None:
    info = data.get(side)
    if not isinstance(info, dict) or info.get("sha256") != text_sha256(doc):
        raise SessionError(f"the {side} document does not match")


def _check_ids(marks: Iterable[Mark], left: Document, right: Document) -> None:
    for mark in marks:
        if mark.kind != "link":
            continue  # quote ids are checked by whoever holds the quote report
        if max(mark.left, default=-1) >= len(left.sentences) or \
                max(mark.right, default=-1) >= len(right.sentences):
            raise SessionError("a mark points past the end of a document")


class SessionStore:
    """Loads and saves the marks of document pairs under `<data_dir>/sessions/<key>.json`."""

    def __init__(self, data_dir: Path | None = None) -> None:
        self.data_dir = Path(data_dir) if data_dir is not None else default_data_dir()
        # Keys whose file could not be read or moved aside: never overwrite those.
        self._blocked: set[str] = set()
        # The marks of each pair as this store last read or wrote them: the base its changes are taken from.
        self._base: dict[str, list[Mark]] = {}
        self._merged: dict[str, list[Mark]] = {}  # what the last save of each pair wrote
        # The same for the corrections.
        self._base_corr: dict[str, Corrections] = {}
        self._merged_corr: dict[str, Corrections] = {}

    @property
    def sessions_dir(self) -> Path:
        return self.data_dir / "sessions"

    def key(self, left: Document, right: Document) -> str:
        """Content-based key of an ordered pair (swapping the sides is another session)."""
        pair = f"{text_sha256(left)}:{text_sha256(right)}"
        return hashlib.sha256(pair.encode("ascii")).hexdigest()[:32]

    def path(self, left: Document, right: Document) -> Path:
        return self.sessions_dir / f"{self.key(left, right)}.json"

    def load(self, left: Document, right: Document) -> SessionLoad:
        """The saved marks and corrections of this pair; no file means none. Never raises for a bad file."""
        key = self.key(left, right)
        path = self.sessions_dir / f"{key}.json"
        try:
            marks, corrections = _read_marks(path, left, right)
        except FileNotFoundError:
            marks, corrections = [], NO_CORRECTIONS
        except OSError as exc:
            self._blocked.add(key)
            reason = os_reason(exc)
            return SessionLoad([], f"Session file {path} cannot be read ({reason}); marks will not be saved.",
                               path)
        except _NewerVersion:
            return self._set_aside(key, path, "was written by a newer version of reader")
        except (ValueError, RecursionError):  # bad UTF-8 or JSON, a too-long number, SessionError, MarkError
            return self._set_aside(key, path, "was damaged")
        self._base[key] = list(marks)
        self._base_corr[key] = corrections
        return SessionLoad(marks, None, path, corrections)

    def _set_aside(self, key: str, path: Path, why: str) -> SessionLoad:
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        backup = path.with_name(f"{key}.damaged-{stamp}.json")
        n = 1
        while backup.exists():
            backup = path.with_name(f"{key}.damaged-{stamp}-{n}.json")
            n += 1
        try:
            os.rename(path, backup)
        except OSError:
            self._blocked.add(key)
            return SessionLoad([], f"Session file {path} {why} and could not be moved aside; "
                                   "marks will not be saved.", path)
        return SessionLoad([], f"Session file {why}; kept as {backup}; starting fresh.", path)

    def save(self, left: Document, right: Document, marks: Sequence[Mark],
             corrections: Corrections | None = None) -> Path:
        """Write the marks (and corrections) of this pair atomically; OutputError (one sentence) when that is
        not possible. `corrections` None keeps the corrections the file holds (a caller that changes only
        marks).

        Another reader (a second window on the same pair) may have saved since this store loaded the pair, so
        the file is read again under a lock and this store's changes since then (marks and corrections added
        and removed) are applied to what it holds: nothing either instance did is lost. `adopt_merged` and
        `adopt_merged_corrections` give the result."""
        key = self.key(left, right)
        path = self.sessions_dir / f"{key}.json"
        if key in self._blocked:
            raise OutputError(f"marks not saved: the session file {path} could not be read or moved aside")
        locks = self.data_dir / "locks"  # beside the sessions, so that folder holds only session files
        try:
            self.sessions_dir.mkdir(parents=True, exist_ok=True)
            locks.mkdir(exist_ok=True)
        except OSError as exc:
            raise OutputError(f"cannot save marks in {self.sessions_dir}: {os_reason(exc)}") from None
        from filelock import FileLock, Timeout

        lock = locks / f"{key}.lock"
        try:
            with FileLock(lock, timeout=LOCK_SECONDS):
                merged, merged_corr = self._merge(key, path, left, right, marks, corrections)
                data = {
                    "version": SESSION_VERSION,
                    "left": {"source": left.source, "sha256": text_sha256(left)},
                    "right": {"source": right.source, "sha256": text_sha256(right)},
                    "marks": [m.to_json() for m in merged],
                    "corrections": merged_corr.to_json(),
                }
                write_text_atomic(path, json.dumps(data, ensure_ascii=False, indent=1) + "\n", overwrite=True)
        except Timeout:
            raise OutputError(f"marks not saved: another reader has held {lock} for {LOCK_SECONDS} s"
                              ) from None
        self._base[key] = list(dict.fromkeys(marks))  # what the caller holds: its next changes are from here
        self._merged[key] = merged
        self._base_corr[key] = merged_corr if corrections is None else corrections
        self._merged_corr[key] = merged_corr
        return path

    def adopt_merged(self, left: Document, right: Document) -> list[Mark]:
        """The marks the last save wrote (the caller's and the other readers'), for a caller that takes them
        as its own from now on: its later removals then apply to the other readers' marks too."""
        key = self.key(left, right)
        merged = list(self._merged.get(key, self._base.get(key, [])))
        self._base[key] = merged
        return list(merged)

    def adopt_merged_corrections(self, left: Document, right: Document) -> Corrections:
        """The corrections the last save wrote (this store's and the other readers'), taken as this store's
        from now on (like `adopt_merged` for the marks)."""
        key = self.key(left, right)
        merged = self._merged_corr.get(key, self._base_corr.get(key, NO_CORRECTIONS))
        self._base_corr[key] = merged
        return merged

    def _merge(self, key: str, path: Path, left: Document, right: Document, marks: Sequence[Mark],
               corrections: Corrections | None) -> tuple[list[Mark], Corrections]:
        """What the file holds now, with this store's own additions and removals applied, in file order."""
        mine = list(dict.fromkeys(marks))
        base = set(self._base.get(key, ()))
        base_corr = self._base_corr.get(key, NO_CORRECTIONS)
        try:
            on_disk, disk_corr = _read_marks(path, left, right)
        except FileNotFoundError:
            on_disk, disk_corr = [], NO_CORRECTIONS
        except _NewerVersion:
            raise OutputError(f"marks not saved: {path} was written by a newer version of reader meanwhile"
                              ) from None
        except OSError as exc:
            self._blocked.add(key)
            raise OutputError(f"marks not saved: {path} cannot be read ({os_reason(exc)})") from None
        except (ValueError, RecursionError):
            # damaged meanwhile: keep it as a backup rather than write over it, then save this store's marks
            self._set_aside(key, path, "was damaged")
            if key in self._blocked:
                raise OutputError(f"marks not saved: {path} is damaged and cannot be moved aside") from None
            return mine, base_corr if corrections is None else corrections
        removed = base - set(mine)
        mine_by = {m: m for m in mine}  # equal marks (a note is not identity): this store's note wins
        kept = [mine_by.get(m, m) for m in on_disk if m not in removed]
        merged = list(dict.fromkeys([*kept, *(m for m in mine if m not in base or m in kept)]))
        if corrections is None:
            return merged, disk_corr
        return merged, merge_corrections(base_corr, corrections, disk_corr)
