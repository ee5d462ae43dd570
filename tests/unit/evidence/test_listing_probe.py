"""The fenced walk: a file system that makes The Sleuth Kit loop is refused in one line, in
seconds, and the refusal is recorded; a sound one is scanned as before."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from tests.cli.helpers import run_cli
from triage_app.errors import UnsupportedSourceError
from triage_app.evidence import listing_probe

CORPUS = Path(__file__).resolve().parents[4] / "shared/corpora/disk-images"


@pytest.fixture
def looping_ext2(tmp_path: Path) -> Path:
    """Found by the fuzz suite: this cut of pytsk's ext2 test image makes TSK's own fls run
    for minutes (its root directory claims 3 GB)."""
    data = (CORPUS / "pytsk/image.raw").read_bytes()
    image = tmp_path / "looping.raw"
    image.write_bytes(data[:4128] + data[4129:18819])
    image.chmod(0o444)
    return image


def test_a_walk_that_stops_making_progress_is_refused(looping_ext2: Path) -> None:
    started = time.monotonic()
    with pytest.raises(UnsupportedSourceError, match="stopped making progress"):
        listing_probe.ensure_walk_completes(str(looping_ext2), stall_seconds=2)
    assert time.monotonic() - started < 15


def test_a_sound_image_is_walked_in_the_worker(disk_images: Path) -> None:
    listing_probe.ensure_walk_completes(str(disk_images / "pytsk/image.raw"), stall_seconds=10)


def test_scan_refuses_the_looping_image_in_one_line_and_records_it(looping_ext2, tmp_path,
                                                                   capsys, monkeypatch, case_at) -> None:
    monkeypatch.setattr(listing_probe, "STALL_SECONDS", 2)
    before = looping_ext2.read_bytes()
    case = tmp_path / "case"
    run = run_cli(capsys, "scan", looping_ext2, "--case", case_at(case))
    assert run.code == 3 and run.err.count("\n") == 1 and "damaged or crafted" in run.err
    entries = [json.loads(line) for line in (case / "custody.jsonl").read_text().splitlines()]
    [refused] = [e for e in entries if e["action"] == "source.refused"]
    assert refused["inputs"][0]["source"] == str(looping_ext2)
    assert looping_ext2.read_bytes() == before
