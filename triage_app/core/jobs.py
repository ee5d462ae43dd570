"""Progress reporting, pausing and cancellation for long work.

A job is a plain callable that takes a :class:`ProgressCallback` and a :class:`CancelToken`;
the CLI prints the progress, the GUI's worker adapter turns it into signals.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol

from triage_app.errors import Cancelled


class CancelToken:
    """Set once by the user (Ctrl-C, the Cancel button); checked by the job between units.

    It also carries a pause (the Pause button, Ctrl-Z): a job that checks :meth:`hold` waits
    there until resumed, and the time paused is kept so that rates and times left leave it out.
    A cancel ends a pause.
    """

    __slots__ = ("_event", "_running", "_lock", "_paused_at", "_paused_before")

    def __init__(self) -> None:
        self._event = threading.Event()
        self._running = threading.Event()
        self._running.set()
        self._lock = threading.Lock()
        self._paused_at: float | None = None
        self._paused_before = 0.0

    def cancel(self) -> None:
        self._event.set()
        self.resume()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def raise_if_cancelled(self) -> None:
        if self._event.is_set():
            raise Cancelled("cancelled by the user")

    def pause(self) -> None:
        with self._lock:
            if self._paused_at is None and not self._event.is_set():
                self._paused_at = time.monotonic()
                self._running.clear()

    def resume(self) -> None:
        with self._lock:
            if self._paused_at is not None:
                self._paused_before += time.monotonic() - self._paused_at
                self._paused_at = None
            self._running.set()

    @property
    def paused(self) -> bool:
        return not self._running.is_set()

    @property
    def paused_seconds(self) -> float:
        """How long the job has been paused so far, the pause going on included."""
        with self._lock:
            now = time.monotonic() - self._paused_at if self._paused_at is not None else 0.0
            return self._paused_before + now

    def hold(self) -> None:
        """Wait while paused; then raise Cancelled if the job was cancelled."""
        self._running.wait()
        self.raise_if_cancelled()


class Holding(Protocol):
    """What work inside a job checks between units: a :class:`CancelToken`, or its image in a
    worker process."""

    def hold(self) -> None: ...


ETA_MIN_ELAPSED = 3.0  # seconds read before a time left is shown
ETA_MIN_BYTES = 16 * 1024 * 1024  # ... and this much, or a twentieth of the total


@dataclass(slots=True)
class Progress:
    phase: str
    files_done: int = 0
    files_total: int | None = None
    bytes_done: int = 0
    bytes_total: int | None = None
    current: str = ""
    started: float = field(default_factory=time.monotonic)
    paused: float = 0.0  # seconds spent paused since ``started``: not working time

    @property
    def elapsed(self) -> float:
        """Seconds of work since ``started`` (the time paused left out)."""
        return max(0.0, time.monotonic() - self.started - self.paused)

    @property
    def rate(self) -> float:
        """Bytes per second so far."""
        elapsed = self.elapsed
        return self.bytes_done / elapsed if elapsed > 0 else 0.0

    @property
    def eta_seconds(self) -> float | None:
        """Seconds left from bytes done against bytes total; None while unknown, and at the
        start, while the rate so far (opening the source, the first chunk) says nothing yet."""
        if not self.bytes_total or self.bytes_done <= 0 or self.elapsed < ETA_MIN_ELAPSED:
            return None
        if self.bytes_done < min(ETA_MIN_BYTES, self.bytes_total // 20):
            return None
        rate = self.rate
        if rate <= 0:
            return None
        return max(0.0, (self.bytes_total - self.bytes_done) / rate)


ProgressCallback = Callable[[Progress], None]


def no_progress(_: Progress) -> None:
    """The progress callback for callers that do not show progress."""


class Throttle:
    """Calls the callback at most every ``interval`` seconds (and always when forced)."""

    __slots__ = ("_callback", "_interval", "_last")

    def __init__(self, callback: ProgressCallback, interval: float = 0.2) -> None:
        self._callback = callback
        self._interval = interval
        self._last = 0.0

    def __call__(self, progress: Progress, force: bool = False) -> None:
        now = time.monotonic()
        if force or now - self._last >= self._interval:
            self._last = now
            self._callback(progress)
