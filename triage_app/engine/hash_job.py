"""Hash what the officer names: files, folders (recursively), images (decoded media), devices."""

from __future__ import annotations

import os
import threading
from collections import deque
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

from triage_app.core.jobs import CancelToken, Progress, ProgressCallback, Throttle, no_progress
from triage_app.core.readonly import open_readonly
from triage_app.engine.hashing import hash_reader
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
    path: Path
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
        for entry in walk_folder(path, cancel):
            if entry.type == "file":
                child = path / entry.path.lstrip("/")
                yield _Target(str(child), child, entry.size, True)
        return
    if not path.is_file():
        raise InputError(f"{location} is not a file, folder or block device")
    yield _Target(location, path, path.stat().st_size, False)


def _batches(targets: Iterator[_Target], cancel: CancelToken) -> Iterator[list[_Target]]:
    """Small files in batches (one task each: a task per file costs as much as hashing it),
    a large file alone."""
    batch: list[_Target] = []
    size = 0
    for target in targets:
        cancel.raise_if_cancelled()
        batch.append(target)
        size += target.size
        if len(batch) >= BATCH_FILES or size >= BATCH_BYTES:
            yield batch
            batch, size = [], 0
    if batch:
        yield batch


def hash_one(display: str, path: Path, cancel: CancelToken, on_bytes=None, *,
             listed_file: bool = False) -> HashResult:
    """Plain files hash as stored; E01 and split raw images hash as the media they hold.

    A plain file is opened once: its first bytes tell an E01 from a plain file, and the same
    handle is then hashed (many small files cost their opens and stats as much as hashing).
    """
    if (not listed_file and is_block_device(str(path))) or is_split_start(path):
        return _hash_media(display, path, cancel, on_bytes)
    try:
        handle = open_readonly(path)
    except OSError as exc:
        raise SourceError(f"cannot open {path}: {exc.strerror or exc}") from exc
    with handle:
        try:
            if not handle.read(8).startswith(EWF_SIGNATURES):
                handle.seek(0)
                hashes, size = hash_reader(handle, on_bytes, cancel,
                                           os.fstat(handle.fileno()).st_size)
                note = f"{NOT_EWF}: hashed as a plain file" if named_like_ewf(path) else None
                return HashResult(display, size, "file", md5=hashes["md5"],
                                  sha1=hashes["sha1"], sha256=hashes["sha256"], note=note)
        except OSError as exc:
            raise SourceError(f"cannot read {display}: {exc.strerror or exc}") from exc
    return _hash_media(display, path, cancel, on_bytes)


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

    Files are hashed by :data:`WORKERS` threads (hashlib and file reads release the GIL), so
    many small files keep every core busy; at most :data:`WINDOW` batches are in flight.
    """
    cancel = cancel or CancelToken()
    state = Progress(phase="hashing")
    report = Throttle(progress)
    counted = threading.Lock()

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
                results.append(HashResult(target.display, 0, "file", error=str(exc)))
        return results

    def done(future: Future[list[HashResult]]) -> Iterator[HashResult]:
        while True:  # a large file takes a while: the progress goes on meanwhile
            try:
                results = future.result(timeout=PROGRESS_EVERY)
                break
            except TimeoutError:
                report(state)
        for result in results:
            state.files_done += 1
            state.current = result.path
            report(state)
            yield result

    pending: deque[Future[list[HashResult]]] = deque()
    with ThreadPoolExecutor(WORKERS, thread_name_prefix="hash-file") as pool:
        try:
            for location in locations:
                try:
                    for batch in _batches(_targets(location, cancel), cancel):
                        pending.append(pool.submit(hashed, batch))
                        while pending and (len(pending) >= WINDOW or pending[0].done()):
                            yield from done(pending.popleft())
                except InputError as exc:
                    while pending:
                        yield from done(pending.popleft())
                    yield HashResult(location, 0, "file", error=str(exc))
            while pending:
                yield from done(pending.popleft())
        finally:
            for future in pending:
                future.cancel()
    report(state, force=True)
