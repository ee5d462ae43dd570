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

from tests.cli.helpers import act_as, run_cli
from tests.fixtures.cases import make_case
from tests.fixtures.images import make_ext4, write_tree
from triage_app.custody.verify import read_lines
from triage_app.package import layout
from triage_app.storage.durable import is_temp_name

ROOT = Path(__file__).resolve().parents[2]
SOURCE = {f"dir{n % 3}/file{n:02}.bin": hashlib.sha256(str(n).encode()).digest() * (n * 90 + 1)
          for n in range(20)}


@pytest.fixture(autouse=True)
def l2_officer(monkeypatch):
    """Collection and imaging need an L2 officer (design section 1)."""
    return act_as(monkeypatch, "L2")


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
    write_tree(tmp_path / "usb", SOURCE)
    return tmp_path / "usb"


class PulledDrive:
    def __init__(self, tmp_path: Path, pull_after: int) -> None:
        self.mount, self.backing = tmp_path / "mnt", tmp_path / "drive"
        self.mount.mkdir()
        self.backing.mkdir(exist_ok=True)
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.fixtures.forgetful_fs", str(self.mount),
             str(self.backing), "--pull-after", str(pull_after)], cwd=ROOT,
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        deadline = time.monotonic() + 10
        while not os.path.ismount(self.mount):
            if self.process.poll() is not None or time.monotonic() > deadline:
                pytest.fail("the forgetful file system did not mount: "
                            f"{self.process.stdout.read()}")
            time.sleep(0.05)

    def unplug(self) -> str:
        subprocess.run(["fusermount3", "-u", str(self.mount)], check=True)
        out, _ = self.process.communicate(timeout=20)
        return out


def _stored(case: Path) -> list[tuple[str, str]]:
    with sqlite3.connect(f"file:{case / 'case.sqlite'}?mode=ro", uri=True) as db:
        return db.execute("SELECT original_path, stored_path FROM collected").fetchall()


def _entries(case: Path) -> list:
    data = (case / "custody.jsonl").read_bytes() if (case / "custody.jsonl").exists() else b""
    return [line.entry for line in read_lines(data) if line.entry is not None]


def _finished_steps_are_in_the_store(case: Path) -> None:
    """Whatever the ledger calls finished, the store (as the drive holds it now) records."""
    if not (case / "case.sqlite").exists():
        assert not any(e.action.endswith(".finished") for e in _entries(case))
        return
    with sqlite3.connect(f"file:{case / 'case.sqlite'}?mode=ro", uri=True) as db:
        for entry in _entries(case):
            if entry.action == "collect.finished":
                count = db.execute("SELECT COUNT(*) FROM collected WHERE exhibit = ?",
                                   (entry.exhibit,)).fetchone()[0]
                assert count >= entry.outputs[0]["files"]
            elif entry.action == "scan.finished":
                scan_id = entry.details["scan_id"]
                status = db.execute("SELECT status FROM scans WHERE id = ?", (scan_id,)).fetchone()
                assert status is not None and status[0] == "finished"
            elif entry.action == "image.finished":
                assert db.execute("SELECT COUNT(*) FROM images WHERE status IN "
                                  "('finished', 'verified')").fetchone()[0] >= 1


def _no_temp_files(case: Path) -> None:
    left = [p for p in case.rglob("*") if is_temp_name(p.name)]
    assert not left, f"unfinished copies left behind: {left}"


def _command(job: str, source: Path, image: Path, case: Path, out: Path) -> list[str]:
    return {"collect": ["collect", str(source), "--case", str(case), "--exhibit", "ABC/1"],
            "scan": ["scan", str(image), "--case", str(case)],
            "image": ["image", str(image), "--case", str(case), "--exhibit", "ABC/2"],
            "e01": ["image", str(image), "--case", str(case), "--exhibit", "ABC/3",
                    "--format", "e01"],
            "export": ["package", "export", str(case), "--out", str(out)],
            "export-on-case-drive": ["package", "export", str(case), "--out",
                                     str(case.parent / "out")]}[job]


