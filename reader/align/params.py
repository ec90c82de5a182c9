"""The aligner's tuning knobs (one frozen dataclass, shared by the scorer and the bead/chain steps)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class AlignParams:
    """Tuning knobs; the defaults were chosen on DEplain dev (see docs/evaluation.md)."""

    threshold: float = 0.30  # a bead pays only when its similarity is above this
    size_exponent: float = 0.5  # reward for covering more sentences: gain = (sim - threshold) * (run+1)^e
    max_run: int = 8  # longest run of sentences merged on one side of a 1:m or n:1 bead
    ratio_weight: float = 0.2  # share of rapidfuzz fuzz.ratio in the similarity (the rest: weighted Dice)
    gap_threshold: float = 0.15  # 1:1 links inside small gaps of the chain need only this
    gap_cells: int = 4  # gaps of at most this many sentence pairs (left x right) are filled
    extra_link: float = 0.7  # an unlinked sentence is linked to its best partner at or above this
    repeat_link: float = 0.55  # ... or at or above this when that partner is already linked
    max_df: int = 50  # stems in more sentences than this (on either side) do not propose candidates
    top_k: int = 10  # candidate partners kept per sentence


DEFAULT_PARAMS = AlignParams()
