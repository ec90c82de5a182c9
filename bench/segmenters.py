"""Compare sentence segmenters on accuracy and speed (the measurement behind docs/segmentation.md).

Accuracy: our hand-labelled English and German paragraphs (tests/fixtures/seg_gold_{en,de}.txt: one sentence
per line, a blank line between paragraphs). Each paragraph is joined with single spaces and segmented; we
score the sentence boundaries inside paragraphs (precision, recall, F1) and the share of paragraphs segmented
exactly.

Speed: the same paragraphs repeated to about 20,000 sentences, segmented paragraph by paragraph (as
`reader.text.load` does), best of 3 runs.

Run: .venv/bin/python bench/segmenters.py   (candidates that are not installed are listed as missing;
`pip install sentencex nupunkt pysbd blingfire numpy syntok` installs all of them)
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

Segmenter = Callable[[str, str], list[str]]


def load_gold(lang: str, which: str = "gold") -> list[list[str]]:
    """Hand-labelled paragraphs: `gold` (the set the rules were developed on) or `heldout` (written later)."""
    text = (ROOT / "tests" / "fixtures" / f"seg_{which}_{lang}.txt").read_text(encoding="utf-8")
    return [
        [ln.strip() for ln in block.splitlines() if ln.strip()]
        for block in text.split("\n\n")
        if block.strip()
    ]


def _ends(text: str, sentences: list[str]) -> set[int]:
    """Internal sentence end offsets in `text` (the paragraph end is not a decision)."""
    ends: set[int] = set()
    pos = 0
    for s in sentences:
        s = s.strip()
        if not s:
            continue
        i = text.find(s, pos)
        if i < 0:  # a segmenter that rewrote the text: fall back to the length
            i = pos
        pos = i + len(s)
        ends.add(pos)
    ends.discard(len(text.rstrip()))
    return ends


def candidates() -> dict[str, Segmenter]:
    found: dict[str, Segmenter] = {}
    try:
        from reader.text.segment import segment as reader_segment

        found["reader (sentencex + rules)"] = lambda text, lang: reader_segment(text, lang)
    except ImportError:
        pass
    try:
        from sentencex import segment as sx

        found["sentencex"] = lambda text, lang: list(sx(lang, text))
    except ImportError:
        print("missing: sentencex")
    try:
        import nupunkt

        found["nupunkt (English model)"] = lambda text, lang: nupunkt.sent_tokenize(text)
    except ImportError:
        print("missing: nupunkt")
    try:
        import pysbd

        pysbd_by_lang = {lang: pysbd.Segmenter(language=lang, clean=False) for lang in ("en", "de")}
        found["pysbd"] = lambda text, lang: pysbd_by_lang[lang].segment(text)
    except ImportError:
        print("missing: pysbd")
    try:
        import blingfire

        found["blingfire"] = lambda text, lang: blingfire.text_to_sentences(text).split("\n")
    except ImportError:
        print("missing: blingfire (needs numpy)")
    try:
        from syntok import segmenter as syntok_segmenter

        def syntok_split(text: str, lang: str) -> list[str]:
            out = []
            for para in syntok_segmenter.analyze(text):
                for sent in para:
                    out.append(text[sent[0].offset : sent[-1].offset + len(sent[-1].value)])
            return out

        found["syntok"] = syntok_split
    except ImportError:
        print("missing: syntok")
    return found


def accuracy(seg: Segmenter, which: str = "gold") -> dict[str, float]:
    tp = fp = fn = exact = total = 0
    for lang in ("en", "de"):
        for sents in load_gold(lang, which):
            text = " ".join(sents)
            gold = _ends(text, sents)
            got = _ends(text, seg(text, lang))
            tp += len(gold & got)
            fp += len(got - gold)
            fn += len(gold - got)
            exact += gold == got
            total += 1
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"P": p, "R": r, "F1": f, "exact": exact / total}


def speed(seg: Segmenter, target: int = 20000) -> tuple[int, float]:
    paras = [(" ".join(s), lang) for lang in ("en", "de") for s in load_gold(lang)]
    per_round = sum(len(s) for lang in ("en", "de") for s in load_gold(lang))
    rounds = target // per_round + 1
    work = paras * rounds
    times = []
    for _ in range(3):
        t0 = time.perf_counter()
        for text, lang in work:
            seg(text, lang)
        times.append(time.perf_counter() - t0)
    return per_round * rounds, min(times)


def main() -> None:
    rows = []
    for name, seg in candidates().items():
        n, secs = speed(seg)
        rows.append((name, accuracy(seg, "gold"), accuracy(seg, "heldout"), n, secs))
    for which in ("gold", "heldout"):
        n_sent = sum(len(s) for lang in ("en", "de") for s in load_gold(lang, which))
        n_para = sum(len(load_gold(lang, which)) for lang in ("en", "de"))
        print(f"{which}: {n_sent} sentences in {n_para} paragraphs")
    print(
        f"| segmenter | dev P / R / F1 | dev exact | held-out P / R / F1 | held-out exact "
        f"| time for {rows[0][3]} sentences |"
    )
    print("|---|---|---|---|---|---|")
    for name, dev, held, _n, secs in rows:
        print(
            f"| {name} | {dev['P']:.3f} / {dev['R']:.3f} / {dev['F1']:.3f} | {dev['exact']:.3f} "
            f"| {held['P']:.3f} / {held['R']:.3f} / {held['F1']:.3f} | {held['exact']:.3f} | {secs:.3f} s |"
        )


if __name__ == "__main__":
    main()
