"""Reading photos from evidence leaves them as they were: bytes and access times."""

from __future__ import annotations

import os
from pathlib import Path

from PIL import Image

from tests.fixtures.images import tree_snapshot
from triage_app.media.photos import read_photo_files

OLD = 1_577_836_800  # 2020-01-01: older than a day, so a relatime mount would move it on read


def test_reading_photos_does_not_move_their_access_times(tmp_path: Path, pool) -> None:
    folder = tmp_path / "card"
    folder.mkdir()
    for name in ("a.jpg", "b.png"):
        Image.new("RGB", (8, 8), "red").save(folder / name)
        os.utime(folder / name, (OLD, OLD))
    before = tree_snapshot(folder)
    reports = read_photo_files([str(folder / "a.jpg"), str(folder / "b.png")], pool)
    assert [r.readable for r in reports] == [True, True]
    assert tree_snapshot(folder) == before
    assert os.stat(folder / "a.jpg").st_atime == OLD
