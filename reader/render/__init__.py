"""Output formats: the alignment (text, JSON, Markdown), the marks report, the quote report."""
