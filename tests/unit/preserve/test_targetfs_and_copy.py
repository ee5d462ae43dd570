"""Split sizes, FAT detection and policy, the verified copy's failure paths, the store API."""

from __future__ import annotations

import errno
import io
import json
import os
from pathlib import Path

import pytest

from tests.fixtures.images import digests
from triage_app.case.case import Case
from triage_app.case.exhibits import register_exhibit
from triage_app.errors import InputError, IntegrityError, StorageError
from triage_app.preserve import copy as copy_module
from triage_app.preserve.copy import SourceReadError, copy_verified
from triage_app.preserve.imaging import plan_split
from triage_app.storage.drives import FAT_SPLIT, GIB, MIB, _linux_type, is_fat, parse_size


@pytest.mark.parametrize("text, size", [("2G", 2 * GIB), ("650M", 650 * MIB),
                                        ("4000M", 4000 * MIB), ("1.5G", 1536 * MIB),
                                        ("1048576", MIB), ("700MiB", 700 * MIB), ("1t", 1024 * GIB)])
def test_parse_size(text: str, size: int) -> None:
    assert parse_size(text) == size


@pytest.mark.parametrize("text", ["", "big", "512K", "-2G", "1048577", "2X"])
def test_parse_size_refuses(text: str) -> None:
    with pytest.raises(InputError):
        parse_size(text)


MOUNTINFO = """\
22 1 8:1 / / rw,relatime - ext4 /dev/sda1 rw
40 22 8:17 / /media/officer/STICK rw,nosuid - vfat /dev/sdb1 rw,fmask=0022
41 22 8:33 / /media/officer/My\\040Drive rw - exfat /dev/sdc1 rw
"""


def test_mountinfo_longest_mount_point_wins() -> None:
    assert _linux_type("/media/officer/STICK/case1", MOUNTINFO) == "vfat"
    assert _linux_type("/media/officer/STICKY/case1", MOUNTINFO) == "ext4"
    assert _linux_type("/media/officer/My Drive/c", MOUNTINFO) == "exfat"
    assert is_fat("vfat") and is_fat("msdos") and not is_fat("exfat") and not is_fat(None)


def test_fat_policy_splits_automatically_or_refuses() -> None:
    assert plan_split("raw", None, 8 * GIB, "ext4") == (None, None)
    split, reason = plan_split("raw", None, 8 * GIB, "vfat")
    assert split == FAT_SPLIT == 4095 * MIB and "automatically" in reason
    assert plan_split("raw", None, 2 * GIB, "vfat") == (None, None)  # fits as one file
    assert plan_split("raw", 2 * GIB, 8 * GIB, "vfat") == (2 * GIB, None)
    assert plan_split("e01", None, 8 * GIB, "vfat") == (None, None)  # EWF segments are 1.4 GiB
    with pytest.raises(InputError, match="FAT"):
        plan_split("raw", 5 * GIB, 8 * GIB, "vfat")
    with pytest.raises(InputError, match="FAT"):
        plan_split("e01", 5 * GIB, 8 * GIB, "msdos")


def _reader(data: bytes):
    return lambda: io.BytesIO(data)


def test_copy_keeps_times_and_leaves_no_temporary_file(tmp_path: Path) -> None:
    data = os.urandom(3 * 1024 * 1024 + 17)
    result = copy_verified(_reader(data), tmp_path / "out.bin", label="/x",
                           times={"mtime": 1086850780, "atime": 1086838056, "crtime": 1})
    assert result.hashes == digests(data) and result.size == len(data)
    st = (tmp_path / "out.bin").stat()  # before reading it (reading moves atime)
    assert (int(st.st_mtime), int(st.st_atime)) == (1086850780, 1086838056)
    assert (tmp_path / "out.bin").read_bytes() == data
    assert os.listdir(tmp_path) == ["out.bin"]


