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


def test_time_paused_is_not_working_time() -> None:
    # 1 GiB read in 10 s of which 6 s were paused: the rate is 1 GiB in 4 s.
    p = Progress(phase="scanning", bytes_total=32 * GIB, bytes_done=GIB, paused=6)
    p.started -= 10
    assert 3.9 < p.elapsed < 4.1
    assert 120 < p.eta_seconds < 130


def test_a_token_counts_its_pauses_and_a_cancel_ends_one() -> None:
    import threading

    from triage_app.core.jobs import CancelToken
    from triage_app.errors import Cancelled

    token = CancelToken()
    token.hold()  # not paused: returns at once
    assert not token.paused and token.paused_seconds == 0
    token.pause()
    assert token.paused
    held = threading.Event()
    outcome: list[str] = []

    def worker() -> None:
        held.set()
        try:
            token.hold()
            outcome.append("went on")
        except Cancelled:
            outcome.append("cancelled")

    thread = threading.Thread(target=worker)
    thread.start()
    held.wait(5)
    assert not outcome and token.paused_seconds > 0
    token.cancel()
    thread.join(5)
    assert outcome == ["cancelled"] and not token.paused
    before = token.paused_seconds
    token.pause()  # a cancelled token is not paused again
    assert not token.paused and token.paused_seconds == before
