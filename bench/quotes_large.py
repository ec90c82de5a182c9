"""Time the quote analysis of a large real-text pair: `python bench/quotes_large.py [SENTENCES ...]`.

The pair is the DEplain dev set concatenated (bench/ui_pair.py) until each side has the requested number of
sentences, written to a temporary directory only. Each size is loaded and aligned once (not timed here), then
`analyze_quotes([left, right], alignment)` is timed (best of `--repeat`, default 1). `--exhaustive` also times
the reference matching that scores every left quote against every right one and checks both give the same
matches. Default sizes: 1000 5000 10000 20000.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from functools import partial
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from ui_pair import build_pair  # noqa: E402

import reader.quotes as package  # noqa: E402
from reader.align.aligner import align_documents  # noqa: E402
from reader.quotes import analyze_quotes, matching  # noqa: E402
from reader.quotes.matching import match_quotes  # noqa: E402
from reader.text.load import load_document  # noqa: E402


@contextmanager
def _measured_matching(detail: dict[str, float]) -> Iterator[None]:
    """Record the time of `match_quotes` and its number of candidate pairs while the block runs."""
    candidates = matching._candidates

    def timed(*args: Any, **kwargs: Any) -> Any:
        t0 = time.perf_counter()
        result = match_quotes(*args, **kwargs)
        detail["seconds"] = time.perf_counter() - t0
        return result

    def counted(*args: Any) -> list[list[int]]:
        found = candidates(*args)
        detail["candidates"] = sum(len(js) for js in found)
        return found

    package.match_quotes = timed  # type: ignore[attr-defined]
    matching._candidates = counted  # type: ignore[assignment]
    try:
        yield
    finally:
        package.match_quotes = match_quotes  # type: ignore[attr-defined]
        matching._candidates = candidates  # type: ignore[assignment]


def run(target: int, repeat: int, exhaustive: bool, profile: bool) -> None:
    folder = Path(tempfile.mkdtemp(prefix="reader-quotes-bench-"))
    lpath, rpath = build_pair(target, folder)
    left, right = load_document(str(lpath)), load_document(str(rpath))
    alignment = align_documents(left, right)
    best = float("inf")
    report = None
    detail: dict[str, float] = {}
    with _measured_matching(detail):
        for _ in range(repeat):
            t0 = time.perf_counter()
            report = analyze_quotes([left, right], alignment)
            best = min(best, time.perf_counter() - t0)
    assert report is not None
    counts = [sum(1 for q in report.quotes if q.doc == d) for d in (0, 1)]
    paired = sum(1 for m in report.matches if m.left is not None and m.right is not None)
    print(f"{target:>6} target sentences: {len(left.sentences)} + {len(right.sentences)} sentences, "
          f"{counts[0]} + {counts[1]} quotes, {paired} matched pairs, analyze_quotes {best:.2f} s",
          flush=True)
    print(f"{'':>6} of which matching {detail['seconds']:.2f} s (last run), "
          f"{int(detail['candidates'])} candidate pairs of {counts[0] * counts[1]}", flush=True)
    if exhaustive:
        # analyze_quotes calls the name it imported from matching: swap it for the exhaustive variant
        package.match_quotes = partial(match_quotes, exhaustive=True)  # type: ignore[attr-defined]
        try:
            t0 = time.perf_counter()
            reference = analyze_quotes([left, right], alignment)
            took = time.perf_counter() - t0
        finally:
            package.match_quotes = match_quotes  # type: ignore[attr-defined]
        same = reference.matches == report.matches
        print(f"{'':>6} exhaustive matching: analyze_quotes {took:.2f} s, same matches: {same}", flush=True)
        if not same:
            raise SystemExit(1)
    if profile:
        prof = cProfile.Profile()
        prof.enable()
        analyze_quotes([left, right], alignment)
        prof.disable()
        pstats.Stats(prof).sort_stats("cumulative").print_stats(25)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sizes", nargs="*", type=int, default=[1000, 5000, 10000, 20000])
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--exhaustive", action="store_true",
                        help="also run and compare the exhaustive matching")
    parser.add_argument("--profile", action="store_true", help="print a cProfile of one more run per size")
    args = parser.parse_args()
    for size in args.sizes:
        run(size, args.repeat, args.exhaustive, args.profile)
    return 0


if __name__ == "__main__":
    sys.exit(main())
