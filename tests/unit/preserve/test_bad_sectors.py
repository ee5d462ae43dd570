"""Bad sectors: a media whose reads fail at chosen offsets is imaged with those sectors
zero-filled and listed, and the rest of the bytes in place."""

from __future__ import annotations

import errno
import hashlib
import json
import os
from pathlib import Path

import pytest

from triage_app.case.case import Case
from triage_app.core.jobs import CancelToken
from triage_app.errors import SourceError
from triage_app.evidence.media import Media
from triage_app.evidence.source import Source
from triage_app.preserve.imaging import make_image
from triage_app.preserve.mediaread import BadSectors, read_media

MIB = 1024 * 1024


class FlakyMedia(Media):
    """In-memory media whose sectors listed in ``bad`` always fail to read (EIO), and
    ``flaky`` sectors fail once, then read."""

    container = "raw"

    def __init__(self, data: bytes, bad: set[int] = frozenset(), flaky: set[int] = frozenset(),
                 gone_at: int | None = None) -> None:
        super().__init__([Path("flaky.raw")])
        self.data, self.bad, self.flaky, self.gone_at = data, set(bad), set(flaky), gone_at
        self.reads = 0

    @property
    def size(self) -> int:
        return len(self.data)

    def _read_at(self, offset: int, size: int) -> bytes:
        self.reads += 1
        if self.gone_at is not None and offset + size > self.gone_at:
            raise OSError(errno.ENODEV, "No such device")
        first, last = offset // 512, (offset + size - 1) // 512
        for sector in range(first, last + 1):
            if sector in self.bad:
                raise OSError(errno.EIO, "Input/output error")
            if sector in self.flaky:
                self.flaky.discard(sector)
                raise OSError(errno.EIO, "Input/output error")
        return self.data[offset:offset + size]

    def close(self) -> None:
        pass


class FlakySource(Source):
    kind = "device"

    def __init__(self, media: Media) -> None:
        super().__init__(Path("/dev/flaky"))
        self._media = media

    @property
    def media(self) -> Media:
        return self._media


def _expected(data: bytes, bad: set[int]) -> bytes:
    out = bytearray(data)
    for sector in bad:
        span = slice(sector * 512, min((sector + 1) * 512, len(out)))
        out[span] = bytes(span.stop - span.start)
    return bytes(out)


def test_read_media_zero_fills_and_merges_bad_regions() -> None:
    data = os.urandom(3 * MIB + 1000)  # a partial last sector too
    bad = {5, 6, 7, 2048, 6144}
    media = FlakyMedia(data, bad=bad | {6145}, flaky={100, 3000})
    regions = BadSectors()
    out = b"".join(read_media(media, regions, CancelToken(), chunk_size=MIB))
    assert out == _expected(data, bad | {6145})
    assert regions.regions == [[5 * 512, 3 * 512], [2048 * 512, 512], [6144 * 512, 1000]]
    assert regions.sectors == 6 and regions.bytes == 4 * 512 + 1000


def test_a_vanished_source_stops_instead_of_imaging_zeros() -> None:
    media = FlakyMedia(os.urandom(2 * MIB), gone_at=MIB + 4096)
    with pytest.raises(SourceError, match="stopped answering"):
        b"".join(read_media(media, BadSectors(), CancelToken(), chunk_size=MIB))


def test_image_job_lists_bad_sectors_in_result_store_and_custody(tmp_path: Path) -> None:
    data = os.urandom(2 * MIB)
    bad = {10, 11, 3000}
    source = FlakySource(FlakyMedia(data, bad=bad))
    with Case.open(tmp_path / "case") as case:
        result = make_image(case, source, exhibit="ABC/1", split=MIB)
        [row] = case.store.images()
    expected = _expected(data, bad)
    assert result.status == "finished" and result.verified
    assert result.bad_sectors == [[5120, 1024], [3000 * 512, 512]] and result.bad_sector_count == 3
    assert result.hashes["sha256"] == hashlib.sha256(expected).hexdigest()
    written = b"".join((tmp_path / "case" / f).read_bytes() for f in result.files)
    assert written == expected
    assert result.files == ["evidence/ABC_1/image/ABC_1.001", "evidence/ABC_1/image/ABC_1.002"]
    assert json.loads(row["bad_sectors"]) == result.bad_sectors and row["status"] == "finished"
    ledger = [json.loads(line) for line in (tmp_path / "case" / "custody.jsonl").open()]
    [finished] = [e for e in ledger if e["action"] == "image.finished"]
    assert finished["details"]["bad_sectors"] == result.bad_sectors
    assert finished["details"]["bad_sector_count"] == 3
