"""What the app's mixins (`review_flow.ReviewActions`, `changes_flow.ChangesActions`) use of the app, declared
once for type checkers; `ReaderApp` provides all of it at run time."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .analysis import AnalysisRunner
    from .state import ReadingState, Side
    from .widgets.article_pane import ArticlePane
    from .widgets.reading_view import ReadingView


class AppParts:
    """The app's state, analysis, panes and the few methods the mixins call."""

    state: ReadingState
    analysis: AnalysisRunner
    active: Side
    #: Which re-alignment (and changes) request the app waits for; answers to older ones are dropped.
    _realign_generation = 0

    if TYPE_CHECKING:
        view: ReadingView
        panes: tuple[ArticlePane, ArticlePane]
        active_pane: ArticlePane

        def notify(self, message: str, *, title: str = "", severity: str = "information",
                   timeout: float | None = None, markup: bool = False) -> None: ...
        def _follow(self, side: Side, sid: int, extra: int | None = None) -> None: ...
