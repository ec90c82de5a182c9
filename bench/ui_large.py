"""Open a large pair in the app and move the cursor: the two UI figures of the performance issue.

1. Opening: time until the first screen is painted, until both documents are shown (readable and
   navigable: "usable", target 2 s for 10,000 sentences per side), until the links arrive from the worker
   and are applied, and until the quotes are in the sidebar. While the alignment and then the quote
   analysis run, `j` is pressed again and again and the key -> painted latency is reported for each phase.
2. After the analysis, cursor moves (target: median 16 ms, p99 50 ms over 500 moves): for each `j` press,
   the Pilot round trip (key sent -> ... -> app idle again, includes Pilot's own waits between keys), the
   time from the app receiving the key event to the first screen refresh after the counterpart was
   highlighted and scrolled (the latency a user sees), and the app's own work inside it.
The pair is the DEplain dev set concatenated (bench/ui_pair.py), written to a temporary directory.
Run: .venv/bin/python bench/ui_large.py [SENTENCES] [MOVES] [WIDTHxHEIGHT]   (default 10000 500 160x48)
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

from textual import events  # noqa: E402
from ui_pair import build_pair  # noqa: E402

from reader.ui.app import ReaderApp  # noqa: E402


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


async def bench(target: int, moves: int, size: tuple[int, int]) -> None:
    folder = Path(tempfile.mkdtemp(prefix="reader-ui-bench-"))
    left, right = build_pair(target, folder)
    app = ReaderApp(str(left), str(right), data_dir=folder / "data")
    handler: list[float] = []
    painted_at: list[float] = []
    original_follow = app._follow

    def timed_follow(side: int, sid: int, extra: int | None = None) -> None:
        # Runs once the screen holding the new highlight and scroll position has been painted (registered
        # before the app's own after-refresh work, the detail strip's word diff, which comes a frame later).
        app.call_after_refresh(lambda: painted_at.append(time.perf_counter()))
        started = time.perf_counter()
        original_follow(side, sid, extra)
        handler.append(time.perf_counter() - started)

    app._follow = timed_follow  # type: ignore[method-assign]
    start = time.perf_counter()
    key_at: list[float] = []

    def hook(message: object) -> None:
        """Time of the first dispatch of each key event: the moment the app starts handling the key."""
        if isinstance(message, events.Key) and not key_at:
            key_at.append(time.perf_counter())

    async def moves_until(pilot: object, limit: int, stop: object = None) -> list[float]:
        """Press `j` up to `limit` times (or until `stop()` is true); key received -> painted, in seconds."""
        out: list[float] = []
        for _ in range(limit):
            if stop is not None and stop():  # type: ignore[operator]
                break
            painted_at.clear()
            key_at.clear()
            await pilot.press("j")  # type: ignore[attr-defined]
            while not painted_at:
                await asyncio.sleep(0.001)
            out.append(painted_at[0] - key_at[0])
        return out

    async with app.run_test(size=size, message_hook=hook) as pilot:
        painted = time.perf_counter() - start
        while app.docs is None:
            await asyncio.sleep(0.005)
        await pilot.pause()
        shown = time.perf_counter() - start
        # While the worker aligns: the panes must be readable and navigable, within the latency targets.
        during_align = await moves_until(pilot, 2000, lambda: app.alignment is not None)
        while not app.ready:
            await asyncio.sleep(0.005)
        await pilot.pause()
        usable = time.perf_counter() - start
        assert app.docs is not None and app.alignment is not None
        during_quotes = await moves_until(pilot, 2000, lambda: app.quotes_done)
        while not app.quotes_done:
            await asyncio.sleep(0.01)
        quotes_at = time.perf_counter() - start
        n_left, n_right = len(app.docs[0].sentences), len(app.docs[1].sentences)
        print(f"pair: {n_left:,} x {n_right:,} sentences, {len(app.alignment.links):,} links; "
              f"terminal {size[0]}x{size[1]}; analysis in a {app.analysis_mode}")
        print(f"open: first paint {painted * 1000:.0f} ms, documents shown and navigable "
              f"{shown * 1000:.0f} ms, links arrived and applied {usable * 1000:.0f} ms "
              f"(alignment itself {app.analysis.align_seconds:.2f} s), quotes in the sidebar "
              f"{quotes_at * 1000:.0f} ms")
        for label, values in (("while aligning", during_align), ("while finding quotes", during_quotes)):
            if values:
                vs = [v * 1000 for v in values]
                print(f"  {len(vs)} cursor moves {label}: key received -> painted median "
                      f"{statistics.median(vs):.1f} ms, p99 {pct(vs, 0.99):.1f} ms, max {max(vs):.1f} ms")
        left_pane, right_pane = app.panes
        # Start in the middle of the book, where panes are far from their start.
        left_pane.move_cursor(left_pane._visible[len(left_pane._visible) // 2])
        await pilot.pause()
        handler.clear()
        round_trip: list[float] = []
        to_paint: list[float] = []
        checked = 0
        with_counterpart: list[float] = []
        for _ in range(moves):
            painted_at.clear()
            key_at.clear()
            t0 = time.perf_counter()
            await pilot.press("j")
            await pilot.pause()
            round_trip.append(time.perf_counter() - t0)
            to_paint.append(painted_at[0] - key_at[0])
            expected = app.alignment.counterparts(0, left_pane.cursor)  # type: ignore[arg-type]
            assert right_pane.counterparts == set(expected)
            if expected:
                top = right_pane.scroll_offset.y
                first = right_pane.lines.first_line[expected[0]]  # type: ignore[union-attr]
                assert top <= first < top + right_pane.scrollable_content_region.height
                checked += 1
                with_counterpart.append(to_paint[-1])
        ps = [v * 1000 for v in to_paint]
        ms = [v * 1000 for v in round_trip]
        hs = [v * 1000 for v in handler]
        print(f"{moves} cursor moves after the analysis ({checked} with a counterpart, each checked visible "
              "in the other pane)")
        print(f"  key received -> highlighted, scrolled and painted: median {statistics.median(ps):.1f} ms, "
              f"p99 {pct(ps, 0.99):.1f} ms, max {max(ps):.1f} ms")
        if with_counterpart:
            cs = [v * 1000 for v in with_counterpart]
            print(f"    with a counterpart (other pane scrolled): median {statistics.median(cs):.1f} ms, "
                  f"p99 {pct(cs, 0.99):.1f} ms")
        print(f"  Pilot round trip: median {statistics.median(ms):.1f} ms, p99 {pct(ms, 0.99):.1f} ms, "
              f"max {max(ms):.1f} ms")
        print(f"  app work (highlight + scroll + detail): median {statistics.median(hs):.2f} ms, "
              f"p99 {pct(hs, 0.99):.2f} ms")


def main() -> None:
    target = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    moves = int(sys.argv[2]) if len(sys.argv) > 2 else 500
    width, height = (int(n) for n in (sys.argv[3] if len(sys.argv) > 3 else "160x48").split("x"))
    asyncio.run(bench(target, moves, (width, height)))


if __name__ == "__main__":
    main()
