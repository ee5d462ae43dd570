"""Where a scan's files are read, hashed and analysed: threads, then processes on every core.

The analyzers' Python work (the crypto scan above all) holds the GIL, so threads in one process
use little more than one core. A scan that shows enough work (:data:`PROCESSES_AFTER_FILES`
files or :data:`PROCESSES_AFTER_BYTES` bytes listed) therefore starts worker processes. Each
opens the source itself, read-only, from its location (``open_source`` lists the same
addresses), builds the same analyzers and processes batches of entries; the scan lists, stores
in listing order and reports, as before. Threads go on while the processes start, so a small
scan never waits for them.

Cancel and pause reach the processes through shared flags (they hold within a file, as the
threads do), and a scan that fails stops them the same way; the bytes they read come back
through a shared counter for the progress. If the processes cannot start or one dies (a C
library crashing on hostile content), the batches they held are done again in threads and the
scan goes on in threads.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor, ThreadPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, replace
from functools import partial
from multiprocessing.context import ForkServerContext, SpawnContext
from multiprocessing.sharedctypes import Synchronized

import triage_app.analyzers  # noqa: F401  (registers every analyzer)
from triage_app.analyzers.base import Analyzer, build_analyzers
from triage_app.core.fenced import worker_context
from triage_app.core.jobs import CancelToken
from triage_app.core.records import ContentReader, Entry
from triage_app.engine.process import FileProcessor, FileResult
from triage_app.errors import Cancelled
from triage_app.evidence.source import Source, open_source

log = logging.getLogger(__name__)

THREADS = min(4, os.cpu_count() or 1)  # hashing and libmagic release the GIL
# Worker processes of a large scan (none on one core); each holds its own source handles,
# analyzers and photo parser, about 40 MB, and one scan job stores what they find.
PROCESSES = min(8, os.cpu_count() or 1)
PROCESSES_AFTER_FILES = 256
PROCESSES_AFTER_BYTES = 32 * 1024 * 1024
BATCH_FILES = 32  # entries sent to a process at once (one round trip each)
BATCH_BYTES = 8 * 1024 * 1024  # ... or fewer, when they hold this much content


class SharedToken:
    """What a worker process sees of the scan's :class:`CancelToken`: a pause and a cancel."""

    def __init__(self, ctx: ForkServerContext | SpawnContext) -> None:
        self._cancelled = ctx.Event()
        self._running = ctx.Event()
        self._running.set()
        self._state = "running"  # as last passed on (each change costs a lock and a wake-up)

    def follow(self, token: CancelToken) -> None:
        if token.cancelled:
            self.stop()
            return
        state = "paused" if token.paused else "running"
        if state == self._state or self._state == "stopped":
            return
        self._state = state
        if state == "paused":
            self._running.clear()
        else:
            self._running.set()

    def stop(self) -> None:
        """The workers stop within their files: the scan was cancelled, or failed."""
        if self._state != "stopped":
            self._state = "stopped"
            self._cancelled.set()
            self._running.set()

    def hold(self) -> None:
        self._running.wait()
        if self._cancelled.is_set():
            raise Cancelled("cancelled by the user")


@dataclass(slots=True)
class _Worker:
    """A worker process's own source handles and analyzers."""

    opener: Callable[[Entry], ContentReader]
    processor: FileProcessor
    token: SharedToken
    bytes_read: Synchronized


_worker: _Worker | None = None


def _start(location: str, analyzers: list[str], token: SharedToken, bytes_read: Synchronized,
           environ: dict[str, str]) -> None:
    """Initialise a worker process: the scan's environment (a forkserver started earlier has
    its own), the source opened anew, the analyzers built anew."""
    global _worker
    os.environ.clear()
    os.environ.update(environ)
    source = open_source(location)
    _worker = _Worker(source.content_opener(), FileProcessor(build_analyzers(analyzers)), token,
                      bytes_read)


def _started() -> None:
    """Nothing: its result says a worker has started."""


def _process(batch: list[tuple[Entry, bool]]) -> list[FileResult]:
    """Process (entry, has content) pairs in a worker; the entries come without openers."""
    worker = _worker
    assert worker is not None, "the worker was not initialised"

    def count(size: int) -> None:
        with worker.bytes_read.get_lock():
            worker.bytes_read.value += size

    results = []
    for entry, readable in batch:
        if readable:
            entry.opener = partial(worker.opener, entry)
        result = worker.processor.process(entry, worker.token, count)
        entry.opener = None  # not sent back (the scan keeps its own entry)
        results.append(result)
    return results


