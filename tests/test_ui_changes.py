"""Pilot tests of the Changes view on the bundled pair: the sidebar list, Enter, `}` / `{`, the changed words
drawn in the panes and listed in the detail strip, and the export's "What changed" section."""

from __future__ import annotations

from pathlib import Path

from conftest import RecordingApp, export_into, wait_ready
from textual.widgets import TabbedContent

from reader.changes.model import KINDS
from reader.resources import seed_paths
from reader.ui.widgets.changes_list import ChangesList
from reader.ui.widgets.detail_strip import KIND_STYLES, DetailStrip
from reader.ui.widgets.spans import CHANGE_KINDS


def make_app(tmp_path: Path) -> RecordingApp:
    left, right = seed_paths()
    return RecordingApp(str(left), str(right), data_dir=tmp_path / "data", export_dir=tmp_path / "out")


def test_the_interface_knows_every_kind_of_change() -> None:
    assert CHANGE_KINDS == KINDS and set(KIND_STYLES) == set(KINDS)


async def test_the_changes_list_groups_by_kind_and_enter_moves_both_panes(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(140, 40)) as pilot:
        await wait_ready(app, pilot)
        assert app.state.changes is not None and len(app.state.changes) > 0
        changes = app.state.changes.changes
        await pilot.press("C")
        await pilot.pause()
        assert app.query_one(TabbedContent).active == "tab-changes"
        listing = app.query_one(ChangesList)
        assert listing.has_focus
        groups = [str(node.label) for node in listing.root.children]
        kinds = [k for k in KINDS if any(c.kind == k for c in changes)]
        assert groups == [f"{k} {sum(c.kind == k for c in changes)}" for k in kinds]
        # The second change of the first kind: Enter puts both panes on its sentences.
        await pilot.press("down", "down")
        await pilot.pause()
        node = listing.cursor_node
        assert node is not None and node.data is not None
        change = node.data
        await pilot.press("enter")
        await pilot.pause()
        assert app.panes[0].cursor == change.left.sentence
        assert change.right.sentence in app.panes[1].counterparts


async def test_braces_jump_to_the_next_and_previous_change_and_draw_its_words(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(140, 40)) as pilot:
        await wait_ready(app, pilot)
        assert app.state.changes is not None
        firsts = sorted({c.left.sentence for c in app.state.changes.changes})
        app.panes[0].move_cursor(0)
        await pilot.pause()
        visited = []
        for _ in range(3):
            await pilot.press("right_curly_bracket")
            await pilot.pause()
            visited.append(app.panes[0].cursor)
        assert visited == [s for s in firsts if s > 0][:3]
        # Wherever a jump lands, the strip has that pair's changes to list (a change there exists).
        assert all(app.state.pair_changes(0, sid) for sid in visited)
        await pilot.press("left_curly_bracket")
        await pilot.pause()
        assert app.panes[0].cursor == visited[1]
        # The pair under the cursor: its changed words drawn in both panes, its changes in the strip.
        pair = app.state.pair_at(0, visited[1])
        assert pair is not None and pair.changes
        spans = {(a, b) for a, b, _ in app.panes[0].changes.spans}
        assert {(c.left.start, c.left.end) for c in pair.changes if c.left.end > c.left.start} <= spans
        assert all(name.startswith("article-pane--change-") for _, _, name in app.panes[1].changes.spans)
        assert pair.changes[0].summary.split(":")[0] in str(app.query_one(DetailStrip).render())
        app.panes[0].move_cursor(firsts[-1])
        await pilot.pause()
        await pilot.press("right_curly_bracket")
        await pilot.pause()
        assert ("information", "No further change in this direction.") in app.messages


async def test_the_export_has_a_what_changed_section(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(140, 40)) as pilot:
        await wait_ready(app, pilot)
        assert app.state.changes is not None
        change = next(c for c in app.state.changes.changes if c.left.end > c.left.start)
        app.panes[0].move_cursor(change.left.sentence)
        await pilot.press("space")
        await pilot.pause()
        await export_into(pilot, tmp_path / "out")
        (report,) = (tmp_path / "out").glob("*.md")
        text = report.read_text(encoding="utf-8")
        assert "## What changed" in text and f"What changed ({len(app.state.changes)})" in text
        assert "Facts changed:" in text and "<mark>" in text
