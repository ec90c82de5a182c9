"""Pilot tests of the reading interface on the bundled seed pair (and small hand-made files)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from conftest import RecordingApp, export_into, wait_ready
from textual.pilot import Pilot
from textual.widgets import Tree

from reader.marks import Mark
from reader.quotes import QuoteReport
from reader.render.marks_md import render_export
from reader.resources import seed_paths
from reader.session import SessionStore
from reader.ui.app import ReaderApp
from reader.ui.dialogs.confirm import ConfirmDialog
from reader.ui.dialogs.error import ErrorDialog
from reader.ui.dialogs.help import HelpScreen
from reader.ui.dialogs.prompt import ExportDialog, SearchDialog
from reader.ui.widgets.article_pane import ArticlePane

TODAY = date(2024, 5, 1)


def make_app(tmp_path: Path, left: str | None = None, right: str | None = None) -> RecordingApp:
    seed_left, seed_right = seed_paths()
    return RecordingApp(left or str(seed_left), right or str(seed_right), data_dir=tmp_path / "data",
                        today=TODAY, export_dir=tmp_path / "out")


def visible(pane: ArticlePane, sid: int) -> bool:
    assert pane.lines is not None
    top = pane.scroll_offset.y
    bottom = top + pane.scrollable_content_region.height
    return pane.lines.first_line[sid] >= top and pane.lines.last_line[sid] < bottom


async def test_cursor_highlights_counterpart_and_scrolls_it_into_view(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(120, 36)) as pilot:
        await wait_ready(app, pilot)
        left, right = app.panes
        assert app.alignment is not None
        height = right.scrollable_content_region.height
        scrolled = False
        for _ in range(len(left.doc.sentences)):  # type: ignore[union-attr]
            await pilot.press("j")
            await pilot.pause()
            expected = app.alignment.counterparts(0, left.cursor)  # type: ignore[arg-type]
            assert right.counterparts == set(expected)
            if expected:
                assert all(visible(right, j) for j in expected[:1])
                if right.lines.first_line[expected[0]] > height:  # type: ignore[union-attr]
                    scrolled = True
                    assert right.scroll_offset.y > 0
                    break
        assert scrolled, "the seed pair has a counterpart below the first screen"
        assert visible(left, left.cursor)  # type: ignore[arg-type]


async def test_bracket_lands_on_sentence_without_counterpart(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(120, 36)) as pilot:
        await wait_ready(app, pilot)
        left = app.panes[0]
        start = left.cursor
        await pilot.press("right_square_bracket")
        await pilot.pause()
        assert app.alignment is not None and left.cursor is not None and start is not None
        assert left.cursor > start
        assert left.doc.sentences[left.cursor].alignable  # type: ignore[union-attr]
        assert app.alignment.counterparts(0, left.cursor) == []
        assert "only in the left article" in str(app.query_one("#detail").render())
        await pilot.press("left_square_bracket")
        await pilot.pause()
        assert left.cursor < start or app.alignment.counterparts(0, left.cursor) == []


async def goto(app: ReaderApp, pilot: object, sid: int) -> None:
    app.panes[0].move_cursor(sid)
    await pilot.pause()  # type: ignore[attr-defined]


async def test_marks_export_and_reopen(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(120, 36)) as pilot:
        await wait_ready(app, pilot)
        assert app.alignment is not None and app.docs is not None
        links = [link for link in app.alignment.links if len(link.left) == 1][:2]
        assert len(links) == 2
        for link in reversed(links):  # marked out of order: the export sorts them
            await goto(app, pilot, link.left[0])
            await pilot.press("space")
            await pilot.pause()
        expected_marks = [Mark("link", link.left, link.right) for link in reversed(links)]
        assert app.marks == expected_marks
        assert app.panes[0].marked == {link.left[0] for link in links}
        assert app.panes[1].marked == {j for link in links for j in link.right}
        await export_into(pilot, tmp_path / "out")
        files = list((tmp_path / "out").glob("*.md"))
        assert len(files) == 1
        assert app.state.changes is not None
        expected = render_export(app.docs[0], app.docs[1], app.alignment, expected_marks, today=TODAY,
                                 quotes=app.quote_report, changes=app.state.changes.changes)
        assert "## What changed" in expected
        assert files[0].read_text(encoding="utf-8") == expected
        # A second export to the same name asks first; "No" leaves the file alone.
        files[0].write_text("keep me", encoding="utf-8")
        await pilot.press("e")
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.press("escape")
        await pilot.pause()
        assert files[0].read_text(encoding="utf-8") == "keep me"
        # Unmark one pair with space again.
        await goto(app, pilot, links[0].left[0])
        await pilot.press("space")
        await pilot.pause()
        assert app.marks == expected_marks[:1]

    reopened = make_app(tmp_path)
    async with reopened.run_test(size=(120, 36)) as pilot:
        await wait_ready(reopened, pilot)
        assert reopened.marks == expected_marks[:1]
        assert reopened.panes[0].marked == {links[1].left[0]}


async def test_export_to_unwritable_place_shows_error_and_keeps_marks(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(120, 36)) as pilot:
        await wait_ready(app, pilot)
        assert app.alignment is not None
        await goto(app, pilot, app.alignment.links[0].left[0])
        await pilot.press("space")
        await pilot.pause()
        await pilot.press("e")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, ExportDialog)
        field = dialog.query_one("#prompt-input")
        field.value = str(tmp_path / "missing-dir" / "deeper" / "x.md")  # type: ignore[attr-defined]
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ErrorDialog)
        assert len(app.marks) == 1
        await pilot.press("enter")
        await pilot.pause()
        assert not isinstance(app.screen, ErrorDialog)


async def test_damaged_session_is_reported_and_backed_up(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_ready(app, pilot)
        assert app.docs is not None
        path = SessionStore(tmp_path / "data").path(*app.docs)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("{not json", encoding="utf-8")
    again = make_app(tmp_path)
    async with again.run_test(size=(100, 30)) as pilot:
        await wait_ready(again, pilot)
        warnings = [m for sev, m in again.messages if sev == "warning"]
        assert any("damaged" in m for m in warnings)
        assert again.marks == []
    backups = list(path.parent.glob("*.damaged-*.json"))
    assert len(backups) == 1 and backups[0].read_text(encoding="utf-8") == "{not json"


async def test_search_finds_and_moves(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(120, 36)) as pilot:
        await wait_ready(app, pilot)
        left = app.panes[0]
        assert left.doc is not None
        await pilot.press("slash")
        await pilot.pause()
        assert isinstance(app.screen, SearchDialog)
        await pilot.press(*"kherson", "enter")
        await pilot.pause()
        hits = [s.id for s in left.doc.sentences if "kherson" in s.text.lower()]
        assert len(hits) >= 2
        assert left.cursor == hits[0]
        assert visible(left, hits[0])
        await pilot.press("n")
        await pilot.pause()
        assert left.cursor == hits[1]
        await pilot.press("N")
        await pilot.pause()
        assert left.cursor == hits[0]


async def test_toggles_and_pane_switch(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(120, 36)) as pilot:
        await wait_ready(app, pilot)
        left, right = app.panes
        sidebar, detail = app.query_one("#sidebar"), app.query_one("#detail")
        shown = sidebar.display
        await pilot.press("s")
        assert sidebar.display is not shown
        await pilot.press("d")
        assert detail.display is False
        await pilot.press("d")
        assert detail.display is True
        hidden_lines = len(left.lines)  # type: ignore[arg-type]
        await pilot.press("c")
        await pilot.pause()
        assert left.show_chrome and len(left.lines) >= hidden_lines  # type: ignore[arg-type]
        # Linking off: the other pane keeps its own position.
        await pilot.press("l")
        assert app.linking is False
        before = right.scroll_offset.y
        await pilot.press("G")
        await pilot.pause()
        assert right.scroll_offset.y == before
        await pilot.press("l")
        assert app.linking is True
        # Tab: the right pane becomes active, its cursor on a counterpart of the left cursor.
        assert app.alignment is not None
        await pilot.press("g")
        await pilot.pause()
        await pilot.press("right_square_bracket")  # ensure a known state, then find a linked sentence
        for _ in range(50):
            if app.alignment.counterparts(0, left.cursor):  # type: ignore[arg-type]
                break
            await pilot.press("j")
            await pilot.pause()
        expected = app.alignment.counterparts(0, left.cursor)  # type: ignore[arg-type]
        await pilot.press("tab")
        await pilot.pause()
        assert app.active == 1 and right.has_focus
        assert right.cursor == expected[0]
        assert left.cursor in left.counterparts
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, HelpScreen)


async def test_click_moves_cursor(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(120, 36)) as pilot:
        await wait_ready(app, pilot)
        right = app.panes[1]
        assert right.lines is not None
        top = right.scroll_offset.y
        row = next(n for n in range(5, 20) if right.lines.starts[top + n] >= 0)
        line = top + row
        await pilot.click("#pane-right", offset=(4, row))
        await pilot.pause()
        assert app.active == 1
        assert right.cursor is not None and right.doc is not None
        sentence = right.doc.sentences[right.cursor]
        assert right.lines.first_line[sentence.id] <= line <= right.lines.last_line[sentence.id]


async def test_bad_input_shows_error_and_exits_2(tmp_path: Path) -> None:
    app = make_app(tmp_path, str(tmp_path / "does-not-exist.txt"))
    async with app.run_test(size=(80, 24)) as pilot:
        for _ in range(100):
            await pilot.pause(0.02)
            if isinstance(app.screen, ErrorDialog):
                break
        assert isinstance(app.screen, ErrorDialog)
        await pilot.press("enter")
        await pilot.pause()
    assert app.return_code == 2


async def test_markup_in_article_is_shown_literally(tmp_path: Path) -> None:
    left = tmp_path / "left.txt"
    right = tmp_path / "right.txt"
    left.write_text("Title [bold]here[/bold]\n\nA sentence with [/] and [@click=app.quit]x[/] inside.\n",
                    encoding="utf-8")
    right.write_text("Other title\n\nA sentence with [/] and a link inside.\n", encoding="utf-8")
    app = make_app(tmp_path, str(left), str(right))
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_ready(app, pilot)
        pane = app.panes[0]
        text = "".join(
            seg.text for y in range(pane.scrollable_content_region.height) for seg in pane.render_line(y)
        )
        assert "[@click=app.quit]x[/]" in text
        assert "[bold]here[/bold]" in text


@pytest.mark.parametrize("query", ["mark", "export", "sidebar"])
async def test_command_palette_lists_actions(tmp_path: Path, query: str) -> None:
    from reader.ui.commands import ReaderCommands

    app = make_app(tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_ready(app, pilot)
        provider = ReaderCommands(app.screen)
        hits = [hit async for hit in provider.search(query)]
        assert hits
        best = max(hits, key=lambda hit: hit.score)
        assert query in (best.text or "").lower()
        discovered = [hit async for hit in provider.discover()]
        assert len(discovered) >= 15


async def test_command_palette_runs_pane_and_app_actions(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(120, 36)) as pilot:
        await wait_ready(app, pilot)
        start = app.panes[0].cursor
        app.run_command("cursor_down")
        await pilot.pause()
        assert app.panes[0].cursor == app.panes[0]._step(0) and app.panes[0].cursor != start
        app.run_command("toggle_linking")
        await pilot.pause()
        assert app.linking is False


async def test_sidebar_quote_moves_both_panes_and_filter_narrows(tmp_path: Path) -> None:
    from textual.widgets import Input, Tree

    app = make_app(tmp_path)
    async with app.run_test(size=(130, 40)) as pilot:
        await wait_ready(app, pilot)
        report = app.quote_report
        assert report is not None and app.alignment is not None
        tree = app.query_one("#quote-tree", Tree)
        await pilot.press("S")
        await pilot.pause()
        assert tree.has_focus
        leaves = [leaf for node in tree.root.children for leaf in node.children if leaf.data is not None]
        matched = [leaf for leaf in leaves
                   if (m := report.match_of(leaf.data)) is not None and m.left is not None
                   and m.right is not None and report.quotes[leaf.data].doc == 1]
        assert matched, "the seed pair has a quote of the right article matched in the left one"
        leaf = matched[0]
        quote = report.quotes[leaf.data]
        match = report.match_of(quote.id)
        other = report.quotes[match.left]
        tree.select_node(leaf)
        await pilot.pause()
        left, right = app.panes
        assert app.active == 1 and right.cursor == quote.sentence
        assert other.sentence in left.counterparts
        assert visible(right, quote.sentence) and visible(left, other.sentence)  # type: ignore[arg-type]
        # Back to the panes with S; the filter narrows the speakers.
        await pilot.press("S")
        await pilot.pause()
        assert right.has_focus
        name = next(s.name for s in report.speakers if not s.anonymous)
        app.query_one("#quote-filter", Input).value = name
        await pilot.pause()
        labels = [str(node.label) for node in tree.root.children]
        assert labels and all(name in label or "no speaker" in label for label in labels)
        assert len(labels) < len([s for s in report.speakers if s.quotes])


async def test_large_pair_path(tmp_path: Path) -> None:
    """A few hundred sentences per side built from the seed text: opening, paging and jumping keep working."""
    seed_left, seed_right = seed_paths()
    left = tmp_path / "big-left.txt"
    right = tmp_path / "big-right.txt"
    left.write_text("\n\n".join([seed_left.read_text(encoding="utf-8")] * 8), encoding="utf-8")
    right.write_text("\n\n".join([seed_right.read_text(encoding="utf-8")] * 8), encoding="utf-8")
    app = make_app(tmp_path, str(left), str(right))
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_ready(app, pilot)
        pane, other = app.panes
        assert pane.doc is not None and len(pane.doc.sentences) > 150
        await pilot.press("G")
        await pilot.pause()
        assert pane.cursor == pane._visible[-1] and visible(pane, pane.cursor)
        for key in ("pageup", "pageup", "left_square_bracket", "k", "pagedown"):
            await pilot.press(key)
            await pilot.pause()
            assert visible(pane, pane.cursor)  # type: ignore[arg-type]
            ids = app.alignment.counterparts(0, pane.cursor)  # type: ignore[union-attr,arg-type]
            assert other.counterparts == set(ids)
            if ids:
                assert visible(other, ids[0])
        await pilot.resize_terminal(70, 20)
        await pilot.pause()
        assert visible(pane, pane.cursor)  # type: ignore[arg-type]


async def test_wheel_scroll_makes_the_other_pane_follow_when_linked(tmp_path: Path) -> None:
    from reader.ui.messages import PaneScrolled

    app = make_app(tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_ready(app, pilot)
        left, right = app.panes
        assert app.alignment is not None and left.lines is not None
        last_linked = max(app.alignment.linked_ids(0))
        left.scroll_to(y=left.lines.first_line[last_linked] - 5, animate=False, immediate=True)
        left.post_message(PaneScrolled(0))
        await pilot.pause()
        centre = left.center_sentence()
        assert centre is not None
        linked = sorted(app.alignment.linked_ids(0))
        nearest = min(linked, key=lambda i: abs(i - centre))
        assert any(visible(right, j) for j in app.alignment.counterparts(0, nearest))
        # Linking off: scrolling one pane leaves the other where it is.
        await pilot.press("l")
        before = right.scroll_offset.y
        left.scroll_to(y=0, animate=False, immediate=True)
        left.post_message(PaneScrolled(0))
        await pilot.pause()
        assert right.scroll_offset.y == before


async def test_theme_switch_restyles_the_panes(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_ready(app, pilot)
        pane = app.panes[0]
        app.theme = "textual-dark"
        await pilot.pause()
        dark = [seg.style for seg in pane.render_line(2)]
        app.theme = "textual-light"
        await pilot.pause()
        light = [seg.style for seg in pane.render_line(2)]
        assert dark and light
        assert dark[-1].bgcolor != light[-1].bgcolor


async def quote_tree(app: ReaderApp, pilot: Pilot) -> tuple[QuoteReport, Tree[int | None]]:
    """The app's quote report and sidebar tree, once both panes and the quotes are ready."""
    await wait_ready(app, pilot)
    report = app.quote_report
    assert report is not None
    return report, app.query_one("#quote-tree", Tree)


