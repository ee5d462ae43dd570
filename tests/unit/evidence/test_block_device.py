"""A block device (a read-only loop device over a real ext4 image) is scanned and hashed as media."""

from __future__ import annotations

import hashlib
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.cli.helpers import run_cli
from tests.fixtures.images import make_ext4

FILES = {"docs/a.txt": b"alpha\n" * 1000, "b.bin": bytes(range(256)) * 64}


@pytest.fixture
def loop_device(tmp_path: Path):
    if shutil.which("losetup") is None:
        pytest.skip("losetup is not installed")
    image = make_ext4(tmp_path / "disk.img", FILES)
    attach = subprocess.run(["losetup", "--find", "--show", "--read-only", str(image)],
                            capture_output=True, text=True)
    if attach.returncode != 0:
        pytest.skip(f"cannot attach a loop device here: {attach.stderr.strip()}")
    device = attach.stdout.strip()
    try:
        yield device, image
    finally:
        subprocess.run(["losetup", "--detach", device], check=False)


def test_block_device_hash_and_scan(loop_device, tmp_path: Path, capsys, case_at) -> None:
    device, image = loop_device
    media = image.read_bytes()
    run = run_cli(capsys, "hash", device, "--json")
    assert run.code == 0, run.err
    [row] = run.json()
    assert row["kind"] == "device" and row["size"] == len(media)
    assert row["sha256"] == hashlib.sha256(media).hexdigest()
    scan = run_cli(capsys, "scan", device, "--case", case_at(tmp_path / "case"), "--jsonl")
    assert scan.code == 0, scan.err
    files = {r["path"]: r for r in scan.jsonl() if r["record"] == "file"}
    assert files["/docs/a.txt"]["sha256"] == hashlib.sha256(FILES["docs/a.txt"]).hexdigest()
    assert image.read_bytes() == media
