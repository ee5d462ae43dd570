"""``triage-app scan``: the --jsonl contract, real images, bad input, resume, hash sets."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from tests.cli.helpers import run_cli
from tests.fixtures.images import digests, make_e01, make_ext4, tree_snapshot
from triage_app.case.case import Case
from triage_app.core.jobs import CancelToken
from triage_app.engine.scan import scan_source
from triage_app.errors import Cancelled
from triage_app.evidence.source import open_source

FILES = {"docs/report.txt": b"quarterly report\n" * 50, "img/photo.jpg": bytes.fromhex(
    "ffd8ffe000104a46494600010101004800480000") + os.urandom(3000), "x/y/z.bin": os.urandom(70000)}
FILE_KEYS = {"record", "path", "type", "size", "deleted", "md5", "sha1", "sha256", "mime", "findings"}


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    root = tmp_path / "evidence"
    for rel, data in FILES.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_bytes(data)
    return root


def _files(records: list[dict]) -> dict[str, dict]:
    return {r["path"]: r for r in records if r["record"] == "file"}


def test_scan_folder_jsonl_contract(folder: Path, tmp_path: Path, capsys, case_at) -> None:
    before = tree_snapshot(folder)
    run = run_cli(capsys, "scan", folder, "--case", case_at(tmp_path / "case"), "--jsonl")
    assert run.code == 0, run.err
    records = run.jsonl()
    assert records[-1]["record"] == "summary" and records[-1]["status"] == "finished"
    files = _files(records)
    assert set(files) == {"/docs", "/docs/report.txt", "/img", "/img/photo.jpg", "/x", "/x/y",
                          "/x/y/z.bin"}
    for path, record in files.items():
        assert record.keys() >= FILE_KEYS, path
        assert record["deleted"] is False
    for rel, data in FILES.items():
        record = files[f"/{rel}"]
        assert record["type"] == "file" and record["size"] == len(data)
        assert {k: record[k] for k in ("md5", "sha1", "sha256")} == digests(data)
    assert files["/img/photo.jpg"]["mime"] == "image/jpeg"
    assert files["/docs"]["type"] == "dir"
    assert tree_snapshot(folder) == before
    assert (tmp_path / "case" / "case.sqlite").is_file()
    assert run_cli(capsys, "custody", "verify", tmp_path / "case").code == 0


def test_scan_raw_and_e01_images(tmp_path: Path, capsys, case_at) -> None:
    raw = make_ext4(tmp_path / "disk.raw", FILES)
    e01 = make_e01(raw, tmp_path / "disk")
    sources = {raw: hashlib.sha256(raw.read_bytes()).hexdigest(),
               e01: hashlib.sha256(e01.read_bytes()).hexdigest()}
    for image in sources:
        run = run_cli(capsys, "scan", image, "--case", case_at(tmp_path / "case"), "--jsonl")
        assert run.code == 0, run.err
        files = _files(run.jsonl())
        for rel, data in FILES.items():
            assert files[f"/{rel}"]["sha256"] == hashlib.sha256(data).hexdigest()
        assert "/lost+found" in files
    for image, digest in sources.items():
        assert hashlib.sha256(image.read_bytes()).hexdigest() == digest


def test_partition_prefix_in_volume_system(disk_images: Path, tmp_path: Path, capsys,
                                           case_at) -> None:
    run = run_cli(capsys, "scan", disk_images / "plaso/image-split.E01", "--case",
                  case_at(tmp_path / "c"),
                  "--jsonl")
    assert run.code == 0, run.err
    records = run.jsonl()
    assert [r["label"] for r in records if r["record"] == "volume"] == ["p1", "p2"]
    assert all(p.startswith("/p2/") for p in _files(records))


def test_scan_ntfs_deleted_and_streams(disk_images: Path, tmp_path: Path, capsys, case_at) -> None:
    run = run_cli(capsys, "scan", disk_images / "dftt/7-undel-ntfs/7-ntfs-undel.dd",
                  "--case", case_at(tmp_path / "c"), "--jsonl")
    files = _files(run.jsonl())
    assert files["/mult1.dat:ADS"]["md5"] == "ba1b9eedb1c091ddca253d35dde8f616"
    assert files["/sing1.dat"]["deleted"] is True


@pytest.mark.parametrize("image, words", [("dfvfs/bdetogo.raw", "BitLocker To Go"),
                                          ("dfvfs/apfs.raw", "APFS"),
                                          ("pytsk/bogus.raw", "no file system")])
def test_unlistable_sources_exit_3_with_reason(disk_images, tmp_path, capsys, image, words,
                                               case_at) -> None:
    run = run_cli(capsys, "scan", disk_images / image, "--case", case_at(tmp_path / "c"), "--jsonl")
    assert run.code == 3
    assert words in run.err and run.err.count("\n") == 1
    volumes = [r for r in run.jsonl() if r["record"] == "volume"]
    assert volumes and not _files(run.jsonl())


@pytest.mark.parametrize("make_input, words", [
    (lambda d: d / "missing.dd", "no such file"),
    (lambda d: (d / "fake.E01").write_bytes(os.urandom(8192)) and d / "fake.E01", "EWF"),
])
def test_bad_input_is_one_line(tmp_path: Path, capsys, make_input, words, case_at) -> None:
    run = run_cli(capsys, "scan", make_input(tmp_path), "--case", case_at(tmp_path / "c"))
    assert run.code == 1
    assert words in run.err and run.err.count("\n") == 1 and "Traceback" not in run.err


def test_interrupted_scan_resumes(folder: Path, tmp_path: Path, capsys, case_at) -> None:
    for i in range(30):
        (folder / f"bulk{i:02d}.bin").write_bytes(os.urandom(1000))
    cancel = CancelToken()
    seen = []

    def stop_after_ten(result) -> None:
        seen.append(result.entry.path)
        if len(seen) == 10:
            cancel.cancel()

    with open_source(folder) as source, Case.open(case_at(tmp_path / "case")) as case, \
            pytest.raises(Cancelled) as stopped:
        scan_source(case, source, cancel=cancel, on_result=stop_after_ten)
    assert stopped.value.outcome == ("cancelled; kept in the case: 10 entries scanned (scan the "
                                     "same source again to finish)")
    run = run_cli(capsys, "scan", folder, "--case", case_at(tmp_path / "case"), "--jsonl")
    summary = run.jsonl()[-1]
    assert summary["resumed"] is True and summary["skipped"] == 10
    assert len(_files(run.jsonl())) + 10 == 30 + 7
    show = run_cli(capsys, "custody", "show", tmp_path / "case").out
    assert "scan.cancelled" in show and "scan.resumed" in show


def test_known_and_notable_hash_sets(folder: Path, tmp_path: Path, capsys, case_at) -> None:
    known = tmp_path / "known.txt"
    known.write_text(hashlib.sha256(FILES["docs/report.txt"]).hexdigest() + "\n")
    notable = tmp_path / "notable.csv"
    notable.write_text("md5,name\n" + hashlib.md5(FILES["x/y/z.bin"]).hexdigest() + ",z\n")
    assert run_cli(capsys, "hashset", "import", known, "--kind", "known", "--name", "GoodSet",
                   "--version", "2026.1").code == 0
    assert run_cli(capsys, "hashset", "import", notable, "--kind", "notable",
                   "--name", "BadSet").code == 0
    run = run_cli(capsys, "scan", folder, "--case", case_at(tmp_path / "c"), "--jsonl",
                  "--hide-known")
    files = _files(run.jsonl())
    assert "/docs/report.txt" not in files  # known good, hidden on request
    [finding] = [f for f in files["/x/y/z.bin"]["findings"] if f["analyzer"] == "knownfiles"]
    assert finding["kind"] == "knownfile.notable"
    assert "BadSet" in finding["summary"] and "MD5" in finding["method"]
    assert run.jsonl()[-1]["notable"] == 1 and run.jsonl()[-1]["known"] == 1
    human = run_cli(capsys, "scan", folder, "--case", case_at(tmp_path / "c2"))
    assert "NOTABLE  /x/y/z.bin" in human.out


def test_unknown_analyzer_is_refused(folder: Path, tmp_path: Path, capsys, case_at) -> None:
    run = run_cli(capsys, "scan", folder, "--case", case_at(tmp_path / "c"), "--analyzers", "nope")
    assert run.code == 1 and "unknown analyzer" in run.err


def test_locked_signing_key_stops_the_scan_before_it_starts(folder, tmp_path, capsys, monkeypatch,
                                                             case_at) -> None:
    from triage_app.core.officer import Endorsement, Officer, save_officer
    from triage_app.custody.keys import create_signing_key

    officer = Officer(id="PC123", name="Alex Smith", endorsements=(Endorsement.parse("L2"),))
    save_officer(officer)
    create_signing_key(officer, "correct horse")
    monkeypatch.delenv("TRIAGE_KEY_PASSPHRASE", raising=False)
    run = run_cli(capsys, "scan", folder, "--case", case_at(tmp_path / "c"), "--officer", "PC123")
    assert run.code == 1 and "passphrase" in run.err
    assert "scan.started" not in (tmp_path / "c" / "custody.jsonl").read_text()
    monkeypatch.setenv("TRIAGE_KEY_PASSPHRASE", "correct horse")
    run = run_cli(capsys, "scan", folder, "--case", case_at(tmp_path / "c"), "--officer", "PC123",
                  "--jsonl")
    assert run.code == 0 and run.jsonl()[-1]["status"] == "finished"
    assert run_cli(capsys, "custody", "verify", tmp_path / "c").code == 0


def test_case_folder_inside_the_evidence_is_refused(folder: Path, capsys, case_at) -> None:
    from tests.fixtures.images import tree_snapshot

    case = case_at(folder / "case")  # made by `case new` before the folder was evidence
    before = tree_snapshot(folder)
    run = run_cli(capsys, "scan", folder, "--case", case_at(case))
    assert run.code == 1 and "on the evidence itself" in run.err
    assert tree_snapshot(folder) == before


def test_case_drive_failing_mid_scan_fails_loudly_and_keeps_the_ledger(folder, tmp_path, capsys,
                                                                         monkeypatch,
                                                                         case_at) -> None:
    from triage_app.case.store import CaseStore
    from triage_app.errors import StorageError

    real_add = CaseStore.add_file
    calls = {"n": 0}

    def failing_add(self, *args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 3:
            raise StorageError("the case database cannot be written (disk I/O error); is the "
                               "disk full or the drive gone?")
        return real_add(self, *args, **kwargs)

    monkeypatch.setattr(CaseStore, "add_file", failing_add)
    run = run_cli(capsys, "scan", folder, "--case", case_at(tmp_path / "c"), "--jsonl")
    assert run.code == 1 and "disk full" in run.err and run.err.count("\n") == 1
    ledger = (tmp_path / "c" / "custody.jsonl").read_text()
    assert "scan.started" in ledger and "scan.failed" in ledger
    assert run_cli(capsys, "custody", "verify", tmp_path / "c").code == 0


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(__import__("signal"), "SIGTSTP"), reason="Ctrl-Z is POSIX")
def test_ctrl_z_stops_a_scan_and_fg_lets_it_finish_recording_nothing_more(tmp_path,
                                                                          case_at) -> None:
    import json
    import signal
    import subprocess
    import sys
    import time

    source = tmp_path / "source"
    source.mkdir()
    for n in range(400):
        (source / f"f{n:04}.bin").write_bytes(os.urandom(64 * 1024))
    case_dir = Path(case_at(tmp_path / "case"))
    scan = subprocess.Popen([sys.executable, "-m", "triage_app", "scan", str(source),
                             "--case", str(case_dir), "--jsonl"], stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL)
    ledger = case_dir / "custody.jsonl"
    deadline = time.monotonic() + 60
    while b'"scan.started"' not in ledger.read_bytes():
        assert scan.poll() is None and time.monotonic() < deadline, "the scan did not start"
        time.sleep(0.01)
    scan.send_signal(signal.SIGTSTP)  # Ctrl-Z

    def state() -> str:
        return Path(f"/proc/{scan.pid}/stat").read_text().rsplit(")", 1)[1].split()[0]

    while state() != "T":
        assert time.monotonic() < deadline, "Ctrl-Z did not stop the scan"
        time.sleep(0.01)
    stopped_at = ledger.read_bytes()
    scan.send_signal(signal.SIGCONT)  # fg
    out, _ = scan.communicate(timeout=120)
    assert scan.returncode == 0
    summary = json.loads(out.splitlines()[-1])
    assert summary["status"] == "finished" and summary["files"] == 400
    after = [json.loads(line)["action"] for line in ledger.read_bytes().splitlines()]
    assert ledger.read_bytes().startswith(stopped_at)
    assert [a for a in after if a.startswith("scan.")] == ["scan.started", "scan.finished"]


@pytest.mark.skipif(not hasattr(__import__("signal"), "SIGTSTP"), reason="Ctrl-Z is POSIX")
def test_the_time_a_command_is_stopped_is_a_pause_of_its_job(monkeypatch) -> None:
    import signal
    import time

    from triage_app.cli import session

    token = CancelToken()
    seen: list[tuple[int, bool]] = []

    def stop(pid: int, signum: int) -> None:  # the process "stops" here until fg
        seen.append((signum, token.paused))
        time.sleep(0.05)

    monkeypatch.setattr(session.os, "kill", stop)
    with session.interrupts_cancel(token):
        signal.raise_signal(signal.SIGTSTP)
    assert seen == [(signal.SIGSTOP, True)]
    assert not token.paused and token.paused_seconds >= 0.05
    assert signal.getsignal(signal.SIGTSTP) == signal.SIG_DFL
