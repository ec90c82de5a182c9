"""The Textual interface: renders documents and alignments, routes keys; all analysis lives in the core."""
