"""Every package in the source tree is listed in pyproject.toml, so a non-editable install ships it."""

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_every_package_is_listed():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    listed = set(config["packages"])
    found = {
        ".".join(p.parent.relative_to(ROOT).parts)
        for p in (ROOT / "reader").rglob("__init__.py")
    }
    assert found <= listed, f"missing from pyproject packages: {sorted(found - listed)}"
    assert config["package-dir"] == {"reader.styles": "styles", "reader.seeds": "seeds"}


def test_styles_and_seeds_are_package_data():
    from reader.resources import seed_paths, stylesheet_paths

    left, right = seed_paths()
    assert left.read_text(encoding="utf-8").startswith("Media: Moscow wants a ceasefire")
    assert "Meduza" in right.read_text(encoding="utf-8")
    assert [p.name for p in stylesheet_paths()]
