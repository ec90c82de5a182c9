"""DEplain-web dev: alignment quality (pair- and unit-level P/R/F1) with the dataset's own scorer.

    python bench/deplain_eval.py                  # score.py input -> reader batch -> score.py score
    python bench/deplain_eval.py --inprocess      # the same alignments, computed in this process
    python bench/deplain_eval.py --inprocess --exhaustive   # score every sentence pair (no candidate index)
    python bench/deplain_eval.py --inprocess --group 5 [--exhaustive]  # documents concatenated 5 at a time

The data lives in ../shared/bench-data/deplain-web-manual/ (evaluation only; nothing of it is copied here).
"""

from __future__ import annotations

import argparse
import contextlib
import importlib.util
import io
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "bench-data" / "deplain-web-manual"
sys.path.insert(0, str(ROOT))


def load_scorer():
    spec = importlib.util.spec_from_file_location("deplain_score", DATA / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def grouped(docs: list[dict], size: int) -> tuple[list[dict], list[dict]]:
    """Concatenate `size` consecutive documents into one pair; gold indices are shifted accordingly."""
    gold, requests = [], []
    for g in range(0, len(docs), size):
        part = docs[g : g + size]
        left: list[str] = []
        right: list[str] = []
        units = []
        for d in part:
            lo, ro = len(left), len(right)
            units += [{"derived": [lo + i for i in u["derived"]], "original": [ro + j for j in u["original"]]}
                      for u in d["alignments"]]
            left += d["derived_sents"]
            right += d["original_sents"]
        pid = "+".join(d["pair_id"] for d in part)
        gold.append({"pair_id": pid, "alignments": units})
        requests.append({"id": pid, "left": left, "right": right})
    return gold, requests


def run_inprocess(requests: list[dict], exhaustive: bool, overrides: dict[str, float]) -> list[dict]:
    import dataclasses

    from reader.align.aligner import DEFAULT_PARAMS, align_sentences

    params = dataclasses.replace(DEFAULT_PARAMS, **overrides)
    return [{"id": r["id"], "links": [k.to_json() for k in align_sentences(r["left"], r["right"], params,
                                                                           exhaustive=exhaustive)]}
            for r in requests]


def run_batch_cli(requests: list[dict], jobs: int, tmp: Path) -> list[dict]:
    req = tmp / "pairs.jsonl"
    out = tmp / "predictions.jsonl"
    req.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in requests), encoding="utf-8")
    subprocess.run([sys.executable, "-m", "reader", "batch", str(req), "-o", str(out), "--jobs", str(jobs),
                    "--force"], check=True)
    return [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines() if line.strip()]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--inprocess", action="store_true",
                    help="align in this process instead of `reader batch`")
    ap.add_argument("--exhaustive", action="store_true", help="score every pair (implies --inprocess)")
    ap.add_argument("--group", type=int, default=1, help="concatenate this many documents per pair")
    ap.add_argument("--jobs", type=int, default=1, help="worker processes for `reader batch`")
    ap.add_argument("--param", action="append", default=[], metavar="NAME=VALUE",
                    help="override an AlignParams field (in-process only), e.g. threshold=0.3")
    args = ap.parse_args()
    overrides = {k: (int(v) if v.isdigit() else float(v)) for k, v in (p.split("=", 1) for p in args.param)}
    scorer = load_scorer()
    docs = scorer.load_jsonl(DATA / "dev.jsonl")
    with tempfile.TemporaryDirectory() as tmpdir:
        tmp = Path(tmpdir)
        if args.group > 1:
            gold, requests = grouped(docs, args.group)
            gold_path = tmp / "gold.jsonl"
            gold_path.write_text("".join(json.dumps(g) + "\n" for g in gold), encoding="utf-8")
        else:
            gold_path = DATA / "dev.jsonl"
            buf = io.StringIO()
            with contextlib.redirect_stdout(buf):
                scorer.make_input(str(gold_path))  # the scorer's own request file: left = derived
            requests = [json.loads(line) for line in buf.getvalue().splitlines()]
        t0 = time.perf_counter()
        if args.inprocess or args.exhaustive:
            preds = run_inprocess(requests, args.exhaustive, overrides)
        else:
            preds = run_batch_cli(requests, args.jobs, tmp)
        elapsed = time.perf_counter() - t0
        pred_path = tmp / "predictions.jsonl"
        pred_path.write_text("".join(json.dumps(p) + "\n" for p in preds), encoding="utf-8")
        mode = "exhaustive" if args.exhaustive else "candidate index"
        extra = f", params {overrides}" if overrides else ""
        print(f"DEplain dev, {len(requests)} pairs (group {args.group}), {mode}, {elapsed:.2f} s{extra}")
        scorer.score(str(gold_path), str(pred_path))
    return 0


if __name__ == "__main__":
    sys.exit(main())
