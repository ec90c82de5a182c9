"""Resolved text styles of the article pane: component classes combined, blended and held to a contrast floor.

Textual's partial component styles drop the alpha of a colour (`$foreground 60%` becomes plain foreground)
and resolve `auto` colours against no background at all (`$text-muted` came out white on light grey). The
pane combines its classes here instead: backgrounds are composited in order over the pane's own, the last
colour wins and is blended over the final background (an `auto` colour takes the contrasting black or white
there), text styles add up. Every colour still comes from `styles/app.tcss`, that is from the theme's
variables; the floor (WCAG contrast ratio, 4.5 for text, 3 for gutter signs and page chrome) only darkens
or lightens a foreground that a theme leaves too faint, so that no built-in or user theme makes a text
unreadable.

In a native ANSI theme the terminal decides the colours; they are used as they are (no blending, no floor).
"""

from __future__ import annotations

from rich.style import Style
from textual.color import BLACK, WHITE, Color
from textual.widget import Widget

#: WCAG 2 minimum contrast ratios: body-sized text, and non-text signs (the gutter).
TEXT_CONTRAST = 4.5
SIGN_CONTRAST = 3.0
#: Page chrome (menus, teasers) shown on request is meant to recede: the floor for non-text applies.
FAINT_CONTRAST = 3.0


def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4


def relative_luminance(color: Color) -> float:
    return 0.2126 * _channel(color.r) + 0.7152 * _channel(color.g) + 0.0722 * _channel(color.b)


def contrast_ratio(a: Color, b: Color) -> float:
    """The WCAG 2 contrast ratio of two opaque colours, 1 to 21."""
    la, lb = relative_luminance(a), relative_luminance(b)
    return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)


def with_contrast(fg: Color, bg: Color, minimum: float) -> Color:
    """`fg`, moved towards black or white (whichever contrasts more with `bg`) just enough to reach
    `minimum` against `bg`; unchanged when it already does."""
    if contrast_ratio(fg, bg) >= minimum:
        return fg
    extreme = BLACK if contrast_ratio(BLACK, bg) >= contrast_ratio(WHITE, bg) else WHITE
    low, high = 0.0, 1.0
    for _ in range(12):  # bisection on the blend factor: 1/4096 is finer than one step of a channel
        mid = (low + high) / 2
        if contrast_ratio(fg.blend(extreme, mid, 1.0), bg) >= minimum:
            high = mid
        else:
            low = mid
    return fg.blend(extreme, high, 1.0)


class PaneLook:
    """The pane's resolved styles per combination of component classes, cached until the styles change."""

    def __init__(self, widget: Widget) -> None:
        self.widget = widget
        self._cache: dict[tuple[tuple[str, ...], float], Style] = {}

    def clear(self) -> None:
        self._cache.clear()

    def style(self, names: tuple[str, ...] = (), minimum: float = TEXT_CONTRAST) -> Style:
        """The style of text with these component classes (in order of precedence, lowest first)."""
        key = (names, minimum)
        style = self._cache.get(key)
        if style is None:
            style = self._cache[key] = self._resolve(names, minimum)
        return style

    def _resolve(self, names: tuple[str, ...], minimum: float) -> Style:
        widget = self.widget
        if widget.app.native_ansi_color:  # the terminal's palette: nothing to blend or measure
            style = widget.rich_style
            for name in names:
                style += widget.get_component_rich_style(name, partial=True)
            return style
        _, _, bg, fg = widget.colors
        color: Color | None = None
        text_style = Style()
        for name in names:
            styles = widget.get_component_styles(name)
            if styles.has_rule("background"):
                bg = bg + styles.background
            if styles.has_rule("color"):
                color = styles.color
            text_style += styles.text_style
        if color is not None:
            fg = bg.get_contrast_text(color.a) if color.auto else color
        fg = with_contrast(bg + fg, bg, minimum)
        return Style(color=fg.rich_color, bgcolor=bg.rich_color) + text_style
