"""Start-up to first paint of `reader` on the seed pair (target: 0.5 s on this machine).

Each run starts a fresh Python process that imports the app, runs it headless and reports the wall time at
which the first screen was painted (after the first refresh); the parent measures from just before spawning
the process, so interpreter start-up and imports are included. Also reports how long until the seed pair
was aligned and shown.
Run: .venv/bin/python bench/ui_startup.py [RUNS]
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

CHILD = r"""
import json, sys, time
from reader.resources import seed_paths
from reader.ui.app import ReaderApp

marks = {}

class TimedApp(ReaderApp):
    def on_mount(self):
        super().on_mount()
        self.call_after_refresh(lambda: marks.setdefault("first_paint", time.time()))
        self.set_interval(0.005, self._check)

    def _check(self):
        if self.ready and "ready" not in marks:
            marks["ready"] = time.time()
            self.call_after_refresh(self.exit)

left, right = seed_paths()
TimedApp(str(left), str(right), data_dir=sys.argv[1]).run(headless=True, size=(120, 36))
print(json.dumps(marks))
"""


def run_once(data_dir: str) -> dict[str, float]:
    start = time.time()
    out = subprocess.run([sys.executable, "-c", CHILD, data_dir], capture_output=True, text=True, check=True,
                         cwd=ROOT)
    marks = json.loads(out.stdout.strip().splitlines()[-1])
    return {k: v - start for k, v in marks.items()}


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 10
    with tempfile.TemporaryDirectory() as data_dir:
        run_once(data_dir)  # warm the file cache and bytecode
        results = [run_once(data_dir) for _ in range(runs)]
    paint = [r["first_paint"] for r in results]
    ready = [r["ready"] for r in results]
    print(f"runs: {runs}")
    print(f"first paint: median {statistics.median(paint) * 1000:.0f} ms, max {max(paint) * 1000:.0f} ms")
    print(f"seed pair aligned and shown: median {statistics.median(ready) * 1000:.0f} ms, "
          f"max {max(ready) * 1000:.0f} ms")


if __name__ == "__main__":
    main()
