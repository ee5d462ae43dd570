"""Fenced parsing: untrusted images are read in worker processes with a size cap and a time limit.

exifread can loop for minutes on a crafted MakerNote (exif-py issue #182) and the image
libraries raise assorted exceptions, or crash, on malformed data. Each file therefore goes to a
worker process; a worker that overruns the time limit or dies is killed and replaced, the file
gets a "malformed metadata" warning, and the run carries on. Workers are reused between files
(starting one costs far more than parsing a photo), so a pool lives as long as its owner.
"""

from __future__ import annotations

import atexit
import logging
import multiprocessing as mp
import os
import threading
import time
from collections import deque
from collections.abc import Hashable, Iterable, Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from os import PathLike
from typing import TypeVar, cast

from triage_app.core.fenced import worker_context
from triage_app.core.readonly import open_readonly
from triage_app.errors import InputError
from triage_app.media.formats import sniff
from triage_app.media.records import PhotoMetadata, PhotoRead

log = logging.getLogger(__name__)

DEFAULT_WORKERS = 2  # the machines we run on are small and shared
DEFAULT_SECONDS = 5.0
DEFAULT_MAX_BYTES = 64 * 1024 * 1024

_PARTIAL, _DONE, _FAILED = "partial", "done", "failed"

# Imported by the forkserver before it forks workers (the frozen app bundles them by this name).
WORKER_PRELOAD = ("triage_app.media.reader",)

Source = bytes | str | PathLike  # the image's bytes, or a path the worker reads
K = TypeVar("K", bound=Hashable)  # the caller's key of a job, handed back with its result
Job = tuple[K, Source, str]  # (key, source, name shown in warnings)


MAX_SECONDS = 3600.0  # a photo that takes longer is hostile; and the OS waits overflow later


@dataclass(slots=True, frozen=True)
class Limits:
    seconds: float = DEFAULT_SECONDS  # wall-clock time per file
    max_bytes: int = DEFAULT_MAX_BYTES  # bytes of a file that are parsed at most

    def __post_init__(self) -> None:
        # NaN compares false with everything: written this way it fails the test too.
        if not 0 < self.seconds <= MAX_SECONDS:
            raise InputError(f"the time limit per photo must be more than 0 and at most "
                             f"{MAX_SECONDS:g} seconds, not {self.seconds:g}")
        if self.max_bytes <= 0:
            raise InputError(f"the size cap per photo must be more than 0 bytes, "
                             f"not {self.max_bytes}")


def _context() -> mp.context.ForkServerContext | mp.context.SpawnContext:
    return worker_context(WORKER_PRELOAD)


def _serve(conn: Connection) -> None:
    """Worker loop: parse each job and send the result back."""
    from triage_app.media.reader import read_photo_and_preview

    def partial(meta: PhotoMetadata, stage: str, preview: bytes | None) -> None:
        conn.send((_PARTIAL, (meta, stage, preview)))

    while True:
        try:
            source, name, max_bytes, preview_px = conn.recv()
        except EOFError:
            return
        try:
            data, notes = _load(source, max_bytes)
            meta, preview = read_photo_and_preview(data, name, partial, preview_px)
            meta.warnings[:0] = notes
            conn.send((_DONE, (meta, preview)))
        except OSError as exc:
            conn.send((_FAILED, f"cannot read the file ({exc.strerror or exc})"))
        except Exception as exc:  # a bug or an exotic failure: still only this file's problem
            conn.send((_FAILED, f"malformed metadata: the reader failed"
                                f" ({type(exc).__name__}: {exc})"))


def _load(source: Source, max_bytes: int) -> tuple[bytes, list[str]]:
    """The bytes to parse, capped; a path is read here so the parent never copies the file."""
    if isinstance(source, bytes):
        data = source
    else:
        with open_readonly(source) as handle:
            # Ask for what is there: read(max_bytes) would allocate the whole cap every time.
            size = os.fstat(handle.fileno()).st_size
            data = handle.read(min(size, max_bytes) + 1)
    if len(data) <= max_bytes:
        return data, []
    return data[:max_bytes], [f"only the first {max_bytes} bytes were parsed (size cap)"]


# A worker gets its next job while it still parses the current one, so it never waits on the
# parent's round trip. Only small messages (paths) are queued: a pipe holds about 64 KiB, and a
# parent blocked on sending a big one could not stop a runaway worker in time.
_QUEUE_DEPTH = 2
_SMALL_MESSAGE = 32 * 1024


