"""Hash what the officer names: files, folders (recursively), images (decoded media), devices."""

from __future__ import annotations

import os
import threading
from collections import deque
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

from triage_app.core.jobs import CancelToken, Progress, ProgressCallback, Throttle, no_progress
from triage_app.core.readonly import open_readonly
from triage_app.engine.hashing import hash_reader
from triage_app.engine.small_files import WHOLE_READ, Outcome, Unread, WorkerProcesses, read_whole
from triage_app.errors import InputError, SourceError
from triage_app.evidence.folder import walk_folder
from triage_app.evidence.media import (
    EWF_SIGNATURES,
    NOT_EWF,
    is_block_device,
    is_split_start,
    named_like_ewf,
    open_media,
)

WORKERS = min(4, os.cpu_count() or 1)
WINDOW = 16  # batches listed ahead of the one reported
BATCH_FILES = 32
# Small files go to the worker processes in larger batches: handing a batch over wakes the
# pool's manager thread, which costs the GIL a round trip.
SMALL_BATCH_FILES = 256
BATCH_BYTES = 4 * 1024 * 1024
PROGRESS_EVERY = 0.2  # seconds between progress reports while a large file is read


@dataclass(slots=True)
class HashResult:
    path: str
    size: int
    kind: str  # file | image | device
    md5: str | None = None
    sha1: str | None = None
    sha256: str | None = None
    container: str | None = None
    segments: list[str] = field(default_factory=list)
    stored: dict[str, str] = field(default_factory=dict)  # hashes recorded inside an E01
    error: str | None = None
    note: str | None = None  # what the officer should know about how it was hashed

    @property
    def verification(self) -> str | None:
        """For an E01: does the computed media hash equal the one stored at acquisition?"""
        checks = [self.stored[a] == getattr(self, a) for a in ("md5", "sha1", "sha256")
                  if a in self.stored and getattr(self, a)]
        if not checks:
            return None
        return "verified" if all(checks) else "MISMATCH"

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"path": self.path, "size": self.size, "kind": self.kind,
                               "md5": self.md5, "sha1": self.sha1, "sha256": self.sha256}
        if self.container:
            out["container"] = self.container
        if len(self.segments) > 1:
            out["segments"] = self.segments
        if self.stored:
            out["stored"] = self.stored
            out["verification"] = self.verification
        if self.error:
            out["error"] = self.error
        if self.note:
            out["note"] = self.note
        return out


class _Target(NamedTuple):
    display: str
    path: str | Path  # a folder's files as strings: a Path each costs more than hashing them
    size: int  # as listed (0 for a device: its size is known once opened)
    listed_file: bool  # a folder walk saw a regular file here (so it is no device)


def _targets(location: str, cancel: CancelToken) -> Iterator[_Target]:
    """What to hash; a folder expands to its regular files."""
    path = Path(location)
    if is_block_device(location):
        yield _Target(location, path, 0, False)
        return
    if not os.path.lexists(location):
        raise InputError(f"{location}: no such file, folder or device")
    if path.is_dir():
        folder = str(path)  # as pathlib spells it
        for entry in walk_folder(path, cancel):
            if entry.type == "file":
                child = os.path.join(folder, entry.path[1:].replace("/", os.sep))
                yield _Target(child, child, entry.size, True)
        return
    if not path.is_file():
        raise InputError(f"{location} is not a file, folder or block device")
    yield _Target(location, path, path.stat().st_size, False)


def _batches(targets: Iterator[_Target], cancel: CancelToken
             ) -> Iterator[tuple[list[_Target], bool]]:
    """(batch, of small files?): files in batches (one task each: a task per file costs as
    much as hashing it), a large file alone; small files, which the worker processes can
    take, are not batched with others."""
    batch: list[_Target] = []
    size = 0
    small = True
    for target in targets:
        cancel.raise_if_cancelled()
        if _small(target) != small:
            if batch:
                yield batch, small
                batch, size = [], 0
            small = not small
        batch.append(target)
        size += target.size
        if len(batch) >= (SMALL_BATCH_FILES if small else BATCH_FILES) or size >= BATCH_BYTES:
            yield batch, small
            batch, size = [], 0
    if batch:
        yield batch, small


def hash_one(display: str, path: str | Path, cancel: CancelToken, on_bytes=None, *,
             listed_file: bool = False) -> HashResult:
    """Plain files hash as stored; E01 and split raw images hash as the media they hold.

    A small file is read whole in one call, and its first bytes tell an E01 from a plain file
    (many small files cost their opens and reads as much as their hashing).
    """
    if (not listed_file and is_block_device(str(path))) or is_split_start(path):
        return _hash_media(display, Path(path), cancel, on_bytes)
    return _plain_or_media(display, path, read_whole(path), cancel, on_bytes)


def _plain_or_media(display: str, path: str | Path, outcome: Outcome, cancel: CancelToken,
                    on_bytes) -> HashResult:
    """The result for a file :func:`read_whole` has read, here or in a worker process."""
    if isinstance(outcome, Unread):
        raise _unreadable(display, path, outcome.stage, outcome.error)
    if outcome is None:
        return _hash_streaming(display, path, cancel, on_bytes)
    if outcome.head.startswith(EWF_SIGNATURES):
        return _hash_media(display, Path(path), cancel, on_bytes)
    if on_bytes is not None:
        on_bytes(outcome.size)
    return _plain(display, path, outcome.size, outcome.hashes)