class FileWorkers:
    """Runs :meth:`FileProcessor.process` on a scan's entries; see the module documentation.

    :meth:`submit` takes a batch when :meth:`batch_full` says so and gives a future of its
    results in order; :meth:`results` waits for them (redoing a lost batch in threads).
    """

    def __init__(self, source: Source, analyzers: list[Analyzer], cancel: CancelToken,
                 on_bytes: Callable[[int], None]) -> None:
        self._source = source
        self._names = [a.name for a in analyzers]
        self._processor = FileProcessor(analyzers)
        self._cancel = cancel
        self._on_bytes = on_bytes
        self._threads = ThreadPoolExecutor(THREADS, thread_name_prefix="scan")
        self._local = threading.local()
        self._wanted = PROCESSES >= 2 and source.reopens_by_location
        self._processes: ProcessPoolExecutor | None = None
        self._started: Future[None] | None = None
        self._token: SharedToken | None = None
        self._bytes_read: Synchronized | None = None

    def __enter__(self) -> FileWorkers:
        return self

    def __exit__(self, kind: type[BaseException] | None, *exc: object) -> None:
        if kind is not None and self._token is not None:
            self._token.stop()  # the scan failed (the case drive ...): nothing more is stored
        self.close()

    @property
    def in_processes(self) -> bool:
        """Whether new batches go to worker processes."""
        started = self._started
        return (started is not None and started.done() and not started.cancelled()
                and started.exception() is None)

    def listed(self, files: int, size: int) -> None:
        """The listing has shown ``files`` entries holding ``size`` bytes: the processes start
        once it is enough."""
        if (self._wanted and self._processes is None
                and (files >= PROCESSES_AFTER_FILES or size >= PROCESSES_AFTER_BYTES)):
            self._start_processes()

    def batch_full(self, batch: list[Entry]) -> bool:
        if not self.in_processes:
            return True  # threads take one entry at a time
        return (len(batch) >= BATCH_FILES
                or sum(e.size for e in batch if e.has_content) >= BATCH_BYTES)

    def submit(self, batch: list[Entry]) -> Future[list[FileResult]]:
        if self.in_processes and self._processes is not None:
            try:
                return self._processes.submit(
                    _process, [(replace(e, opener=None), e.has_content) for e in batch])
            except (BrokenProcessPool, RuntimeError):
                self._lose()
        return self._threads.submit(self._in_threads, batch)

    def results(self, batch: list[Entry], future: Future[list[FileResult]],
                wait: Callable[[Future[list[FileResult]]], list[FileResult]]) -> list[FileResult]:
        """The batch's results, each with the scan's own entry; ``wait`` waits for a future
        (reporting progress meanwhile)."""
        try:
            results = wait(future)
        except BrokenProcessPool:
            self._lose()
            results = wait(self._threads.submit(self._in_threads, batch))
        for result, entry in zip(results, batch, strict=True):
            result.entry = entry
        return results

    def bytes_in_processes(self) -> int:
        return self._bytes_read.value if self._bytes_read is not None else 0

    def follow(self) -> None:
        """Pass the scan's pause or cancel on to the processes."""
        if self._token is not None:
            self._token.follow(self._cancel)

    def close(self) -> None:
        """Stop taking work and wait for what runs; after a cancel the processes stop within
        their files."""
        self.follow()
        self._threads.shutdown(wait=True, cancel_futures=True)
        if self._processes is not None:
            self._processes.shutdown(wait=True, cancel_futures=True)

    def _in_threads(self, batch: list[Entry]) -> list[FileResult]:
        opener = getattr(self._local, "opener", None)
        if opener is None:
            opener = self._local.opener = self._source.content_opener()
        return [self._processor.process(entry, self._cancel, self._on_bytes, opener)
                for entry in batch]

    def _start_processes(self) -> None:
        ctx = worker_context([__name__])
        self._token = SharedToken(ctx)
        self._bytes_read = ctx.Value("q", 0)
        try:
            self._processes = ProcessPoolExecutor(
                PROCESSES, mp_context=ctx, initializer=_start,
                initargs=(os.path.abspath(self._source.location), self._names, self._token,
                          self._bytes_read, dict(os.environ)))
            self._started = self._processes.submit(_started)
        except (OSError, RuntimeError, BrokenProcessPool):
            log.info("scan worker processes could not start; threads go on", exc_info=True)
            self._lose()

    def _lose(self) -> None:
        if self._wanted:
            log.info("scan worker processes lost; threads go on")
        self._wanted = False
        self._started = None
        if self._processes is not None:
            self._processes.shutdown(wait=False, cancel_futures=True)
