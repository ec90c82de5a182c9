"""Reliability of the link score: how often a link with a given score is right.

    python bench/calibration.py

For each score band, the share of the aligner's links that are right: on DEplain dev (a link is right when
every sentence pair in it is a gold pair; one request per document, as `bench/deplain_eval.py`), on the seed
pair against tests/fixtures/seed_gold.json, and on the hand-checked related PolNeAR pairs
(bench/related_judgements.json; unjudged links are left out). Also printed: the null scores, the similarity of
clearly unrelated sentence pairs of the same texts (each left sentence against the right sentences a quarter,
half and three quarters of the document away from its own position), as quantiles per corpus.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from reader.align.aligner import align_documents, align_sentences  # noqa: E402
from reader.align.params import DEFAULT_PARAMS  # noqa: E402
from reader.align.scorer import _PairScorer  # noqa: E402
from reader.resources import seed_paths  # noqa: E402
from reader.text.load import load_document  # noqa: E402

DEPLAIN = ROOT.parent / "shared" / "bench-data" / "deplain-web-manual" / "dev.jsonl"
POLNEAR = ROOT.parent / "shared" / "bench-data" / "polnear" / "train" / "text"
BANDS = (0.0, 0.2, 0.3, 0.4, 0.5, 0.6, 0.8, 1.01)


def band(score: float) -> int:
    return next(k for k in range(len(BANDS) - 1) if score < BANDS[k + 1])


def null_scores(left: list[str], right: list[str]) -> list[float]:
    n, m = len(left), len(right)
    scorer = _PairScorer(left, right, DEFAULT_PARAMS)
    return scorer.pair_sims([(i, (i * m // n + m * k // 4) % m) for i in range(n) for k in (1, 2, 3)])


def quantiles(xs: list[float]) -> str:
    xs = sorted(xs)
    return " / ".join(f"{xs[min(len(xs) - 1, int(q * len(xs)))]:.2f}" for q in (0.5, 0.9, 0.99))


def main() -> int:
    tallies: dict[str, list[list[int]]] = {}
    nulls: dict[str, list[float]] = {}

    def add(corpus: str, score: float, right: bool) -> None:
        t = tallies.setdefault(corpus, [[0, 0] for _ in BANDS[:-1]])
        t[band(score)][0] += right
        t[band(score)][1] += 1

    for line in DEPLAIN.read_text(encoding="utf-8").splitlines():
        d = json.loads(line)
        left, right = d["derived_sents"], d["original_sents"]
        gold = {(i, j) for u in d["alignments"] for i in u["derived"] for j in u["original"]}
        for k in align_sentences(left, right):
            add("DEplain dev", k.score, all((i, j) in gold for i in k.left for j in k.right))
        nulls.setdefault("DEplain dev", []).extend(null_scores(left, right))

    import seed_eval

    lp, rp = seed_paths()
    sl, sr = load_document(str(lp)), load_document(str(rp))
    units = json.loads((ROOT / "tests" / "fixtures" / "seed_gold.json").read_text(encoding="utf-8"))["units"]
    sgold = {(seed_eval.sentence_id(sl, a), seed_eval.sentence_id(sr, b))
             for u in units for a in u["left"] for b in u["right"]}
    for k in align_documents(sl, sr).links:
        add("seed", k.score, all((i, j) in sgold for i in k.left for j in k.right))
    nulls["seed"] = null_scores([sl.sentences[i].text for i in sl.alignable_ids],
                                [sr.sentences[j].text for j in sr.alignable_ids])

    spec = json.loads((ROOT / "bench" / "related_judgements.json").read_text(encoding="utf-8"))
    for pair in spec["pairs"]:
        a = load_document(str(POLNEAR / f"{pair['left']}.txt"))
        b = load_document(str(POLNEAR / f"{pair['right']}.txt"))
        for k in align_documents(a, b).links:
            verdict = pair["verdicts"].get(",".join(map(str, k.left)) + ">" + ",".join(map(str, k.right)))
            if verdict is not None:
                add("related PolNeAR", k.score, verdict)
        nulls.setdefault("related PolNeAR", []).extend(
            null_scores([a.sentences[i].text for i in a.alignable_ids],
                        [b.sentences[j].text for j in b.alignable_ids]))

    names = list(tallies)
    print("| score band | " + " | ".join(f"{n}: right / links (share)" for n in names) + " |")
    print("|---|" + "---|" * len(names))
    for x in range(len(BANDS) - 1):
        cells = []
        for n in names:
            ok, total = tallies[n][x]
            cells.append(f"{ok} / {total} ({ok / total:.2f})" if total else "-")
        print(f"| {BANDS[x]:.1f}-{min(BANDS[x + 1], 1.0):.1f} | " + " | ".join(cells) + " |")
    for n, xs in nulls.items():
        print(f"null scores (unrelated sentence pairs of the same texts), {n}: median / 90% / 99% = "
              f"{quantiles(xs)}"
              f" over {len(xs)} pairs")
    return 0


if __name__ == "__main__":
    sys.exit(main())
