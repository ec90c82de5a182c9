"""The garbage collector paused while the interface starts, and resumed once its first screen is painted.

Importing Textual and building the screen allocate a few hundred thousand objects that live as long as the
app; the collector walked them about 170 times before the first paint (37 ms of a ~0.4 s start, measured with
`gc.callbacks`) and found next to nothing to free. `pause()` turns it off (`reader` calls it before importing
the interface, the app again when it is built); `resume()` freezes what is alive then (`gc.freeze()`: those
objects are never walked again, as `ui.analysis.freeze_heap` does for the documents later) and turns the
collector back on if it was on before. Both are idempotent; core code, no Textual here.
"""

from __future__ import annotations

import gc

#: Whether the collector was on when `pause()` turned it off (None: not paused now).
_was_enabled: bool | None = None


def pause() -> None:
    """Turn the collector off until `resume()` (a second call while paused changes nothing)."""
    global _was_enabled
    if _was_enabled is None:
        _was_enabled = gc.isenabled()
        gc.disable()


def resume() -> None:
    """Freeze the objects alive now and turn the collector back on if `pause()` found it on."""
    global _was_enabled
    if _was_enabled is None:
        return
    gc.freeze()
    if _was_enabled:
        gc.enable()
    _was_enabled = None
