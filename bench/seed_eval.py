"""Pair-level P/R/F1 of the aligner on the bundled seed pair against tests/fixtures/seed_gold.json.

    python bench/seed_eval.py          # figures, then every predicted link marked ok / WRONG, then misses

The gold was written by reading both articles; it names sentences by text snippets (see the fixture).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reader.align.aligner import align_documents  # noqa: E402
from reader.document import Document  # noqa: E402
from reader.resources import seed_paths  # noqa: E402
from reader.text.load import load_document  # noqa: E402


def sentence_id(doc: Document, snippet: str) -> int:
    hits = [s.id for s in doc.sentences if s.alignable and snippet in s.text]
    if len(hits) != 1:
        raise SystemExit(f"snippet {snippet!r} matches {len(hits)} alignable sentences")
    return hits[0]


def main() -> int:
    left_path, right_path = seed_paths()
    left, right = load_document(str(left_path)), load_document(str(right_path))
    units = json.loads((ROOT / "tests" / "fixtures" / "seed_gold.json").read_text(encoding="utf-8"))["units"]
    gold = {(sentence_id(left, a), sentence_id(right, b))
            for u in units for a in u["left"] for b in u["right"]}
    links = align_documents(left, right).links
    predicted = {(i, j) for k in links for i in k.left for j in k.right}
    tp = len(gold & predicted)
    p, r = tp / len(predicted), tp / len(gold)
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    print(f"seed pair  P={p:.3f} R={r:.3f} F1={f1:.3f}  (correct {tp}, predicted {len(predicted)}, "
          f"gold {len(gold)})")
    for k in links:
        ok = all((i, j) in gold for i in k.left for j in k.right)
        print(f"  {'ok   ' if ok else 'WRONG'} {list(k.left)} -> {list(k.right)}  score {k.score:.2f}")
    for i, j in sorted(gold - predicted):
        print(f"  missed {i} -> {j}: {left.sentences[i].text[:60]!r} / {right.sentences[j].text[:60]!r}")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except BrokenPipeError:  # output piped into `head`
        sys.exit(0)
