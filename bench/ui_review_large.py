"""A correction on a large pair in the app: how soon it shows, when the re-alignment arrives, and whether the
panes stay responsive meanwhile (the review issue: "on a 10k pair the UI stays responsive").

Opens the DEplain dev set concatenated (bench/ui_pair.py, N sentences a side), waits for the links, presses
`x` on a linked sentence and then `j` again and again until the re-alignment is applied; prints the time from
`x` to the preview (the link gone from the panes), to the re-alignment and to the changes found again, and the
`j` press -> screen painted latency while the worker re-aligns.
Run: .venv/bin/python bench/ui_review_large.py [SENTENCES] [WIDTHxHEIGHT]   (default 10000 160x48)
"""

from __future__ import annotations

import asyncio
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from ui_pair import build_pair  # noqa: E402

from reader.ui.app import ReaderApp  # noqa: E402


async def bench(target: int, size: tuple[int, int]) -> None:
    folder = Path(tempfile.mkdtemp(prefix="reader-review-bench-"))
    left, right = build_pair(target, folder)
    app = ReaderApp(str(left), str(right), data_dir=folder / "data")
    async with app.run_test(size=size) as pilot:
        while not (app.ready and app.state.changes is not None):
            await pilot.pause(0.05)
        print(f"{app.analysis_mode} mode; {len(app.alignment.links):,} links")  # type: ignore[union-attr]
        pane = app.panes[0]
        linked = next(i for i in range(200, 10**6) if app.alignment.links_of(0, i))  # type: ignore[union-attr]
        pane.move_cursor(linked, center=True)
        await pilot.pause()
        changes_before = app.state.changes
        started = time.perf_counter()
        await pilot.press("x")
        shown = time.perf_counter() - started
        assert not app.alignment.links_of(0, linked)  # type: ignore[union-attr]
        preview = app.state.alignment  # replaced by the re-alignment when it is applied
        latencies: list[float] = []
        realigned = changes = None
        while realigned is None or changes is None:
            t = time.perf_counter()
            await pilot.press("j")
            latencies.append((time.perf_counter() - t) * 1000)
            if realigned is None and app.state.alignment is not preview:
                realigned = time.perf_counter() - started
            if app.state.changes is not changes_before and app.state.changes is not None:
                changes = time.perf_counter() - started
            if time.perf_counter() - started > 120:
                break
        print(f"x -> preview shown (link gone): {shown * 1000:.0f} ms")
        print(f"x -> re-alignment applied: {realigned if realigned is None else f'{realigned:.2f} s'}")
        found = "never" if changes is None else f"{changes:.2f} s"
        print(f"x -> changes found again (after the re-alignment): {found}")
        print(f"j while re-aligning: {len(latencies)} presses, median {statistics.median(latencies):.0f} ms, "
              f"max {max(latencies):.0f} ms (Pilot round trip)")


def main() -> None:
    target = int(sys.argv[1]) if len(sys.argv) > 1 else 10000
    width, height = (int(x) for x in (sys.argv[2] if len(sys.argv) > 2 else "160x48").split("x"))
    asyncio.run(bench(target, (width, height)))


if __name__ == "__main__":
    main()
