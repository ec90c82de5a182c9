"""Pilot tests of the review keys on the bundled pair: link (= … =, +), unlink (x), confirm (v), undo (u),
one-sided marks (Space), notes (a) and sentence numbers (#)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from conftest import RecordingApp, wait_ready

from reader.alignment import Alignment, Link
from reader.marks import Mark
from reader.resources import seed_paths
from reader.review.corrections import LinkPair
from reader.session import SessionStore
from reader.ui.dialogs.choice import ChoiceDialog
from reader.ui.dialogs.prompt import NoteDialog
from reader.ui.widgets.detail_strip import DetailStrip


def make_app(tmp_path: Path) -> RecordingApp:
    left, right = seed_paths()
    return RecordingApp(str(left), str(right), data_dir=tmp_path / "data", export_dir=tmp_path / "out")


def sentence(app: RecordingApp, side: int, words: str) -> int:
    assert app.docs is not None
    return next(s.id for s in app.docs[side].sentences if words in s.text)


async def go(app: RecordingApp, pilot: Any, side: int, sid: int) -> None:
    """Put the cursor of a pane on a sentence (as a click there would), that pane active."""
    if app.active != side:
        await pilot.press("tab")
    app.panes[side].move_cursor(sid, center=True)
    await pilot.pause()


async def realigned(app: RecordingApp, pilot: Any) -> None:
    """Let the re-alignment after the last correction arrive."""
    for _ in range(200):
        await pilot.pause(0.02)
        if app.alignment is not None and app.alignment.links and not app.workers:
            break
    await pilot.pause(0.2)


def saved(app: RecordingApp, tmp_path: Path) -> Any:
    assert app.docs is not None
    return SessionStore(tmp_path / "data").load(*app.docs)


def strip_text(app: RecordingApp) -> str:
    return str(app.query_one(DetailStrip).render())


async def test_equals_links_across_panes_and_the_link_is_manual_saved_and_kept(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(120, 36)) as pilot:
        await wait_ready(app, pilot)
        left = sentence(app, 0, "not planning to talk")
        right = sentence(app, 1, "officially ruling out")
        assert app.alignment is not None and (left, right) not in {
            (i, j) for k in app.alignment.links for i in k.left for j in k.right}
        await go(app, pilot, 0, left)
        await pilot.press("equals_sign")
        await pilot.pause()
        assert app.pick is not None and app.active == 1  # pick mode, in the other pane
        assert "LINKING" in strip_text(app) and left in app.panes[0].picked
        await go(app, pilot, 1, right)
        await pilot.press("equals_sign")
        await pilot.pause()
        assert app.pick is None and app.active == 0 and app.panes[0].cursor == left  # back where it started
        links = app.alignment.links_of(0, left)
        assert [(k.left, k.right, k.status) for k in links] == [((left,), (right,), "manual")]
        assert app.panes[0].statuses[left] == "manual" and "manual" in strip_text(app)
        await realigned(app, pilot)
        links = app.alignment.links_of(0, left)
        assert [(k.left, k.right, k.status) for k in links] == [((left,), (right,), "manual")]
        assert saved(app, tmp_path).corrections.manual == (LinkPair((left,), (right,)),)


async def test_escape_cancels_a_link_and_keys_that_change_marks_wait(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(120, 36)) as pilot:
        await wait_ready(app, pilot)
        await pilot.press("equals_sign")
        await pilot.pause()
        assert app.pick is not None
        await pilot.press("space")  # marking waits while a link is being made
        await pilot.pause()
        assert app.marks == []
        await pilot.press("escape")
        await pilot.pause()
        assert app.pick is None and "LINKING" not in strip_text(app)
        assert app.active == 0  # back in the pane where the link started
        assert ("information", "Link cancelled.") in app.messages
        assert not app.state.review.corrections and not app.panes[0].picked


async def test_plus_grows_a_link_to_n_to_m(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(120, 36)) as pilot:
        await wait_ready(app, pilot)
        assert app.alignment is not None and app.docs is not None
        right = app.docs[1].sentences
        link = next(k for k in app.alignment.links
                    if len(k.left) == 1 and len(k.right) == 1 and k.right[0] > 0
                    and not app.alignment.links_of(1, k.right[0] - 1) and right[k.right[0] - 1].alignable)
        extra = link.right[0] - 1  # an unlinked sentence just before the link's right sentence
        await go(app, pilot, 0, link.left[0])
        await pilot.press("plus")
        await pilot.pause()
        assert app.pick is not None and app.pick.ids == ({link.left[0]}, {link.right[0]})
        await go(app, pilot, 1, extra)
        await pilot.press("enter")
        await pilot.pause()
        grown = app.alignment.links_of(0, link.left[0])
        assert [(k.left, k.right, k.status) for k in grown] == [
            (link.left, (extra, link.right[0]), "manual")]
        await realigned(app, pilot)
        assert saved(app, tmp_path).corrections.manual == (LinkPair(link.left, (extra, link.right[0])),)


async def test_x_removes_a_link_for_good_and_u_brings_it_back(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(120, 36)) as pilot:
        await wait_ready(app, pilot)
        sid = sentence(app, 0, "Medusa points out")
        assert app.alignment is not None
        (link,) = app.alignment.links_of(0, sid)
        await go(app, pilot, 0, sid)
        await pilot.press("x")
        await realigned(app, pilot)
        assert app.alignment.links_of(0, sid) == []
        assert (link.left, link.right) in app.alignment.rejected
        assert saved(app, tmp_path).corrections.rejected == (LinkPair(link.left, link.right),)
        await pilot.press("u")
        await realigned(app, pilot)
        assert [(k.left, k.right) for k in app.alignment.links_of(0, sid)] == [(link.left, link.right)]
        assert not saved(app, tmp_path).corrections
        await pilot.press("u")
        await pilot.pause()
        assert ("information", "Nothing to undo.") in app.messages


async def test_x_asks_which_link_when_a_sentence_has_several(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(120, 36)) as pilot:
        await wait_ready(app, pilot)
        # A sentence in two links (the aligner can return such n:m pairs): set here to drive the dialog.
        app.state.set_alignment(Alignment([Link((5,), (9,), 0.8), Link((5, 6), (10,), 0.5)]))
        app.view.show_alignment()
        await go(app, pilot, 0, 5)
        await pilot.press("x")
        await pilot.pause()
        assert isinstance(app.screen, ChoiceDialog)
        await pilot.press("down", "enter")  # the second link
        await pilot.pause()
        assert app.state.review.corrections.rejected == (LinkPair((5, 6), (10,)),)


async def test_v_confirms_and_the_gutter_and_strip_show_it(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(120, 36)) as pilot:
        await wait_ready(app, pilot)
        assert app.alignment is not None
        link = next(k for k in app.alignment.links if k.status == "auto" and k.score > 0.5)
        await go(app, pilot, 0, link.left[0])
        await pilot.press("v")
        await pilot.pause()
        assert app.alignment.links_of(0, link.left[0])[0].status == "confirmed"
        assert "confirmed" in strip_text(app) and app.panes[1].statuses[link.right[0]] == "confirmed"
        pane = app.panes[0]
        assert pane.lines is not None
        line = pane.lines.first_line[link.left[0]] - pane.scroll_offset.y
        assert pane.render_line(line).text.startswith("✓")
        await pilot.press("v")
        await pilot.pause()
        assert app.messages[-1] == ("information", "Already checked: a person made or confirmed this link.")
        await realigned(app, pilot)
        assert saved(app, tmp_path).corrections.confirmed == (LinkPair(link.left, link.right),)


async def test_space_marks_a_sentence_only_one_article_has_and_a_adds_a_note(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(120, 36)) as pilot:
        await wait_ready(app, pilot)
        sid = sentence(app, 0, "Latin American media claim")
        assert app.alignment is not None and app.alignment.links_of(0, sid) == []
        await go(app, pilot, 0, sid)
        await pilot.press("space")
        await pilot.pause()
        assert app.marks == [Mark("only", (sid,), ())]
        assert ("information", "Marked: only in the retelling (left).") in app.messages
        assert "marked" in strip_text(app)
        await pilot.press("a")
        await pilot.pause()
        assert isinstance(app.screen, NoteDialog)
        await pilot.press(*"adds a source")
        await pilot.press("enter")
        await pilot.pause()
        assert app.marks[0].note == "adds a source" and "note: adds a source" in strip_text(app)
        assert saved(app, tmp_path).marks[0].note == "adds a source"
        await pilot.press("a")  # the prompt holds the note; emptied, the note goes, the mark stays
        await pilot.pause()
        app.screen.query_one("#prompt-input").value = ""  # type: ignore[attr-defined]
        await pilot.press("enter")
        await pilot.pause()
        assert app.marks == [Mark("only", (sid,), ())] and app.marks[0].note == ""
        await pilot.press("u", "u", "u")  # note removed, note added, mark: all undone
        await pilot.pause()
        assert app.marks == [] and saved(app, tmp_path).marks == []


async def test_hash_shows_one_based_sentence_numbers_in_the_gutter(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(120, 36)) as pilot:
        await wait_ready(app, pilot)
        pane = app.panes[0]
        width = pane.text_width
        await pilot.press("number_sign")
        await pilot.pause()
        assert pane.show_numbers and pane.gutter_width > 2 and pane.text_width < width
        assert pane.lines is not None and pane.lines.width == pane.text_width
        sid = sentence(app, 0, "Latin American media claim")
        await go(app, pilot, 0, sid)
        line = pane.lines.first_line[sid] - pane.scroll_offset.y
        assert pane.render_line(line).text.split()[0] == str(sid + 1)
        await pilot.press("number_sign")
        await pilot.pause()
        assert not pane.show_numbers and pane.text_width == width


async def test_an_empty_note_on_an_unmarked_sentence_marks_nothing(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(120, 36)) as pilot:
        await wait_ready(app, pilot)
        await go(app, pilot, 0, sentence(app, 0, "Latin American media claim"))
        await pilot.press("a")
        await pilot.pause()
        assert isinstance(app.screen, NoteDialog)
        await pilot.press("enter")
        await pilot.pause()
        assert app.marks == [] and not isinstance(app.screen, NoteDialog)
