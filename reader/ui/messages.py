"""Every custom message of the interface, in one place (worker results and pane events)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from textual.message import Message

from ..alignment import Alignment
from ..document import Document

if TYPE_CHECKING:
    from ..changes.model import Change
    from ..quotes.model import QuoteReport
    from ..session import SessionLoad, SessionStore
    from .state import Side


class DocumentsLoaded(Message):
    """The worker read and segmented both articles; the panes can show text before alignment ends."""

    def __init__(self, left: Document, right: Document, store: SessionStore, session: SessionLoad) -> None:
        super().__init__()
        self.left = left
        self.right = right
        self.store = store
        self.session = session  # saved marks, and a warning if the session file was bad


class AlignmentReady(Message):
    """The worker aligned the two documents."""

    def __init__(self, alignment: Alignment, seconds: float) -> None:
        super().__init__()
        self.alignment = alignment
        self.seconds = seconds


class Realigned(Message):
    """The aligner ran again with the person's corrections (`generation`: which request this answers)."""

    def __init__(self, alignment: Alignment, generation: int, seconds: float) -> None:
        super().__init__()
        self.alignment = alignment
        self.generation = generation
        self.seconds = seconds


class ChangesReady(Message):
    """The fact-level changes of the alignment of `generation` (0: the first alignment)."""

    def __init__(self, changes: list[Change] | None, generation: int, note: str = "") -> None:
        super().__init__()
        self.changes = changes
        self.generation = generation
        self.note = note


class QuotesReady(Message):
    """The quote report for the sidebar (`None` when the quotes module is not available)."""

    def __init__(self, report: QuoteReport | None, note: str = "") -> None:
        super().__init__()
        self.report = report
        self.note = note


class AnalysisFailed(Message):
    """A background stage (reading, alignment) failed unexpectedly: an error notification, panes stay."""

    def __init__(self, stage: str, message: str) -> None:
        super().__init__()
        self.stage = stage
        self.message = message


class LoadFailed(Message):
    """Bad input: shown in an error dialog, then the app quits with exit code 2."""

    def __init__(self, message: str) -> None:
        super().__init__()
        self.message = message


class CursorMoved(Message):
    """The cursor of a pane landed on a sentence. Rapid moves coalesce: only the latest one matters.

    Posted only by a pane without a `cursor_listener` (a pane used on its own); `ReaderApp` sets the listener,
    which saves a frame per move, and does not handle this message."""

    def __init__(self, side: Side, sentence_id: int) -> None:
        super().__init__()
        self.side = side
        self.sentence_id = sentence_id

    def can_replace(self, message: Message) -> bool:
        return isinstance(message, CursorMoved) and message.side == self.side


@dataclass(frozen=True, slots=True)
class QuoteTarget:
    """Where a selected quote lives: the pane side and the sentence holding it."""

    side: Side
    sentence_id: int


class QuoteSelected(Message):
    """A quote was chosen in the sidebar: move the cursor there (the app follows the alignment)."""

    def __init__(self, target: QuoteTarget, counterpart: QuoteTarget | None) -> None:
        super().__init__()
        self.target = target
        self.counterpart = counterpart


class ChangeSelected(Message):
    """A change chosen in the sidebar's Changes list: both panes go to its sentences."""

    def __init__(self, change: Change) -> None:
        super().__init__()
        self.change = change


class PaneScrolled(Message):
    """The user scrolled a pane with the wheel; with linking on, the other pane follows."""

    def __init__(self, side: Side) -> None:
        super().__init__()
        self.side = side

    def can_replace(self, message: Message) -> bool:
        return isinstance(message, PaneScrolled) and message.side == self.side


class QuoteMarkToggled(Message):
    """The user asked to mark (or unmark) the pair a quote belongs to, from the sidebar."""

    def __init__(self, quote_id: int) -> None:
        super().__init__()
        self.quote_id = quote_id
