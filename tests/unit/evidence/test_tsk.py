"""What TSK's listing of real file systems would get wrong without us: sparse NTFS system
streams called unreadable, cloud-only placeholders hashed as zeros, a FAT volume label listed
as a file, FAT short names with non-ASCII characters."""

from __future__ import annotations

import hashlib
import os
import subprocess
from pathlib import Path

from tests.fixtures.images import make_fat, make_ntfs
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
