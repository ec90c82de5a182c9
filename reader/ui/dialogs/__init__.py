"""Modal dialogs: help, export, overwrite confirmation, errors, search."""
