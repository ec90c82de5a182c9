"""How long a correction and the re-alignment take: on the bundled pair, and on a long synthetic pair.

    .venv/bin/python bench/review_speed.py [--long N]

Prints the median of several runs (the bundled pair) and one run (the long pair, N sentences a side)."""

from __future__ import annotations

import argparse
import random
import statistics
import time

from reader.align.aligner import align_documents, align_sentences
from reader.align.constraints import Constraints
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

    def correct_and_realign() -> None:
        r = Review(review.corrections)
        r.link(base.links[5].left, base.links[5].right)
        align_documents(left, right, constraints=r.corrections.constraints())

    print(f"  correction + re-alignment {_ms(correct_and_realign, runs):6.1f} ms")


def long_pair(n: int) -> None:
    rng = random.Random(7)
    vocab = [f"w{x}" for x in range(20000)]
    left = [" ".join(rng.choices(vocab, k=14)) + "." for _ in range(n)]
    right = [s if rng.random() < 0.7 else " ".join(rng.choices(vocab, k=14)) + "." for s in left]
    anchors = tuple(Link((i,), (i,), 1.0, "manual") for i in range(0, n, max(1, n // 50)))
    rejected = tuple(((i,), (i,)) for i in range(1, n, max(1, n // 50)))
    t = time.perf_counter()
    align_sentences(left, right)
    plain = time.perf_counter() - t
    t = time.perf_counter()
    align_sentences(left, right, constraints=Constraints(anchors, rejected))
    constrained = time.perf_counter() - t
    print(f"long pair ({n} x {n} sentences, {len(anchors)} anchors, {len(rejected)} rejected):")
    print(f"  plain {plain:.2f} s, constrained {constrained:.2f} s")


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
