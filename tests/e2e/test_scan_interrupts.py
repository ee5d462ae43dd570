"""A large scan's worker processes under a terminal's Ctrl-C and a parent killed outright: one
line and no traceback for Ctrl-C, and no process left reading the evidence either way."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="reads /proc")


def _group(pgid: int) -> dict[int, str]:
    """pid → state of the live processes in process group ``pgid`` (zombies left out)."""
    found = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            fields = Path(f"/proc/{entry.name}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[2]) == pgid and fields[0] != "Z":
            found[int(entry.name)] = fields[0]
    return found


def _scan_in_its_own_group(tmp_path: Path, case_at,
                           corpora: Path) -> tuple[subprocess.Popen, Path]:
    source = tmp_path / "source"
    source.mkdir()
    photo = (corpora / "exif" / "images" / "exiftool-t" / "Nikon.jpg").read_bytes()
    for n in range(400):  # past the point where a scan starts its worker processes
        (source / f"f{n:04}.txt").write_bytes(os.urandom(96 * 1024).hex().encode())
        (source / f"p{n:04}.jpg").write_bytes(photo)  # photo parser processes too
    case_dir = Path(case_at(tmp_path / "case"))
    scan = subprocess.Popen([sys.executable, "-m", "triage_app", "scan", str(source),
                             "--case", str(case_dir)], stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, start_new_session=True)
    deadline = time.monotonic() + 60
    while len(_group(scan.pid)) < 7:  # the scan, forkservers, a tracker, workers, parsers
        assert scan.poll() is None and time.monotonic() < deadline, "no worker processes"
        time.sleep(0.02)
    return scan, case_dir


def _gone(pgid: int) -> bool:
    deadline = time.monotonic() + 30
    while _group(pgid):
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)
    return True


def test_ctrl_c_cancels_in_one_line_and_ends_every_worker(tmp_path, case_at, corpora) -> None:
    scan, case_dir = _scan_in_its_own_group(tmp_path, case_at, corpora)
    os.killpg(scan.pid, signal.SIGINT)  # what a terminal does: the whole foreground group
    _, err = scan.communicate(timeout=60)
    assert scan.returncode == 130
    assert b"Traceback" not in err and b"KeyboardInterrupt" not in err
    assert err.decode().strip().splitlines()[-1].startswith("interrupted: cancelled")
    assert _gone(scan.pid), "a worker process outlived the cancelled scan"
    verify = subprocess.run([sys.executable, "-m", "triage_app", "custody", "verify",
                             str(case_dir)], capture_output=True, text=True)
    assert verify.returncode == 0, verify.stdout + verify.stderr


def test_a_killed_scan_leaves_no_process_behind(tmp_path, case_at, corpora) -> None:
    scan, _ = _scan_in_its_own_group(tmp_path, case_at, corpora)
    scan.kill()  # SIGKILL: no handler runs, no cleanup
    scan.wait(30)
    assert _gone(scan.pid), f"left running: {_group(scan.pid)}"
