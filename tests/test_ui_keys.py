"""Keys, footer, resize and the detail strip as a user meets them (Pilot: the seed pair, small files)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import RecordingApp, wait_ready
from textual.containers import VerticalScroll
from textual.widgets import Tree
from textual.widgets._footer import FooterKey
from textual.widgets._toast import Toast

from reader.resources import seed_paths
from reader.ui.dialogs.help import HelpScreen
from reader.ui.widgets.article_pane import ArticlePane
from reader.ui.widgets.detail_strip import DetailStrip, cut_lines, share
from reader.ui.widgets.sidebar import VERDICT_SIGNS


def seed_app(tmp_path: Path) -> RecordingApp:
    left, right = seed_paths()
    return RecordingApp(str(left), str(right), data_dir=tmp_path / "data")


def visible(pane: ArticlePane, sid: int) -> bool:
    assert pane.lines is not None
    top = pane.scroll_offset.y
    bottom = top + pane.scrollable_content_region.height
    return pane.lines.first_line[sid] >= top and pane.lines.last_line[sid] < bottom


def strip_text(app: RecordingApp) -> str:
    return app.query_one(DetailStrip).content.plain  # type: ignore[union-attr]


@pytest.mark.parametrize("width", [80, 120])
async def test_footer_shows_pane_keys_whole(tmp_path: Path, width: int) -> None:
    app = seed_app(tmp_path)
    async with app.run_test(size=(width, 30)) as pilot:
        await wait_ready(app, pilot)
        await pilot.pause(0.1)
        keys = list(app.screen.query(FooterKey))
        labels = [key.description for key in keys]
        assert "Next" in labels and "Other pane" in labels and "Mark" in labels and "Quit" in labels
        palette = next(key for key in keys if key.has_class("-command-palette"))
        for key in keys:
            if key is not palette:  # each label whole, left of the palette key
                assert key.region.width == len(key.key_display) + len(key.description) + 3
                assert key.region.right <= palette.region.x, key.description


async def test_sidebar_tree_moves_with_j_k_and_page_keys(tmp_path: Path) -> None:
    app = seed_app(tmp_path)
    async with app.run_test(size=(140, 36)) as pilot:
        await wait_ready(app, pilot)
        await pilot.press("S")
        await pilot.pause()
        tree = app.query_one("#quote-tree", Tree)
        assert tree.has_focus and tree.cursor_line == 0
        await pilot.press("j", "j")
        assert tree.cursor_line == 2
        await pilot.press("k")
        assert tree.cursor_line == 1
        await pilot.press("end")
        assert tree.cursor_line == tree.last_line
        await pilot.press("home")
        assert tree.cursor_line == 0
        await pilot.press("pagedown")
        assert tree.cursor_line > 1


async def test_help_scrolls_without_tab_and_explains_the_sidebar_signs(tmp_path: Path) -> None:
    app = seed_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_ready(app, pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        text = app.screen.query_one("#help-text").content.plain  # type: ignore[attr-defined]
        for sign in VERDICT_SIGNS.values():
            assert f"\n{sign} " in text
        assert "shortened" in text and "extended" in text
        scroll = app.screen.query_one(VerticalScroll)
        await pilot.press("j", "j")
        assert scroll.scroll_y == 2
        await pilot.press("k")
        assert scroll.scroll_y == 1
        await pilot.press("pagedown")
        assert scroll.scroll_y > 2
        await pilot.press("end")
        assert scroll.scroll_y == scroll.max_scroll_y > 0
        await pilot.press("home")
        assert scroll.scroll_y == 0
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, HelpScreen)


async def test_resize_recentres_both_panes_and_hides_the_sidebar(tmp_path: Path) -> None:
    app = seed_app(tmp_path)
    async with app.run_test(size=(120, 36)) as pilot:
        await wait_ready(app, pilot)
        left, right = app.panes
        sidebar = app.query_one("#sidebar")
        assert sidebar.display
        assert app.alignment is not None
        target = next(s for s in range(len(left.doc.sentences)) if app.alignment.counterparts(0, s)  # type: ignore[union-attr]
                      and app.alignment.counterparts(0, s)[0] > 8)
        left.move_cursor(target)
        await pilot.pause()
        counterpart = app.alignment.counterparts(0, target)[0]
        for size in [(200, 50), (80, 24), (60, 16), (120, 36)]:
            await pilot.resize_terminal(*size)
            await pilot.pause()
            await pilot.pause()
            assert visible(left, target), size
            assert visible(right, counterpart), size
            assert sidebar.display is (size[0] >= 110), size


LONG_LEFT = ("The regional council approved the new budget for schools, hospitals, roads, bridges, parks, "
             "libraries, museums and the public transport network after a long debate on Monday evening.\n")
LONG_RIGHT = ("After a long debate on Monday evening the regional council approved the new budget for "
              "schools, hospitals, roads, bridges, parks, libraries, museums, theatres and the public "
              "transport network, which the opposition had called rushed and unfunded.\n")


async def test_detail_strip_cuts_with_an_ellipsis_and_expands(tmp_path: Path) -> None:
    (tmp_path / "l.txt").write_text(LONG_LEFT, encoding="utf-8")
    (tmp_path / "r.txt").write_text(LONG_RIGHT, encoding="utf-8")
    app = RecordingApp(str(tmp_path / "l.txt"), str(tmp_path / "r.txt"), data_dir=tmp_path / "data")
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await wait_ready(app, pilot)
        await pilot.pause()
        text = strip_text(app)
        lines = text.splitlines()
        strip = app.query_one(DetailStrip)
        assert len(lines) <= strip.content_region.height
        assert any(line.startswith("L ") for line in lines) and any(line.startswith("R ") for line in lines)
        assert "…" in text and "D: whole pair" in text
        assert "unfunded." not in text
        await pilot.press("D")
        await pilot.pause()
        await pilot.pause()
        text = strip_text(app)
        assert "unfunded." in text and "…" not in text and "D: compact" in text
        assert strip.region.height - 1 >= len(text.splitlines())  # grown to show it all (1: the border)
        # A toast never covers the strip.
        await pilot.press("l")
        await pilot.pause()
        await pilot.pause()
        toasts = list(app.screen.query(Toast))
        assert toasts
        assert all(not toast.region.overlaps(strip.region) for toast in toasts)
        await pilot.press("D")
        await pilot.pause()
        assert "D: whole pair" in strip_text(app)


def test_share_and_cut() -> None:
    assert share((1, 9), 4) == (1, 3)
    assert share((9, 1), 4) == (3, 1)
    assert share((9, 9), 4) == (2, 2)
    from textual.content import Content

    lines = Content("one two three four five six").wrap(9)
    kept, cut = cut_lines(lines, 2, 9)
    assert cut and len(kept) == 2 and kept[-1].plain.endswith("…") and kept[-1].cell_length <= 9
    assert cut_lines(lines, 9, 9) == (lines, False)
