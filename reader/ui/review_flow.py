"""Marking, noting and correcting the alignment from the keyboard: the review keys, mixed into the app.

- Space marks the pair under the cursor, or a sentence only one article has ("only in the retelling / in
  the source"); a quote pair is marked from the sidebar.
- `=` starts a link at the sentence under the cursor and moves to the other pane in a "pick" mode (the detail
  strip says what is needed, the footer shows the keys, Esc cancels); `=` or Enter there links the picked
  sentences (a manual link) and the cursor returns to where the link started.
- `+` grows a link (n:m): on a linked sentence it starts a pick from that whole link; in pick mode it adds
  the sentence under the cursor (either pane; `+` again takes it out) and keeps picking.
- `x` removes the link(s) of the sentence (a list asks which when it has several), remembered as rejected.
- `v` confirms the links of the sentence; `u` undoes the last correction or mark change (many levels).
- `a` attaches a one-line note to the sentence's mark (marking it first); `#` shows sentence numbers.

Every correction shows at once (`review.preview`), is saved with the marks, and the aligner runs again with
the corrections as constraints, off the interface's thread (`AnalysisRunner.realign`); the answer replaces
the preview unless a newer correction was made meanwhile.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar

from textual import work
from textual.binding import Binding, BindingType

from ..alignment import sentence_numbers
from ..errors import ReaderError
from ..marks import NOTE_MAX_CHARS
from ..review.corrections import LinkPair
from .app_parts import AppParts
from .messages import QuoteMarkToggled, Realigned
from .state import SIDE_LETTERS, SIDE_NAMES, Side, other_side

if TYPE_CHECKING:
    from textual.app import App

    from ..alignment import Link
    from ..review.corrections import Step
    from .state import ReadingState
    from .widgets.detail_strip import DetailStrip

REVIEW_BINDINGS: list[BindingType] = [
    Binding("equals_sign", "link", "Link", id="link", key_display="=",
            tooltip="Link: start a link here; in the other pane = or Enter makes it (Esc cancels)"),
    Binding("plus", "grow_link", "Add to link", id="link-grow", key_display="+", show=False,
            tooltip="Grow the link here by a sentence (n:m); while linking, add this sentence too"),
    Binding("enter", "pick_here", "Link here", id="link-here", key_display="Enter", show=False,
            tooltip="While linking: link the picked sentences with this one"),
    Binding("escape", "cancel_pick", "Cancel link", id="link-cancel", key_display="Esc",
            tooltip="While linking: cancel the link being made"),
    Binding("x", "unlink", "Unlink", id="unlink", show=False,
            tooltip="Remove the link here (asks which, if several); it is never proposed again"),
    Binding("v", "confirm", "Confirm", id="confirm", show=False,
            tooltip="Confirm the link here (checked by a person)"),
    Binding("u", "undo", "Undo", id="undo", show=False,
            tooltip="Undo the last correction or mark change (many levels)"),
    Binding("a", "note", "Note", id="note", show=False,
            tooltip="A one-line note on the mark here (marks it first); empty removes it"),
    Binding("number_sign", "toggle_numbers", "Numbers", id="numbers-toggle", key_display="#", show=False,
            tooltip="Show or hide sentence numbers in the gutter (as reader align counts)"),
]

#: While a link is being made these keys wait (the pick ends with =, Enter or Esc).
BUSY_WHILE_PICKING = {"unlink", "confirm", "undo", "note", "toggle_mark", "export"}
PICK_ONLY = {"pick_here", "cancel_pick"}


@dataclass(slots=True)
class Pick:
    """A link being made: where it started, the sentences picked on each side, the link it grows from."""

    side: Side
    sentence: int
    ids: tuple[set[int], set[int]] = field(default_factory=lambda: (set(), set()))
    replaces: LinkPair | None = None


def link_label(link: Link, state: ReadingState, width: int = 30) -> str:
    """One line naming a link: sentence numbers, status, score and the start of its left side."""
    assert state.docs is not None
    text = state.docs[0].text_of(link.left)
    start = text if len(text) <= width else text[:width] + "…"
    return (f"L {sentence_numbers(link.left)} ↔ R {sentence_numbers(link.right)} · {link.status} "
            f"{link.score:.2f} · {start}")


class ReviewActions(AppParts):
    """The review keys of `ReaderApp` (a mixin before `App`; its bindings are `REVIEW_BINDINGS`)."""

    REVIEW_BINDINGS: ClassVar[list[BindingType]] = REVIEW_BINDINGS
    detail: DetailStrip
    ready: bool
    show_numbers: bool
    pick: Pick | None = None

    if TYPE_CHECKING:  # the app's, used here (besides `AppParts`)
        def _update_detail(self) -> None: ...
        def find_changes(self) -> None: ...
        def action_switch_pane(self) -> None: ...
        def refresh_bindings(self) -> None: ...

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Pick-mode keys only while a link is being made; keys that change marks or links wait for it."""
        if action in PICK_ONLY:
            return self.pick is not None
        if self.pick is not None and action in BUSY_WHILE_PICKING:
            return None
        return True

    def _cursor(self) -> int | None:
        """The sentence under the active cursor, when the alignment is there to correct (else says why)."""
        if not self.ready:
            self.notify("The alignment is still being computed.", severity="warning")
            return None
        return self.active_pane.cursor

    # ----------------------------------------------------------------- making a link
    def action_link(self) -> None:
        sid = self._cursor()
        if sid is None:
            return
        if self.pick is None:
            self._start_pick(Pick(self.active, sid))
        else:
            self._add_to_pick(sid, finish=True)

    def action_pick_here(self) -> None:
        if self.pick is not None and (sid := self._cursor()) is not None:
            self._add_to_pick(sid, finish=True)

    def action_grow_link(self) -> None:
        sid = self._cursor()
        if sid is None:
            return
        if self.pick is not None:
            self._add_to_pick(sid, finish=False)
            return
        links = self.state.current_links(self.active, sid)
        if not links:
            self.notify("This sentence has no link to grow: = starts a new one.", severity="warning")
            return
        self._choose_link(links, "Grow which link?", self._grow)

    def _grow(self, link: Link) -> None:
        assert self.active_pane.cursor is not None
        pick = Pick(self.active, self.active_pane.cursor, (set(link.left), set(link.right)),
                    LinkPair.of(link.left, link.right))
        self._start_pick(pick)

    def _start_pick(self, pick: Pick) -> None:
        if not self._linkable(pick.side, pick.sentence):
            return
        pick.ids[pick.side].add(pick.sentence)
        self.pick = pick
        self._show_pick()
        self.action_switch_pane()

    def _linkable(self, side: Side, sid: int) -> bool:
        assert self.state.docs is not None
        if not self.state.docs[side].sentences[sid].alignable:
            self.notify("Page chrome is not aligned: it cannot be linked.", severity="warning")
            return False
        return True

    def _add_to_pick(self, sid: int, *, finish: bool) -> None:
        pick = self.pick
        assert pick is not None
        side = self.active
        if not self._linkable(side, sid):
            return
        ids = pick.ids[side]
        if not finish and sid in ids and len(ids) > 1:
            ids.discard(sid)  # `+` on a picked sentence takes it out again
        else:
            ids.add(sid)
        if finish:
            if not pick.ids[other_side(pick.side)]:
                self.notify(f"Pick a sentence in the {SIDE_NAMES[other_side(pick.side)]} article "
                            "(Tab switches panes).", severity="warning")
                return
            self._finish_pick(pick)
            return
        self._show_pick()

    def _finish_pick(self, pick: Pick) -> None:
        self.action_cancel_pick(quiet=True)
        left, right = tuple(sorted(pick.ids[0])), tuple(sorted(pick.ids[1]))
        self._return_to(pick)
        step = self.state.link(left, right, pick.replaces)
        self._corrected(step, f"Linked L {sentence_numbers(left)} ↔ R {sentence_numbers(right)} (manual).",
                        "These sentences are linked so already.")

    def action_cancel_pick(self, quiet: bool = False) -> None:
        """End the pick mode; Esc (not `quiet`) also takes the cursor back to where the link started."""
        pick = self.pick
        if pick is None:
            return
        self.pick = None
        for pane in self.panes:
            pane.set_picked(())
        self.detail.picking = ""
        self.refresh_bindings()
        if not quiet:
            self._return_to(pick)
            self.notify("Link cancelled.")

    def _return_to(self, pick: Pick) -> None:
        if self.active != pick.side:
            self.action_switch_pane()
        self.panes[pick.side].move_cursor(pick.sentence, center=True)

    def _show_pick(self) -> None:
        pick = self.pick
        assert pick is not None
        for side, pane in enumerate(self.panes):
            pane.set_picked(pick.ids[side])
        there = SIDE_NAMES[other_side(pick.side)]
        chosen = " ".join(f"{SIDE_LETTERS[n]} {sentence_numbers(pick.ids[n])}" for n in (0, 1) if pick.ids[n])
        self.detail.picking = (f"LINKING {chosen}: pick in the {there} article, = or Enter links · "
                               "+ adds a sentence · Esc cancels")
        self.refresh_bindings()

    # ----------------------------------------------------------------- removing, confirming, undoing
    def action_unlink(self) -> None:
        sid = self._cursor()
        if sid is None:
            return
        links = self.state.current_links(self.active, sid)
        if not links:
            self.notify("This sentence has no link to remove.", severity="warning")
            return
        self._choose_link(links, "Remove which link?", self._unlink)

    def _unlink(self, link: Link) -> None:
        step = self.state.unlink(link)
        where = f"L {sentence_numbers(link.left)} ↔ R {sentence_numbers(link.right)}"
        self._corrected(step, f"Link {where} removed; it will not be proposed again (u undoes).", "")

    def action_confirm(self) -> None:
        sid = self._cursor()
        if sid is None:
            return
        links = self.state.current_links(self.active, sid)
        if not links:
            self.notify("This sentence has no link to confirm.", severity="warning")
            return
        steps = [self.state.confirm(link) for link in links if link.status == "auto"]
        if not steps:
            self.notify("Already checked: a person made or confirmed this link.")
            return
        self._corrected(steps[-1], "Link confirmed." if len(steps) == 1 else f"{len(steps)} links confirmed.",
                        "")

    def action_undo(self) -> None:
        step = self.state.undo()
        if step is None:
            self.notify("Nothing to undo.")
            return
        what = {"link": "link", "unlink": "removed link", "confirm": "confirmation", "marks": "mark change"}
        self._corrected(step, f"Undone: {what[step.kind]}.", "")

    def _choose_link(self, links: list[Link], question: str, then: Callable[[Link], None]) -> None:
        """`then(link)` with the only link, or with the one the user picks from a list."""
        if len(links) == 1:
            then(links[0])
            return

        def chosen(index: int | None) -> None:
            if index is not None:
                then(links[index])

        items = [link_label(link, self.state) for link in links]
        from .dialogs.choice import ChoiceDialog  # dialogs are imported when first used, not at start-up

        self.push_screen(ChoiceDialog("Links", question, items), chosen)  # type: ignore[attr-defined]

    # ----------------------------------------------------------------- marks
    def action_toggle_mark(self) -> None:
        cursor = self._cursor()
        if cursor is None:
            return
        marked = self.state.toggle_mark(self.active, cursor)
        if marked is None:
            self.notify("This sentence is not aligned (a heading or page chrome): nothing to mark.",
                        severity="warning")
            return
        if not self.state.current_links(self.active, cursor):
            where = ("only in the retelling (left)", "only in the source (right)")[self.active]
            self.notify(f"Marked: {where}." if marked else "Unmarked.")
        self._marks_changed()

    def on_quote_mark_toggled(self, message: QuoteMarkToggled) -> None:
        """Mark a quote pair (kind "quote", quote ids); a quote only in one article cannot be marked."""
        marked = self.state.toggle_quote_mark(message.quote_id)
        if marked is None:
            self.notify("This quote has no counterpart in the other article: there is no pair to mark.",
                        severity="warning")
            return
        self.notify("Quote pair marked; e exports it with the marked alignments." if marked
                    else "Quote pair unmarked.")
        self._marks_changed()

    def _marks_changed(self) -> bool:
        """Save the marks and corrections at once (merged with another window's on the same pair), then show
        the marks (panes, sidebar, detail strip). True when the save brought another window's corrections
        (the caller aligns again)."""
        corrections = self.state.review.corrections
        try:
            self.state.save()
        except ReaderError as exc:
            self.notify(str(exc), title="Marks not saved", severity="error", timeout=10)
        self.view.show_marks()
        self._update_detail()
        if self.state.review.corrections == corrections:
            return False
        self._realign()
        return True

    def _realign(self) -> None:
        self._realign_generation += 1
        self.analysis.realign(self.state.review.corrections.constraints(), self._realign_generation)

    # ----------------------------------------------------------------- notes and numbers
    @work(group="note")
    async def action_note(self) -> None:
        sid = self._cursor()
        if sid is None:
            return
        side = self.active
        if not self.state.wanted_marks(side, sid):
            self.notify("This sentence is not aligned (a heading or page chrome): nothing to note.",
                        severity="warning")
            return
        linked = bool(self.state.current_links(side, sid))
        what = "this pair" if linked else f"{SIDE_NAMES[side]} sentence {sid + 1}"
        app: App[None] = self  # type: ignore[assignment]
        from .dialogs.prompt import NoteDialog

        note = await app.push_screen_wait(NoteDialog(what, self.state.note_at(side, sid), NOTE_MAX_CHARS))
        marked_before = bool(self.state.marks_at(side, sid))
        if note is None or not (note or marked_before):
            return  # cancelled, or no note for a sentence that is not marked
        self.state.set_note(side, sid, note)
        self._marks_changed()
        if not note:
            self.notify("Note removed.")
        else:
            self.notify("Note saved." if marked_before else "Marked, with the note.")

    def action_toggle_numbers(self) -> None:
        self.show_numbers = not self.show_numbers

    # ----------------------------------------------------------------- after a correction
    def _corrected(self, step: Step | None, done: str, nothing: str) -> None:
        """Show and save a correction (or a mark change undone), then align again if the links changed."""
        if step is None:
            if nothing:
                self.notify(nothing)
            return
        self.notify(done)
        merged = self._marks_changed()  # saves marks and corrections together (and re-aligns if merged)
        self.view.show_alignment()
        cursor = self.active_pane.cursor
        if cursor is not None:
            self._follow(self.active, cursor)
        if step.before != step.after and not merged:
            self._realign()

    def on_realigned(self, message: Realigned) -> None:
        """The aligner's answer to the latest correction replaces the preview (older answers are stale)."""
        if message.generation != self._realign_generation:
            return
        self.state.set_alignment(message.alignment)
        self.find_changes()
        self.view.show_alignment()
        cursor = self.active_pane.cursor
        if cursor is not None:
            self._follow(self.active, cursor)
