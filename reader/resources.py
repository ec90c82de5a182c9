"""Locate files shipped inside the package: the bundled seed pair and the Textual stylesheets."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

SEED_LEFT = "report.txt"
SEED_RIGHT = "meduza.txt"


def _package_dir(package: str) -> Path:
    return Path(str(resources.files(package)))


def seed_paths() -> tuple[Path, Path]:
    """The default pair: the derivative report (left) and the Meduza original it retells (right)."""
    base = _package_dir("reader.seeds")
    return base / SEED_LEFT, base / SEED_RIGHT


def stylesheet_paths() -> list[Path]:
    """Every `.tcss` file of the app, in a stable order."""
    base = _package_dir("reader.styles")
    return sorted(base.glob("*.tcss"))