async def test_sidebar_marks_a_quote_pair(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(130, 40)) as pilot:
        report, tree = await quote_tree(app, pilot)
        await pilot.press("S")
        leaves = [leaf for node in tree.root.children for leaf in node.children if leaf.data is not None]
        paired = next(leaf for leaf in leaves
                      if (m := report.match_of(leaf.data)) is not None and m.left is not None
                      and m.right is not None)
        paired.parent.expand()  # type: ignore[union-attr]
        await pilot.pause()
        tree.move_cursor(paired)
        await pilot.press("m")
        await pilot.pause()
        match = report.match_of(paired.data)
        assert Mark("quote", (match.left,), (match.right,)) in app.marks  # type: ignore[union-attr]
        assert str(paired.label).startswith("* ")  # the sidebar shows the mark, as the panes do
        await pilot.press("m")
        await pilot.pause()
        assert app.marks == []
        assert not str(paired.label).startswith("* ")


async def test_sidebar_shows_how_each_article_spells_the_speaker(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(130, 40)) as pilot:
        report, tree = await quote_tree(app, pilot)
        node = next(n for n in tree.root.children if "Podol" in str(n.label))
        labels = {report.quotes[leaf.data].doc: [] for leaf in node.children if leaf.data is not None}
        for leaf in node.children:
            if leaf.data is not None:
                labels[report.quotes[leaf.data].doc].append(str(leaf.label))
        # the speaker is listed as the report spells him; the source's quotes say how it spells him
        assert any(" as Podolyak: " in label or " as Podolyok: " in label for label in labels[1])
        assert not any(" as Podol" in label for label in labels[0])


async def test_sidebar_keys_work_from_the_first_press(tmp_path: Path) -> None:
    """S then Enter opens the first speaker, Down and Enter go to its first quote: no key is lost on a tree
    without a highlighted row."""
    app = make_app(tmp_path)
    async with app.run_test(size=(130, 40)) as pilot:
        report, tree = await quote_tree(app, pilot)
        await pilot.press("S")
        await pilot.pause()
        first = tree.root.children[0]
        assert tree.cursor_node is first
        await pilot.press("enter")
        await pilot.pause()
        assert first.is_expanded
        await pilot.press("down", "enter")
        await pilot.pause()
        quote = report.quotes[first.children[0].data]  # type: ignore[index]
        assert app.active == quote.doc and app.panes[quote.doc].cursor == quote.sentence