# Pull points (write calls on the case drive, into a case made before with `case new`; a whole
# run makes about collect 316, scan 69, image 2093, e01 347 (ewfacquire writes the segments),
# export 19): early, in the middle, and just after the ledger's "finished" entry
# (collect 285, scan 38, image 2064), before the store's last commit could be checkpointed.
TRIALS = [("collect", n) for n in (15, 150, 231, 286, 291)] + \
         [("scan", n) for n in (10, 25, 39)] + [("image", n) for n in (30, 1849, 2065)] + \
         [("e01", n) for n in (20, 150, 250, 297)] + \
         [("export", n) for n in (3, 8, 14, 18)] + \
         [("export-on-case-drive", n) for n in (5, 20, 60, 120)]


@pytest.mark.parametrize(("job", "pull_after"), TRIALS)
def test_a_pulled_drive_loses_no_finished_step_and_duplicates_nothing(tmp_path, source, capsys,
                                                                       job, pull_after,
                                                                       l2_officer):
    reason = _fuse_available()
    if reason:
        pytest.skip(reason)
    image = make_ext4(tmp_path / "usb.raw", {f"d{n % 3}/f{n}.bin": bytes([n]) * (n * 3000)
                                             for n in range(1, 21)})
    out = tmp_path / "out"
    out.mkdir()
    drive_backing = make_case(tmp_path / "drive" / "case", l2_officer)  # before the drive is flaky
    if job.startswith("export"):  # a case with evidence, made before the drive goes flaky
        assert run_cli(capsys, "collect", source, "--case", drive_backing,
                       "--exhibit", "ABC/1").code == 0
        (drive_backing.parent / "out").mkdir()
    drive = PulledDrive(tmp_path, pull_after)
    try:
        run = subprocess.run([sys.executable, "-m", "triage_app",
                              *_command(job, source, image, drive.mount / "case", out)],
                             cwd=ROOT, capture_output=True, text=True, timeout=120)
    finally:
        log = drive.unplug()
    assert "pulled=True" in log, f"the drive was not pulled: {log}"
    if run.returncode != 0:  # 0: the job ended before the pull (the -shm file flushed later)
        assert run.returncode == 1, run.stdout + run.stderr
        said = ("error: the package could not be written", "error: the case drive failed") \
            if job == "export-on-case-drive" else ("error: the case drive failed",)
        assert run.stderr.startswith(said) and len(run.stderr.strip().splitlines()) == 1, \
            run.stderr
    case = drive.backing / "case"
    _finished_steps_are_in_the_store(case)

    again = run_cli(capsys, *_command(job, source, image, case, out))  # plugged in again
    assert again.code == 0, again.err
    _no_temp_files(case)
    _finished_steps_are_in_the_store(case)
    assert run_cli(capsys, "custody", "verify", case).code == 0
    if job.startswith(("collect", "export")):
        stored = _stored(case)
        assert sorted(original for original, _ in stored) == sorted(f"/{rel}" for rel in SOURCE)
        on_disk = sorted(p.relative_to(case / "evidence/ABC_1/logical").as_posix()
                         for p in (case / "evidence").rglob("*") if p.is_file())
        assert on_disk == sorted(SOURCE), "a copy is missing or duplicated (__2)"
        for rel, data in SOURCE.items():
            assert (case / "evidence/ABC_1/logical" / rel).read_bytes() == data
    if job.startswith("export"):
        folder = out if job == "export" else drive.backing / "out"
        bags = [p for p in folder.iterdir() if not p.name.endswith(layout.PARTIAL_SUFFIX)]
        assert len(bags) == 1, bags
        assert run_cli(capsys, "package", "verify", bags[0]).code == 0
        for partial in folder.glob(f"*{layout.PARTIAL_SUFFIX}"):  # could not be removed
            assert (partial / layout.PARTIAL_MARKER).is_file()
