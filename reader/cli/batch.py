"""`reader batch`: align many document pairs from a JSONL file, in parallel, for research use.

Input: one `{"id", "left", "right"}` object per line. A side is a string (laid out and segmented exactly as
the app does it) or a list of strings (taken as the sentences; ids are list positions).
Output: one `{"id", "left": {"sentences"}, "right": {"sentences"}, "links"}` object per input line, in
input order. A line that cannot be aligned yields `{"id", "line", "error"}`; the others go on and the exit
code is 2.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TextIO

from ..atomic import write_atomic
from ..errors import InputError, OutputError, ReaderError, os_reason, size_text
from ..ingest.read import DEFAULT_MAX_BYTES

Record = dict[str, Any]


def _side(value: object, name: str) -> tuple[list[str], list[int]]:
    """Sentences of one side and the ids among them that take part in alignment.

    A blank text is refused as the command line refuses an empty file; a list is taken as it is (an empty
    list is a document of no sentences, which corpus data can hold)."""
    if isinstance(value, str):
        from ..ingest.raw import RawArticle
        from ..text.load import build_document

        if not value.strip():
            raise ValueError(f'"{name}" is empty (no text to read)')
        doc = build_document(RawArticle(source=name, text=value))
        return [s.text for s in doc.sentences], doc.alignable_ids
    if isinstance(value, list) and all(isinstance(s, str) for s in value):
        return list(value), list(range(len(value)))
    raise ValueError(f'"{name}" must be a string or a list of strings')


def _encodable(value: object) -> bool:
    """JSON may escape a lone surrogate (`"\\ud800"`), which no UTF-8 output can hold."""
    try:
        json.dumps(value, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def align_request(line_no: int, line: str, max_bytes: int = DEFAULT_MAX_BYTES) -> Record:
    """Align one request line; any problem becomes an error record, never an exception."""
    req_id: object = None
    try:
        if len(line) > max_bytes // 4 and len(line.encode("utf-8", "surrogatepass")) > max_bytes:
            raise ValueError(f"the line is larger than the {size_text(max_bytes)} limit")
        try:
            req = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ValueError(f"not valid JSON ({exc.msg})") from None
        if not isinstance(req, dict):
            raise ValueError("a request must be a JSON object")
        req_id = req.get("id") if _encodable(req.get("id")) else None
        if not _encodable(req):
            raise ValueError("a lone surrogate escape (e.g. \\ud800) in the request: not valid Unicode text")
        missing = [k for k in ("id", "left", "right") if k not in req]
        if missing:
            raise ValueError(f"missing field(s): {', '.join(missing)}")
        left, left_ids = _side(req["left"], "left")
        right, right_ids = _side(req["right"], "right")
        from ..align.aligner import align_sentences

        # workers=1: --jobs alone sets how many processes run; no scoring pool nested inside a batch worker,
        # and `--jobs 1` does not quietly use a second core on long pairs (the output is the same either way).
        links = align_sentences([left[i] for i in left_ids], [right[j] for j in right_ids], workers=1)
        return {
            "id": req_id,
            "left": {"sentences": left},
            "right": {"sentences": right},
            "links": [
                {"left": [left_ids[i] for i in k.left], "right": [right_ids[j] for j in k.right],
                 "score": round(k.score, 4)}
                for k in links
            ],
        }
    except (ValueError, ReaderError, RecursionError) as exc:
        return {"id": req_id, "line": line_no, "error": str(exc)}


def _align_star(item: tuple[int, str, int]) -> Record:
    return align_request(*item)


def _read_requests(requests: str) -> list[tuple[int, str]]:
    if requests == "-":
        text = sys.stdin.read()
    else:
        path = Path(requests)
        if path.is_dir():
            raise InputError(f"{requests}: is a directory, not a file")
        if not path.is_file():
            raise InputError(f"{requests}: no such file")
        try:
            text = path.read_text(encoding="utf-8-sig")
        except UnicodeDecodeError:
            raise InputError(f"{requests}: not UTF-8 text") from None
        except OSError as exc:
            raise InputError(f"{requests}: cannot read ({os_reason(exc)})") from None
    # Lines end at \n only: a raw U+2028 or U+0085 inside a JSON string is part of the string.
    return [(n, line) for n, line in enumerate(text.split("\n"), start=1) if line.strip()]


def _import_workers_code() -> None:
    """Import what aligning needs before forking, so the workers inherit it instead of each importing it."""
    from ..align import aligner  # noqa: F401
    from ..text import load  # noqa: F401


@contextmanager
def _results(items: list[tuple[int, str, int]], jobs: int) -> Iterator[Iterator[Record]]:
    """The records of `items`, in input order, from `jobs` forked worker processes (or this one).

    The pool is started here, before any progress bar starts its refresh thread: forking a process that
    runs other threads can copy a lock held by one of them and hang the child.
    """
    jobs = min(jobs, len(items), 64)
    _import_workers_code()
    if jobs <= 1:
        yield map(_align_star, items)
        return
    import multiprocessing

    # Small chunks (1 on DEplain dev): pairs differ a lot in size, and the tail, where one worker finishes its
    # last chunk while the other is idle, is at most one chunk long; larger inputs get up to 16 per chunk to
    # save round trips. imap keeps input order and streams, so memory does not grow with the input.
    chunk = max(1, min(16, len(items) // (jobs * 32)))
    with multiprocessing.get_context("fork").Pool(jobs) as pool:
        yield pool.imap(_align_star, items, chunksize=chunk)


def _progress(results: Iterable[Record], total: int) -> Iterator[Record]:
    """Wrap results in a progress bar on stderr, only when stderr is a terminal."""
    if not sys.stderr.isatty():
        yield from results
        return
    from rich.console import Console
    from rich.progress import Progress

    with Progress(console=Console(stderr=True), transient=True) as progress:
        task = progress.add_task("aligning", total=total)
        for record in results:
            progress.advance(task)
            yield record


def _write(records: Iterable[Record], out: TextIO) -> int:
    errors = 0
    for record in records:
        if "error" in record:
            errors += 1
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return errors


def run_batch(requests: str, output: str | None, *, jobs: int = 1, force: bool = False,
              max_bytes: int = DEFAULT_MAX_BYTES) -> int:
    """Align every request; 0 when all lines succeeded, 2 when any line became an error record."""
    if jobs < 0:
        raise ReaderError("--jobs must be 0 (all cores) or a positive number")
    jobs = jobs or os.cpu_count() or 1
    if output is not None and output != "-":
        target = Path(output)
        if target.exists() and not force:
            raise OutputError(f"{output}: already exists (use --force to overwrite)")
        if target.is_dir():
            raise OutputError(f"{output}: is a directory")
        if not target.parent.exists():
            raise OutputError(f"{output}: directory {target.parent} does not exist")
    items = [(n, line, max_bytes) for n, line in _read_requests(requests)]
    with _results(items, jobs) as results:
        records = _progress(results, len(items))
        if output is None or output == "-":
            errors = _write(records, sys.stdout)
        else:
            errors = write_atomic(output, lambda out: _write(records, out), overwrite=True)
    if errors:
        print(f"reader: {errors} of {len(items)} request(s) failed (see their error records)",
              file=sys.stderr)
        return 2
    return 0