def _hash_streaming(display: str, path: str | Path, cancel: CancelToken,
                    on_bytes) -> HashResult:
    """A file too large to read whole, hashed as it is read."""
    try:
        handle = open_readonly(path)
    except OSError as exc:
        raise _unreadable(display, path, "open", exc) from exc
    with handle:
        try:
            if not handle.read(8).startswith(EWF_SIGNATURES):
                handle.seek(0)
                hashes, size = hash_reader(handle, on_bytes, cancel,
                                           os.fstat(handle.fileno()).st_size)
                return _plain(display, path, size, hashes)
        except OSError as exc:
            raise _unreadable(display, path, "read", exc) from exc
    return _hash_media(display, Path(path), cancel, on_bytes)


def _plain(display: str, path: str | Path, size: int, hashes: dict[str, str]) -> HashResult:
    note = f"{NOT_EWF}: hashed as a plain file" if named_like_ewf(path) else None
    return HashResult(display, size, "file", md5=hashes["md5"], sha1=hashes["sha1"],
                      sha256=hashes["sha256"], note=note)


def _unreadable(display: str, path: str | Path, stage: str, exc: OSError) -> SourceError:
    where = path if stage == "open" else display
    return SourceError(f"cannot {stage} {where}: {exc.strerror or exc}")


def _hash_media(display: str, path: Path, cancel: CancelToken, on_bytes) -> HashResult:
    media = open_media(path)
    try:
        hashes, size = hash_reader(media.reader(), on_bytes, cancel, media.size)
        kind = "device" if media.container == "device" else "image"
        return HashResult(display, size, kind, container=media.container,
                          segments=[str(s) for s in media.segments],
                          stored=media.stored_hashes(), **hashes)
    finally:
        media.close()


def hash_sources(locations: list[str], *, progress: ProgressCallback = no_progress,
                 cancel: CancelToken | None = None) -> Iterator[HashResult]:
    """Yield one result per file, in listing order; a file that cannot be read yields a result
    with ``error``.

    Full batches of small files go to :data:`WORKERS` worker processes (see
    :mod:`triage_app.engine.small_files`); other files are hashed by as many threads (hashlib
    and file reads release the GIL). At most :data:`WINDOW` batches are in flight.
    """
    cancel = cancel or CancelToken()
    state = Progress(phase="hashing")
    report = Throttle(progress)
    counted = threading.Lock()
    processes = WorkerProcesses(WORKERS)

    def on_bytes(count: int) -> None:  # in the workers; only this thread reports
        with counted:
            state.bytes_done += count

    def hashed(batch: list[_Target]) -> list[HashResult]:
        results = []
        for target in batch:
            try:
                results.append(hash_one(target.display, target.path, cancel, on_bytes,
                                        listed_file=target.listed_file))
            except SourceError as exc:
                results.append(_failed(target, exc))
        return results

    def submit(batch: list[_Target], small: bool) -> _Pending:
        # The processes start with a batch of many files: a few are hashed sooner here.
        if small and (len(batch) >= BATCH_FILES or processes.started):
            future = processes.submit([str(t.path) for t in batch])
            if future is not None:
                return _Pending(future, batch, True)
        return _Pending(pool.submit(hashed, batch), batch, False)

    def results(pending: _Pending) -> list[HashResult]:
        if not pending.in_process:
            return pending.future.result()
        try:
            outcomes = pending.future.result()
        except BrokenProcessPool:  # a worker died (killed, out of memory): threads go on
            processes.lost()
            return hashed(pending.batch)
        results = []
        for target, outcome in zip(pending.batch, outcomes, strict=True):
            try:
                results.append(_plain_or_media(target.display, target.path, outcome, cancel,
                                               on_bytes))
            except SourceError as exc:
                results.append(_failed(target, exc))
        return results

    def done(pending: _Pending) -> Iterator[HashResult]:
        while not pending.future.done():  # a large file takes a while: progress goes on
            wait([pending.future], timeout=PROGRESS_EVERY)
            report(state)
        for result in results(pending):
            state.files_done += 1
            state.current = result.path
            report(state)
            yield result

    queue: deque[_Pending] = deque()
    with ThreadPoolExecutor(WORKERS, thread_name_prefix="hash-file") as pool:
        try:
            for location in locations:
                try:
                    for batch, small in _batches(_targets(location, cancel), cancel):
                        queue.append(submit(batch, small))
                        while queue and (len(queue) >= WINDOW or queue[0].future.done()):
                            yield from done(queue.popleft())
                except InputError as exc:
                    while queue:
                        yield from done(queue.popleft())
                    yield HashResult(location, 0, "file", error=str(exc))
            while queue:
                yield from done(queue.popleft())
        finally:
            for pending in queue:
                pending.future.cancel()
    report(state, force=True)


class _Pending(NamedTuple):
    future: Future
    batch: list[_Target]
    in_process: bool  # the future's result is read_whole's outcomes, not results


def _failed(target: _Target, exc: SourceError) -> HashResult:
    return HashResult(target.display, 0, "file", error=str(exc))


def _small(target: _Target) -> bool:
    """A file the worker processes can take: listed, small, no part of a split image."""
    return target.listed_file and target.size < WHOLE_READ and not is_split_start(target.path)
