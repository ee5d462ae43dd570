"""File times read in full from the on-disk records, where TSK's 32-bit seconds fall short.

TSK hands over times as unsigned 32-bit seconds: on ext2/3/4 a time before 1970 wraps into
2038–2106 and the epoch bits of ext4's ``*_extra`` fields (times up to 2446) are ignored; on
NTFS a FILETIME before 1970 becomes 0 (dropped) and one after 2106 wraps. Both formats carry
the full time, so it is read here from the inode / ``$STANDARD_INFORMATION`` itself. A time that
a date cannot show (after the year 9999: only a damaged or forged record holds one) is left
out and named in :attr:`FileTimes.out_of_range`, never shown as another date.
"""

from __future__ import annotations

import struct
from collections.abc import Callable
from dataclasses import dataclass, field

_LAST_SHOWABLE = 253402300799  # 9999-12-31T23:59:59Z, the last second a date can show
_FILETIME_1970 = 116444736000000000  # 100 ns ticks from 1601-01-01 to 1970-01-01


@dataclass(slots=True)
class FileTimes:
    times: dict[str, int] = field(default_factory=dict)
    out_of_range: list[str] = field(default_factory=list)

    def put(self, name: str, epoch: int) -> None:
        if epoch > _LAST_SHOWABLE:
            self.out_of_range.append(name)
        else:
            self.times[name] = epoch


def ntfs_times(standard_information: bytes) -> FileTimes:
    """The four FILETIMEs at the start of an NTFS ``$STANDARD_INFORMATION`` attribute
    (0 means "not set" and is left out)."""
    found = FileTimes()
    values = struct.unpack_from("<4Q", standard_information)
    for name, filetime in zip(("crtime", "mtime", "ctime", "atime"), values, strict=False):
        if filetime:
            found.put(name, (filetime - _FILETIME_1970) // 10**7)
    return found


class ExtInodes:
    """Raw inodes of one ext2/3/4 file system, located from its superblock and group table."""

    # (name, seconds at, *_extra at): the extra fields exist when i_extra_isize covers them
    _TIMES = (("atime", 0x08, 0x8C), ("ctime", 0x0C, 0x84), ("mtime", 0x10, 0x88),
              ("crtime", 0x90, 0x94))

    def __init__(self, read_at: Callable[[int, int], bytes], fs_offset: int) -> None:
        self._read_at, self._fs_offset = read_at, fs_offset
        sb = read_at(fs_offset + 1024, 1024)
        if len(sb) < 0x100 or sb[0x38:0x3A] != b"\x53\xef":
            raise ValueError("no ext2/3/4 superblock")
        self.count, = struct.unpack_from("<I", sb, 0x00)
        self._block = 1024 << struct.unpack_from("<I", sb, 0x18)[0]
        first_data_block, = struct.unpack_from("<I", sb, 0x14)
        self._per_group, = struct.unpack_from("<I", sb, 0x28)
        revision, = struct.unpack_from("<I", sb, 0x4C)
        self._inode_size = struct.unpack_from("<H", sb, 0x58)[0] if revision else 128
        is_64bit = struct.unpack_from("<I", sb, 0x60)[0] & 0x80
        self._desc_size = max(32, struct.unpack_from("<H", sb, 0xFE)[0]) if is_64bit else 32
        self._table_start = fs_offset + (first_data_block + 1) * self._block
        self._inode_tables: dict[int, int] = {}

    def _inode_table(self, group: int) -> int:
        if group not in self._inode_tables:
            desc = self._read_at(self._table_start + group * self._desc_size, self._desc_size)
            block = struct.unpack_from("<I", desc, 0x08)[0]
            if self._desc_size >= 64:
                block |= struct.unpack_from("<I", desc, 0x28)[0] << 32
            self._inode_tables[group] = self._fs_offset + block * self._block
        return self._inode_tables[group]

    def times(self, inode: int) -> FileTimes:
        """The times of inode ``inode`` (1 … :attr:`count`) as the kernel decodes them: signed
        32-bit seconds plus the two epoch bits of the matching ``*_extra`` field (ext4)."""
        group, index = divmod(inode - 1, self._per_group)
        raw = self._read_at(self._inode_table(group) + index * self._inode_size, self._inode_size)
        extra_size = struct.unpack_from("<H", raw, 0x80)[0] if len(raw) > 0x82 else 0
        found = FileTimes()
        for name, at, extra_at in self._TIMES:
            if at >= 0x80 and 0x80 + extra_size < at + 4:
                continue  # no creation time in this inode
            seconds, = struct.unpack_from("<i", raw, at)
            if 0x80 + extra_size >= extra_at + 4:
                seconds += (struct.unpack_from("<I", raw, extra_at)[0] & 3) << 32
            if seconds:  # 0 is "never set", as TSK has it
                found.put(name, seconds)
        return found
