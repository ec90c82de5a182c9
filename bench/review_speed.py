"""How long a correction and the re-alignment take: on the bundled pair, and on a long synthetic pair.

    .venv/bin/python bench/review_speed.py [--long N]

Prints the median of several runs (the bundled pair) and one run (the long pair, N sentences a side)."""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import time
from pathlib import Path

from reader.align.aligner import align_documents, align_sentences
from reader.align.constraints import Constraints
from reader.align.memo import AlignMemo
from reader.alignment import Link
from reader.resources import seed_paths
from reader.review.corrections import Review
from reader.text.load import load_document


def _ms(fn, runs: int) -> float:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


def bundled(runs: int) -> None:
    left, right = (load_document(str(p)) for p in seed_paths())
    base = align_documents(left, right)
    review = Review()
    k = base.links[len(base.links) // 2]
    review.unlink(k.left, k.right)
    review.link(base.links[2].left, base.links[3].right)
    review.confirm(base.links[-1].left, base.links[-1].right)
    print(f"bundled pair ({len(left.sentences)} x {len(right.sentences)} sentences), median of {runs}:")
    print(f"  plain alignment          {_ms(lambda: align_documents(left, right), runs):7.1f} ms")

    memo = AlignMemo()
    align_documents(left, right, memo=memo)  # the first alignment of the pair fills the memo

    def correct_and_realign(keep: AlignMemo | None) -> None:
        r = Review(review.corrections)
        r.link(base.links[5].left, base.links[5].right)
        align_documents(left, right, constraints=r.corrections.constraints(), memo=keep)

    print(f"  correction + re-alignment, without memo {_ms(lambda: correct_and_realign(None), runs):6.1f} ms")
    print(f"  correction + re-alignment, with memo    {_ms(lambda: correct_and_realign(memo), runs):6.1f} ms")


def _long_texts(n: int) -> tuple[list[str], list[str], str]:
    """DEplain dev concatenated to n sentences (as bench/align_scaling.py does), else synthetic text."""
    data = Path(__file__).resolve().parent.parent.parent / "shared" / "bench-data" / "deplain-web-manual"
    if (data / "dev.jsonl").exists():
        sys.path.insert(0, str(Path(__file__).resolve().parent))
        from align_scaling import build_pair

        docs = [json.loads(line) for line in (data / "dev.jsonl").read_text(encoding="utf-8").splitlines()]
        left, right, _, _ = build_pair(docs, n)
        return left, right, "DEplain dev"
    rng = random.Random(7)
    vocab = [f"w{x}" for x in range(20000)]
    left = [" ".join(rng.choices(vocab, k=14)) + "." for _ in range(n)]
    right = [s if rng.random() < 0.7 else " ".join(rng.choices(vocab, k=14)) + "." for s in left]
    return left, right, "synthetic"


def long_pair(n: int) -> None:
    """The aligner's links with 1 in 20 turned into manual anchors, 1 in 20 confirmed, 1 in 20 rejected."""
    left, right, kind = _long_texts(n)
    memo = AlignMemo()
    t = time.perf_counter()
    links = align_sentences(left, right, memo=memo)
    plain = time.perf_counter() - t
    anchors = tuple(Link(k.left, k.right, 1.0, "manual" if x % 40 == 0 else "confirmed")
                    for x, k in enumerate(links) if x % 20 == 0)
    rejected = tuple((k.left, k.right) for x, k in enumerate(links) if x % 20 == 10)
    constraints = Constraints(anchors, rejected)
    t = time.perf_counter()
    align_sentences(left, right, constraints=constraints)
    constrained = time.perf_counter() - t
    t = time.perf_counter()
    align_sentences(left, right, constraints=constraints, memo=memo)
    again = time.perf_counter() - t
    print(f"long pair ({kind}, {len(left)} x {len(right)} sentences, {len(anchors)} anchors, "
          f"{len(rejected)} rejected):")
    print(f"  plain {plain:.2f} s, constrained {constrained:.2f} s, constrained with the memo {again:.2f} s")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--long", type=int, default=10000)
    args = parser.parse_args()
    bundled(args.runs)
    if args.long:
        long_pair(args.long)


if __name__ == "__main__":
    main()
