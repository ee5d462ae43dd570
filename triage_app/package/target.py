"""What kind of file system a folder is on (FAT32 cannot hold files of 4 GiB or more)."""

from __future__ import annotations

import os
from pathlib import Path


def filesystem_type(path: Path) -> str | None:
    """The mount's file-system type from /proc/self/mounts (Linux); None where unknown."""
    try:
        with open("/proc/self/mounts", encoding="utf-8") as handle:
            mounts = [line.split()[1:3] for line in handle if len(line.split()) >= 3]
    except OSError:
        return None
    target = os.path.realpath(path)
    best, best_type = "", None
    for mount_point, fs_type in mounts:
        mount_point = mount_point.replace("\\040", " ")
        if (target == mount_point or target.startswith(mount_point.rstrip("/") + "/")) \
                and len(mount_point) >= len(best):
            best, best_type = mount_point, fs_type
    return best_type
