"""Abbreviations whose full stop does not end a sentence, shared by the document segmenter (`segment.py`) and
the quotes' own splitter (`quotes/lexicon.py`), grouped by what may follow them. Lower case, without the final
full stop."""

from __future__ import annotations

#: Never the end of a sentence.
ALWAYS = frozenset(
    ["approx", "appr", "ca", "cf", "vs", "incl", "excl", "est", "resp", "bzw", "vgl", "sog", "ggf", "evtl"]
)
#: Not the end of a sentence before a number (`No. 5`, `p. 12`).
BEFORE_NUMBER = frozenset(
    ["no", "nr", "nos", "fig", "figs", "art", "abs", "vol", "pp", "ch", "sec", "tel", "p", "s"]
)
#: Titles: not the end of a sentence before a name (`Sen. Smith`, `Dr. Lee`).
BEFORE_NAME = frozenset(
    ["gen", "sen", "rep", "gov", "lt", "col", "sgt", "capt", "cmdr", "adm", "rev", "hon", "st", "mt", "ft",
     "mr", "mrs", "ms", "dr", "prof"]
)
