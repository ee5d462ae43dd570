"""One unreadable sector inside one file's data costs that file, never the volume.

The image is a real ext4 file system made by ``mke2fs -d``; the fault is a media double at the
source-reader boundary that fails (EIO) every read touching the blocks ``debugfs`` says hold one
file, as a disk with a bad sector does."""

from __future__ import annotations

import errno
import hashlib
import subprocess
from pathlib import Path

import pytest

from tests.fixtures.images import make_ext4, need
from triage_app.case.case import Case
from triage_app.core.jobs import CancelToken
from triage_app.engine.process import FileProcessor
from triage_app.errors import SourceError
from triage_app.evidence.media import RawMedia
from triage_app.evidence.source import ImageSource
from triage_app.preserve.collect import collect

FILES = {
    "letters/a.txt": b"first letter\n" * 50,
    "photos/big.bin": bytes(range(256)) * 400,  # 100 KiB: many blocks, one of them bad
    "z/last.txt": b"listed after the damage\n",
}


class BadSectorMedia(RawMedia):
    """The image file, except that reads touching the ``bad`` byte range fail with EIO."""

    def __init__(self, image: Path, bad: range) -> None:
        super().__init__([image])
        self.bad = bad

    def _read_at(self, offset: int, size: int) -> bytes:
        if offset < self.bad.stop and offset + size > self.bad.start:
            raise OSError(errno.EIO, "Input/output error")
        return super()._read_at(offset, size)


def _blocks(image: Path, path: str) -> list[int]:
    need("debugfs")
    out = subprocess.run(["debugfs", "-R", f"blocks {path}", str(image)], check=True,
                         capture_output=True, text=True).stdout
    return [int(b) for b in out.split()]


def _damaged_source(tmp_path: Path) -> tuple[ImageSource, int]:
    image = make_ext4(tmp_path / "ext4.img", FILES, size="4M")  # 1 KiB blocks
    block = _blocks(image, "/photos/big.bin")[9]
    bad = range(block * 1024 + 512, block * 1024 + 1024)  # one sector: the second half of block 10
    return ImageSource(image, BadSectorMedia(image, bad)), bad.start


def test_bad_sector_in_one_file_is_that_files_error_with_offsets(tmp_path: Path) -> None:
    source, bad_offset = _damaged_source(tmp_path)
    processor = FileProcessor([])
    with source:
        [volume] = source.volumes
        results = {e.path: processor.process(e, CancelToken()) for e in source.entries(CancelToken())}
    assert volume.status == "ok" and volume.fs_type == "EXT4"
    damaged = results["/photos/big.bin"]
    assert damaged.error.endswith(f"unreadable sector at offset {bad_offset} of the media "
                                  f"(byte {9 * 1024 + 512} of this file)")
    assert not damaged.hashes
    for rel in ("letters/a.txt", "z/last.txt"):
        assert results[f"/{rel}"].hashes["sha256"] == hashlib.sha256(FILES[rel]).hexdigest()
        assert results[f"/{rel}"].error is None


def test_collect_takes_every_readable_file_and_records_the_damaged_one(tmp_path: Path) -> None:
    source, bad_offset = _damaged_source(tmp_path)
    with source, Case.open(tmp_path / "case") as case:
        summary = collect(case, source, exhibit="ABC/1")
    assert summary.status == "finished"
    assert summary.files == 2 and summary.unreadable == 1
    [error] = summary.errors
    assert error["path"] == "/photos/big.bin" and f"offset {bad_offset} of the media" in error["error"]
    copied = tmp_path / "case" / "evidence" / "ABC_1" / "logical"
    assert (copied / "z" / "last.txt").read_bytes() == FILES["z/last.txt"]
    assert not (copied / "photos" / "big.bin").exists()


def test_bad_sector_in_a_folder_is_that_folders_error_and_the_rest_is_listed(tmp_path: Path) -> None:
    files = {**FILES, **{f"many/file {n:03d}.txt": b"%d\n" % n for n in range(60)}}
    image = make_ext4(tmp_path / "ext4.img", files, size="4M")
    [block, *_] = _blocks(image, "/many")  # the folder's first block of names
    source = ImageSource(image, BadSectorMedia(image, range(block * 1024, block * 1024 + 512)))
    with source:
        [volume] = source.volumes
        entries = {e.path: e for e in source.entries(CancelToken())}
    assert volume.status == "ok"
    assert entries["/many"].error.startswith(f"folder partly unreadable: sector at offset "
                                             f"{block * 1024} of the media")
    assert entries["/z/last.txt"].error is None and entries["/letters/a.txt"].error is None


class UnpluggedMedia(RawMedia):
    """The image file, until the device goes away: then every read fails with ENODEV."""

    def __init__(self, image: Path) -> None:
        super().__init__([image])
        self.unplugged = False

    def _read_at(self, offset: int, size: int) -> bytes:
        if self.unplugged:
            raise OSError(errno.ENODEV, "No such device")
        return super()._read_at(offset, size)


def test_a_device_that_goes_away_is_not_read_as_zeros(tmp_path: Path) -> None:
    image = make_ext4(tmp_path / "ext4.img", FILES, size="4M")
    media = UnpluggedMedia(image)
    with ImageSource(image, media) as source:
        [volume] = source.volumes
        media.unplugged = True
        with pytest.raises(SourceError, match="No such device"):
            list(source.entries(CancelToken()))
    assert volume.status == "ok"
