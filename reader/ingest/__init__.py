"""Reading an article: a path, standard input or a URL, decoded to text (and HTML reduced to its article)."""
