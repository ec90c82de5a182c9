"""Time the quote analysis on hostile, generated inputs (no corpus text): `python bench/quotes_stress.py`.

Each case is built in memory: one huge paragraph of dialogue dashes, thousands of quote paragraphs, a wall of
quote marks, and a pair of documents with 500 quotes each sharing one small vocabulary (the worst case for
matching, which compares every left quote with every right one).
"""

from __future__ import annotations

import pathlib
import random
import sys
import time

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))

from reader.ingest.raw import RawArticle
from reader.quotes import analyze_quotes, analyze_text
from reader.text.load import build_document

QUOTE = ("“We will win this race easily,” said Governor Ann Lee. "
         "The council met and “nothing” happened, officials said.")


def cases() -> dict[str, str]:
    return {
        "4000 quotes, 2000 paragraphs": "\n\n".join([QUOTE] * 2000),
        "4000 quotes, one paragraph": " ".join([QUOTE] * 2000),
        "6000 dash speeches, one paragraph": " ".join(
            ["Intro. – What do we get? – asked Podolak. – Nothing – he added."] * 3000),
        "200000 straight quote marks": '"' * 200_000,
        "30000 nested curly quotes, one paragraph": "“‘«»’” " * 30_000,
        "5000 reported-speech sentences": "The council said the plan goes ahead next week in Geneva. " * 5000,
    }


def main() -> int:
    for name, text in cases().items():
        t0 = time.perf_counter()
        report = analyze_text(text)
        print(f"{name}: {len(text)} chars, {len(report.quotes)} quotes, {time.perf_counter() - t0:.2f} s")
    rng = random.Random(0)
    vocab = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa", "lambda"]

    def article() -> str:
        return "\n\n".join("“" + " ".join(rng.choice(vocab) for _ in range(12)) + ",” said Governor Ann Lee."
                           for _ in range(500))

    left, right = build_document(RawArticle("l", article())), build_document(RawArticle("r", article()))
    t0 = time.perf_counter()
    report = analyze_quotes([left, right])
    print(f"pair with 500 + 500 quotes: {len(report.matches)} matches, {time.perf_counter() - t0:.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
