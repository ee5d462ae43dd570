"""Small files read whole and hashed, in worker processes when there are many.

A small file costs more Python work (listing, opening, bookkeeping, all holding the GIL) than
hashing, so threads hashing small files mostly wait on each other and one core does the job.
Worker processes each read and hash a batch of whole files and hand back only the digests;
the parent lists, orders and reports. If they cannot start or die, threads take over.
"""

from __future__ import annotations

import os
import threading
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import NamedTuple

from triage_app.core.fenced import worker_context
from triage_app.core.readonly import open_readonly
from triage_app.engine.hashing import hash_bytes

# A file this small is read whole in one call (below the allocator's mmap threshold, so the
# read buffer costs no page faults).
WHOLE_READ = 64 * 1024
HEAD = 8  # bytes handed back with the digests: enough to tell an E01 from a plain file


class WholeFile(NamedTuple):
    size: int
    head: bytes  # the first HEAD bytes
    hashes: dict[str, str]


class Unread(NamedTuple):
    stage: str  # open | read
    error: OSError


Outcome = WholeFile | Unread | None  # None: larger than WHOLE_READ, to be hashed streaming


def read_whole(path: str | os.PathLike[str]) -> Outcome:
    """Read ``path`` whole (if it is small) and hash it."""
    try:
        handle = open_readonly(path)
    except OSError as exc:
        return Unread("open", exc)
    with handle:
        try:
            data = handle.read(WHOLE_READ)
            if len(data) == WHOLE_READ or handle.read(1):  # a short read is not the end
                return None
        except OSError as exc:
            return Unread("read", exc)
    return WholeFile(len(data), data[:HEAD], hash_bytes(data))


def read_batch(paths: list[str]) -> list[Outcome]:
    """What a worker process does with one batch."""
    return [read_whole(path) for path in paths]


class WorkerProcesses:
    """The worker processes, as one hashing job uses them.

    The processes are shared by the jobs of this process and started on first use, so that
    each job in the window does not pay their start-up again; they end with the process.
    """

    _shared: ProcessPoolExecutor | None = None
    _lock = threading.Lock()

    def __init__(self, workers: int) -> None:
        self.workers = workers
        self.failed = workers < 2  # one core: processes would only add their start-up
        self.started = False

    def submit(self, paths: list[str]) -> Future[list[Outcome]] | None:
        """The batch's future, or None when the processes are not available (use threads)."""
        if self.failed:
            return None
        try:
            future = self._executor().submit(read_batch, paths)
        except (OSError, RuntimeError, BrokenProcessPool):
            self.lost()
            return None
        self.started = True
        return future

    def lost(self) -> None:
        """A worker died or the processes would not start: threads take this job over, and
        the next job starts new processes."""
        self.failed = True
        with self._lock:
            broken, WorkerProcesses._shared = WorkerProcesses._shared, None
        if broken is not None:
            broken.shutdown(wait=False, cancel_futures=True)

    def _executor(self) -> ProcessPoolExecutor:
        with self._lock:
            if WorkerProcesses._shared is None:
                WorkerProcesses._shared = ProcessPoolExecutor(
                    self.workers, mp_context=worker_context([__name__]))
            return WorkerProcesses._shared
