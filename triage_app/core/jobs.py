"""Progress reporting and cancellation for long work.

A job is a plain callable that takes a :class:`ProgressCallback` and a :class:`CancelToken`;
the CLI prints the progress, the GUI's worker adapter turns it into signals.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from triage_app.errors import Cancelled


class CancelToken:
    """Set once by the user (Ctrl-C, the Cancel button); checked by the job between units."""

    __slots__ = ("_event",)

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def raise_if_cancelled(self) -> None:
        if self._event.is_set():
            raise Cancelled("cancelled by the user")


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

    @property
    def elapsed(self) -> float:
        return time.monotonic() - self.started

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
