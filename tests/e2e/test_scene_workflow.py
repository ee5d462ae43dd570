"""The scene workflow from the command line, as issue 10 tells it: an L1 officer makes a case
under a warrant, registers a laptop (on, BitLocker showing), a phone (on) and a USB stick, and
is told what to do at each; an L1 scan of the stick is refused; an L2 officer records a write
blocker and scans it; a supervisor signs off the L2 officer's deviation, which the L2 officer
cannot; labels carry the custody head in a QR code; the ledger verifies."""

from __future__ import annotations

import hashlib
import json
import subprocess
from pathlib import Path

import zxingcpp
from PIL import Image

from tests.cli.helpers import act_as, run_cli
from tests.fixtures.images import make_ext4, need, tree_snapshot

AUTHORITY = ["--authority-type", "warrant", "--authority-ref", "W-2026-0042",
             "--issuer", "Test Magistrates' Court", "--valid-until", "2099-12-31",
             "--scope", "all digital devices at 1 Test Street"]


def _ledger(case: Path) -> list[dict]:
    return [json.loads(line) for line in (case / "custody.jsonl").read_text().splitlines()]


def _qr_of(pdf: Path, tmp_path: Path) -> str:
    need("pdftoppm")
    stem = tmp_path / pdf.stem
    subprocess.run(["pdftoppm", "-r", "300", "-png", "-singlefile", str(pdf), str(stem)],
                   check=True)
    [code] = zxingcpp.read_barcodes(Image.open(f"{stem}.png"))
    return code.text


def test_scene_workflow_end_to_end(tmp_path: Path, capsys, monkeypatch) -> None:
    case = tmp_path / "case"
    stick = make_ext4(tmp_path / "stick.raw", {"docs/plan.txt": b"the plan\n" * 40})
    stick_before = tree_snapshot(tmp_path / "stick.raw")
    l1 = act_as(monkeypatch, "L1", "PC-ONE")
    assert run_cli(capsys, "case", "new", case, "--ref", "OP-ORCHID", *AUTHORITY).code == 0
    shown = run_cli(capsys, "case", "show", case, "--json").json()
    assert shown["ref"] == "OP-ORCHID" and shown["mode"] == "LIVE"
    assert shown["authority"]["ref"] == "W-2026-0042" and shown["exhibits"] == []

    devices = [("ABC/1", "laptop", ["power=on", "encryption=yes", "destruction=no"]),
               ("ABC/2", "phone", ["power=on", "destruction=no"]),
               ("ABC/3", "removable", ["destruction=no"])]
    for ref, kind, facts in devices:
        args = [a for fact in facts for a in ("--fact", fact)]
        run = run_cli(capsys, "device", "add", case, "--exhibit", ref, "--kind", kind,
                      "--seal", f"SEAL-{ref[-1]}", *args)
        assert run.code == 0, run.err
    outcomes = {}
    for ref, _, _ in devices:
        decided = run_cli(capsys, "workflow", "decide", case, "--exhibit", ref, "--json").json()
        assert decided["exhibit"] == ref and decided["missing_facts"] == []
        outcomes[ref] = (decided["outcome"], decided["kind"])
    assert outcomes == {"ABC/1": ("stop-call-specialist", "stop"),
                        "ABC/2": ("isolate-keep-powered", "instruction"),
                        "ABC/3": ("bag-and-seal", "instruction")}

    refused = run_cli(capsys, "scan", stick, "--case", case, "--exhibit", "ABC/3")
    assert refused.code == 4 and "needs a valid L2 endorsement" in refused.err
    [refusal] = [e for e in _ledger(case) if e["action"] == "action.refused"]
    assert refusal["officer"] == l1.id and refusal["details"]["refused_action"] == "scan"
    assert not any(e["action"] == "scan.started" for e in _ledger(case))

    l2 = act_as(monkeypatch, "L2", "PC-TWO")
    too_early = run_cli(capsys, "scan", stick, "--case", case, "--exhibit", "ABC/3")
    assert too_early.code == 4 and "write-blocker" in too_early.err
    assert run_cli(capsys, "device", "update", case, "--exhibit", "ABC/3", "--fact",
                   "write-blocker=Tableau T8u 000123").code == 0
    scanned = run_cli(capsys, "scan", stick, "--case", case, "--exhibit", "ABC/3", "--jsonl")
    assert scanned.code == 0, scanned.err
    assert scanned.jsonl()[-1]["status"] == "finished"
    assert tree_snapshot(tmp_path / "stick.raw") == stick_before
    deviation = run_cli(capsys, "workflow", "deviate", case, "--exhibit", "ABC/1",
                        "--reason", "the battery was failing", "--action", "pulled the plug")
    assert deviation.code == 0, deviation.err

    pending = run_cli(capsys, "review", "list", case, "--json").json()
    [item] = [i["item"] for i in pending if i["action"] == "deviation.recorded"]
    assert {i["action"] for i in pending} == {"deviation.recorded", "action.refused"}
    own = run_cli(capsys, "review", "approve", case, item, "--reason", "fine by me")
    assert own.code == 4
    assert _ledger(case)[-1]["action"] == "action.refused"
    assert _ledger(case)[-1]["details"]["refused_action"] == "approve"
    act_as(monkeypatch, "SUPERVISOR", "SGT-THREE")
    approved = run_cli(capsys, "review", "approve", case, item, "--reason", "right call")
    assert approved.code == 0, approved.err
    verdict = next(e for e in _ledger(case) if e["action"] == "review.approved")
    assert verdict["officer"] == "SGT-THREE" and verdict["details"]["item_officer"] == l2.id
    assert item not in [i["item"] for i in run_cli(capsys, "review", "list", case,
                                                   "--json").json()]

    monkeypatch.setenv("TRIAGE_OFFICER", l1.id)
    line_hashes = {hashlib.sha256(line).hexdigest()
                   for line in (case / "custody.jsonl").read_bytes().splitlines(keepends=True)}
    for ref, size in (("ABC/3", "62mm"), ("ABC/1", "a4")):
        out = tmp_path / f"label-{ref[-1]}.pdf"
        run = run_cli(capsys, "label", case, "--exhibit", ref, "--out", out, "--size", size)
        assert run.code == 0, run.err
        head = _qr_of(out, tmp_path)
        lines = (case / "custody.jsonl").read_bytes().splitlines(keepends=True)
        line_hashes |= {hashlib.sha256(line).hexdigest() for line in lines}
        assert head in line_hashes and head in run.out
        printed = [e for e in _ledger(case) if e["action"] == "label.printed"][-1]
        assert printed["exhibit"] == ref and printed["details"]["head_sha256"] == head

    verify = run_cli(capsys, "custody", "verify", case)
    assert verify.code == 0, verify.out + verify.err
    rules_entries = [e for e in _ledger(case) if e["action"] == "workflow.rules-loaded"]
    decisions = [e for e in _ledger(case) if e["action"] == "decision.recorded"]
    assert len(rules_entries) == 1
    assert {d["details"]["rules_sha256"] for d in decisions} == {
        rules_entries[0]["details"]["rules_sha256"]}
