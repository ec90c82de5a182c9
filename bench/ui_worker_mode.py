"""Thread or worker process for the analysis: where the size threshold (`process_min_sentences`) comes from.

For the seed pair and DEplain pairs of a few sizes, opens the app headless once with the alignment and quote
analysis in a thread and once in a spawned worker process, each run in a fresh Python process (so imports are
cold for both, as for a user), and reports the time from app start to the links applied and to the quotes in
the sidebar, and the key -> painted latency of `j` presses made while the analysis runs.
Run: .venv/bin/python bench/ui_worker_mode.py [RUNS] [SIZES...]   (default 2 runs; seed 500 1000 3000)
"""

from __future__ import annotations

import asyncio
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))


async def _measure(size: str, mode: str) -> dict[str, object]:
    from textual import events

    from reader.resources import seed_paths
    from reader.ui.app import ReaderApp

    folder = Path(tempfile.mkdtemp(prefix="reader-ui-mode-"))
    if size == "seed":
        left, right = seed_paths()
    else:
        from ui_pair import build_pair

        left, right = build_pair(int(size), folder)
    threshold = 0 if mode == "process" else 10**9
    start = time.perf_counter()
    app = ReaderApp(str(left), str(right), data_dir=folder / "data", process_min_sentences=threshold)
    key_at: list[float] = []
    painted_at: list[float] = []
    original_follow = app._follow

    def timed_follow(side: int, sid: int, extra: int | None = None) -> None:
        app.call_after_refresh(lambda: painted_at.append(time.perf_counter()))
        original_follow(side, sid, extra)

    app._follow = timed_follow  # type: ignore[method-assign]

    def hook(message: object) -> None:
        if isinstance(message, events.Key) and not key_at:
            key_at.append(time.perf_counter())

    latencies: list[float] = []
    async with app.run_test(size=(160, 48), message_hook=hook) as pilot:
        while app.docs is None:
            await asyncio.sleep(0.002)
        await pilot.pause()  # the panes' first layout at their real width (else the first key pays for it)
        shown = time.perf_counter() - start
        linked = None
        while not app.quotes_done:
            if linked is None and app.ready:
                linked = time.perf_counter() - start
            key_at.clear()
            painted_at.clear()
            await pilot.press("j")
            while not painted_at:
                await asyncio.sleep(0.001)
            latencies.append(painted_at[0] - key_at[0])
        quotes = time.perf_counter() - start
        if linked is None:
            linked = quotes
        assert app.docs is not None
        sentences = sum(len(d.alignable_ids) for d in app.docs)
    return {"sentences": sentences, "mode": app.analysis_mode, "shown": shown, "linked": linked,
            "quotes": quotes, "latencies": latencies}


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--one":
        print(json.dumps(asyncio.run(_measure(sys.argv[2], sys.argv[3]))))
        return
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 2
    sizes = sys.argv[2:] or ["seed", "500", "1000", "3000"]
    print("size | alignable sentences (both sides) | mode | links applied | quotes shown | "
          "j while analysing: n, median, max (key -> painted)")
    for size in sizes:
        for mode in ("thread", "process"):
            results = []
            for _ in range(runs):
                out = subprocess.run([sys.executable, __file__, "--one", size, mode], capture_output=True,
                                     text=True, check=True, cwd=ROOT)
                results.append(json.loads(out.stdout.strip().splitlines()[-1]))
            lat = [v * 1000 for r in results for v in r["latencies"]]
            linked = ", ".join(f"{r['linked']:.2f}" for r in results)
            quotes = ", ".join(f"{r['quotes']:.2f}" for r in results)
            moves = (f"{len(lat)}, {statistics.median(lat):.1f} ms, {max(lat):.1f} ms" if lat else "0")
            print(f"{size} | {results[0]['sentences']:,} | {results[0]['mode']} | {linked} s | {quotes} s | "
                  f"{moves}")


if __name__ == "__main__":
    main()
