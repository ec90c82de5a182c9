"""Build a large real-text pair for the UI benchmarks: the DEplain dev documents, concatenated.

Left = the derived (simplified) documents, right = the originals, each document a run of paragraphs, the
whole dev set repeated until each side has at least the requested number of sentences. The files are written
to a temporary directory only; the bench data is never copied into the repository.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

DEPLAIN_DEV = Path("/work/shared/bench-data/deplain-web-manual/dev.jsonl")
SENTENCES_PER_PARAGRAPH = 4


def _paragraphs(sentences: list[str]) -> list[str]:
    return [" ".join(sentences[i:i + SENTENCES_PER_PARAGRAPH])
            for i in range(0, len(sentences), SENTENCES_PER_PARAGRAPH)]


def build_pair(target: int, folder: Path | None = None) -> tuple[Path, Path]:
    """Write left.txt and right.txt with at least `target` source sentences per side; returns their paths."""
    rows = [json.loads(line) for line in DEPLAIN_DEV.read_text(encoding="utf-8").splitlines() if line.strip()]
    left: list[str] = []
    right: list[str] = []
    n_left = n_right = 0
    while n_left < target or n_right < target:
        for row in rows:
            left += _paragraphs(row["derived_sents"])
            right += _paragraphs(row["original_sents"])
            n_left += len(row["derived_sents"])
            n_right += len(row["original_sents"])
            if n_left >= target and n_right >= target:
                break
    out = folder or Path(tempfile.mkdtemp(prefix="reader-ui-bench-"))
    lpath, rpath = out / "left.txt", out / "right.txt"
    lpath.write_text("\n\n".join(left) + "\n", encoding="utf-8")
    rpath.write_text("\n\n".join(right) + "\n", encoding="utf-8")
    return lpath, rpath
