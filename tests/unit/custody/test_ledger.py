"""The writer: chained, fsync'd entries; torn bytes kept and recorded; storage failures loud."""

from __future__ import annotations

import errno
import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from tests.unit.custody.helpers import ledger_lines, open_ledger, write_entries
from triage_app.core.officer import UNASSIGNED, Endorsement, Officer
from triage_app.custody import ledger as ledger_module
from triage_app.custody.entry import GENESIS_PREV, CustodyEntry, line_sha256
from triage_app.custody.verify import verify_ledger
from triage_app.errors import InputError, IntegrityError, StorageError


def test_entries_chain_from_64_zeros(case_dir, officer):
    with open_ledger(case_dir, officer) as ledger:
        first = ledger.record("case.created", exhibit="ABC/1", reason="warrant 2026/117",
                              inputs=[{"path": "/dev/sdb", "sha256": "ab" * 32}])
        second = ledger.record("scan.started", exhibit="ABC/1")
        assert ledger.head().seq == 2 and ledger.head().sha256 == second.sha256
    lines = ledger_lines(case_dir)
    assert (first.seq, first.prev) == (1, GENESIS_PREV)
    assert second.prev == line_sha256(lines[0]) == first.sha256
    assert lines == [first.to_line(), second.to_line()]
    entry = CustodyEntry.from_line(lines[0])
    assert entry.officer == "PC123" and entry.officer_name == "Jane Smith"
    assert entry.endorsement == "L2-removable-media"  # the highest valid by default
    assert entry.tool == "field-triage" and entry.tool_version == "0.1.0"
    assert entry.time.endswith("+00:00") and entry.local_time[19:26].startswith(".")
    assert verify_ledger(case_dir).ok


def test_unassigned_officer_is_recorded_as_such(case_dir):
    with open_ledger(case_dir, UNASSIGNED) as ledger:
        entry = ledger.record("case.opened")
    assert entry.officer == "unassigned" and entry.endorsement is None
    assert "Unassigned" in entry.officer_name


def test_endorsement_must_be_held_and_valid(case_dir, officer):
    expired = Officer("PC9", "Old Hand",
                      endorsements=(Endorsement.parse("L3-live-data:2001-01-01"),))
    with open_ledger(case_dir, officer) as ledger:
        assert ledger.record("x", endorsement="L1").endorsement == "L1"
        with pytest.raises(InputError, match="holds no valid endorsement 'L3-live-data'"):
            ledger.record("live.capture", endorsement="L3-live-data")
    with open_ledger(case_dir, expired) as ledger, pytest.raises(InputError):
        ledger.record("live.capture", endorsement="L3-live-data")
    assert len(ledger_lines(case_dir)) == 1


def test_values_that_are_not_json_are_refused_before_writing(case_dir, officer):
    with open_ledger(case_dir, officer) as ledger:
        with pytest.raises(InputError, match="not plain JSON"):
            ledger.record("x", inputs=[{"path": Path("/x")}])
        with pytest.raises(InputError):
            ledger.record("x", details={"ratio": float("nan")})
        ledger.record("y")
    assert len(ledger_lines(case_dir)) == 1


def test_clock_check_is_carried_forward_and_never_rewrites_times(case_dir, officer):
    with open_ledger(case_dir, officer) as ledger:
        before = ledger.record("case.created")
        check = ledger.record_clock_check("officer's watch", -2.5)
        after = ledger.record("scan.started")
    assert before.clock is None
    assert check.details == {"reference": "officer's watch", "offset_seconds": -2.5}
    assert after.clock == check.clock == {"reference": "officer's watch",
                                          "offset_seconds": -2.5, "checked_at": check.time}
    with open_ledger(case_dir, officer) as ledger:  # a later session inherits it
        assert ledger.record("scan.finished").clock == check.clock


def test_checkpoint_signs_the_head_and_publishes_the_key(case_dir, officer):
    with open_ledger(case_dir, officer) as ledger:
        ledger.record("scan.finished")
        signature = ledger.checkpoint("end of scan")
        head = ledger.head()
    assert (signature["seq"], signature["head"]) == (head.seq, head.sha256) == (2, head.sha256)
    assert (case_dir / "signer-keys" / f"{signature['key']}.pub").is_file()
    last = CustodyEntry.from_line(ledger_lines(case_dir)[-1])
    assert last.action == "custody.checkpoint" and last.details == {"key": signature["key"]}
    assert verify_ledger(case_dir).signed_seq == 2


