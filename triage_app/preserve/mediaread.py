"""Reading a whole media for imaging: large chunks, and sector by sector where it fails.

A chunk that cannot be read is read again one sector at a time (each sector tried
:data:`SECTOR_ATTEMPTS` times); sectors that still fail are zero-filled and listed as
``[offset, length]`` regions, so the image keeps every readable byte in its place. A source
that disappears (unplugged) stops the job instead of being "imaged" as zeros.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator

from triage_app.core.jobs import CancelToken
from triage_app.engine.hashing import CHUNK_SIZE
from triage_app.errors import SourceError
from triage_app.evidence.damage import gone
from triage_app.evidence.media import Media

log = logging.getLogger(__name__)

SECTOR_SIZE = 512
SECTOR_ATTEMPTS = 2


class BadSectors:
    """Zero-filled regions, merged when adjacent: ``[[offset, length], …]``."""

    __slots__ = ("regions", "sector_size")

    def __init__(self, sector_size: int = SECTOR_SIZE) -> None:
        self.regions: list[list[int]] = []
        self.sector_size = sector_size

    def add(self, offset: int, length: int) -> None:
        if self.regions and sum(self.regions[-1]) == offset:
            self.regions[-1][1] += length
        else:
            self.regions.append([offset, length])

    @property
    def sectors(self) -> int:
        size = self.sector_size
        return sum(-(-length // size) for _, length in self.regions)

    @property
    def bytes(self) -> int:
        return sum(length for _, length in self.regions)


def read_media(media: Media, bad: BadSectors, cancel: CancelToken, *,
               chunk_size: int = CHUNK_SIZE,
               on_bytes: Callable[[int], None] | None = None) -> Iterator[bytes]:
    """Yield the whole media in order, chunk by chunk, bad sectors zero-filled."""
    size = media.size
    offset = 0
    while offset < size:
        cancel.raise_if_cancelled()
        want = min(chunk_size, size - offset)
        try:
            data = media.read_at(offset, want)
            if len(data) != want:
                raise SourceError(f"short read at offset {offset}: {len(data)} of {want} bytes")
        except SourceError as exc:
            _stop_if_gone(exc, offset)
            log.warning("read error at offset %d (%s); reading sector by sector", offset, exc)
            data = _salvage(media, offset, want, bad, cancel)
        offset += len(data)
        if on_bytes is not None:
            on_bytes(len(data))
        yield data


def _salvage(media: Media, offset: int, length: int, bad: BadSectors,
             cancel: CancelToken) -> bytes:
    out = bytearray()
    pos, end, sector = offset, offset + length, bad.sector_size
    while pos < end:
        cancel.raise_if_cancelled()
        n = min(sector - pos % sector, end - pos)
        data = None
        for _ in range(SECTOR_ATTEMPTS):
            try:
                got = media.read_at(pos, n)
            except SourceError as exc:
                _stop_if_gone(exc, pos)
                continue
            if len(got) == n:
                data = got
                break
        if data is None:
            bad.add(pos, n)
            data = bytes(n)
        out += data
        pos += n
    return bytes(out)


def _stop_if_gone(exc: SourceError, offset: int) -> None:
    cause = gone(exc)
    if cause is not None:
        raise SourceError(f"the source stopped answering at offset {offset} "
                          f"({cause.strerror or cause}); was it unplugged? Imaging stopped") from exc
