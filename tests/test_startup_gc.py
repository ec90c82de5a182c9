"""The collector paused during start-up comes back as it was (`reader.startup_gc`)."""

from __future__ import annotations

import gc

from reader import startup_gc


def test_pause_and_resume_restore_the_collector() -> None:
    assert gc.isenabled()
    startup_gc.pause()
    startup_gc.pause()  # idempotent
    assert not gc.isenabled()
    startup_gc.resume()
    assert gc.isenabled()
    startup_gc.resume()  # nothing paused: nothing changes
    assert gc.isenabled()
    gc.unfreeze()


def test_a_collector_off_before_stays_off() -> None:
    gc.disable()
    try:
        startup_gc.pause()
        startup_gc.resume()
        assert not gc.isenabled()
    finally:
        gc.enable()
        gc.unfreeze()
