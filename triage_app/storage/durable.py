"""Making writes durable: what a power cut must not undo."""

from __future__ import annotations

import os
from pathlib import Path


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
