"""Widgets of the reading screen."""
