"""Time and peak memory of `reader align` and `reader quotes` on large, odd inputs (issue: bounded resources).

    python bench/large_inputs.py                 # 20 MB inputs, every shape, align and quotes
    python bench/large_inputs.py --mb 1 5 --shapes words table --commands quotes

Each shape is generated (nothing is read from elsewhere) at the given size, written to a temporary
directory, and given as both sides of the pair; every run is a fresh `python -m reader` process whose wall
time and peak resident memory (getrusage of the child) are printed. A run over --limit seconds is stopped
and shown as such. The aim: 20 MB in under 30 s and 1.5 GB, or refused up front with one line.
"""

from __future__ import annotations

import argparse
import random
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "meduza.txt"
VOCAB = ["alpha", "beta", "said", "Trump", "“quote", "end”", "the", "a", "Smith", "he", "—", "Clinton"]


def _words(size: int, rng: random.Random) -> str:
    """One word per line from a tiny vocabulary with quote marks: every line pairs with every other."""
    out, n = [], 0
    while n < size:
        w = rng.choice(VOCAB)
        out.append(w)
        n += len(w.encode()) + 1
    return "\n".join(out) + "\n"


def _table(size: int, rng: random.Random) -> str:
    """A Markdown table of short, almost identical rows."""
    rows = ["| Name | Value | Note |", "|---|---|---|"]
    n = 0
    while n < size:
        row = f"| row {len(rows)} | {rng.randint(0, 99)} | some note here. |"
        rows.append(row)
        n += len(row) + 1
    return "\n".join(rows) + "\n"


def _one_line(size: int, rng: random.Random) -> str:
    """One line without punctuation: no sentence ends anywhere."""
    return " ".join(rng.choice(["word", "other", "thing", "more"]) for _ in range(size // 5)) + "\n"


def _news(size: int, rng: random.Random) -> str:
    """The Meduza seed repeated: real prose, real quotes, many exact repeats."""
    text = SEED.read_text(encoding="utf-8")
    return (text + "\n\n") * max(1, size // len(text.encode()))


def _quotes(size: int, rng: random.Random) -> str:
    """Paragraphs of attributed quotes by a few speakers, words drawn from a small vocabulary."""
    names = ["Smith", "Jones", "Ann Lee", "Putin", "Zelensky"]
    vocab = ["we", "will", "win", "this", "race", "and", "the", "next", "one", "but", "not", "today", "or",
             "tomorrow"]
    out, n = [], 0
    while n < size:
        quote = " ".join(rng.choice(vocab) for _ in range(rng.randint(4, 14))).capitalize()
        para = f"“{quote},” {rng.choice(names)} said."
        out.append(para)
        n += len(para.encode()) + 2
    return "\n\n".join(out) + "\n"


SHAPES: dict[str, Callable[[int, random.Random], str]] = {
    "words": _words, "table": _table, "one-line": _one_line, "news": _news, "quotes": _quotes,
}


#: The child reports its own peak memory at exit (RUSAGE_CHILDREN would give the largest child so far).
_WRAP = """
import atexit, resource, sys
peak = lambda: resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
atexit.register(lambda: sys.stderr.write(f"\\nPEAK_KB {peak()}\\n"))
from reader.cli.main import main
sys.exit(main(sys.argv[1:]))
"""


def run(command: list[str], limit: float) -> tuple[str, float, float]:
    """(status, wall seconds, peak MB) of one fresh `reader` process."""
    t0 = time.perf_counter()
    peak = float("nan")
    try:
        proc = subprocess.run([sys.executable, "-c", _WRAP, *command], capture_output=True, text=True,
                              timeout=limit, cwd=ROOT)
        lines = proc.stderr.strip().splitlines()
        if lines and lines[-1].startswith("PEAK_KB "):
            peak = int(lines.pop().split()[1]) / 1024
        status = "ok" if proc.returncode == 0 else f"exit {proc.returncode}: {' '.join(lines)[:70]}"
    except subprocess.TimeoutExpired:
        status = f"stopped at {limit:g} s"
    return status, time.perf_counter() - t0, peak


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--mb", type=float, nargs="+", default=[20.0], help="input sizes in MB")
    ap.add_argument("--shapes", nargs="+", choices=sorted(SHAPES), default=list(SHAPES))
    ap.add_argument("--commands", nargs="+", choices=["align", "quotes"], default=["align", "quotes"])
    ap.add_argument("--limit", type=float, default=120.0, help="seconds before a run is stopped")
    args = ap.parse_args()
    print(f"{'shape':9} {'MB':>5} {'command':7} {'seconds':>8} {'peak MB':>8}  status")
    with tempfile.TemporaryDirectory() as tmp:
        for mb in args.mb:
            for shape in args.shapes:
                path = Path(tmp) / f"{shape}.txt"
                path.write_text(SHAPES[shape](int(mb * 1024 * 1024), random.Random(1)), encoding="utf-8")
                size = path.stat().st_size / 1024 / 1024
                for command in args.commands:
                    cmd = [command, str(path), str(path), "--max-size", str(max(20.0, size + 1))]
                    if command == "align":
                        cmd += ["--format", "json"]
                    status, seconds, peak = run(cmd, args.limit)
                    row = f"{shape:9} {size:5.1f} {command:7} {seconds:8.1f} {peak:8.0f}  {status}"
                    print(row, flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
