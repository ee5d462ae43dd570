"""The case binds its ledger (issue 15 item 3): a ledger from another case, or one cut back
and stripped of its signatures, is refused by Case.open and fails ``custody verify``."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from tests.cli.helpers import run_cli
from triage_app.case.case import Case
from triage_app.case.store import CaseStore
from triage_app.core.officer import Officer, save_officer
from triage_app.custody.ledger import CustodyLedger
from triage_app.custody.verify import verify_ledger
from triage_app.errors import IntegrityError

LEDGER_FILES = ("custody.jsonl", "custody.signatures.jsonl")


@pytest.fixture
def officer() -> Officer:
    officer = Officer(id="PC123", name="Jane Smith", agency="Kent Police")
    save_officer(officer)
    return officer


def _case(path: Path, officer: Officer, steps: int = 2) -> Path:
    with Case.open(path, officer=officer) as case:
        for n in range(steps):
            case.record(f"test.step-{n}")
        case.checkpoint("end of test")
    return path


def test_the_first_entry_binds_the_ledger_to_its_case(tmp_path, officer):
    case_dir = _case(tmp_path / "case", officer)
    report = verify_ledger(case_dir)
    assert report.ok and report.case is not None
    assert report.case["case_ref"] == "case" and report.case["officer"] == "PC123"
    with Case.open(case_dir, officer=officer) as case:
        assert case.store.get_meta("case_id") == report.case["case_id"]
        assert [row["seq"] for row in case.store.checkpoints()] == [4]


def test_a_ledger_copied_from_another_case_is_refused(tmp_path, officer, capsys):
    ours, theirs = _case(tmp_path / "ours", officer), _case(tmp_path / "theirs", officer, 5)
    for name in LEDGER_FILES:
        shutil.copy(theirs / name, ours / name)
    before = (ours / "custody.jsonl").read_bytes()
    run = run_cli(capsys, "custody", "verify", ours)
    assert run.code == 1 and run.out.startswith("FAILED (replaced)"), run.out
    with pytest.raises(IntegrityError, match="is not this case's"):
        Case.open(ours, officer=officer)
    assert (ours / "custody.jsonl").read_bytes() == before  # nothing appended


def test_a_ledger_cut_back_and_stripped_of_signatures_is_tampering(tmp_path, officer, capsys):
    case_dir = _case(tmp_path / "case", officer)
    first = (case_dir / "custody.jsonl").read_bytes().split(b"\n")[0] + b"\n"
    (case_dir / "custody.jsonl").write_bytes(first)
    (case_dir / "custody.signatures.jsonl").unlink()
    run = run_cli(capsys, "custody", "verify", case_dir)
    assert run.code == 1 and run.out.startswith("FAILED (truncated)"), run.out
    assert "the ledger ends at seq 1: it was cut back" in run.out
    with pytest.raises(IntegrityError, match="no longer holds the checkpoint signed at seq 4"):
        Case.open(case_dir, officer=officer)


def test_signatures_removed_from_an_intact_ledger_are_tampering(tmp_path, officer, capsys):
    case_dir = _case(tmp_path / "case", officer)
    (case_dir / "custody.signatures.jsonl").unlink()
    run = run_cli(capsys, "custody", "verify", case_dir)
    assert run.code == 1 and "FAILED (missing-signature)" in run.out


def test_verify_prints_head_count_signers_and_the_ends_coverage(tmp_path, officer, capsys):
    case_dir = _case(tmp_path / "case", officer)
    report = verify_ledger(case_dir)
    key = report.signers[0]["key"]
    run = run_cli(capsys, "custody", "verify", case_dir)
    assert run.code == 0, run.out
    assert f"head: seq 4 sha256 {report.head_sha256} (4 entries)" in run.out
    assert "end of the ledger: covered by a signature" in run.out
    assert f"signer: {key} Jane Smith (PC123), seq 4" in run.out
    with Case.open(case_dir, officer=officer) as case:
        case.record("test.after-the-seal")
    run = run_cli(capsys, "custody", "verify", case_dir)
    assert run.code == 0 and "end of the ledger: NOT covered by a signature" in run.out


def test_a_case_made_before_cases_had_ids_is_bound_when_next_opened(tmp_path, officer):
    case_dir = tmp_path / "case"
    case_dir.mkdir()
    CaseStore(case_dir).close()  # an older store: no case id, no checkpoints
    with CustodyLedger.open(case_dir, officer, tool_name="field-triage",
                            tool_version="0.1") as ledger:
        ledger.record("case.created", details={"case_ref": "case"})  # no case id yet
        ledger.checkpoint("older release")
    with Case.open(case_dir, officer=officer) as case:
        case_id = case.store.get_meta("case_id")
    entries = [json.loads(line) for line in (case_dir / "custody.jsonl").read_bytes().splitlines()]
    bound = [e for e in entries if e["action"] == "case.bound"]
    assert len(bound) == 1 and bound[0]["details"]["case_id"] == case_id
    report = verify_ledger(case_dir)
    assert report.ok and report.case["case_id"] == case_id
    with Case.open(case_dir, officer=officer) as case:  # bound once, checked from now on
        assert case.store.get_meta("case_id") == case_id
    assert sum(1 for e in (case_dir / "custody.jsonl").read_bytes().splitlines()
               if b'"case.bound"' in e) == 1


def test_a_lost_store_takes_the_ledgers_own_case_id_again(tmp_path, officer, capsys):
    case_dir = _case(tmp_path / "case", officer)
    case_id = verify_ledger(case_dir).case["case_id"]
    (case_dir / "case.sqlite").unlink()
    with Case.open(case_dir, officer=officer) as case:
        assert case.store.get_meta("case_id") == case_id
        case.store.set_meta("case_id", "another-case")
    run = run_cli(capsys, "custody", "verify", case_dir)
    assert run.code == 1 and run.out.startswith(f"FAILED (replaced) - the ledger belongs to "
                                                f"case {case_id}, not to this case (another-case)")


def test_custody_verify_reads_a_store_of_an_older_release(tmp_path, officer, capsys):
    case_dir = _case(tmp_path / "case", officer)
    with sqlite3.connect(case_dir / "case.sqlite") as db:
        db.execute("DROP TABLE custody_checkpoints")
    run = run_cli(capsys, "custody", "verify", case_dir)
    assert run.code == 0 and run.out.startswith("VERIFIED"), run.out + run.err
