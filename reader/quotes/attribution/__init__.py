"""Quote attribution: ordered, named rules (before, after, context)."""
