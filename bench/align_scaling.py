"""Alignment time and peak memory for long documents (issue 6), on real text.

    python bench/align_scaling.py                 # 1k, 5k, 10k, 20k sentences per side
    python bench/align_scaling.py --sizes 1000 10000 --exhaustive-check 400
    python bench/align_scaling.py --sizes 10000 --write-request req10000.jsonl   # for `reader batch`

Large pairs are built from the DEplain dev documents (plain-language derived text on the left, the
original on the right), concatenated document by document and cycled when one pass is not long enough, so
their gold alignment still applies and is scored at every size. Each size runs in a fresh subprocess that
reports its wall time for `align_sentences` and its peak resident memory (`resource.getrusage`: the main
process, which includes the interpreter and the loaded text, and separately its forked scoring worker, whose
pages are mostly shared copy-on-write with the main process).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "bench-data" / "deplain-web-manual"

CHILD = r"""
import json, resource, sys, time
sys.path.insert(0, sys.argv[1])
from reader.align.aligner import align_sentences
req = json.loads(sys.stdin.read())
t0, c0 = time.perf_counter(), time.process_time()
links = align_sentences(req["left"], req["right"], exhaustive=req["exhaustive"])
wall, cpu = time.perf_counter() - t0, time.process_time() - c0
kids = resource.getrusage(resource.RUSAGE_CHILDREN)
peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
child_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
print(json.dumps({"wall": wall, "cpu": cpu + kids.ru_utime + kids.ru_stime, "peak_mb": peak_mb,
                  "child_mb": child_mb,
                  "links": [[list(k.left), list(k.right)] for k in links]}))
"""


def build_pair(docs: list[dict], size: int) -> tuple[list[str], list[str], set, set]:
    """Concatenate whole documents (cycling) until the left side has `size` sentences; gold is shifted."""
    left: list[str] = []
    right: list[str] = []
    units: set[tuple[frozenset[int], frozenset[int]]] = set()
    k = 0
    while len(left) < size:
        d = docs[k % len(docs)]
        lo, ro = len(left), len(right)
        for u in d["alignments"]:
            units.add((frozenset(lo + i for i in u["derived"]), frozenset(ro + j for j in u["original"])))
        left += d["derived_sents"]
        right += d["original_sents"]
        k += 1
    pairs = {(i, j) for a, b in units for i in a for j in b}
    return left, right, units, pairs


def prf(tp: int, n_pred: int, n_gold: int) -> float:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return 2 * p * r / (p + r) if p + r else 0.0


def measure(left: list[str], right: list[str], exhaustive: bool = False, repeat: int = 1) -> dict:
    """Median wall time over `repeat` fresh subprocesses (peak memory: the largest seen)."""
    req = json.dumps({"left": left, "right": right, "exhaustive": exhaustive})
    runs = []
    for _ in range(repeat):
        out = subprocess.run([sys.executable, "-c", CHILD, str(ROOT)], input=req, capture_output=True,
                             text=True, check=True)
        runs.append(json.loads(out.stdout))
    runs.sort(key=lambda r: r["wall"])
    res = runs[len(runs) // 2]
    res["peak_mb"] = max(r["peak_mb"] for r in runs)
    res["child_mb"] = max(r["child_mb"] for r in runs)
    return res


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 5000, 10000, 20000])
    ap.add_argument("--repeat", type=int, default=3, help="runs per size; the median wall time is shown")
    ap.add_argument("--exhaustive-check", type=int, default=0, metavar="N",
                    help="also align an N-sentence pair exhaustively and compare F1")
    ap.add_argument("--write-request", metavar="FILE",
                    help="write the pair of the first size as a `reader batch` request file and stop")
    args = ap.parse_args()
    docs = [json.loads(line) for line in (DATA / "dev.jsonl").read_text(encoding="utf-8").splitlines()]
    if args.write_request:
        left, right, _, _ = build_pair(docs, args.sizes[0])
        request = {"id": f"{len(left)}x{len(right)}", "left": left, "right": right}
        Path(args.write_request).write_text(json.dumps(request, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"wrote {args.write_request}: {len(left):,} x {len(right):,} sentences")
        return 0
    print(f"load average before: {os.getloadavg()[0]:.2f} (other work on the machine inflates wall time)")
    print("| sentences (left x right) | wall s (median) | CPU s (all processes) | peak MB (main / worker) "
          "| wall s per 1k left | pair F1 | unit F1 |")
    print("|---|---|---|---|---|---|---|")
    for size in args.sizes:
        left, right, units, pairs = build_pair(docs, size)
        res = measure(left, right, repeat=args.repeat)
        pu = {(frozenset(a), frozenset(b)) for a, b in res["links"]}
        pp = {(i, j) for a, b in pu for i in a for j in b}
        print(f"| {len(left):,} x {len(right):,} | {res['wall']:.2f} | {res['cpu']:.2f} | "
              f"{res['peak_mb']:.0f} / {res['child_mb']:.0f} | "
              f"{1000 * res['wall'] / len(left):.3f} | {prf(len(pp & pairs), len(pp), len(pairs)):.3f} | "
              f"{prf(len(pu & units), len(pu), len(units)):.3f} |", flush=True)
    if args.exhaustive_check:
        left, right, units, pairs = build_pair(docs, args.exhaustive_check)
        for exhaustive in (False, True):
            res = measure(left, right, exhaustive)
            pu = {(frozenset(a), frozenset(b)) for a, b in res["links"]}
            pp = {(i, j) for a, b in pu for i in a for j in b}
            mode = "exhaustive" if exhaustive else "candidate index"
            print(f"{mode}: {len(left)} x {len(right)}: {res['wall']:.2f} s, "
                  f"pair F1 {prf(len(pp & pairs), len(pp), len(pairs)):.3f}, "
                  f"unit F1 {prf(len(pu & units), len(pu), len(units)):.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
