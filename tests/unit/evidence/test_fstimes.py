"""File times before 1970 and after 2106 read in full, checked against e2fsprogs' ``debugfs``
and ntfs-3g's ``ntfsinfo`` (independent readers of the same on-disk records).

The times are set on real file systems: ``debugfs -w set_inode_field`` on an ext4 image made by
``mke2fs -d``, and the FILETIMEs of ``$STANDARD_INFORMATION`` written into the MFT record of a
file that ``ntfscp`` put on an image made by ``mkntfs``."""

from __future__ import annotations

import os
import re
import struct
import subprocess
from datetime import UTC, datetime
from pathlib import Path

from tests.fixtures.images import make_ext4, make_ntfs, mft_record_offset, need
from triage_app.core.jobs import CancelToken
from triage_app.evidence.fstimes import ntfs_times
from triage_app.evidence.source import open_source

EXT4_TIMES = {"mtime": -315619200,   # 1960-01-01: TSK showed 2096-02-06
              "atime": 7258118400,   # 2200-01-01: needs ext4's epoch bits
              "crtime": -2000000000}  # 1906-08-16


def _times(image: Path, path: str) -> tuple[dict[str, int], tuple[str, ...]]:
    with open_source(image) as source:
        [entry] = [e for e in source.entries(CancelToken()) if e.path == path]
    return entry.times, entry.times_out_of_range


def _date(text: str) -> int:
    return int(datetime.strptime(text.strip().removesuffix(" UTC"), "%a %b %d %H:%M:%S %Y")
               .replace(tzinfo=UTC).timestamp())


def test_ext4_times_out_of_32_bits_agree_with_debugfs(tmp_path: Path) -> None:
    need("debugfs")
    image = make_ext4(tmp_path / "ext4.img", {"old/letter.txt": b"dear sir\n"})
    for field, epoch in EXT4_TIMES.items():
        subprocess.run(["debugfs", "-w", "-R", f"set_inode_field /old/letter.txt {field} @{epoch}",
                        str(image)], check=True, capture_output=True)
    stat = subprocess.run(["debugfs", "-R", "stat /old/letter.txt", str(image)], check=True,
                          capture_output=True, text=True, env={**os.environ, "TZ": "UTC"}).stdout
    debugfs = {m[1]: _date(m[2]) for m in re.finditer(r"^\s*(\w+time): \S+ -- (.+)$", stat, re.M)}
    ours, out_of_range = _times(image, "/old/letter.txt")
    assert {k: debugfs[k] for k in EXT4_TIMES} == EXT4_TIMES
    assert ours == {k: debugfs[k] for k in ("atime", "ctime", "mtime", "crtime")}
    assert out_of_range == ()


def _filetime(epoch: int) -> int:
    return epoch * 10**7 + 116444736000000000


def _set_standard_information_times(image: Path, path: str, filetimes: list[int]) -> None:
    """Write crtime, mtime, MFT-changed and atime FILETIMEs into the file's MFT record."""
    where = mft_record_offset(image, path)
    with open(image, "r+b") as handle:
        handle.seek(where)
        record = handle.read(1024)
        assert record[:4] == b"FILE"
        attr, = struct.unpack_from("<H", record, 0x14)
        assert struct.unpack_from("<I", record, attr)[0] == 0x10  # $STANDARD_INFORMATION first
        handle.seek(where + attr + struct.unpack_from("<H", record, attr + 0x14)[0])
        handle.write(struct.pack("<4Q", *filetimes))


def test_ntfs_times_before_1970_and_after_2106_agree_with_ntfsinfo(tmp_path: Path) -> None:
    need("ntfsinfo")
    image = make_ntfs(tmp_path / "ntfs.img", {"deed.txt": b"conveyance\n"})
    epochs = {"crtime": -631152000, "mtime": 7258118400, "ctime": -8520336000, "atime": 5000000000}
    _set_standard_information_times(image, "/deed.txt", [_filetime(epochs[k]) for k in
                                                         ("crtime", "mtime", "ctime", "atime")])
    info = subprocess.run(["ntfsinfo", "-F", "/deed.txt", str(image)], check=True,
                          capture_output=True, text=True).stdout
    standard = info.split("$STANDARD_INFORMATION", 1)[1].split("Dumping attribute", 1)[0]
    labels = {"File Creation Time": "crtime", "File Altered Time": "mtime",
              "MFT Changed Time": "ctime", "Last Accessed Time": "atime"}
    ntfsinfo = {labels[m[1]]: _date(m[2]) for m in re.finditer(r"^\s*(.+ Time):\s+(.+)$", standard, re.M)}
    assert ntfsinfo == epochs  # 1950, 2200, 1700 and 2128
    ours, out_of_range = _times(image, "/deed.txt")
    assert ours == ntfsinfo and out_of_range == ()


def test_a_filetime_no_date_can_show_is_marked_not_shown() -> None:
    year_20000 = (datetime(9999, 12, 31, tzinfo=UTC).timestamp() + 10_000 * 365 * 86400)
    found = ntfs_times(struct.pack("<4Q", _filetime(0), 0, _filetime(int(year_20000)), _filetime(-1)))
    assert found.times == {"crtime": 0, "atime": -1}
    assert found.out_of_range == ["ctime"]
