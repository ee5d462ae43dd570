"""What a drive we write to can hold: its file system type, FAT's 4 GiB file limit, and
plain-word messages for write failures (full disk, drive pulled out)."""

from __future__ import annotations

import errno
import os
import re
import sys
from pathlib import Path

from triage_app.errors import InputError, StorageError

GIB = 1024 ** 3
MIB = 1024 ** 2
FAT_MAX_FILE = 4 * GIB - 1           # FAT32 stores file sizes in 32 bits
FAT_SPLIT = 4 * GIB - MIB            # segment size used automatically on FAT
_FAT_TYPES = {"vfat", "msdos", "fat", "fat12", "fat16", "fat32", "umsdos"}
_SIZE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([KMGT]?)(?:I?B)?\s*$", re.IGNORECASE)
_UNITS = {"": 1, "K": 1024, "M": MIB, "G": GIB, "T": 1024 * GIB}


def parse_size(text: str) -> int:
    """``2G``, ``650M``, ``4000M``, ``1.5G``, ``1048576`` → bytes (binary units: 1K = 1024).

    The result is a whole number of 512-byte sectors and at least 1 MiB.
    """
    match = _SIZE.match(text or "")
    if not match:
        raise InputError(f"segment size {text!r}: give a size such as 2G, 650M or 4000M")
    size = int(float(match[1]) * _UNITS[match[2].upper()])
    if size < MIB:
        raise InputError(f"segment size {text!r}: segments must be at least 1M")
    if size % 512:
        raise InputError(f"segment size {text!r}: segments must be a whole number of 512-byte "
                         "sectors")
    return size


def filesystem_type(path: Path) -> str | None:
    """The file system type holding ``path`` (``ext4``, ``vfat``, ``ntfs``…), None if unknown."""
    try:
        real = os.path.realpath(path)
        if sys.platform.startswith("linux"):
            return _linux_type(real, Path("/proc/self/mountinfo").read_text())
        if sys.platform == "win32":
            return _windows_type(real)
    except OSError:
        return None
    return None


def _linux_type(real: str, mountinfo: str) -> str | None:
    best, best_type = "", None
    for line in mountinfo.splitlines():
        fields = line.split()
        if "-" not in fields:
            continue
        sep = fields.index("-")
        mount_point = fields[4].replace("\\040", " ")
        fs_type = fields[sep + 1]
        inside = real == mount_point or real.startswith(mount_point.rstrip("/") + "/")
        if inside and len(mount_point) >= len(best):
            best, best_type = mount_point, fs_type
    return best_type


def _windows_type(real: str) -> str | None:
    if sys.platform != "win32":  # windll exists only there
        return None
    import ctypes

    root = os.path.splitdrive(real)[0] + "\\"
    name = ctypes.create_unicode_buffer(64)
    ok = ctypes.windll.kernel32.GetVolumeInformationW(root, None, 0, None, None, None, name, 64)
    return name.value.lower() if ok else None


def is_fat(fs_type: str | None) -> bool:
    return (fs_type or "").lower() in _FAT_TYPES


def storage_error(exc: OSError, what: str) -> StorageError:
    """A plain-word StorageError for a failed write of ``what`` to the case drive."""
    code = exc.errno
    if code in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        text = f"the case drive is full (writing {what}); free space or use a larger drive"
    elif code == errno.EFBIG:
        text = (f"{what} is too large for the case drive's file system (FAT32 holds files up "
                "to 4 GiB); use an exFAT/NTFS drive or split the image")
    elif code in (errno.EIO, errno.ENODEV, errno.ENXIO, errno.ENOENT, errno.ESTALE, errno.EROFS):
        text = (f"the case drive failed ({exc.strerror or exc}) while writing {what}; was it "
                "removed or switched to read-only?")
    elif code in (errno.EACCES, errno.EPERM):
        text = f"no permission to write {what} in the case folder"
    else:
        text = f"cannot write {what}: {exc.strerror or exc}"
    return StorageError(text)
