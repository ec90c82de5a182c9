"""Contrast of the article pane's text in every theme the app offers (WCAG 2 ratio, computed here on its own).

Body, dimmed (no counterpart), cursor, counterpart, search match and marked text need 4.5:1 against what is
behind them; gutter signs 3:1. Dimmed text must read as fainter than linked text (a lower ratio), except in
the native ANSI themes, where the terminal's palette decides and dimmed text is italic instead; their
colours are measured through the stand-in palette Textual itself uses for ANSI colours (`App.ansi_theme`).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import wait_ready
from rich.color import Color as RichColor
from rich.segment import Segment
from rich.style import Style

from reader.resources import seed_paths
from reader.ui.app import ReaderApp
from reader.ui.widgets.article_pane import ArticlePane
from reader.ui.widgets.pane_style import SIGN_CONTRAST

TEXT = 4.5


def luminance(rgb: tuple[int, int, int]) -> float:
    def channel(v: int) -> float:
        c = v / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = rgb
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def ratio(app: ReaderApp, style: Style) -> float:
    fg: RichColor | None = style.color
    bg: RichColor | None = style.bgcolor
    assert fg is not None and bg is not None, style
    a = luminance(tuple(fg.get_truecolor(app.ansi_theme, foreground=True)))  # type: ignore[arg-type]
    b = luminance(tuple(bg.get_truecolor(app.ansi_theme, foreground=False)))  # type: ignore[arg-type]
    return (max(a, b) + 0.05) / (min(a, b) + 0.05)


def pane_segments(pane: ArticlePane, sid: int) -> list[Segment]:
    """The segments drawn on the first screen line of a sentence (scrolled into view first)."""
    assert pane.lines is not None
    pane.show_sentences([sid], center=False)
    y = pane.lines.first_line[sid] - pane.scroll_offset.y
    return list(pane.render_line(y))


@pytest.fixture
def app(tmp_path: Path) -> ReaderApp:
    left, right = seed_paths()
    return ReaderApp(str(left), str(right), data_dir=tmp_path / "data")


async def test_every_theme_keeps_the_pane_readable(app: ReaderApp) -> None:
    lowest: dict[str, float] = {}
    async with app.run_test(size=(120, 36)) as pilot:
        await wait_ready(app, pilot)
        left, right = app.panes
        unlinked = left.unlinked_after(True)
        assert unlinked is not None, "the seed pair has a sentence without a counterpart"
        assert right.counterparts, "the cursor's sentence has a counterpart"
        themes = sorted(app.available_themes)
        assert len(themes) >= 20
        for theme in themes:
            app.theme = theme
            await pilot.pause()
            look = left.look
            ansi = app.native_ansi_color
            body = look.style()
            texts = {
                "body": body,
                "dimmed": look.style(("article-pane--unlinked",)),
                "cursor": look.style(("article-pane--cursor",)),
                "dimmed cursor": look.style(("article-pane--unlinked", "article-pane--cursor")),
                "counterpart": look.style(("article-pane--counterpart",)),
                "match": look.style(("article-pane--match",)),
                "match on the cursor": look.style(("article-pane--cursor", "article-pane--match")),
                "marked": look.style(("article-pane--marked",)),
            }
            signs = {name: look.style((f"article-pane--{name}",), SIGN_CONTRAST)
                     for name in ("score-high", "score-mid", "score-low", "only-here", "mark-sign")}
            figures = {name: ratio(app, style) for name, style in texts.items()}
            for name, value in figures.items():
                assert value >= TEXT, f"{theme}: {name} text at {value:.2f}:1"
            for name, style in signs.items():
                value = ratio(app, style)
                assert value >= SIGN_CONTRAST, f"{theme}: gutter sign {name} at {value:.2f}:1"
            if not ansi:
                assert figures["dimmed"] < figures["body"], f"{theme}: dimmed text is not fainter than linked"
            else:
                assert texts["dimmed"].italic
            lowest[theme] = min(figures.values())

            # What is drawn is what was measured: the dimmed sentence's text and the cursor line.
            dimmed_classes = left._sentence_classes(unlinked)
            assert any(seg.style == look.style(dimmed_classes) for seg in pane_segments(left, unlinked))
            cursor = left.cursor
            assert cursor is not None and left.active
            cursor_style = look.style(left._sentence_classes(cursor))
            assert any(seg.style == cursor_style for seg in pane_segments(left, cursor))
            left.show_sentences([cursor], center=True)
            for counterpart in sorted(right.counterparts)[:1]:
                classes = right._sentence_classes(counterpart)
                assert "article-pane--counterpart" in classes
                drawn = right.look.style(classes)
                assert ratio(app, drawn) >= TEXT
                assert any(seg.style == drawn for seg in pane_segments(right, counterpart))
    print("lowest text contrast per theme:", {k: round(v, 2) for k, v in lowest.items()})


async def test_the_dark_theme_no_longer_brightens_dimmed_text(app: ReaderApp) -> None:
    """The reported case: dimmed sentences were #ffffff, brighter than linked text (#e0e0e0)."""
    async with app.run_test(size=(120, 36)) as pilot:
        await wait_ready(app, pilot)
        app.theme = "textual-dark"
        await pilot.pause()
        look = app.panes[0].look
        body, dimmed = look.style(), look.style(("article-pane--unlinked",))
        assert dimmed.color is not None and body.color is not None
        assert luminance(dimmed.color.get_truecolor()) < luminance(body.color.get_truecolor())
