"""Builders shared by the tests: documents from raw text, hand-made documents with chosen sentence kinds, and
the app that records what it told the user.

The document builders are fixtures that return the builder, so a test asks for `text_doc` or `kinds_doc` by
name; `RecordingApp` and `wait_ready` are imported (`from conftest import RecordingApp, wait_ready`) because
tests subclass the app.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import pytest
from hypothesis import settings

from reader.document import Document, Paragraph, ParagraphKind, Sentence
from reader.ingest.raw import RawArticle
from reader.text.load import build_document
from reader.ui.app import ReaderApp

# Property tests draw the same examples in every run (derandomize: seeded from each test's own code), so CI
# cannot fail on an example no earlier run saw, and read no saved examples (no database). Another profile
# explores fresh random examples: HYPOTHESIS_PROFILE=explore pytest tests/test_align_properties.py
settings.register_profile("ci", derandomize=True, database=None, print_blob=True)
settings.register_profile("explore", derandomize=False, print_blob=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

TextDoc = Callable[..., Document]
KindsDoc = Callable[..., Document]


def build_text_doc(text: str, source: str = "t.txt") -> Document:
    """A document built from raw text exactly as `reader` builds a file's (layout, chrome, segmentation)."""
    return build_document(RawArticle(source=source, text=text))


def build_kinds_doc(paragraphs: Sequence[Sequence[tuple[str, ParagraphKind]]], source: str = "doc.txt",
                    title: str = "T") -> Document:
    """A hand-made document: paragraphs of (sentence text, kind), sentences joined by one space, paragraphs
    by a blank line. A paragraph whose sentences are all chrome is a chrome paragraph."""
    text = ""
    paras: list[Paragraph] = []
    sentences: list[Sentence] = []
    for p_id, sents in enumerate(paragraphs):
        if p_id:
            text += "\n\n"
        start = len(text)
        for n, (sentence, kind) in enumerate(sents):
            if n:
                text += " "
            end = len(text) + len(sentence)
            sentences.append(Sentence(len(sentences), len(text), end, sentence, p_id, kind))
            text += sentence
        para_kind: ParagraphKind = "chrome" if sents and all(k == "chrome" for _, k in sents) else "body"
        paras.append(Paragraph(p_id, start, len(text), para_kind))
    return Document(source, title, text, paras, sentences)


@pytest.fixture(autouse=True)
def _own_config_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every test reads and writes settings (the remembered theme) in a fresh directory of its own, never the
    user's: the app would otherwise start in the user's theme and save the themes a test picks. The same for
    the session store."""
    monkeypatch.setenv("READER_CONFIG_DIR", str(tmp_path_factory.mktemp("config")))
    # ... and sessions (marks and corrections, which `reader align` applies) in one of its own too.
    monkeypatch.setenv("READER_DATA_DIR", str(tmp_path_factory.mktemp("data")))


@pytest.fixture
def text_doc() -> TextDoc:
    """`text_doc(text, source="t.txt")`: a document built from raw text."""
    return build_text_doc


@pytest.fixture
def kinds_doc() -> KindsDoc:
    """`kinds_doc([[(sentence, kind), ...], ...])`: a hand-made document with chosen sentence kinds."""
    return build_kinds_doc


class RecordingApp(ReaderApp):
    """The app, recording each notification as (severity, message): what the user was told."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.messages: list[tuple[str, str]] = []  # first: the app's `__init__` may already warn (settings)
        super().__init__(*args, **kwargs)

    def notify(self, message: str, *args: Any, severity: str = "information", **kwargs: Any) -> None:
        self.messages.append((severity, message))
        super().notify(message, *args, severity=severity, **kwargs)


async def wait_ready(app: ReaderApp, pilot: Any, rounds: int = 300) -> None:
    """Wait (up to `rounds` x 20 ms) until the alignment, the quotes and the changes have arrived."""
    for _ in range(rounds):
        await pilot.pause(0.02)
        if app.ready and app.quotes_done and app.state.changes is not None:
            break
    await pilot.pause()
    assert app.ready


SMALL_LEFT = ("The council approved the new budget on Monday. Schools get more money. "
              "Critics said the plan was rushed.\n")
SMALL_RIGHT = ("On Monday the council approved the new budget. Schools get more money. "
               "The mayor welcomed the vote.\n")


def write_pair(folder: Any, left: str = "left", right: str = "right") -> tuple[Any, Any]:
    """Two small articles that align in a fraction of a second: `folder/left` and `folder/right`."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / left).write_text(SMALL_LEFT, encoding="utf-8")
    (folder / right).write_text(SMALL_RIGHT, encoding="utf-8")
    return folder / left, folder / right


async def export_into(pilot: Any, out_dir: Path) -> None:
    """Press `e`, check the export dialog opened, create `out_dir` (where the proposed name points) and accept
    the proposed name."""
    from reader.ui.dialogs.prompt import ExportDialog

    await pilot.press("e")
    await pilot.pause()
    assert isinstance(pilot.app.screen, ExportDialog)
    out_dir.mkdir()
    await pilot.press("enter")
    await pilot.pause()
