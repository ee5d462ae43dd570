"""The one adapter that runs core jobs off the GUI thread (a QRunnable on the global pool).

A job is a plain callable ``job(progress, cancel)`` from the core. Its progress reports and any
streamed items arrive on the GUI thread through signals; workers never touch widgets. Jobs that
write a case run one at a time (``exclusive=True`` queues them on a single-thread pool). Every
job started is tracked until it ends, so closing the window can cancel and await them all
(superqt's ``await_workers``).
"""

from __future__ import annotations

import gc
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from triage_app.core.jobs import CancelToken, Progress
from triage_app.errors import Cancelled

log = logging.getLogger(__name__)

Job = Callable[[Callable[[Progress], None], CancelToken], Any]


class JobSignals(QObject):
    progress = Signal(object)  # a copy of Progress
    items = Signal(list)  # streamed results, in batches
    succeeded = Signal(object)
    failed = Signal(object)  # the exception
    cancelled = Signal(object)  # the Cancelled exception: its outcome says what was kept
    finished = Signal()


class JobHandle:
    """What the page keeps: the signals to connect and the token to cancel."""

    def __init__(self) -> None:
        self.signals = JobSignals()
        self.cancel = CancelToken()
        self._batch: list[Any] = []
        self._lock = threading.Lock()
        self._last_flush = 0.0

    def emit_item(self, item: Any) -> None:
        """Called from the job's thread for each streamed result; batched to spare the GUI."""
        with self._lock:
            self._batch.append(item)
            if time.monotonic() - self._last_flush < 0.1:
                return
            batch, self._batch = self._batch, []
            self._last_flush = time.monotonic()
        self.signals.items.emit(batch)

    def flush(self) -> None:
        with self._lock:
            batch, self._batch = self._batch, []
        if batch:
            self.signals.items.emit(batch)


_running: set[JobHandle] = set()
_running_lock = threading.Lock()


def running_jobs() -> list[JobHandle]:
    with _running_lock:
        return list(_running)


def cancel_all() -> None:
    for handle in running_jobs():
        handle.cancel.cancel()


def wait_for_all(timeout_ms: int = 30000) -> bool:
    """Block until every job has ended (True), or the time is up (False)."""
    pools = [QThreadPool.globalInstance()] + ([_exclusive_pool] if _exclusive_pool else [])
    deadline = time.monotonic() + timeout_ms / 1000
    for pool in pools:
        left = max(0, int((deadline - time.monotonic()) * 1000))
        if not pool.waitForDone(left):
            return False
    return True


class _Runnable(QRunnable):
    def __init__(self, job: Job, handle: JobHandle) -> None:
        super().__init__()
        self._job = job
        self._handle = handle

    def run(self) -> None:
        handle = self._handle
        signals = handle.signals
        try:
            result = self._job(lambda p: signals.progress.emit(_copy(p)), handle.cancel)
        except Cancelled as exc:
            handle.flush()
            signals.cancelled.emit(exc)
        except BaseException as exc:  # noqa: BLE001 - reported to the GUI thread, never lost
            log.debug("job failed", exc_info=True)
            handle.flush()
            signals.failed.emit(exc)
        else:
            handle.flush()
            signals.succeeded.emit(result)
        finally:
            with _running_lock:
                _running.discard(handle)
            signals.finished.emit()


def _copy(p: Progress) -> Progress:
    return replace(p)


_exclusive_pool: QThreadPool | None = None


def start_job(job: Job, handle: JobHandle, *, exclusive: bool = False) -> JobHandle:
    """Run ``job`` on a worker thread. Connect to ``handle.signals`` first: the job may emit
    as soon as it starts."""
    global _exclusive_pool
    if exclusive:
        if _exclusive_pool is None:
            _exclusive_pool = QThreadPool()
            _exclusive_pool.setMaxThreadCount(1)
            _exclusive_pool.setExpiryTimeout(-1)  # one thread for the case, kept
        pool = _exclusive_pool
    else:
        pool = QThreadPool.globalInstance()
    with _running_lock:
        _running.add(handle)
    _freeze_what_lives()
    pool.start(_Runnable(job, handle))
    return handle


_frozen = False


def _freeze_what_lives() -> None:
    """Before the first job: what lives then lives as long as the app (the window, the modules
    and data loaded), so it is taken out of the garbage collector's reach once. A full
    collection during a scan then walks only what came after: with all of it, one took 90 ms
    of the GUI thread mid-scan. Once only, so that nothing that dies later is kept."""
    global _frozen
    if not _frozen:
        _frozen = True
        gc.collect()
        gc.freeze()
