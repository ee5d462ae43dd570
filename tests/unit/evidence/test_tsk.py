"""What TSK's listing of real file systems would get wrong without us: sparse NTFS system
streams called unreadable, cloud-only placeholders hashed as zeros, a FAT volume label listed
as a file, FAT short names with non-ASCII characters."""

from __future__ import annotations

import hashlib
import os
import re
import struct
import subprocess
from pathlib import Path

from tests.fixtures.images import make_fat, make_ntfs, mft_record_offset, need
from triage_app.core.jobs import CancelToken
from triage_app.engine.process import FileProcessor
from triage_app.evidence.source import open_source


def _results(image: Path) -> dict:
    processor = FileProcessor([])
    with open_source(image) as source:
        return {e.path: processor.process(e, CancelToken()) for e in source.entries(CancelToken())}


def test_ntfs_scan_reports_no_read_error_for_the_sparse_bad_cluster_stream(tmp_path: Path) -> None:
    results = _results(make_ntfs(tmp_path / "ntfs.img", {"memo.txt": b"memo\n"}))
    bad = results["/$BadClus:$Bad"]
    assert bad.entry.size > 8_000_000 and not bad.entry.has_content  # the whole volume, all sparse
    assert [p for p, r in results.items() if r.error] == []
    assert results["/memo.txt"].hashes["sha256"] == hashlib.sha256(b"memo\n").hexdigest()


def _make_cloud_placeholder(image: Path, path: str, tag: int, data: bytes) -> None:
    """Turn ``path`` into what OneDrive leaves for a file kept only online: a $REPARSE_POINT
    with a cloud tag, and "recall on data access" among its file attributes."""
    where = mft_record_offset(image, path)
    with open(image, "r+b") as handle:
        handle.seek(where)
        record = bytearray(handle.read(1024))
        usa, count = struct.unpack_from("<HH", record, 0x04)
        for i in range(1, count):  # undo the update sequence: the sector ends as they really are
            record[i * 512 - 2:i * 512] = record[usa + 2 * i:usa + 2 * i + 2]
        next_id, = struct.unpack_from("<H", record, 0x28)
        at = struct.unpack_from("<H", record, 0x14)[0]
        while struct.unpack_from("<I", record, at)[0] != 0xFFFFFFFF:
            if struct.unpack_from("<I", record, at)[0] == 0x10:  # $STANDARD_INFORMATION
                si = at + struct.unpack_from("<H", record, at + 0x14)[0]
                flags, = struct.unpack_from("<I", record, si + 0x20)
                struct.pack_into("<I", record, si + 0x20, flags | 0x400 | 0x400000)  # reparse, recall
            at += struct.unpack_from("<I", record, at + 4)[0]
        content = struct.pack("<IHH", tag, len(data), 0) + data
        length = (24 + len(content) + 7) // 8 * 8
        attribute = struct.pack("<IIBBHHHIHBB", 0xC0, length, 0, 0, 0x18, 0, next_id,
                                len(content), 0x18, 0, 0) + content
        attribute = attribute.ljust(length, b"\0")
        assert at + length + 8 <= struct.unpack_from("<I", record, 0x1C)[0]
        record[at:at + length] = attribute
        record[at + length:at + length + 8] = b"\xff\xff\xff\xff\0\0\0\0"
        struct.pack_into("<I", record, 0x18, at + length + 8)
        struct.pack_into("<H", record, 0x28, next_id + 1)
        for i in range(1, count):  # redo it
            record[usa + 2 * i:usa + 2 * i + 2] = record[i * 512 - 2:i * 512]
            record[i * 512 - 2:i * 512] = record[usa:usa + 2]
        handle.seek(where)
        handle.write(record)


def test_cloud_only_placeholder_is_flagged_not_hashed_as_zeros(tmp_path: Path) -> None:
    need("ntfsinfo")
    image = make_ntfs(tmp_path / "ntfs.img", {"report.docx": bytes(70), "local.txt": b"here\n"})
    _make_cloud_placeholder(image, "/report.docx", 0x9000601A, b"\x01\x00" + bytes(30))
    info = subprocess.run(["ntfsinfo", "-F", "/report.docx", str(image)], check=True,
                          capture_output=True, text=True).stdout
    assert re.search(r"Reparse tag:\s+0x9000601a \(Cloud\)", info)  # ntfs-3g reads it so too
    results = _results(image)
    placeholder = results["/report.docx"]
    assert not placeholder.hashes and not placeholder.entry.has_content
    assert placeholder.error.startswith("content not on this disk: a cloud-only placeholder")
    assert results["/local.txt"].hashes["sha256"] == hashlib.sha256(b"here\n").hexdigest()


def test_fat_short_names_decoded_from_the_oem_code_page_as_mtools_lists_them(tmp_path: Path) -> None:
    files = {"café.txt": b"espresso\n", "CAFÉ2.TXT": b"latte\n", "plain.txt": b"tea\n"}
    image = make_fat(tmp_path / "fat.img", files)  # mcopy stores these as 8.3 names, no long name
    env = {**os.environ, "MTOOLS_SKIP_CHECK": "1"}
    mdir = subprocess.run(["mdir", "-b", "-i", str(image), "::"], check=True, capture_output=True,
                          text=True, env=env).stdout.split()
    results = _results(image)
    ours = [p for p, r in results.items() if r.entry.type == "file"]
    # mtools lowercases only the ASCII letters of a name with Windows NT's lowercase bit
    # ("cafÉ.txt"); the Linux vfat driver lowers the whole name through the code page ("café.txt")
    assert sorted(n.casefold() for n in ours) == sorted(n[2:].casefold() for n in mdir)
    for name, data in files.items():
        assert results[f"/{name}"].hashes["sha256"] == hashlib.sha256(data).hexdigest()
    assert not any("^" in path for path in results)


def test_fat_volume_label_is_listed_but_not_a_file_to_collect(tmp_path: Path) -> None:
    results = _results(make_fat(tmp_path / "fat.img", {"a.txt": b"a\n"}))
    [label] = [r.entry for p, r in results.items() if "TESTFAT" in p]
    assert label.type == "other" and not label.has_content
