"""The bytes in use that a file system's own counters give, for the ETA before the listing
has ended: checked against dumpe2fs on real images."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

from tests.fixtures.images import make_ext4, make_fat, need
from triage_app.analyzers.base import build_analyzers
from triage_app.case.case import Case
from triage_app.core.jobs import Progress
from triage_app.engine.scan import scan_source
from triage_app.evidence.source import open_source

FILES = {f"docs/{i}.txt": bytes([65 + i % 26]) * (3000 * i + 1) for i in range(40)}


def _dumpe2fs(image: Path) -> int:
    need("dumpe2fs")
    text = subprocess.run(["dumpe2fs", "-h", str(image)], capture_output=True, text=True,
                          check=True).stdout
    field = {k: int(re.search(rf"^{k}:\s+(\d+)", text, re.M).group(1))
             for k in ("Block count", "Free blocks", "Block size")}
    return (field["Block count"] - field["Free blocks"]) * field["Block size"]


def test_ext4_in_use_as_dumpe2fs_says(tmp_path: Path) -> None:
    image = make_ext4(tmp_path / "usb.raw", FILES, size="16M")
    with open_source(image) as source:
        assert source.allocated_bytes() == _dumpe2fs(image)


def test_unknown_where_the_file_system_does_not_say(tmp_path: Path) -> None:
    image = make_fat(tmp_path / "card.raw", {"a.txt": b"x"})
    (tmp_path / "folder").mkdir()
    for location in (image, tmp_path / "folder"):
        with open_source(location) as source:
            assert source.allocated_bytes() is None


def test_a_scan_has_a_bytes_total_before_its_listing_ends(tmp_path: Path) -> None:
    files = {f"many/{i}.txt": b"x" * (i + 1) for i in range(300)}  # more than the window
    image = make_ext4(tmp_path / "usb.raw", files, size="16M")
    seen: list[Progress] = []
    with open_source(image) as source, Case.open(tmp_path / "case") as case:
        scan_source(case, source, analyzers=build_analyzers([]),
                    progress=lambda p: seen.append(Progress(**{
                        k: getattr(p, k) for k in ("phase", "files_done", "files_total",
                                                   "bytes_done", "bytes_total")})))
    assert seen[0].files_total is None and seen[0].bytes_total == _dumpe2fs(image)
    assert seen[-1].files_total == seen[-1].files_done > 300
    assert seen[-1].bytes_total == sum(map(len, files.values()))
