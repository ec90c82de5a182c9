"""Links between unrelated articles: pairs of PolNeAR train articles about different stories.

    python bench/unrelated_eval.py [--pairs 100] [--show 5]

Every train article (sorted by date, then name) is paired with the article half the list further on: about
six months apart, so about different events (while sharing the campaign's names: Trump, Clinton, Iowa, which
is what makes the test hard). Each pair is loaded with the app's own loader and aligned with
`align_documents`; an ideal aligner finds nothing. Printed: links per 100 sentences (of the shorter article),
the share of pairs with any link, and the worst pairs. Article text is read from ../shared/bench-data and only
printed for the `--show` worst links; nothing of it is written anywhere.
"""

from __future__ import annotations

import argparse
import csv
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "bench-data" / "polnear"
sys.path.insert(0, str(ROOT))

from reader.align.aligner import align_documents  # noqa: E402
from reader.text.load import load_document  # noqa: E402


def unrelated_pairs(count: int) -> list[tuple[str, str]]:
    with (DATA / "metadata.tsv").open(encoding="utf-8") as fh:
        rows = [r for r in csv.DictReader(fh, delimiter="\t") if r["compartment"] == "train"]
    rows.sort(key=lambda r: (r["publication_date"], r["filename"]))
    half = len(rows) // 2
    step = max(1, half // count)
    return [(rows[k]["filename"], rows[k + half]["filename"]) for k in range(0, half, step)][:count]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pairs", type=int, default=100)
    ap.add_argument("--show", type=int, default=5, help="print this many of the strongest false links")
    args = ap.parse_args()
    links_total = sentences_total = with_links = 0
    worst = []
    t0 = time.perf_counter()
    pairs = unrelated_pairs(args.pairs)
    for a, b in pairs:
        left = load_document(str(DATA / "train" / "text" / f"{a}.txt"))
        right = load_document(str(DATA / "train" / "text" / f"{b}.txt"))
        links = [k for k in align_documents(left, right).links if k.status == "auto"]
        links_total += len(links)
        sentences_total += min(len(left.alignable_ids), len(right.alignable_ids))
        with_links += bool(links)
        worst += [(k.score, left.text_of(k.left)[:100], right.text_of(k.right)[:100]) for k in links]
    elapsed = time.perf_counter() - t0
    rate = 100.0 * links_total / max(1, sentences_total)
    print(f"unrelated PolNeAR train pairs: {len(pairs)}, {links_total} links over {sentences_total} "
          "sentences "
          f"(shorter side): {rate:.2f} links per 100 sentences; pairs with any link {with_links}/{len(pairs)}"
          f"  ({elapsed:.1f} s)")
    for score, lt, rt in sorted(worst, reverse=True)[: args.show]:
        print(f"  {score:.2f}  {lt!r}\n        {rt!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
