"""``triage-app findings ...`` through main(argv), on a case made by ``triage-app scan``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.helpers import run_cli
from tests.fixtures.planted_case import SEED, SEED16, WIF, PlantedCase, make_planted_case


@pytest.fixture
def planted(tmp_path: Path) -> PlantedCase:
    return make_planted_case(tmp_path)


def _ids(capsys, case_dir: Path) -> dict[str, int]:
    listed = run_cli(capsys, "findings", "list", case_dir, "--json").json()
    return {("utf16-" if f["encoding"] == "utf-16le" else "") + f["kind"]: f["id"]
            for f in listed}


def test_scan_cli_then_list(tmp_path, capsys, case_at):
    evidence = tmp_path / "evidence"
    evidence.mkdir()
    (evidence / "seed.txt").write_text(f"my words:\n{SEED}\n")
    case = tmp_path / "case"
    assert run_cli(capsys, "scan", evidence, "--case", case_at(case), "--analyzers",
                   "crypto").code == 0
    text = run_cli(capsys, "findings", "list", case)
    assert text.code == 0 and "crypto/crypto-seed-phrase" in text.out
    assert "12-word phrase starting 'legal', redacted" in text.out and "file: /seed.txt" in text.out
    assert SEED not in text.out
    listed = run_cli(capsys, "findings", "list", case, "--json").json()
    assert [(f["kind"], f["status"], f["sensitive"]) for f in listed] == [
        ("crypto-seed-phrase", "new", True)]
    assert listed[0]["method"].startswith("content scan (ascii)")


def test_confirm_dismiss_and_filters(planted, capsys):
    ids = _ids(capsys, planted.case_dir)
    ok = run_cli(capsys, "findings", "confirm", planted.case_dir, ids["crypto-address"],
                 "--reason", "matches the receipt", "--officer", "PC101")
    assert ok.code == 0 and "confirmed by PC101" in ok.out
    assert run_cli(capsys, "findings", "dismiss", planted.case_dir,
                   ids["crypto-seed-phrase"], "--officer", "PC101").code == 0
    confirmed = run_cli(capsys, "findings", "list", planted.case_dir, "--status", "confirmed",
                        "--json").json()
    assert [f["id"] for f in confirmed] == [ids["crypto-address"]]
    assert confirmed[0]["decided_by"] == "PC101"
    seeds = run_cli(capsys, "findings", "list", planted.case_dir, "--kind",
                    "crypto-seed-phrase", "--json").json()
    assert len(seeds) == 2
    ledger = (planted.case_dir / "custody.jsonl").read_text()
    actions = [json.loads(line)["action"] for line in ledger.splitlines()]
    assert actions.count("finding.confirmed") == 1 and actions.count("finding.dismissed") == 1
    assert '"reason":"matches the receipt"' in ledger
    missing = run_cli(capsys, "findings", "confirm", planted.case_dir, "999", "--officer", "PC101")
    assert missing.code == 1 and "no finding 999" in missing.err
    assert run_cli(capsys, "custody", "verify", planted.case_dir).code == 0


def test_reveal_refused_below_l3_and_done_for_l3(planted, capsys):
    ids = _ids(capsys, planted.case_dir)
    refused = run_cli(capsys, "findings", "reveal", planted.case_dir, ids["crypto-private-key"],
                      "--reason", "need it", "--officer", "PC101")
    assert refused.code == 4 and "needs a valid L3 endorsement" in refused.err
    assert "request-specialist" in refused.err and WIF not in refused.out + refused.err
    requested = run_cli(capsys, "findings", "request-specialist", planted.case_dir,
                        ids["crypto-private-key"], "--note", "key on a USB stick",
                        "--officer", "PC101")
    assert requested.code == 0 and "specialist requested" in requested.out
    no_reason = run_cli(capsys, "findings", "reveal", planted.case_dir,
                        ids["crypto-private-key"], "--officer", "DS301")
    assert no_reason.code == 2 and "--reason" in no_reason.err
    shown = run_cli(capsys, "findings", "reveal", planted.case_dir, ids["utf16-crypto-seed-phrase"],
                    "--reason", "sweep to the seizure wallet", "--officer", "DS301")
    assert shown.code == 0 and shown.out.strip() == SEED16
    assert "recorded as custody entry" in shown.err
    ledger = (planted.case_dir / "custody.jsonl").read_text()
    entries = [json.loads(line) for line in ledger.splitlines()]
    assert [e["action"] for e in entries if e["action"] in (
        "specialist.requested", "finding.secret-revealed")] == [
        "specialist.requested", "finding.secret-revealed"]
    revealed = entries[-1]
    assert revealed["officer"] == "DS301" and revealed["reason"] == "sweep to the seizure wallet"
    for secret in (WIF, SEED, SEED16):
        assert secret not in ledger
    assert run_cli(capsys, "custody", "verify", planted.case_dir).code == 0
