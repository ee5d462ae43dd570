"""Making writes durable: what a power cut must not undo."""

from __future__ import annotations

import contextlib
import os
import re
import uuid
from pathlib import Path

from triage_app.errors import StorageError

TEMP_SUFFIX = ".part"
_TEMP_NAME = re.compile(r"^\.[0-9a-f]{32}\.part(\.[EeSs][0-9A-Za-z]{2})?$")  # and E01 segments


def temp_name(final: Path) -> Path:
    """A hidden name next to ``final`` that no evidence file can have."""
    return final.with_name(f".{uuid.uuid4().hex}{TEMP_SUFFIX}")


def is_temp_name(name: str) -> bool:
    """Whether ``name`` is one :func:`temp_name` made: never evidence, safe to remove after a
    failure (a copy is renamed to its final name only once verified)."""
    return _TEMP_NAME.match(name) is not None


def fsync_dir(path: Path, *, strict: bool = True) -> None:
    """Make new or renamed directory entries durable (POSIX; Windows has no directory handle
    for this, and NTFS journals the entry itself).

    ``strict=False`` tolerates file systems that refuse a directory fsync (vfat over FUSE) when
    the files themselves are already synced.
    """
    if os.name != "posix":
        return
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        if strict:
            raise
        return
    try:
        os.fsync(fd)
    except OSError:
        if strict:
            raise
    finally:
        os.close(fd)


def write_durably(path: Path, data: bytes, mode: int = 0o644) -> None:
    """Replace ``path`` with ``data`` so that a power cut leaves the old or the new file, whole:
    a temporary name, fsync, rename, fsync of the folder. OSError is the caller's to phrase."""
    tmp = path.with_name(f".{path.name}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0), mode)
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view):]
        os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(tmp, path)
    fsync_dir(path.parent)


def close_quietly(fd: int) -> None:
    """Close ``fd`` on a drive that may be gone: close can report EIO for writes that were
    never promised (everything that matters was fsync'd first), and a cleanup must not turn
    the failure being reported into another one."""
    with contextlib.suppress(OSError):
        os.close(fd)


def replace_file(path: Path, data: bytes, mode: int = 0o644) -> None:
    """:func:`write_durably`, with a failure said in plain words (for writers whose caller
    shows the error as is). ``mode`` applies to a new file (0o600 for a secret)."""
    try:
        write_durably(path, data, mode)
    except OSError as exc:
        raise StorageError(f"cannot write {path}: {exc.strerror or exc}") from exc