def test_a_copy_that_reads_back_different_is_removed(tmp_path: Path, monkeypatch) -> None:
    real_fsync = os.fsync

    def corrupting_fsync(fd: int) -> None:  # the drive "stores" one flipped byte
        os.pwrite(fd, b"\x00" if data[0] else b"\x01", 0)
        real_fsync(fd)

    data = os.urandom(100_000)
    monkeypatch.setattr(copy_module.os, "fsync", corrupting_fsync)
    with pytest.raises(IntegrityError, match="verification failed for /x"):
        copy_verified(_reader(data), tmp_path / "out.bin", label="/x")
    assert os.listdir(tmp_path) == []


def test_disk_full_and_unreadable_source_remove_the_partial_copy(tmp_path: Path,
                                                                 monkeypatch) -> None:
    real_write = os.write

    def full_after_a_megabyte(fd, data):
        if os.fstat(fd).st_size >= 1024 * 1024:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_write(fd, data)

    monkeypatch.setattr(copy_module.os, "write", full_after_a_megabyte)
    with pytest.raises(StorageError, match="the case drive is full"):
        copy_verified(_reader(os.urandom(9 * 1024 * 1024)), tmp_path / "big", label="/big")
    monkeypatch.setattr(copy_module.os, "write", real_write)

    class Broken(io.BytesIO):
        def readinto(self, buffer):
            raise OSError(errno.EIO, "Input/output error")

    with pytest.raises(SourceReadError, match="Input/output error"):
        copy_verified(lambda: Broken(b""), tmp_path / "bad", label="/bad")
    assert os.listdir(tmp_path) == []


def test_store_api_for_exhibits_and_preserved_evidence(tmp_path: Path) -> None:
    with Case.open(tmp_path / "case") as case:
        store = case.store
        parent = register_exhibit(case, "ABC/1", description="laptop")
        child = register_exhibit(case, "ABC/1-A")
        lone = register_exhibit(case, "XYZ/9-B")
        assert (parent["dir"], parent["parent_ref"]) == ("ABC_1", None)
        assert (child["dir"], child["parent_ref"]) == ("ABC_1-A", "ABC/1")
        assert lone["parent_ref"] is None  # XYZ/9 is not an exhibit of this case
        assert register_exhibit(case, "ABC/1")["description"] == "laptop"
        with pytest.raises(InputError, match="share the folder"):
            store.add_exhibit("ABC_1", "ABC_1")
        hashes = digests(b"abc")
        store.add_collected("ABC/1", None, "/a:s", "evidence/ABC_1/logical/a__ADS__s", 3, hashes,
                            {"mtime": 5}, deleted=True)
        [row] = store.collected("ABC/1")
        assert (row["sha256"], json.loads(row["times"]), row["deleted"], row["verified"]) == (
            hashes["sha256"], {"mtime": 5}, 1, 1)
        assert store.collected("ABC/1-A") == []
        image_id = store.add_image("ABC/1-A", "/dev/sdb", "device", "raw", media_size=1024)
        assert store.images()[0]["status"] == "running"
        store.update_image(image_id, status="finished", files=["evidence/ABC_1-A/image/x.raw"],
                           hashes=hashes, bad_sectors=[[512, 512]], verified=True)
        [image] = store.images("ABC/1-A")
        assert (image["status"], json.loads(image["files"]), json.loads(image["bad_sectors"]),
                image["md5"], image["verified"]) == ("finished", ["evidence/ABC_1-A/image/x.raw"],
                                                     [[512, 512]], hashes["md5"], 1)
        store.add_scene_photo("scene/door.jpg", "IMG_1.JPG", 3, hashes, "front door")
        assert store.scene_photos()[0]["note"] == "front door"
        assert [e["ref"] for e in store.exhibits()] == ["ABC/1", "ABC/1-A", "XYZ/9-B"]
    ledger = (tmp_path / "case" / "custody.jsonl").read_text()
    assert ledger.count('"exhibit.registered"') == 3
