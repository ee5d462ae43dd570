"""One verified copy: hash on read, write to a temporary name, fsync, read the written copy
back and compare, then give it its final name.

The read feeds :class:`~triage_app.engine.hashing.ParallelHasher` and the write from the same
chunk, so the evidence is read once. The copy is read back after its pages were dropped from
the cache where the OS allows it, so the comparison sees what the drive holds.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from triage_app.core.jobs import CancelToken
from triage_app.core.records import ContentReader
from triage_app.engine.hashing import ParallelHasher, chunks, hash_reader
from triage_app.errors import IntegrityError, SourceError
from triage_app.storage.drives import storage_error
from triage_app.storage.durable import fsync_dir, temp_name

_BINARY = getattr(os, "O_BINARY", 0)


class SourceReadError(SourceError):
    """The evidence could not be read (bad sector, vanished file): this file only."""


@dataclass(slots=True)
class CopyResult:
    size: int
    hashes: dict[str, str]


def create_exclusive(path: Path) -> int:
    try:
        return os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _BINARY, 0o644)
    except OSError as exc:
        raise storage_error(exc, path.name) from exc


def write_all(fd: int, data, what: str) -> None:
    view = memoryview(data)
    while view:
        try:
            written = os.write(fd, view)
        except OSError as exc:
            raise storage_error(exc, what) from exc
        view = view[written:]


def sync_and_close(fd: int, what: str) -> None:
    """fsync, then drop the cached pages so the read-back comes from the drive."""
    try:
        os.fsync(fd)
        if hasattr(os, "posix_fadvise"):
            os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
    except OSError as exc:
        os.close(fd)
        raise storage_error(exc, what) from exc
    os.close(fd)


def read_back(path: Path, cancel: CancelToken | None = None,
              on_bytes: Callable[[int], None] | None = None) -> tuple[dict[str, str], int]:
    try:
        with open(path, "rb", buffering=0) as handle:
            return hash_reader(handle, on_bytes=on_bytes, cancel=cancel)
    except OSError as exc:
        raise storage_error(exc, f"{path.name} (reading it back to verify)") from exc


@dataclass(frozen=True, slots=True)
class UnrecordedCopy:
    """A finished copy that no record names: a run stopped between the copy's rename and its
    record (a pulled drive). If the evidence copied again reads the same, the earlier copy is
    adopted instead of storing the evidence twice."""

    path: Path
    hashes: dict[str, str]
    size: int

    @classmethod
    def at(cls, path: Path, recorded: bool,
           cancel: CancelToken | None = None) -> UnrecordedCopy | None:
        if recorded or not path.is_file():
            return None
        return cls(path, *read_back(path, cancel))

    def adopt(self, copy: Path, result: CopyResult) -> bool:
        """Keep this earlier copy and remove ``copy`` when both hold the same bytes."""
        if (result.hashes, result.size) != (self.hashes, self.size):
            return False
        remove_quietly(copy)
        return True


def remove_quietly(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink()


def copy_verified(open_reader: Callable[[], ContentReader], final: Path, *, label: str,
                  size_hint: int | None = None, times: dict[str, int] | None = None,
                  cancel: CancelToken | None = None,
                  on_bytes: Callable[[int], None] | None = None) -> CopyResult:
    """Copy one stream to ``final`` (which must not exist) and prove the copy.

    ``label`` names the file in messages (its original path). Raises SourceReadError when the
    evidence cannot be read, StorageError when the case drive cannot be written,
    IntegrityError when the written copy reads back different, Cancelled on cancel; in every
    case the partial copy is removed and ``final`` does not exist.
    """
    cancel = cancel or CancelToken()
    tmp = temp_name(final)
    out = create_exclusive(tmp)
    fd: int | None = out  # open until sync_and_close takes it
    try:
        try:
            reader = open_reader()
        except (OSError, SourceError) as exc:
            raise SourceReadError(f"{label}: cannot be opened: {_reason(exc)}") from exc
        hasher = ParallelHasher()
        total = 0
        try:
            stream = chunks(reader, size_hint)
            while True:
                cancel.raise_if_cancelled()
                try:
                    chunk = next(stream)
                except StopIteration:
                    break
                except (OSError, SourceError) as exc:
                    raise SourceReadError(f"{label}: read failed after {total} bytes: "
                                          f"{_reason(exc)}") from exc
                hasher.update(chunk)
                write_all(out, chunk, label)
                total += len(chunk)
                if on_bytes is not None:
                    on_bytes(len(chunk))
        finally:
            reader.close()
        read_hashes = hasher.hexdigests()
        fd = None
        sync_and_close(out, label)
        written, written_size = read_back(tmp, cancel)
        if written != read_hashes or written_size != total:
            raise IntegrityError(
                f"verification failed for {label}: the copy reads back with SHA-256 "
                f"{written['sha256']} ({written_size} bytes) but {read_hashes['sha256']} "
                f"({total} bytes) was read from the evidence; the copy was removed — check the "
                "case drive before going on")
        if times:
            _set_times(tmp, times)
        if os.path.lexists(final):
            raise FileExistsError(final)  # the caller chose a free name; never replace one
        try:
            os.rename(tmp, final)
        except OSError as exc:
            raise storage_error(exc, label) from exc
        fsync_dir(final.parent, strict=False)
        return CopyResult(size=total, hashes=read_hashes)
    except BaseException:
        if fd is not None:
            os.close(fd)
        remove_quietly(tmp)
        raise


def _set_times(path: Path, times: dict[str, int]) -> None:
    """Give the copy the original access/modification times where the drive allows it
    (creation and change times cannot be set; the case store keeps all four)."""
    mtime = times.get("mtime")
    if mtime is None:
        return
    atime = times.get("atime", mtime)
    with contextlib.suppress(OSError, OverflowError, ValueError):
        os.utime(path, ns=(int(atime) * 10**9, int(mtime) * 10**9))


def _reason(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return str(exc) or type(exc).__name__
