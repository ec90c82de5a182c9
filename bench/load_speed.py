"""Time `build_document` (layout, chrome detection, segmentation) on a ~20,000-sentence text.

The text is made of our own hand-written paragraphs (tests/fixtures/seg_gold_*.txt),
repeated in a random order.
Run: .venv/bin/python bench/load_speed.py [SENTENCES]
"""

from __future__ import annotations

import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reader.ingest.raw import RawArticle  # noqa: E402
from reader.text.load import build_document  # noqa: E402


def make_text(target: int, seed: int = 1) -> str:
    paras: list[list[str]] = []
    for lang in ("en", "de"):
        text = (ROOT / "tests" / "fixtures" / f"seg_gold_{lang}.txt").read_text(encoding="utf-8")
        paras += [
            [ln for ln in block.splitlines() if ln.strip()] for block in text.split("\n\n") if block.strip()
        ]
    rng = random.Random(seed)
    out: list[str] = []
    n = 0
    while n < target:
        # Glue a few labelled paragraphs into one, as real articles have longer paragraphs than our test set.
        group = [rng.choice(paras) for _ in range(3)]
        out.append(" ".join(" ".join(p) for p in group))
        n += sum(len(p) for p in group)
    return "\n\n".join(out)


def main() -> None:
    target = int(sys.argv[1]) if len(sys.argv) > 1 else 20000
    text = make_text(target)
    best = float("inf")
    doc = None
    for _ in range(3):
        t0 = time.perf_counter()
        doc = build_document(RawArticle("bench", text))
        best = min(best, time.perf_counter() - t0)
    assert doc is not None
    print(
        f"{len(doc.sentences)} sentences, {len(doc.paragraphs)} paragraphs, {len(text)} chars: "
        f"build_document best of 3 = {best:.3f} s"
    )


if __name__ == "__main__":
    main()
