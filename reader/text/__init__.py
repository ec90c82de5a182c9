"""From raw text to a `Document`: clean it, lay out paragraphs, label page chrome, split sentences."""
