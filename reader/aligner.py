"""Sentence alignment between two lists of sentences (plain strings), using rapidfuzz for similarity."""

from __future__ import annotations

from collections.abc import Sequence

from rapidfuzz import fuzz, process

from .alignment import Alignment, Link
from .document import Document


def align_sentences(left: Sequence[str], right: Sequence[str], threshold: float = 60.0) -> list[Link]:
    """Baseline: each left sentence linked to its single best right sentence."""
    links: list[Link] = []
    if not left or not right:
        return links
    for i, sent in enumerate(left):
        best = process.extractOne(sent, right, scorer=fuzz.token_set_ratio, score_cutoff=threshold)
        if best is not None:
            links.append(Link((i,), (best[2],), best[1] / 100.0))
    return links


def align_documents(left: Document, right: Document) -> Alignment:
    """Align the alignable (non-chrome) sentences of two documents; link ids are document sentence ids."""
    lids, rids = left.alignable_ids, right.alignable_ids
    links = align_sentences([left.sentences[i].text for i in lids], [right.sentences[j].text for j in rids])
    return Alignment(
        [Link(tuple(lids[i] for i in k.left), tuple(rids[j] for j in k.right), k.score) for k in links]
    )
