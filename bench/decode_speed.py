"""Time the legacy-encoding ranking (reader.ingest.decode.detect) on large inputs.

The ranking scores a sample of at most SAMPLE_BYTES in each candidate encoding and decodes the whole input
once, with the winner; this shows what that costs on 5 MB and 20 MB files in a few encodings, against a
plain `bytes.decode` of the same data. The texts are short paragraphs of our own, repeated.
Run: .venv/bin/python bench/decode_speed.py [MEGABYTES ...]
"""

from __future__ import annotations

import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reader.ingest.decode import SAMPLE_BYTES, decode_article  # noqa: E402

TEXTS = {
    "latin-1": "Le conseil municipal a voté lundi soir la fermeture définitive de l'ancien quai. Les élèves "
    "et les employés seront les premiers touchés, selon l'association des riverains.\n\n",
    "cp1250": "Rząd ogłosił w środę, że zamknie stary most na rzece. Mieszkańcy są zaniepokojeni, bo nie "
    "mają innej drogi do pracy. Żółta łódź pływa po jeziorze.\n\n",
    "cp1251": "Правительство объявило в среду, что закроет старый мост через реку. Жители обеспокоены, "
    "потому что у них нет другой дороги на работу.\n\n",
    "shift_jis": "政府は水曜日、川に架かる古い橋を閉鎖すると発表した。"
    "住民は仕事に行く別の道がないため心配している。ｺﾝﾋﾟｭｰﾀｰを使います。\n\n",
}


def _distinct_words(encoding: str, size: int) -> bytes:
    """The worst case for the scorer: every word of the sample different (random Cyrillic letters)."""
    rng = random.Random(3)
    letters = "оеаинтсрвлкмдпуяызьбгчйхжшюцщэфъё"
    words = ("".join(rng.choice(letters) for _ in range(rng.randint(2, 10))) for _ in range(size // 6))
    data = " ".join(words).encode(encoding)[:size]
    return data[: data.rfind(b" ")]


def bench(megabytes: float) -> None:
    size = int(megabytes * 1024 * 1024)
    cases = [(enc, text.encode(enc) * (size // len(text.encode(enc)))) for enc, text in TEXTS.items()]
    cases.append(("cp1251", _distinct_words("cp1251", size)))
    for encoding, data in cases:
        start = time.perf_counter()
        decoded = decode_article(data, "bench")
        took = time.perf_counter() - start
        start = time.perf_counter()
        data.decode(encoding)
        plain = time.perf_counter() - start
        assert decoded.text == data.decode(encoding), encoding
        print(f"{len(data) / 1e6:6.1f} MB {encoding:10} ranked and decoded in {took:6.3f} s "
              f"(a plain decode: {plain:6.3f} s; sample {SAMPLE_BYTES // 1024} KB; note: {decoded.note})")


def main() -> None:
    for arg in sys.argv[1:] or ["5", "20"]:
        bench(float(arg))


if __name__ == "__main__":
    main()
