"""Start-up to first paint of `reader` on the seed pair (target: 0.3 s on this machine, issue 16).

Each run starts a fresh Python process that imports the app as the `reader` command does (the collector
paused first, `reader/startup_gc.py`), runs it headless and reports the wall time at which the first screen
was painted (after the first refresh); the parent measures from just before spawning the process, so
interpreter start-up and imports are included. Also reports how long until the seed pair was aligned and
shown.

Bytecode: this environment sets PYTHONDONTWRITEBYTECODE=1, so by default `reader`'s own modules (an editable
install) are compiled from source in every run (~50-70 ms). An installed `reader` has its .pyc files; with
`--pyc` the runs use a bytecode cache in a temporary folder (PYTHONPYCACHEPREFIX, written by the warm-up run),
which is that "installed" figure.

`--against DIR` compares with another checkout (e.g. `git archive <commit> | tar -x -C DIR`, with `styles/`
and `seeds/` copied to `DIR/reader/` so that it does not read this checkout's): the runs alternate between
the two, one fresh process each, so both see the same load on a shared machine.
Run: .venv/bin/python bench/ui_startup.py [RUNS] [--pyc] [--against DIR]
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

CHILD = r"""
import json, sys, time
try:
    from reader import startup_gc
    startup_gc.pause()  # as `reader` (cli/main.py) does before importing the interface
except ImportError:  # a checkout from before it (--against)
    pass
from reader.resources import seed_paths
from reader.ui.app import ReaderApp

marks = {}

class TimedApp(ReaderApp):
    def on_mount(self):  # Textual calls ReaderApp.on_mount too (every class's handler): no super() here
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


def run_once(data_dir: str, env: dict[str, str], root: Path = ROOT) -> dict[str, float]:
    start = time.time()
    out = subprocess.run([sys.executable, "-c", CHILD, data_dir], capture_output=True, text=True, check=True,
                         cwd=root, env={**env, "PYTHONPATH": str(root)})
    marks = json.loads(out.stdout.strip().splitlines()[-1])
    return {k: v - start for k, v in marks.items()}


def report(label: str, results: list[dict[str, float]]) -> None:
    paint = [r["first_paint"] for r in results]
    ready = [r["ready"] for r in results]
    print(f"{label}first paint: median {statistics.median(paint) * 1000:.0f} ms, "
          f"min {min(paint) * 1000:.0f} ms, max {max(paint) * 1000:.0f} ms")
    print(f"{label}seed pair aligned and shown: median {statistics.median(ready) * 1000:.0f} ms, "
          f"max {max(ready) * 1000:.0f} ms")


def main() -> None:
    argv = sys.argv[1:]
    other = Path(argv[argv.index("--against") + 1]).resolve() if "--against" in argv else None
    args = [a for a in argv if not a.startswith("--") and (other is None or Path(a).resolve() != other)]
    runs = int(args[0]) if args else 10
    pyc = "--pyc" in argv
    roots = [ROOT] if other is None else [other, ROOT]
    env = dict(os.environ)
    results: dict[Path, list[dict[str, float]]] = {root: [] for root in roots}
    with tempfile.TemporaryDirectory() as data_dir, tempfile.TemporaryDirectory() as cache:
        if pyc:
            env.pop("PYTHONDONTWRITEBYTECODE", None)
            env["PYTHONPYCACHEPREFIX"] = cache
        for root in roots:
            run_once(data_dir, env, root)  # warm the file cache (and, with --pyc, write the bytecode)
        for _ in range(runs):
            for root in roots:
                results[root].append(run_once(data_dir, env, root))
    print(f"runs: {runs}, bytecode: {'cached (--pyc)' if pyc else 'as the environment has it'}, "
          f"load average {os.getloadavg()[0]:.2f}")
    for root in roots:
        report("" if other is None else f"{root}: ", results[root])


if __name__ == "__main__":
    main()
