"""Progress: a time left is shown only once the rate so far means something."""

from __future__ import annotations

from triage_app.core.jobs import Progress

GIB = 1024 ** 3


def test_no_eta_at_the_start_of_a_scan() -> None:
    # Half a second in, the first MiB of 32 GiB read: the rate says nothing yet (this once
    # showed "ETA 57974 s").
    p = Progress(phase="scanning", bytes_total=32 * GIB, bytes_done=1024 ** 2)
    p.started -= 0.5
    assert p.eta_seconds is None


def test_no_eta_after_a_long_wait_for_little_data() -> None:
    p = Progress(phase="scanning", bytes_total=32 * GIB, bytes_done=4096)
    p.started -= 10  # opening a slow device took a while
    assert p.eta_seconds is None


def test_eta_once_enough_has_been_read() -> None:
    p = Progress(phase="scanning", bytes_total=32 * GIB, bytes_done=GIB)
    p.started -= 10  # 1 GiB in 10 s: 31 GiB left take about 310 s
    assert 300 < p.eta_seconds < 320


def test_eta_for_a_small_source_once_a_twentieth_is_read() -> None:
    p = Progress(phase="hashing", bytes_total=1000, bytes_done=500)
    p.started -= 10
    assert 9 < p.eta_seconds < 11
