"""A process killed with SIGKILL while recording leaves a ledger that verifies."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.unit.custody.helpers import open_ledger
from triage_app.core.officer import UNASSIGNED
from triage_app.custody.verify import verify_ledger

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")

_LOOP = """
import sys
from pathlib import Path
from triage_app.core.officer import load_officer
from triage_app.custody.ledger import CustodyLedger
ledger = CustodyLedger.open(Path(sys.argv[1]), load_officer(None), tool_name="t",
                            tool_version="1")
ledger.record("job.started")
n = 0
while True:
    n += 1
    ledger.record("job.file-hashed", inputs=[{"path": f"/f{n}", "sha256": "ab" * 32}],
                  details={"pad": "z" * (n % 7 * 3000)})
    if n % 25 == 0:
        ledger.checkpoint(f"after {n}")
"""


def _kill_after(case_dir: Path, min_bytes: int) -> None:
    child = subprocess.Popen([sys.executable, "-c", _LOOP, str(case_dir)])
    path = case_dir / "custody.jsonl"
    deadline = time.monotonic() + 60
    while (not path.exists() or path.stat().st_size < min_bytes) and time.monotonic() < deadline:
        assert child.poll() is None, "the appender died on its own"
        time.sleep(0.005)
    os.kill(child.pid, signal.SIGKILL)
    assert child.wait(timeout=30) == -signal.SIGKILL


@pytest.mark.parametrize("min_bytes", [1, 20_000, 150_000, 400_000])
def test_sigkill_mid_run_leaves_a_ledger_that_verifies(case_dir, min_bytes):
    _kill_after(case_dir, min_bytes)
    report = verify_ledger(case_dir)
    assert report.ok, report.message
    assert report.entries >= 1
    assert {n.kind for n in report.notices} <= {"torn-last-line", "unsigned-tail",
                                                "missing-signature"}
    # The next session records any torn bytes and the job shows as started, not finished.
    with open_ledger(case_dir, UNASSIGNED) as ledger:
        ledger.record("job.interrupted-noticed")
        ledger.checkpoint("after the crash")
    again = verify_ledger(case_dir)
    assert again.ok and again.entries >= report.entries + 2
    assert again.interrupted == report.interrupted


def test_repeated_kills_including_during_recovery(case_dir):
    for min_bytes in (5_000, 60_000, 120_000, 200_000):
        _kill_after(case_dir, min_bytes)
        report = verify_ledger(case_dir)
        assert report.ok, report.message
