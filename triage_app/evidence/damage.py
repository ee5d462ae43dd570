"""Unreadable sectors met while listing an image, so that a bad sector costs one file, not the
volume.

TSK probes and walks a file system through many small reads; one of them failing would abort
the whole volume. :class:`DamagedReads` reads around the failure a sector at a time, hands TSK
zeros for the sectors that cannot be read and remembers where they are. A file whose data runs
over such a sector is then reported unreadable at those offsets (see ``tsk.TskReader``),
instead of being hashed or copied with zeros in it.
"""

from __future__ import annotations

import bisect
import errno
from collections.abc import Callable

from triage_app.errors import SourceError

SECTOR = 512
_GONE = {errno.ENODEV, errno.ENXIO, getattr(errno, "ENOMEDIUM", -1)}


def gone(exc: SourceError) -> OSError | None:
    """The OS error behind a failed read when the media itself has gone (unplugged), else None:
    that is no bad sector, and must stop the work instead of being read as zeros."""
    cause = exc.__cause__
    return cause if isinstance(cause, OSError) and cause.errno in _GONE else None


class DamagedReads:
    """Reads of the media that survive unreadable sectors, and the record of those sectors."""

    def __init__(self, read_at: Callable[[int, int], bytes]) -> None:
        self._read_at = read_at
        self._bad: list[int] = []  # sorted byte offsets of unreadable sectors

    @property
    def any(self) -> bool:
        return bool(self._bad)

    def read(self, offset: int, size: int) -> bytes:
        try:
            return self._read_at(offset, size)
        except SourceError as exc:
            if gone(exc):
                raise
            return self._read_by_sector(offset, size)

    def _read_by_sector(self, offset: int, size: int) -> bytes:
        out = bytearray()
        position, end = offset, offset + size
        while position < end:
            sector = position - position % SECTOR
            want = min(sector + SECTOR, end) - position
            try:
                chunk = self._read_at(position, want)
            except SourceError as exc:
                if gone(exc):
                    raise
                self._remember(sector)
                chunk = bytes(want)
            if not chunk:
                break  # end of the media
            out += chunk
            position += len(chunk)
        return bytes(out)

    def _remember(self, sector: int) -> None:
        index = bisect.bisect_left(self._bad, sector)
        if index == len(self._bad) or self._bad[index] != sector:
            self._bad.insert(index, sector)

    def first_bad(self, start: int, end: int) -> int | None:
        """Offset of the first unreadable sector overlapping bytes [start, end) of the media."""
        index = bisect.bisect_right(self._bad, start - SECTOR)
        if index < len(self._bad) and self._bad[index] < end:
            return self._bad[index]
        return None
