"""Issue 15 item 8: the case drive is pulled mid-job, simulated by a FUSE file system that
drops whatever was not fsync'd and then fails every call (tests/fixtures/forgetful_fs.py).

After the pull the job ends with the one-line "the case drive failed" and no traceback; the
drive as it is then (the backing folder) is plugged in again, and the next collect must find
every step the ledger called finished in the store, remove unfinished copies, adopt verified
earlier copies and never store a file twice.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.cli.helpers import run_cli
from triage_app.custody.verify import read_lines

ROOT = Path(__file__).resolve().parents[2]
SOURCE = {f"dir{n % 3}/file{n:02}.bin": hashlib.sha256(str(n).encode()).digest() * (n * 90 + 1)
          for n in range(20)}


def _fuse_available() -> str | None:
    if not os.path.exists("/dev/fuse") or shutil.which("fusermount3") is None:
        return "needs /dev/fuse and fusermount3 (Debian package fuse3)"
    try:
        import mfusepy  # noqa: F401
    except (ImportError, OSError) as exc:
        return f"needs mfusepy with libfuse: {exc}"
    return None


@pytest.fixture
def source(tmp_path: Path) -> Path:
    root = tmp_path / "usb"
    for rel, data in SOURCE.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_bytes(data)
    return root


class PulledDrive:
    def __init__(self, tmp_path: Path, pull_after: int) -> None:
        self.mount, self.backing = tmp_path / "mnt", tmp_path / "drive"
        self.mount.mkdir()
        self.backing.mkdir()
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.fixtures.forgetful_fs", str(self.mount),
             str(self.backing), "--pull-after", str(pull_after)], cwd=ROOT,
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        deadline = time.monotonic() + 10
        while not os.path.ismount(self.mount):
            if self.process.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"the forgetful file system did not mount: {self.process.stdout.read()}")
            time.sleep(0.05)

    def unplug(self) -> str:
        subprocess.run(["fusermount3", "-u", str(self.mount)], check=True)
        out, _ = self.process.communicate(timeout=20)
        return out


def _stored(case: Path) -> list[tuple[str, str]]:
    with sqlite3.connect(f"file:{case / 'case.sqlite'}?mode=ro", uri=True) as db:
        return db.execute("SELECT original_path, stored_path FROM collected").fetchall()


def _ledger_says_finished(case: Path) -> int:
    """Files the ledger's finished collect entries vouch for."""
    data = (case / "custody.jsonl").read_bytes() if (case / "custody.jsonl").exists() else b""
    return sum(line.entry.outputs[0]["files"] for line in read_lines(data)
               if line.entry and line.entry.action == "collect.finished")


@pytest.mark.parametrize("pull_after", [15, 60, 150, 260, 380, 440])
def test_a_pulled_drive_loses_no_finished_step_and_duplicates_nothing(tmp_path, source, capsys,
                                                                       pull_after):
    reason = _fuse_available()
    if reason:
        pytest.skip(reason)
    drive = PulledDrive(tmp_path, pull_after)
    try:
        run = subprocess.run([sys.executable, "-m", "triage_app", "collect", str(source),
                              "--case", str(drive.mount / "case"), "--exhibit", "ABC/1"],
                             cwd=ROOT, capture_output=True, text=True, timeout=120)
    finally:
        log = drive.unplug()
    assert "pulled=True" in log, f"the drive was not pulled: {log}"
    assert run.returncode == 1, run.stdout + run.stderr
    assert run.stderr.startswith("error: the case drive failed") and \
        len(run.stderr.strip().splitlines()) == 1, run.stderr
    case = drive.backing / "case"
    if (case / "case.sqlite").exists() and (case / "custody.jsonl").exists():
        # what the ledger calls finished, the store still holds
        assert len(_stored(case)) >= _ledger_says_finished(case)

    again = run_cli(capsys, "collect", source, "--case", case, "--exhibit", "ABC/1")
    assert again.code == 0, again.err
    stored = _stored(case)
    assert sorted(original for original, _ in stored) == sorted(f"/{rel}" for rel in SOURCE)
    on_disk = sorted(p.relative_to(case / "evidence/ABC_1/logical").as_posix()
                     for p in (case / "evidence").rglob("*") if p.is_file())
    assert on_disk == sorted(SOURCE), "a copy is missing, duplicated (__2) or a temp file is left"
    for rel, data in SOURCE.items():
        assert (case / "evidence/ABC_1/logical" / rel).read_bytes() == data
    verify = run_cli(capsys, "custody", "verify", case)
    assert verify.code == 0, verify.out
