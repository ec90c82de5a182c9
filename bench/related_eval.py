"""Precision on related articles: PolNeAR train articles telling the same story in different outlets.

    python bench/related_eval.py            # precision of the links over the hand-checked verdicts
    python bench/related_eval.py --show     # every link with both texts and its verdict (to judge new ones)

The pairs and the verdicts are in bench/related_judgements.json: article names, and for each link found by
the aligner (named by sentence ids, "3,4>7") whether a reader judged the two sides to say the same thing
(true) or not (false). The verdicts hold no article text. A link the file has no verdict for is counted
apart as unjudged (read it with --show and add its verdict). Text is read from ../shared/bench-data.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "bench-data" / "polnear" / "train" / "text"
JUDGEMENTS = ROOT / "bench" / "related_judgements.json"
sys.path.insert(0, str(ROOT))

from reader.align.aligner import align_documents  # noqa: E402
from reader.text.load import load_document  # noqa: E402


def link_key(left: tuple[int, ...], right: tuple[int, ...]) -> str:
    return ",".join(map(str, left)) + ">" + ",".join(map(str, right))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--show", action="store_true", help="print every link with its texts and verdict")
    args = ap.parse_args()
    spec = json.loads(JUDGEMENTS.read_text(encoding="utf-8"))
    right_n = wrong_n = unjudged = 0
    for pair in spec["pairs"]:
        a, b, verdicts = pair["left"], pair["right"], pair.get("verdicts", {})
        left, right = load_document(str(DATA / f"{a}.txt")), load_document(str(DATA / f"{b}.txt"))
        links = [k for k in align_documents(left, right).links if k.status == "auto"]
        found = {link_key(k.left, k.right) for k in links}
        for k in links:
            key = link_key(k.left, k.right)
            verdict = verdicts.get(key)
            right_n += verdict is True
            wrong_n += verdict is False
            unjudged += verdict is None
            if args.show:
                mark = {True: "ok", False: "WRONG", None: "unjudged"}[verdict]
                print(f"[{a} | {b}] {key} {k.score:.2f} {mark}\n   L: {left.text_of(k.left)[:300]!r}\n"
                      f"   R: {right.text_of(k.right)[:300]!r}")
        missing = sum(1 for key, v in verdicts.items() if v and key not in found)
        print(f"{a} | {b}: {len(links)} links, {len(left.alignable_ids)} x {len(right.alignable_ids)} "
              "sentences; "
              f"judged-right links no longer found: {missing}")
    judged = right_n + wrong_n
    precision = right_n / judged if judged else 0.0
    print(f"related PolNeAR pairs: {len(spec['pairs'])}, links {judged + unjudged}: right {right_n}, "
          f"wrong {wrong_n},"
          f" unjudged {unjudged}; precision over judged {precision:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
