"""Sentence alignment of two documents: features, candidate shortlist, pair scores, the monotone chain."""
