"""Pilot tests of the sidebar's quotes: the highlighted quote shown whole under the list."""

from __future__ import annotations

from pathlib import Path

from conftest import RecordingApp, wait_ready
from textual.widgets import Static, Tree

from reader.resources import seed_paths


def make_app(tmp_path: Path) -> RecordingApp:
    left, right = seed_paths()
    return RecordingApp(str(left), str(right), data_dir=tmp_path / "data")


async def test_a_long_quote_is_shown_whole_under_the_list(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(140, 40)) as pilot:
        await wait_ready(app, pilot)
        report = app.quote_report
        assert report is not None
        tree: Tree[int | None] = app.query_one("#quote-tree", Tree)
        full = app.query_one("#quote-full", Static)
        await pilot.press("S")
        await pilot.pause()
        assert not full.display  # a speaker row: nothing to show whole
        longest = None
        for speaker_node in tree.root.children:
            speaker_node.expand()
        await pilot.pause()
        rows = [n for s in tree.root.children for n in s.children if n.data is not None]
        longest = max(rows, key=lambda n: len(report.quotes[n.data].text))  # type: ignore[index]
        text = report.quotes[longest.data].text  # type: ignore[index]
        assert len(text.split()) > 6  # longer than a row shows
        tree.move_cursor(longest)
        await pilot.pause()
        assert full.display
        shown = str(full.render())
        assert " ".join(text.split()) in " ".join(shown.split())


PARTIAL_LEFT = ("The council met on Monday.\n\n"
                "Mayor Jane Holt said the budget was “a careful plan for hard times” and asked for patience."
                "\n\n"
                "The so-called “rescue fund” will be debated later.\n")
PARTIAL_RIGHT = ("On Monday the council met.\n\n"
                 "Mayor Jane Holt called the budget “a careful plan” for the city.\n")


async def test_a_partial_quote_with_a_speaker_is_listed_and_a_scare_quote_is_not(tmp_path: Path) -> None:
    left, right = tmp_path / "left.txt", tmp_path / "right.txt"
    left.write_text(PARTIAL_LEFT, encoding="utf-8")
    right.write_text(PARTIAL_RIGHT, encoding="utf-8")
    app = RecordingApp(str(left), str(right), data_dir=tmp_path / "data")
    async with app.run_test(size=(140, 40)) as pilot:
        await wait_ready(app, pilot)
        report = app.quote_report
        assert report is not None
        partial = [q for q in report.quotes if q.kind == "partial" and q.speech]
        assert partial, "the analysis credits the mayor's quoted words to her"
        scare = [q for q in report.quotes if "rescue fund" in q.text]
        assert scare and not any(q.speech for q in scare)
        tree: Tree[int | None] = app.query_one("#quote-tree", Tree)
        listed = {n.data for s in tree.root.children for n in s.children if n.data is not None}
        assert {q.id for q in partial} <= listed
        assert not {q.id for q in scare} & listed
        holt = next(s for s in tree.root.children if "Holt" in str(s.label))
        assert any(n.data in {q.id for q in partial} for n in holt.children)
