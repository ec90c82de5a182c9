"""The floor under `bench/ui_startup.py`: a minimal Textual app (one Static) to its first paint, measured the
same way (a fresh process per run, headless 120x36, the wall time from just before spawning it until the
first refresh). What `reader` cannot go below on this machine with this Textual.
Run: .venv/bin/python bench/ui_startup_floor.py [RUNS]
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import time

CHILD = r"""
import json, time
from textual.app import App
from textual.widgets import Static

marks = {}

class Minimal(App):
    def compose(self):
        yield Static("hello")

    def on_mount(self):
        self.call_after_refresh(lambda: (marks.setdefault("first_paint", time.time()), self.exit()))

Minimal().run(headless=True, size=(120, 36))
print(json.dumps(marks))
"""


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 10
    paint = []
    for n in range(runs + 1):  # the first run warms the file cache
        start = time.time()
        out = subprocess.run([sys.executable, "-c", CHILD], capture_output=True, text=True, check=True)
        if n:
            paint.append(json.loads(out.stdout.strip().splitlines()[-1])["first_paint"] - start)
    print(f"runs: {runs}")
    print(f"minimal Textual app, first paint: median {statistics.median(paint) * 1000:.0f} ms, "
          f"min {min(paint) * 1000:.0f} ms, max {max(paint) * 1000:.0f} ms")


if __name__ == "__main__":
    main()
