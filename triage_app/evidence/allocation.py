"""How many bytes a file system says are in use, read from its own counters: an estimate of
what a scan will read, known before the listing has ended (for the ETA)."""

from __future__ import annotations

import os
import struct
from collections.abc import Callable
from pathlib import Path

_EXT_MAGIC = 0xEF53
_EXT_INCOMPAT_64BIT = 0x80


def ext_allocated_bytes(read_at: Callable[[int, int], bytes], offset: int) -> int | None:
    """Blocks in use times the block size, from an ext2/3/4 superblock at ``offset``; None
    when there is no ext superblock there."""
    block = read_at(offset + 1024, 0x160)
    if len(block) < 0x160 or struct.unpack_from("<H", block, 0x38)[0] != _EXT_MAGIC:
        return None
    total, free = struct.unpack_from("<I", block, 0x04)[0], struct.unpack_from("<I", block, 0x0C)[0]
    if struct.unpack_from("<I", block, 0x60)[0] & _EXT_INCOMPAT_64BIT:
        total |= struct.unpack_from("<I", block, 0x150)[0] << 32
        free |= struct.unpack_from("<I", block, 0x158)[0] << 32
    log_size = struct.unpack_from("<I", block, 0x18)[0]
    if free > total or log_size > 16:
        return None
    return (total - free) * (1024 << log_size)


def mounted_allocated_bytes(folder: Path) -> int | None:
    """Bytes in use on the file system mounted at ``folder``; None for a folder that is not
    the root of a mount (its share of the disk is unknown)."""
    try:
        if not os.path.ismount(folder):
            return None
        usage = os.statvfs(folder)
    except OSError:
        return None
    return (usage.f_blocks - usage.f_bfree) * usage.f_frsize
