"""Manifest paths a bag can hold: refused before any library walks them."""

from __future__ import annotations

import time

from triage_app.package.safety import MAX_DEPTH, unsafe_manifest_path


def test_a_path_deeper_or_longer_than_a_file_system_holds_is_unsafe() -> None:
    # Found by the fuzz suite: 48,000 "<a>" and "</a>" in a manifest line made bagit resolve a
    # path of 96,000 components, one lstat each (14 s).
    nested = "data/ABC_1" + "<a>" * 48000 + "</a>" * 48000 + "/notes.txt"
    started = time.monotonic()
    assert unsafe_manifest_path(nested) == "longer or deeper than any file system holds"
    assert time.monotonic() - started < 0.1
    assert unsafe_manifest_path("data/" + "d/" * MAX_DEPTH + "f") is not None
    assert unsafe_manifest_path("data/" + "x" * 9000) is not None
    assert unsafe_manifest_path("data/ABC_1/logical/Users/alex/notes.txt") is None
