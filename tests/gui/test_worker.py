"""The job adapter takes what lives at the first job out of the collector's reach, once."""

from __future__ import annotations

import gc

from triage_app.gui import worker


def _run(qtbot) -> None:
    handle = worker.JobHandle()
    with qtbot.waitSignal(handle.signals.finished, timeout=10_000):
        worker.start_job(lambda progress, cancel: None, handle)


def test_what_lives_at_the_first_job_is_frozen_once(qtbot) -> None:
    _run(qtbot)
    frozen = gc.get_freeze_count()
    assert frozen > 0  # the window, the modules: a full collection mid-job skips them
    _run(qtbot)
    assert gc.get_freeze_count() == frozen  # what comes and goes later is collected as ever
