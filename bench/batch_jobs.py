"""`reader batch --jobs N` throughput on DEplain dev, in pairs per second, with the fixed start-up cost apart.

    python bench/batch_jobs.py                      # jobs 1 and 2, 5 runs each, dev x1 and dev x4
    python bench/batch_jobs.py --jobs 1 2 4 --repeat 7 --copies 1 4 8
    python bench/batch_jobs.py --diagnose           # where the time goes, in-process, 2 workers

Runs the real command line (`python -m reader batch`), so interpreter start-up, imports, the worker pool and
JSON I/O are all included. The request file is made by the dataset's own `score.py input` (50 pairs); "xK"
repeats those requests K times in the temporary input so that a run is long enough for throughput not to be
dominated by start-up. "start-up" is the same command on tiny requests (one pair, or one per job so the
pool really starts): the fixed cost every run pays. Runs of the different job counts are interleaved, so a
change in the machine's load affects them alike; the load average is printed with each row. Exits 1 if the
output of any job count differs from that of the first.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "bench-data" / "deplain-web-manual"
TINY = {"left": ["The cat sat on the mat."], "right": ["A cat sat on a mat."]}


def _run(requests: Path, out: Path, jobs: int) -> float:
    cmd = [sys.executable, "-m", "reader", "batch", str(requests), "-o", str(out), "--force",
           "--jobs", str(jobs)]
    t0 = time.perf_counter()
    subprocess.run(cmd, check=True, cwd=ROOT)
    return time.perf_counter() - t0


Times = dict[int, list[float]]
_T0 = time.perf_counter()


def _timed_request(item: tuple[int, str]) -> tuple[int, float, float]:
    from reader.cli.batch import align_request

    start = time.perf_counter()
    align_request(*item)
    return os.getpid(), start - _T0, time.perf_counter() - _T0


def _tiny_request(_: int) -> object:
    from reader.cli.batch import align_request

    return align_request(1, json.dumps({"id": 1, **TINY}))["id"]


def _diagnose(dev_lines: list[str], repeat: int) -> None:
    """Per-pair cost, worker busy time for input order vs largest first, pool start-up per start method."""
    import multiprocessing
    import resource

    from reader.cli.batch import align_request

    items = list(enumerate(dev_lines, start=1))
    costs = []
    for item in items:
        t0 = time.perf_counter()
        align_request(*item)
        costs.append(time.perf_counter() - t0)
    print(f"in-process, one pass: {sum(costs):.2f} s for {len(items)} pairs, largest pair {max(costs):.3f} s")
    for method in ("fork", "forkserver", "spawn"):
        ts = []
        for _ in range(repeat):
            t0 = time.perf_counter()
            with multiprocessing.get_context(method).Pool(2) as pool:
                pool.map(_tiny_request, [0, 1], chunksize=1)
            ts.append(time.perf_counter() - t0)
        print(f"{method}: 2-process pool + imports + 2 tiny pairs, median {_spread(ts)} s")
    for order in ("input", "largest first"):
        todo = sorted(items, key=lambda it: -len(it[1])) if order == "largest first" else items
        for _ in range(repeat):
            r0 = resource.getrusage(resource.RUSAGE_SELF)
            t0 = time.perf_counter()
            with multiprocessing.get_context("fork").Pool(2) as pool:
                spans = list(pool.imap_unordered(_timed_request, todo, chunksize=1))
            wall = time.perf_counter() - t0
            r1 = resource.getrusage(resource.RUSAGE_SELF)
            main_cpu = r1.ru_utime - r0.ru_utime + r1.ru_stime - r0.ru_stime
            busy: dict[int, float] = {}
            for pid, start, end in spans:
                busy[pid] = busy.get(pid, 0.0) + end - start
            print(f"{order}: wall {wall:.3f} s, worker busy " + " / ".join(f"{b:.3f}" for b in busy.values())
                  + f" s, main process CPU {main_cpu:.3f} s")


def _measure(requests: Path, tmp: Path, jobs_list: list[int], repeat: int) -> tuple[Times, bool]:
    """Wall times per job count (runs interleaved) and whether every job count wrote the same output."""
    times: Times = {j: [] for j in jobs_list}
    for _ in range(repeat):
        for jobs in jobs_list:
            times[jobs].append(_run(requests, tmp / f"out{jobs}.jsonl", jobs))
    first = (tmp / f"out{jobs_list[0]}.jsonl").read_bytes()
    same = all((tmp / f"out{j}.jsonl").read_bytes() == first for j in jobs_list)
    return times, same


def _spread(ts: list[float]) -> str:
    return f"{statistics.median(ts):.2f} ({min(ts):.2f}-{max(ts):.2f})"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--copies", type=int, nargs="+", default=[1, 4], help="repeat the dev requests K times")
    ap.add_argument("--diagnose", action="store_true", help="only the in-process breakdown")
    args = ap.parse_args()
    ok = True
    dev = subprocess.run([sys.executable, str(DATA / "score.py"), "input", str(DATA / "dev.jsonl")],
                         capture_output=True, text=True, check=True).stdout
    dev_lines = [line for line in dev.splitlines() if line.strip()]
    if args.diagnose:
        print(f"{os.cpu_count()} cores; load average before: {os.getloadavg()[0]:.2f}")
        _diagnose(dev_lines, args.repeat)
        print(f"load average after: {os.getloadavg()[0]:.2f}")
        return 0
    with tempfile.TemporaryDirectory() as tmpdir:
        tmp = Path(tmpdir)
        tiny = tmp / "tiny.jsonl"
        tiny.write_text("".join(json.dumps({"id": i, **TINY}) + "\n" for i in range(max(args.jobs))),
                        encoding="utf-8")
        print(f"{os.cpu_count()} cores; load average before: {os.getloadavg()[0]:.2f}")
        print(f"wall s: median (min-max) of {args.repeat} runs; pairs/s from the median; 'net' subtracts the "
              "median start-up of the same job count")
        print("| input | pairs | jobs | wall s | pairs / s | net pairs / s | speed-up vs first | load avg |")
        print("|---|---|---|---|---|---|---|---|")
        startup, same = _measure(tiny, tmp, args.jobs, args.repeat)
        for jobs in args.jobs:
            print(f"| start-up (tiny requests) | {max(args.jobs)} | {jobs} | {_spread(startup[jobs])} "
                  f"| | | | {os.getloadavg()[0]:.2f} |")
        for copies in args.copies:
            req = tmp / f"dev_x{copies}.jsonl"
            req.write_text("\n".join(dev_lines * copies) + "\n", encoding="utf-8")
            n = len(dev_lines) * copies
            times, same = _measure(req, tmp, args.jobs, args.repeat)
            ok = ok and same
            base = statistics.median(times[args.jobs[0]])
            for jobs in args.jobs:
                med = statistics.median(times[jobs])
                net = n / max(med - statistics.median(startup[jobs]), 1e-9)
                print(f"| DEplain dev x{copies} | {n} | {jobs} | {_spread(times[jobs])} | {n / med:.1f} | "
                      f"{net:.1f} | {base / med:.2f}x | {os.getloadavg()[0]:.2f} |", flush=True)
            if not same:
                print(f"OUTPUT DIFFERS between job counts on dev x{copies}", file=sys.stderr)
    print(f"output identical across job counts: {'yes' if ok else 'NO'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
