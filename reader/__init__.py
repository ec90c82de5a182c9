"""reader: read two articles side by side, aligned sentence by sentence."""

__version__ = "0.1.0"
