"""What TSK's listing of real file systems would get wrong without us: sparse NTFS system
streams called unreadable, cloud-only placeholders hashed as zeros, a FAT volume label listed
as a file, FAT short names with non-ASCII characters."""

from __future__ import annotations

import hashlib
from pathlib import Path

from tests.fixtures.images import make_ntfs
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
