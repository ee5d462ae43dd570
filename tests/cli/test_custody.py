"""``triage-app officer ...`` and ``triage-app custody ...`` through main(argv)."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from datetime import UTC
from pathlib import Path

import pytest

from triage_app.case.case import Case
from triage_app.cli import main
from triage_app.core.officer import load_officer
from triage_app.custody.ledger import CustodyLedger
from triage_app.custody.verify import verify_ledger


@pytest.fixture
def case_dir(tmp_path: Path) -> Path:
    path = tmp_path / "case"
    path.mkdir()
    return path


@pytest.fixture
def officer_id(capsys) -> str:
    assert main(["officer", "add", "PC123", "--name", "Jane Smith", "--agency", "Kent Police",
                 "--endorse", "L1", "--endorse", "L2-removable-media:2099-06-30",
                 "--endorse", "L3-live-data:2001-01-01"]) == 0
    capsys.readouterr()
    return "PC123"


def _record(case_dir: Path, officer_id: str, count: int = 3) -> None:
    with CustodyLedger.open(case_dir, load_officer(officer_id), tool_name="field-triage",
                            tool_version="0.1.0") as ledger:
        for n in range(count):
            ledger.record("scan.file-hashed", exhibit="ABC/1", reason=f"file {n}",
                          inputs=[{"path": f"/f{n}", "sha256": f"{n:064x}"}])


def test_officer_add_list_show(officer_id, capsys):
    assert main(["officer", "list"]) == 0
    assert capsys.readouterr().out == "PC123\tJane Smith\tKent Police\tL2\n"
    assert main(["officer", "show", "PC123"]) == 0
    out = capsys.readouterr().out
    assert "L2-removable-media (until 2099-06-30, valid)" in out
    assert "L3-live-data (until 2001-01-01, EXPIRED)" in out
    assert main(["officer", "show", "PC123", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["highest_level"] == "L2" and len(data["key_fingerprint"]) == 64
    assert main(["officer", "add", "PC123", "--name", "Again"]) == 1
    assert "already exists" in capsys.readouterr().err
    assert main(["officer", "add", "PC9", "--name", "X", "--endorse", "L7"]) == 1


def test_officer_add_with_passphrase_from_env(monkeypatch, capsys):
    monkeypatch.setenv("TRIAGE_KEY_PASSPHRASE", "s3cret")
    assert main(["officer", "add", "PC8", "--name", "Kim", "--passphrase"]) == 0
    assert "passphrase protected" in capsys.readouterr().out


def test_seal_then_verify_passes(case_dir, officer_id, capsys):
    _record(case_dir, officer_id)
    assert main(["custody", "seal", str(case_dir), "--officer", officer_id,
                 "--reason", "hand-over to lab"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("sealed: seq 4 sha256 ") and "signed by PC123" in out
    assert main(["custody", "verify", str(case_dir)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("VERIFIED - custody ledger intact: 4 entries, signed through seq 4")
    assert main(["custody", "verify", str(case_dir), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["ok"] is True and data["signed_seq"] == 4 and data["problem"] is None


def test_seal_uses_env_officer_else_unassigned(case_dir, officer_id, monkeypatch, capsys):
    monkeypatch.delenv("TRIAGE_OFFICER", raising=False)
    assert main(["custody", "seal", str(case_dir)]) == 0
    assert "signed by unassigned" in capsys.readouterr().out
    monkeypatch.setenv("TRIAGE_OFFICER", officer_id)
    assert main(["custody", "seal", str(case_dir)]) == 0
    assert "signed by PC123" in capsys.readouterr().out
    lines = (case_dir / "custody.jsonl").read_text().splitlines()
    assert [json.loads(line)["officer"] for line in lines] == ["unassigned", "PC123"]


def test_verify_names_the_first_broken_entry(case_dir, officer_id, capsys):
    _record(case_dir, officer_id, 5)
    assert main(["custody", "seal", str(case_dir), "--officer", officer_id]) == 0
    path = case_dir / "custody.jsonl"
    lines = path.read_bytes().splitlines(keepends=True)
    path.write_bytes(b"".join([lines[0], lines[2], lines[1]] + lines[3:]))
    capsys.readouterr()
    assert main(["custody", "verify", str(case_dir)]) == 1
    assert capsys.readouterr().out.startswith(
        "FAILED (reordered) - line 2 holds seq 3 where seq 2 belongs (seq 2 is at line 3)")
    assert main(["custody", "verify", str(case_dir), "--json"]) == 1
    problem = json.loads(capsys.readouterr().out)["problem"]
    assert (problem["kind"], problem["line"], problem["seq"]) == ("reordered", 2, 2)


def test_verify_reports_a_torn_line_as_interrupted_not_tampering(case_dir, officer_id, capsys):
    _record(case_dir, officer_id)
    with open(case_dir / "custody.jsonl", "ab") as ledger:
        ledger.write(b'{"action":"scan.fi')
    assert main(["custody", "verify", str(case_dir)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("VERIFIED, WITH AN INTERRUPTED WRITE")
    assert "notice (torn-last-line): line 4" in out


def test_verify_with_trusted_keys(case_dir, officer_id, tmp_path, capsys):
    _record(case_dir, officer_id)
    assert main(["custody", "seal", str(case_dir), "--officer", officer_id]) == 0
    trusted = tmp_path / "trusted"
    trusted.mkdir()
    assert main(["custody", "verify", str(case_dir), "--trusted-keys", str(trusted)]) == 1
    assert "not among the trusted keys" in capsys.readouterr().out
    for card in (case_dir / "signer-keys").glob("*.officer.json"):
        shutil.copy(card, trusted)
    assert main(["custody", "verify", str(case_dir), "--trusted-keys", str(trusted)]) == 0


def test_verify_without_a_ledger(tmp_path, capsys):
    assert main(["custody", "verify", str(tmp_path)]) == 1
    assert "FAILED (missing-ledger)" in capsys.readouterr().out


def test_show_prints_a_readable_log(case_dir, officer_id, capsys):
    _record(case_dir, officer_id, 2)
    assert main(["custody", "show", str(case_dir)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("   1  ") and out[0].endswith(
        "Z  PC123 [L2-removable-media]  scan.file-hashed ABC/1")
    assert out[1] == "        reason: file 0"
    assert out[2] == "        in: /f0 (sha256 " + "0" * 64 + ")"
    assert out[-1].startswith("VERIFIED")


def test_export_json_and_csv(case_dir, officer_id, tmp_path, capsys):
    _record(case_dir, officer_id, 2)
    assert main(["custody", "export", str(case_dir), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [e["seq"] for e in data["entries"]] == [1, 2]
    assert data["verification"]["ok"] is True and len(data["entries"][0]["line_sha256"]) == 64
    out = tmp_path / "custody.csv"
    assert main(["custody", "export", str(case_dir), "--format", "csv", "--out", str(out)]) == 0
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert [r["action"] for r in rows] == ["scan.file-hashed"] * 2
    assert rows[0]["officer"] == "PC123" and rows[0]["endorsement"] == "L2-removable-media"


def test_export_pdf(case_dir, officer_id, tmp_path, capsys):
    _record(case_dir, officer_id, 40)
    assert main(["custody", "seal", str(case_dir), "--officer", officer_id]) == 0
    out = tmp_path / "custody.pdf"
    assert main(["custody", "export", str(case_dir), "--format", "pdf", "--out", str(out)]) == 0
    assert out.read_bytes().startswith(b"%PDF")
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True,
                              text=True, check=True).stdout
        assert "Chain of custody record" in text and "VERIFIED" in text
        assert "Checked and signed by" in text and "Received by (hand-over)" in text
        assert "scan.file-hashed" in text


def test_export_missing_ledger_is_an_error(tmp_path, capsys):
    assert main(["custody", "export", str(tmp_path), "--format", "csv"]) == 1
    assert "no custody ledger" in capsys.readouterr().err


def test_bad_arguments_are_usage_errors(capsys):
    assert main(["custody", "export", "x", "--format", "docx"]) == 2


@pytest.mark.slow
@pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")
def test_sigkilled_scan_leaves_a_ledger_that_verifies_and_shows_the_interrupted_job(tmp_path,
                                                                                    case_at):
    source = tmp_path / "source"
    source.mkdir()
    for n in range(1500):
        (source / f"f{n:05}.bin").write_bytes(os.urandom(64 * 1024))
    case_dir = tmp_path / "case"
    scan = subprocess.Popen([sys.executable, "-m", "triage_app", "scan", str(source),
                             "--case", case_at(str(case_dir))], stdout=subprocess.DEVNULL)
    ledger = case_dir / "custody.jsonl"
    deadline = time.monotonic() + 60
    while b'"scan.started"' not in (ledger.read_bytes() if ledger.exists() else b""):
        assert scan.poll() is None and time.monotonic() < deadline, "the scan did not start"
        time.sleep(0.01)
    time.sleep(0.2)
    os.kill(scan.pid, signal.SIGKILL)
    assert scan.wait(timeout=30) == -signal.SIGKILL
    killed = verify_ledger(case_dir)
    assert killed.ok, killed.message
    actions = [json.loads(line)["action"] for line in ledger.read_bytes().splitlines()]
    assert "scan.started" in actions and "scan.finished" not in actions

    Case.open(case_dir).close()  # the next session marks the scan interrupted
    report = verify_ledger(case_dir)
    assert report.ok, report.message
    actions = [json.loads(line)["action"] for line in ledger.read_bytes().splitlines()]
    assert actions[-2:] == ["case.opened", "scan.interrupted"]


def test_clock_check_records_the_offset_and_never_rewrites_times(tmp_path, capsys) -> None:
    from datetime import datetime, timedelta

    case = tmp_path / "case"
    case.mkdir()
    reference = (datetime.now(UTC) + timedelta(seconds=90)).isoformat()
    assert main(["custody", "clock-check", str(case), "--reference", "force radio",
                 "--reference-time", reference]) == 0
    out = capsys.readouterr().out
    assert "force radio is +" in out
    assert main(["custody", "clock-check", str(case), "--reference", "watch", "--offset", "-2.5"]) == 0
    lines = [json.loads(line) for line in (case / "custody.jsonl").read_text().splitlines()]
    assert 88 <= lines[0]["details"]["offset_seconds"] <= 92
    assert lines[1]["details"] == {"reference": "watch", "offset_seconds": -2.5}
    assert main(["custody", "verify", str(case)]) == 0
    assert main(["custody", "clock-check", str(case), "--reference", "x",
                 "--reference-time", "06:00"]) == 1