class _Worker:
    def __init__(self, ctx: mp.context.ForkServerContext | mp.context.SpawnContext) -> None:
        self.conn, child = ctx.Pipe()
        self.process = ctx.Process(target=_serve, args=(child,), daemon=True,
                                   name="triage-photo-parser")
        self.process.start()
        child.close()
        self.jobs: deque[Job] = deque()  # the first is being parsed, the rest wait in the pipe
        self.deadline = 0.0  # for the first job
        # (what is known, the step about to run, the preview if made) for the first job
        self.partial: tuple[PhotoMetadata, str, bytes | None] | None = None

    @property
    def job(self) -> Job | None:
        return self.jobs[0] if self.jobs else None

    def takes(self, job: Job) -> bool:
        """True when ``job`` may be sent now: to an idle worker always; queued behind others
        only when it and they are small (a send that fills the pipe would block the parent)."""
        if not self.jobs:
            return True
        return (len(self.jobs) < _QUEUE_DEPTH and _small(job)
                and all(_small(queued) for queued in self.jobs))

    def submit(self, job: Job, limits: Limits, preview_px: int = 0) -> None:
        """Hand over a job; raises OSError if the worker has died since its last job."""
        if not self.jobs:
            self.partial = None
            self.deadline = time.monotonic() + limits.seconds
        source = job[1]
        if isinstance(source, bytes) and len(source) > limits.max_bytes:
            source = source[:limits.max_bytes + 1]  # the worker still sees it was too long
        self.conn.send((source, job[2], limits.max_bytes, preview_px))
        self.jobs.append(job)

    def finished(self, limits: Limits) -> Job:
        """The first job is done; the next one (already sent) starts its clock now."""
        job = self.jobs.popleft()
        self.partial = None
        self.deadline = time.monotonic() + limits.seconds
        return job

    def kill(self) -> None:
        self.process.kill()
        self.process.join(5)
        self.conn.close()


def _small(job: Job) -> bool:
    return not isinstance(job[1], bytes) or len(job[1]) <= _SMALL_MESSAGE


