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
import threading
import time
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from os import PathLike
from typing import Hashable, Iterable, Iterator, Union

from triage_app.media.formats import sniff
from triage_app.media.records import PhotoMetadata

log = logging.getLogger(__name__)

DEFAULT_WORKERS = 2  # the machines we run on are small and shared
DEFAULT_SECONDS = 5.0
DEFAULT_MAX_BYTES = 64 * 1024 * 1024

_PARTIAL, _DONE, _FAILED = "partial", "done", "failed"

Source = Union[bytes, str, PathLike]  # the image's bytes, or a path the worker reads
Job = tuple[Hashable, Source, str]  # (key, source, name shown in warnings)


@dataclass(slots=True, frozen=True)
class Limits:
    seconds: float = DEFAULT_SECONDS  # wall-clock time per file
    max_bytes: int = DEFAULT_MAX_BYTES  # bytes of a file that are parsed at most


def _context() -> mp.context.BaseContext:
    # forkserver forks workers from a clean process that has the parsers imported already;
    # spawn (Windows, macOS, frozen app) pays the imports once per worker.
    if "forkserver" in mp.get_all_start_methods():
        ctx = mp.get_context("forkserver")
        ctx.set_forkserver_preload(["triage_app.media.reader"])
        return ctx
    return mp.get_context("spawn")


def _serve(conn: Connection) -> None:
    """Worker loop: parse each job and send the result back."""
    from triage_app.media.reader import read_photo

    def partial(meta: PhotoMetadata) -> None:
        conn.send((_PARTIAL, meta))

    while True:
        try:
            source, name, max_bytes = conn.recv()
        except EOFError:
            return
        try:
            data, notes = _load(source, max_bytes)
            meta = read_photo(data, name, before_makernote=partial)
            meta.warnings[:0] = notes
            conn.send((_DONE, meta))
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
        with open(source, "rb") as handle:
            data = handle.read(max_bytes + 1)
    if len(data) <= max_bytes:
        return data, []
    return data[:max_bytes], [f"only the first {max_bytes} bytes were parsed (size cap)"]


class _Worker:
    def __init__(self, ctx: mp.context.BaseContext) -> None:
        self.conn, child = ctx.Pipe()
        self.process = ctx.Process(target=_serve, args=(child,), daemon=True,
                                   name="triage-photo-parser")
        self.process.start()
        child.close()
        self.job: Job | None = None
        self.deadline = 0.0
        self.partial: PhotoMetadata | None = None

    def submit(self, job: Job, limits: Limits) -> None:
        """Hand over a job; raises OSError if the worker has died since its last job."""
        self.job, self.partial = job, None
        self.deadline = time.monotonic() + limits.seconds
        source = job[1]
        if isinstance(source, bytes) and len(source) > limits.max_bytes:
            source = source[:limits.max_bytes + 1]  # the worker still sees it was too long
        self.conn.send((source, job[2], limits.max_bytes))

    def kill(self) -> None:
        self.process.kill()
        self.process.join(5)
        self.conn.close()


class PhotoParserPool:
    """A few reusable worker processes that parse photos under :class:`Limits`.

    Use as a context manager, or call :meth:`close`. :meth:`parse` may be called from several
    threads; :meth:`parse_many` is for one consumer at a time.
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

    def parse_many(self, jobs: Iterable[Job]) -> Iterator[tuple[Hashable, PhotoMetadata]]:
        """Parse ``(key, source, name)`` jobs; yields ``(key, metadata)`` as each one finishes.

        Results come in completion order, not input order. Every job yields exactly once.
        """
        pending = iter(jobs)
        busy: dict[Connection, _Worker] = {}
        exhausted = False
        while True:
            while not exhausted and len(busy) < self.size:
                job = next(pending, None)
                if job is None:
                    exhausted = True
                    break
                worker = self._checkout()
                try:
                    worker.submit(job, self.limits)
                except OSError:  # it died idle (killed from outside): use a fresh one
                    worker.kill()
                    worker = self._checkout(fresh=True)
                    worker.submit(job, self.limits)
                busy[worker.conn] = worker
            if not busy:
                return
            timeout = max(0.0, min(w.deadline for w in busy.values()) - time.monotonic())
            for conn in wait(list(busy), timeout):
                worker = busy[conn]
                result = self._receive(worker)
                if result is not None:
                    del busy[conn]
                    yield self._finish(worker, result)
            now = time.monotonic()
            for conn, worker in list(busy.items()):
                if worker.deadline <= now:
                    del busy[conn]
                    yield self._finish(worker, self._overrun(worker))

    def _checkout(self, fresh: bool = False) -> _Worker:
        if self._idle and not fresh:
            return self._idle.pop()
        self.started += 1
        return _Worker(self._ctx)

    def _receive(self, worker: _Worker) -> PhotoMetadata | None:
        """The finished result, or None while only a partial one has arrived."""
        try:
            status, payload = worker.conn.recv()
        except (EOFError, OSError):
            return self._crashed(worker)
        if status == _PARTIAL:
            worker.partial = payload
            return None
        self._idle.append(worker)
        if status == _DONE:
            return payload
        return self._failed(worker, payload)

    def _finish(self, worker: _Worker, meta: PhotoMetadata) -> tuple[Hashable, PhotoMetadata]:
        assert worker.job is not None
        key = worker.job[0]
        worker.job = None
        return key, meta

    def _overrun(self, worker: _Worker) -> PhotoMetadata:
        log.info("photo parser overran %.1f s on %s; replacing it", self.limits.seconds,
                    worker.job[2] if worker.job else "?")
        worker.kill()
        reason = (f"malformed metadata: parsing stopped after {self.limits.seconds:g} s"
                  " (a crafted MakerNote or IFD can make the parser loop)")
        if worker.partial is not None:
            worker.partial.warnings.append(reason.replace("parsing", "MakerNote parsing"))
            return worker.partial
        return self._failed(worker, reason)

    def _crashed(self, worker: _Worker) -> PhotoMetadata:
        worker.kill()
        return self._failed(worker, "malformed metadata: the parser process crashed")

    @staticmethod
    def _failed(worker: _Worker, reason: str) -> PhotoMetadata:
        source = worker.job[1] if worker.job else b""
        head = source[:64] if isinstance(source, bytes) else b""
        return PhotoMetadata(format=sniff(head, worker.job[2] if worker.job else ""),
                             warnings=[reason])


_shared: PhotoParserPool | None = None


def shared_pool() -> PhotoParserPool:
    """The process-wide pool (analyzers come and go with each scan; workers should not)."""
    global _shared
    if _shared is None:
        _shared = PhotoParserPool()
        atexit.register(_shared.close)
    return _shared
