"""Read an article from a path, `-` (stdin) or a URL into raw text."""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path

from .decode import decode_bytes
from .errors import InputError

DEFAULT_MAX_BYTES = 20 * 1024 * 1024


@dataclass(slots=True)
class RawArticle:
    source: str
    text: str
    title: str | None = None
    meta: dict[str, str] = field(default_factory=dict)


def read_source(source: str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> RawArticle:
    if source == "-":
        data = sys.stdin.buffer.read(max_bytes + 1)
        name = "<stdin>"
    else:
        path = Path(source)
        name = source
        if not path.exists():
            raise InputError(f"{source}: no such file")
        if path.is_dir():
            raise InputError(f"{source}: is a directory, not a file")
        try:
            size = path.stat().st_size
            if size > max_bytes:
                raise InputError(f"{source}: file is larger than the {max_bytes // (1024 * 1024)} MB limit")
            data = path.read_bytes()
        except PermissionError:
            raise InputError(f"{source}: permission denied") from None
        except OSError as exc:
            raise InputError(f"{source}: cannot read ({exc.strerror or exc})") from None
    if len(data) > max_bytes:
        raise InputError(f"{name}: input is larger than the {max_bytes // (1024 * 1024)} MB limit")
    text = decode_bytes(data, name)
    if not text.strip():
        raise InputError(f"{name}: is empty")
    return RawArticle(source=name, text=text)
