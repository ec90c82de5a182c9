"""`reader batch --jobs N` throughput on DEplain dev (50 document pairs), in pairs per second.

    python bench/batch_jobs.py            # jobs 1 and 2, best of 3 runs each
    python bench/batch_jobs.py --jobs 1 2 4 --repeat 5

Runs the real command line (`python -m reader batch`), so process start-up and JSON I/O are included.
The request file is made by the dataset's own `score.py input`.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "bench-data" / "deplain-web-manual"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmpdir:
        tmp = Path(tmpdir)
        req = tmp / "pairs.jsonl"
        with req.open("w", encoding="utf-8") as fh:
            subprocess.run([sys.executable, str(DATA / "score.py"), "input", str(DATA / "dev.jsonl")],
                           stdout=fh, check=True)
        n = sum(1 for line in req.read_text(encoding="utf-8").splitlines() if line.strip())
        print(f"load average before: {os.getloadavg()[0]:.2f}")
        print("| jobs | best wall s | pairs / s |")
        print("|---|---|---|")
        for jobs in args.jobs:
            times = []
            for _ in range(args.repeat):
                t0 = time.perf_counter()
                cmd = [sys.executable, "-m", "reader", "batch", str(req), "-o", str(tmp / "out.jsonl"),
                       "--force", "--jobs", str(jobs)]
                subprocess.run(cmd, check=True, cwd=ROOT)
                times.append(time.perf_counter() - t0)
            best = min(times)
            print(f"| {jobs} | {best:.2f} | {n / best:.1f} |", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
