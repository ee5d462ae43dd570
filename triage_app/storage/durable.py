"""Making writes durable: what a power cut must not undo."""

from __future__ import annotations

import os
from pathlib import Path

from triage_app.errors import StorageError


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


def replace_file(path: Path, data: bytes, mode: int = 0o644) -> None:
    """Writes ``data`` to ``path`` whole or not at all: a synced temporary file renamed over it.

    A power cut leaves either the old content or the new one, never a mix. ``mode`` applies to
    a new file (0o600 for a secret).
    """
    temporary = path.with_name(f".{path.name}.tmp")
    try:
        with open(temporary, "wb", opener=lambda p, flags: os.open(p, flags, mode)) as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, path)
    except OSError as exc:
        raise StorageError(f"cannot write {path}: {exc.strerror or exc}") from exc
    fsync_dir(path.parent, strict=False)
