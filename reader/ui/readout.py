"""What tests and bench/ read of the app's state and analysis, as properties of the app (a mixin)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..alignment import Alignment
    from ..document import Document
    from ..marks import Mark
    from ..quotes.model import QuoteReport
    from .analysis import AnalysisRunner
    from .background import AnalysisProcess
    from .state import ReadingState


class Readout:
    """Read-only views of `state` (the `ReadingState`) and `analysis` (the `AnalysisRunner`)."""

    state: ReadingState
    analysis: AnalysisRunner

    @property
    def docs(self) -> tuple[Document, Document] | None:
        return self.state.docs

    @property
    def alignment(self) -> Alignment | None:
        return self.state.alignment

    @property
    def marks(self) -> list[Mark]:
        return self.state.marks

    @property
    def quote_report(self) -> QuoteReport | None:
        return self.state.quote_report

    @property
    def analysis_mode(self) -> str | None:
        return self.analysis.mode

    @property
    def _worker(self) -> AnalysisProcess | None:
        return self.analysis.process