class PhotoParserPool:
    """A few reusable worker processes that parse photos under :class:`Limits`.

    Use as a context manager, or call :meth:`close`. :meth:`parse` may be called from several
    threads; :meth:`parse_many` and :meth:`read_many` are for one consumer at a time.
    """

    def __init__(self, workers: int = DEFAULT_WORKERS, limits: Limits = Limits()) -> None:
        self.size = max(1, workers)
        self.limits = limits
        self._ctx = _context()
        self._idle: list[_Worker] = []
        self._lock = threading.Lock()
        self.started = 0  # worker processes started so far (reuse keeps this small)

    def __enter__(self) -> PhotoParserPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        for worker in self._idle:
            worker.conn.close()  # the worker sees EOF and exits
            worker.process.join(2)
            if worker.process.is_alive():
                worker.kill()
        self._idle.clear()

    def parse(self, source: Source, name: str = "") -> PhotoMetadata:
        with self._lock:
            return next(self.parse_many([(name, source, name)]))[1]

    def parse_many(self, jobs: Iterable[Job[K]]) -> Iterator[tuple[K, PhotoMetadata]]:
        """Parse ``(key, source, name)`` jobs; yields ``(key, metadata)`` as each one finishes.

        Results come in completion order, not input order. Every job yields exactly once.
        """
        for key, read in self.read_many(jobs):
            yield key, read.meta

    def read_many(self, jobs: Iterable[Job[K]], preview_px: int = 0
                  ) -> Iterator[tuple[K, PhotoRead]]:
        """As :meth:`parse_many`, with a JPEG preview of each picture when ``preview_px`` > 0.

        Jobs are taken from ``jobs`` only as workers come free, so a lazy iterable keeps
        memory flat. Closing the iterator early (a cancel) kills the workers still busy.
        """
        busy: dict[Connection, _Worker] = {}
        try:
            yield from self._run(iter(jobs), busy, preview_px)
        finally:
            for worker in busy.values():  # abandoned mid-job: their answers would go astray
                worker.kill()

    def _run(self, pending: Iterator[Job[K]], busy: dict[Connection, _Worker],
             preview_px: int) -> Iterator[tuple[K, PhotoRead]]:
        retry: deque[Job] = deque()  # sent to a worker that was killed before it began them
        exhausted = False

        def next_job() -> Job | None:
            nonlocal exhausted
            if retry:
                return retry.popleft()
            if exhausted:
                return None
            job = next(pending, None)
            exhausted = job is None
            return job

        def fill() -> None:
            # Top up the busy workers' queues, then start workers up to the pool's size.
            workers: list[_Worker | None] = list(busy.values())
            workers += [None] * (self.size - len(workers))
            for worker in workers:
                while True:
                    job = next_job()
                    if job is None:
                        return
                    if worker is not None and not worker.takes(job):
                        retry.appendleft(job)  # for the next worker, or the next round
                        break
                    try:
                        worker = self._submit(worker or self._checkout(), job, preview_px)
                    except OSError:  # died with jobs in hand: wait() will report it
                        retry.appendleft(job)
                        break
                    busy[worker.conn] = worker

        while True:
            fill()
            if not busy:
                return
            timeout = max(0.0, min(w.deadline for w in busy.values()) - time.monotonic())
            # wait() hands back the connections it was given; its stubs widen them
            for conn in cast(list[Connection], wait(list(busy), timeout)):
                worker = busy[conn]
                result = self._receive(worker)
                if result is None:
                    continue
                job = worker.finished(self.limits)
                if result.stopped:  # the worker was killed: re-send what it had not begun
                    del busy[conn]
                    retry.extend(worker.jobs)
                    worker.jobs.clear()
                elif not worker.jobs:
                    del busy[conn]
                    self._idle.append(worker)
                yield job[0], result.read
            now = time.monotonic()
            for conn, worker in list(busy.items()):
                if worker.deadline <= now:
                    del busy[conn]
                    read = self._overrun(worker)
                    job = worker.jobs.popleft()
                    retry.extend(worker.jobs)
                    worker.jobs.clear()
                    yield job[0], read

    def _submit(self, worker: _Worker, job: Job, preview_px: int) -> _Worker:
        try:
            worker.submit(job, self.limits, preview_px)
            return worker
        except OSError:  # it died idle (killed from outside): use a fresh one
            if worker.jobs:  # it had begun others: they go to the fresh worker too
                raise
            worker.kill()
            fresh = self._checkout(fresh=True)
            fresh.submit(job, self.limits, preview_px)
            return fresh

    def _checkout(self, fresh: bool = False) -> _Worker:
        if self._idle and not fresh:
            return self._idle.pop()
        self.started += 1
        return _Worker(self._ctx)

    def _receive(self, worker: _Worker) -> _Outcome | None:
        """The first job's outcome, or None while only a partial result has arrived."""
        try:
            status, payload = worker.conn.recv()
        except (EOFError, OSError):
            return _Outcome(self._crashed(worker), stopped=True)
        if status == _PARTIAL:
            worker.partial = payload
            return None
        if status == _DONE:
            return _Outcome(PhotoRead(*payload))
        return _Outcome(self._failed(worker.job, payload))

    def _overrun(self, worker: _Worker) -> PhotoRead:
        log.info("photo parser overran %.1f s on %s; replacing it", self.limits.seconds,
                 worker.job[2] if worker.job else "?")
        worker.kill()
        return self._stopped(worker, f"stopped after {self.limits.seconds:g} s")

    def _crashed(self, worker: _Worker) -> PhotoRead:
        worker.kill()
        return self._stopped(worker, "crashed the parser process")

    def _stopped(self, worker: _Worker, how: str) -> PhotoRead:
        """What was read before the step that ran away or crashed, with a warning naming it."""
        if worker.partial is None:
            if how.startswith("stopped"):
                return self._failed(worker.job, f"malformed metadata: parsing {how} (a crafted"
                                                " MakerNote or IFD can make the parser loop)")
            return self._failed(worker.job, "malformed metadata: the parser process crashed")
        meta, stage, preview = worker.partial
        if stage == "MakerNote":
            meta.warnings.append(f"malformed metadata: MakerNote parsing {how} (a crafted"
                                 " MakerNote or IFD can make the parser loop)")
        else:
            meta.warnings.append(f"malformed image data: decoding the picture {how}; no"
                                 " preview, and the EXIF thumbnail was not compared")
        return PhotoRead(meta, preview)

    @staticmethod
    def _failed(job: Job | None, reason: str) -> PhotoRead:
        source = job[1] if job else b""
        head = source[:64] if isinstance(source, bytes) else b""
        return PhotoRead(PhotoMetadata(format=sniff(head, job[2] if job else ""),
                                       warnings=[reason]))


@dataclass(slots=True)
class _Outcome:
    read: PhotoRead
    stopped: bool = False  # the worker is gone


_shared: PhotoParserPool | None = None


def shared_pool() -> PhotoParserPool:
    """The process-wide pool (analyzers come and go with each scan; workers should not)."""
    global _shared
    if _shared is None:
        _shared = PhotoParserPool()
        atexit.register(_shared.close)
    return _shared
