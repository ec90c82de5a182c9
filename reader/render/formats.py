"""Every output format in one table per subject: name → file suffix and renderer.

`reader align --format`, `reader changes --format`, `reader quotes --format`, `reader export --format` and
the app's export take their choices from here, so a new format is one renderer (a module of
`reader.render`) plus one entry below.
Renderers are named, not imported, so that building the command line's parser stays cheap: a renderer's
module is imported when it is first used.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from importlib import import_module
from pathlib import PurePath
from typing import TYPE_CHECKING, Generic, Protocol, TypeVar, cast

if TYPE_CHECKING:
    from datetime import date

    from ..alignment import Alignment
    from ..changes.model import Change
    from ..document import Document
    from ..marks import Mark
    from ..quotes.model import QuoteReport

AlignmentRenderer = Callable[["Document", "Document", "Alignment"], str]
#: `reader changes`: the two documents and their changes.
ChangesRenderer = Callable[["Document", "Document", "Sequence[Change]"], str]


class QuotesRenderer(Protocol):
    """`reader quotes`: the report of one or two articles; `full` asks for every quote whole (a format that
    never cuts quotes, as JSON, ignores it)."""

    def __call__(self, report: QuoteReport, docs: list[Document], *, full: bool = False) -> str: ...


class ReportRenderer(Protocol):
    """The marks report: the marked pairs of two articles (and marked quote pairs when `quotes` is given, the
    fact-level changes when `changes` is)."""

    def __call__(self, left: Document, right: Document, alignment: Alignment, marks: Sequence[Mark], *,
                 today: date, quotes: QuoteReport | None = None,
                 changes: Sequence[Change] | None = None, every_link: bool = False) -> str: ...


R = TypeVar("R")


@dataclass(frozen=True, slots=True)
class Format(Generic[R]):
    """An output format: its name on the command line, the suffix of its files, and its renderer
    (`module:function` inside `reader.render`)."""

    name: str
    suffix: str
    renderer: str

    @property
    def render(self) -> R:
        module, function = self.renderer.split(":")
        return cast(R, getattr(import_module(f"{__package__}.{module}"), function))


def _table(*formats: Format[R]) -> dict[str, Format[R]]:
    return {f.name: f for f in formats}


#: `reader align`: every link of the pair.
ALIGNMENT: dict[str, Format[AlignmentRenderer]] = _table(
    Format("text", ".txt", "alignment:alignment_text"),
    Format("json", ".json", "alignment:alignment_json"),
    Format("md", ".md", "alignment:alignment_markdown"),
    Format("tsv", ".tsv", "alignment:alignment_tsv"),
)

#: `reader quotes`: speakers, quotes and cross-article matches.
QUOTES: dict[str, Format[QuotesRenderer]] = _table(
    Format("text", ".txt", "quotes:report_text"),
    Format("json", ".json", "quotes:report_json"),
)

#: `reader changes`: the fact-level differences of the pair.
CHANGES: dict[str, Format[ChangesRenderer]] = _table(
    Format("text", ".txt", "changes:changes_text"),
    Format("json", ".json", "changes:changes_json"),
    Format("md", ".md", "changes:changes_markdown"),
)

#: `reader export` and the app's `e`: the marked pairs, as a report. The first entry is the default.
REPORT: dict[str, Format[ReportRenderer]] = _table(
    Format("md", ".md", "marks_md:render_export"),
)


def for_path(formats: Mapping[str, Format[R]], path: str | PurePath) -> Format[R]:
    """The format whose suffix the file name has; the table's first (default) format otherwise."""
    suffix = PurePath(path).suffix.lower()
    for f in formats.values():
        if f.suffix == suffix:
            return f
    return next(iter(formats.values()))