def test_closed_ledger_refuses_to_record(case_dir, officer):
    ledger = open_ledger(case_dir, officer)
    ledger.close()
    ledger.close()  # twice is harmless
    with pytest.raises(StorageError, match="closed"):
        ledger.record("x")


def test_missing_case_folder(tmp_path, officer):
    with pytest.raises(InputError, match="does not exist"):
        open_ledger(tmp_path / "nope", officer)


def test_threads_and_two_handles_never_interleave(case_dir, officer):
    a, b = open_ledger(case_dir, officer), open_ledger(case_dir, officer)

    def work(ledger, name):
        for n in range(40):
            ledger.record(f"{name}.{n}", details={"pad": "x" * 500})

    threads = [threading.Thread(target=work, args=(lg, f"t{i}"))
               for i, lg in enumerate((a, b, a, b))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    a.close()
    b.close()
    report = verify_ledger(case_dir)
    assert report.ok and report.entries == 160
    assert [n.kind for n in report.notices] == ["unsigned-tail"]


_APPENDER = """
import sys
from pathlib import Path
from triage_app.core.officer import load_officer
from triage_app.custody.ledger import CustodyLedger
with CustodyLedger.open(Path(sys.argv[1]), load_officer(None), tool_name="t",
                        tool_version="1") as ledger:
    for n in range(int(sys.argv[2])):
        ledger.record(f"{sys.argv[3]}.{n}", details={"pad": "y" * 2000})
"""


def test_two_processes_share_one_ledger(case_dir):
    procs = [subprocess.Popen([sys.executable, "-c", _APPENDER, str(case_dir), "60", name])
             for name in ("one", "two", "three")]
    assert [p.wait(timeout=120) for p in procs] == [0, 0, 0]
    report = verify_ledger(case_dir)
    assert report.ok and report.entries == 180
    actions = [json.loads(line)["action"] for line in ledger_lines(case_dir)]
    for name in ("one", "two", "three"):
        assert [a for a in actions if a.startswith(name)] == [f"{name}.{n}" for n in range(60)]


# --- interrupted writes --------------------------------------------------------------------

def test_torn_tail_is_reported_on_open_and_recorded_by_the_next_entry(case_dir, officer):
    write_entries(case_dir, officer, 3)
    path = case_dir / "custody.jsonl"
    intact = path.read_bytes()
    torn = b'{"action":"scan.file-hashed","clock":null,"det'
    path.write_bytes(intact + torn)
    with open_ledger(case_dir, officer) as ledger:
        assert ledger.torn_tail is not None
        assert (ledger.torn_tail.offset, ledger.torn_tail.size) == (len(intact), len(torn))
        assert path.read_bytes() == intact + torn  # opening never repairs
        entry = ledger.record("scan.resumed")
    data = path.read_bytes()
    assert data.startswith(intact + torn + b"\n")  # the torn bytes are kept
    lines = ledger_lines(case_dir)
    recovery = CustodyEntry.from_line(lines[5])
    assert recovery.action == "custody.interrupted-write" and recovery.seq == 5
    assert recovery.details["offset"] == len(intact) and recovery.details["bytes"] == len(torn)
    assert recovery.prev == line_sha256(torn + b"\n")
    assert entry.seq == 6 and entry.prev == line_sha256(lines[5])
    report = verify_ledger(case_dir)
    assert report.ok and report.entries == 6
    assert [n.kind for n in report.notices][:1] == ["interrupted-write"]
    assert report.interrupted


def test_whole_entry_missing_only_its_newline(case_dir, officer):
    write_entries(case_dir, officer, 2, seal=False)
    path = case_dir / "custody.jsonl"
    path.write_bytes(path.read_bytes()[:-1])
    with open_ledger(case_dir, officer) as ledger:
        assert ledger.torn_tail is not None
        entry = ledger.record("next")
    recovery = CustodyEntry.from_line(ledger_lines(case_dir)[2])
    assert recovery.seq == 3 and recovery.details["completed"] is True
    assert entry.seq == 4
    assert verify_ledger(case_dir).ok


def test_crash_during_recovery_is_recorded_too(case_dir, officer):
    write_entries(case_dir, officer, 2, seal=False)
    path = case_dir / "custody.jsonl"
    path.write_bytes(path.read_bytes() + b'{"action":"a","cl')
    path.write_bytes(path.read_bytes() + b'\n{"action":"custody.interrupted-wr')  # torn again
    assert verify_ledger(case_dir).ok
    with open_ledger(case_dir, officer) as ledger:
        assert ledger.torn_tail.lines == 1
        ledger.record("next")
        ledger.checkpoint("after two crashes")
    report = verify_ledger(case_dir)
    assert report.ok and report.entries == 5 and report.signed_seq == 5


# --- storage failures ----------------------------------------------------------------------

def _failing(real, fd_of_ledger, err, *, after_bytes=None):
    def fake(fd, data):
        if fd == fd_of_ledger():
            if after_bytes is not None and len(data) > after_bytes:
                real(fd, bytes(data[:after_bytes]))  # a short write, then the disk is full
            raise OSError(err, os.strerror(err))
        return real(fd, data)
    return fake


@pytest.mark.parametrize("after_bytes", [None, 40])
def test_disk_full_raises_storage_error_and_keeps_earlier_entries(case_dir, officer,
                                                                  monkeypatch, after_bytes):
    with open_ledger(case_dir, officer) as ledger:
        ledger.record("one")
        ledger.checkpoint("before the disk filled")
        before = (case_dir / "custody.jsonl").read_bytes()
        with monkeypatch.context() as patched:  # undoes only this, not the test's app folder
            patched.setattr(ledger_module.os, "write",
                            _failing(os.write, lambda: ledger._fd, errno.ENOSPC,
                                     after_bytes=after_bytes))
            with pytest.raises(StorageError, match="No space left on device.*not recorded"):
                ledger.record("two")
        assert (case_dir / "custody.jsonl").read_bytes().startswith(before)
        report = verify_ledger(case_dir)
        assert report.ok and report.entries == 2 and report.interrupted == bool(after_bytes)
        third = ledger.record("three")  # space is back: the ledger carries on
    report = verify_ledger(case_dir)
    assert report.ok and third.seq == (4 if after_bytes else 3)


def test_fsync_failure_is_a_storage_error(case_dir, officer, monkeypatch):
    with open_ledger(case_dir, officer) as ledger:
        monkeypatch.setattr(ledger_module.os, "fsync",
                            lambda fd: (_ for _ in ()).throw(OSError(errno.EIO, "I/O error")))
        with pytest.raises(StorageError, match="I/O error"):
            ledger.record("x")


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_real_enospc_from_dev_full(case_dir, officer):
    (case_dir / "custody.jsonl").symlink_to("/dev/full")
    with open_ledger(case_dir, officer) as ledger, \
            pytest.raises(StorageError, match="No space left on device"):
        ledger.record("x")


# --- issue 15 item 10: a junk tail is damage, read in linear time, never appended after ------

def _junk(size: int) -> bytes:
    line = b"garbage that is not an entry " * 3 + b"\n"
    return line * (size // len(line))


@pytest.mark.parametrize("mib", [1, 4])
def test_a_junk_tail_is_damage_found_in_linear_time_and_never_appended_after(case_dir, officer,
                                                                             mib):
    write_entries(case_dir, officer, 3)
    path = case_dir / "custody.jsonl"
    good = path.read_bytes()
    path.write_bytes(good + _junk(mib << 20))
    size = path.stat().st_size - len(good)
    started = time.monotonic()
    with open_ledger(case_dir, officer) as ledger:
        elapsed = time.monotonic() - started
        assert ledger.torn_tail.damaged and ledger.torn_tail.size == size
        with pytest.raises(IntegrityError, match=f"the {size} bytes after its last entry"):
            ledger.record("after the damage")
    assert elapsed < 1.5 * mib, elapsed  # 92 s for 8 MiB before: quadratic
    assert path.read_bytes() == good + _junk(mib << 20)  # nothing appended
    report = verify_ledger(case_dir)
    assert report.kind == "damaged-tail" and f"the last {size} bytes" in report.message
    assert report.entries == 4
