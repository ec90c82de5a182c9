"""What changed on real pairs: per-kind precision of `find_changes` against hand verdicts.

    python bench/changes_real_eval.py              # every pair of bench/changes_real.json: precision per kind
    python bench/changes_real_eval.py -v           # the same, with every change and its verdict
    python bench/changes_real_eval.py --show ID    # one pair's changes with their linked sentences (to label)

The pairs are same-story articles of two outlets from PolNeAR train (read from
../shared/bench-data/polnear/train/text at run time, never copied into the repository) and the bundled pair.
Each is aligned afresh (`align_documents`, no saved corrections) and compared with `find_changes`. A change is
judged when a verdict of bench/changes_real.json has its kind, its left and right sentence ids and key words
that its changed words contain (left and right text joined by " | "); a change with no verdict is counted as
unjudged: listed, not scored. Misses (changes a reader sees in a linked pair and the tool does not report)
are listed from the file as they were noted; they are not searched for automatically.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reader.align.aligner import align_documents  # noqa: E402
from reader.alignment import Alignment  # noqa: E402
from reader.changes import KINDS, Change, find_changes  # noqa: E402
from reader.document import Document  # noqa: E402
from reader.resources import seed_paths  # noqa: E402
from reader.text.load import load_document  # noqa: E402

DATA = ROOT.parent / "shared" / "bench-data" / "polnear" / "train" / "text"
VERDICTS = ROOT / "bench" / "changes_real.json"
#: the tallies kept per group of pairs ("bad link": false alarms whose note blames the alignment)
MARKS = ("correct", "false", "unjudged", "bad link")


def _path(name: str, side: int) -> Path:
    if name == "bundled":
        return seed_paths()[side]
    return DATA / f"{name}.txt"


def load_pair(pair: dict[str, object]) -> tuple[Document, Document, Alignment, list[Change]]:
    left = load_document(str(_path(str(pair["left"]), 0)))
    right = load_document(str(_path(str(pair["right"]), 1)))
    alignment = align_documents(left, right)
    return left, right, alignment, find_changes(left, right, alignment)


def _words(c: Change) -> str:
    return " ".join(c.left.text.split()) + " | " + " ".join(c.right.text.split())


def judge(changes: list[Change], verdicts: list[dict[str, object]],
          left: Document) -> list[dict[str, object] | None]:
    """Each change's verdict (or None): the first not yet used with its kind, sentences and key words (and,
    where a verdict has `at`, the offset of the left changed words in their sentence)."""
    free = list(verdicts)
    out: list[dict[str, object] | None] = []
    for c in changes:
        at = c.left.start - left.sentences[c.left.sentence].start
        v = next((v for v in free if v["kind"] == c.kind and v["left"] == c.left.sentence
                  and v["right"] == c.right.sentence and str(v["words"]) in _words(c)
                  and v.get("at", at) == at), None)
        if v is not None:
            free.remove(v)
        out.append(v)
    return out


def show(pair: dict[str, object]) -> None:
    """Every change of a pair with the sentences it is between, and its verdict if it has one."""
    left, right, alignment, changes = load_pair(pair)
    for c, v in zip(changes, judge(changes, pair["verdicts"], left), strict=True):  # type: ignore[arg-type]
        at = c.left.start - left.sentences[c.left.sentence].start
        print(f"\n[{c.kind}] L{c.left.sentence} R{c.right.sentence} at {at}  {c.summary}  "
              f"-- {v['verdict'] if v else 'UNJUDGED'}   words: {_words(c)!r}")
        link = next((k for k in alignment.links if c.left.sentence in k.left), None)
        ids = (link.left, link.right) if link else ((c.left.sentence,), (c.right.sentence,))
        for side, doc, which in (("L", left, ids[0]), ("R", right, ids[1])):
            for i in which:
                print(f"  {side}{i}: {doc.sentences[i].text}")


def print_table(group: str, tally: dict[str, Counter[str]]) -> None:
    print(f"\n{group}\n{'kind':<12}{'reported':>9}{'correct':>9}{'false':>7}{'unjudged':>10}{'precision':>11}")
    for kind in (*KINDS, "all"):
        ok, bad, un = ((sum(tally[m].values()) for m in ("correct", "false", "unjudged")) if kind == "all"
                       else (tally[m][kind] for m in ("correct", "false", "unjudged")))
        if ok + bad + un == 0:
            continue
        precision = f"{ok / (ok + bad):.2f}" if ok + bad else "-"
        print(f"{kind:<12}{ok + bad + un:>9}{ok:>9}{bad:>7}{un:>10}{precision:>11}")
    if tally["bad link"]:
        print(f"(false alarms on links between different events: {sum(tally['bad link'].values())})")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("-v", "--verbose", action="store_true", help="print every change and its verdict")
    ap.add_argument("--show", metavar="ID", help="one pair's changes with their sentences, for labelling")
    args = ap.parse_args()
    data = json.loads(VERDICTS.read_text(encoding="utf-8"))
    if args.show:
        show(next(p for p in data["pairs"] if p["id"] == args.show))
        return 0
    tallies: dict[str, dict[str, Counter[str]]] = {}
    misses: list[str] = []
    for pair in data["pairs"]:
        left, _, _, changes = load_pair(pair)
        counts = Counter(c.kind for c in changes)
        print(f"{pair['id']}: {len(changes)} changes "
              f"({', '.join(f'{k} {counts[k]}' for k in KINDS if counts[k]) or 'none'})  "
              f"{pair['left']} / {pair['right']}")
        group = "bundled pair" if pair["left"] == "bundled" else "PolNeAR pairs"
        tally = tallies.setdefault(group, {m: Counter() for m in MARKS})
        used: set[int] = set()
        for c, v in zip(changes, judge(changes, pair["verdicts"], left), strict=True):
            mark = "unjudged" if v is None else str(v["verdict"])
            tally[mark][c.kind] += 1
            if v is not None and str(v["note"]).startswith("bad link"):
                tally["bad link"][c.kind] += 1
            if v is not None:
                used.add(id(v))
            if args.verbose or v is None:
                print(f"  {mark:<9} {c.kind:<11} L{c.left.sentence} R{c.right.sentence}  {c.summary}")
        for v in pair["verdicts"]:
            if id(v) not in used:
                print(f"  (judged, no longer reported: {v['kind']} L{v['left']} R{v['right']} "
                      f"{v['words']!r}, was {v['verdict']})")
        misses += [f"  {pair['id']}: {m['kind']} L{m['left']} R{m['right']} {m['words']!r}"
                   for m in pair.get("misses", [])]
    if len(tallies) > 1:
        tallies["all"] = {mark: sum((t[mark] for t in list(tallies.values())), Counter())
                          for mark in MARKS}
    for group, tally in tallies.items():
        print_table(group, tally)
    print(f"\nmisses noted ({len(misses)}):" if misses else "\nmisses noted: none")
    print("\n".join(misses))
    return 0


if __name__ == "__main__":
    sys.exit(main())
