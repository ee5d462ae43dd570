"""Making writes durable: what a power cut must not undo."""

from __future__ import annotations

import os
from pathlib import Path


def fsync_dir(path: Path) -> None:
    """Make new or renamed directory entries durable (POSIX; Windows has no directory handle
    for this, and NTFS journals the entry itself)."""
    if os.name != "posix":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
