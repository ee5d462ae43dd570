"""FAT directory entries read as they are on disk, for what TSK's listing gets wrong.

TSK replaces every non-ASCII byte of an 8.3 short name with ``^`` (``CAF\\x90.TXT`` becomes
``caf^.txt``), and lists the volume label as a zero-byte regular file. Short names are stored
in the OEM code page of the system that wrote them; code page 850 (Western Europe, the default
of Windows there and of mtools) is assumed. A decoded name is used only when it agrees with
TSK's letter for letter wherever TSK's name is ASCII, so a wrong guess of where the entry lies
can never rename a file.
"""

from __future__ import annotations

import struct
from collections.abc import Callable

OEM_CODE_PAGE = "cp850"
_FIRST_INODE = 3  # TSK numbers directory entries from 3, counting 32-byte slots from the
#                   first sector after the FATs (the root folder on FAT12/16)
_ATTR_VOLUME_LABEL, _ATTR_LONG_NAME = 0x08, 0x0F
_LOWER_BASE, _LOWER_EXT = 0x08, 0x10  # Windows NT's case bits for an all-lowercase part


class FatEntries:
    """Raw 32-byte directory entries of one FAT12/16/32 file system, by TSK inode number."""

    def __init__(self, read_at: Callable[[int, int], bytes], fs_offset: int) -> None:
        boot = read_at(fs_offset, 512)
        sector, _, reserved, fats, _, _, _, per_fat16 = struct.unpack_from("<HBHBHHBH", boot, 11)
        per_fat = per_fat16 or struct.unpack_from("<I", boot, 0x24)[0]
        if sector not in (512, 1024, 2048, 4096) or not fats or not per_fat:
            raise ValueError("no FAT boot sector")
        self._read_at = read_at
        self._first = fs_offset + (reserved + fats * per_fat) * sector

    def raw(self, inode: int) -> bytes:
        return self._read_at(self._first + (inode - _FIRST_INODE) * 32, 32)

    def is_volume_label(self, inode: int) -> bool:
        attributes = self.raw(inode)[11]
        return bool(attributes & _ATTR_VOLUME_LABEL) and attributes != _ATTR_LONG_NAME

    def short_name(self, inode: int, tsk_name: str) -> str | None:
        """The entry's 8.3 name decoded from the OEM code page, or None when the entry found
        is not the one TSK named."""
        raw = self.raw(inode)
        base = raw[0:8].rstrip(b" ")
        if base[:1] == b"\x05":  # a first byte of 0xE5 is stored as 0x05 (0xE5 marks deleted)
            base = b"\xe5" + base[1:]
        ext = raw[8:11].rstrip(b" ")
        base_text, ext_text = base.decode(OEM_CODE_PAGE), ext.decode(OEM_CODE_PAGE)
        if raw[12] & _LOWER_BASE:
            base_text = base_text.lower()
        if raw[12] & _LOWER_EXT:
            ext_text = ext_text.lower()
        name = f"{base_text}.{ext_text}" if ext_text else base_text
        if len(name) != len(tsk_name):
            return None
        for ours, theirs in zip(name, tsk_name, strict=False):
            if theirs != "^" and ours.casefold() != theirs.casefold():
                return None
        return name
