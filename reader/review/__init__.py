"""The user's review of an alignment: corrections (manual, confirmed and rejected links) and their undo
history. Plain Python, no Textual: the app and the command line share it."""
