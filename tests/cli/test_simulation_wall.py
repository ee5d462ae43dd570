"""Training is walled off from real cases (design section 1, issue: simulation mode).

``scenario build`` makes a SIMULATION case whose every custody entry is marked and signed with
a training key; a scan of its synthetic evidence finds what was planted. Each separation rule
is tried both ways on the command line: a refusal is exit 4, one line, and an
``action.refused`` entry in the case's ledger.
"""

from __future__ import annotations

import base64
import json
import shutil
import subprocess
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.serialization import load_pem_public_key

from tests.cli.helpers import act_as, run_cli
from tests.fixtures.images import make_ext4, need
from tests.fixtures.scenario import PACK, TRAINER, build, write_pack
from triage_app.simulation.marker import MARKER_FILE


def _ledger(case: Path) -> list[dict]:
    return [json.loads(line) for line in (case / "custody.jsonl").read_text().splitlines()]


def _refused(run, case: Path, words: str) -> dict:
    assert run.code == 4, (run.out, run.err)
    assert run.err.startswith("refused: ") and run.err.count("\n") == 1, run.err
    assert words in run.err, run.err
    refusal = _ledger(case)[-1]
    assert refusal["action"] == "action.refused" and words in refusal["details"]["why"]
    return refusal


@pytest.fixture
def sim(tmp_path):
    return build(tmp_path / "sim")


@pytest.fixture
def pieces(sim):
    return {piece.id: piece.path for piece in sim.artefacts}


def test_scenario_build_makes_a_marked_simulation_case(tmp_path, capsys, monkeypatch):
    pack = write_pack(tmp_path)
    act_as(monkeypatch, "TRAINER", TRAINER)
    run = run_cli(capsys, "scenario", "build", pack, "--out", tmp_path / "out", "--seed", "3")
    assert run.code == 0, run.err
    assert "SIMULATION" in run.out and "usb-fs.img" in run.out
    case = tmp_path / "out" / "case"
    show = run_cli(capsys, "case", "show", case, "--json").json()
    assert show["mode"] == "SIMULATION" and show["authority"]["ref"] == "TRAIN-W-001"
    assert [d["device"] for d in show["exhibits"]] == ["removable", "laptop"]
    entries = _ledger(case)
    assert all(e["details"]["case_mode"] == "SIMULATION" for e in entries)
    [built] = [e for e in entries if e["action"] == "scenario.built"]
    assert built["details"]["scenario"] == PACK["name"] and built["details"]["seed"] == 3
    assert len(built["details"]["manifest"]["evidence"]) == 5
    verify = run_cli(capsys, "custody", "verify", case, "--json")
    assert verify.code == 0, verify.out
    # the manifest beside the evidence is signed with the builder's training key
    evidence = tmp_path / "out" / "evidence"
    signature = json.loads((evidence / "simulation-manifest.json.sig").read_text())
    card = json.loads((case / "signer-keys" / f"{signature['key']}.officer.json").read_text())
    assert card["purpose"] == "training" and card["officer"] == TRAINER
    load_pem_public_key(card["public_key"].encode()).verify(
        base64.b64decode(signature["signature"]), (evidence / "simulation-manifest.json").read_bytes())


def test_only_a_trainer_builds_a_scenario(tmp_path, capsys, monkeypatch):
    act_as(monkeypatch, "L3")
    run = run_cli(capsys, "scenario", "build", write_pack(tmp_path), "--out", tmp_path / "out")
    assert run.code == 4 and "TRAINER" in run.err
    assert not (tmp_path / "out").exists()


def test_a_scan_of_the_synthetic_evidence_finds_what_was_planted(sim, pieces, capsys,
                                                                  monkeypatch):
    act_as(monkeypatch, "L2")
    for ident in ("usb-fs", "sd-card", "laptop-disk", "docs"):
        assert run_cli(capsys, "scan", pieces[ident], "--case", sim.case).code == 0
    findings = run_cli(capsys, "findings", "list", sim.case, "--json").json()
    found = {(f["kind"], f["path"].lstrip("/")) for f in findings}
    planted = [(plant["finding"], plant["path"]) for piece in sim.artefacts
               for plant in piece.plants if plant["finding"]]
    assert len(planted) >= 12
    assert [p for p in planted if p not in found] == []
    values = " ".join(json.dumps(f) for f in findings)
    for piece in sim.artefacts:
        for plant in piece.plants:
            if plant["artefact"] == "address":
                assert plant["value"] in values
    locked = run_cli(capsys, "scan", pieces["locked"], "--case", sim.case)
    assert locked.code == 3 and "BitLocker" in locked.err


@pytest.mark.parametrize("command", [["scan"], ["collect"], ["image", "--format", "raw"],
                                     ["hash"]])
def test_a_real_source_is_refused_by_a_simulation_case(command, sim, tmp_path, capsys,
                                                        monkeypatch):
    act_as(monkeypatch, "L2")
    real = make_ext4(tmp_path / "real.raw", {"docs/plan.txt": b"the plan\n" * 50}, size="4M")
    run = run_cli(capsys, command[0], real, "--case", sim.case, *command[1:])
    refusal = _refused(run, sim.case, "is not this scenario's synthetic evidence")
    assert refusal["details"]["case_mode"] == "SIMULATION"
    assert refusal["inputs"][0]["wall"] == "simulation"


@pytest.mark.parametrize("command", [["scan"], ["collect"], ["image", "--format", "raw"],
                                     ["hash"]])
def test_synthetic_evidence_is_refused_by_a_live_case(command, sim, pieces, tmp_path, capsys,
                                                      monkeypatch, case_at):
    act_as(monkeypatch, "L2")
    copy = tmp_path / "elsewhere" / "disk.E01"  # a copy under another name is still synthetic
    copy.parent.mkdir()
    shutil.copy(pieces["laptop-disk"], copy)
    live = case_at(tmp_path / "live")
    for source in (pieces["usb-fs"], copy):
        run = run_cli(capsys, command[0], source, "--case", live, *command[1:])
        refusal = _refused(run, live, "cannot be attached to a LIVE case")
        assert "case_mode" not in refusal["details"]


def test_a_copied_mark_or_a_changed_byte_does_not_pass_the_wall(sim, pieces, tmp_path, capsys,
                                                                monkeypatch):
    act_as(monkeypatch, "L2")
    real = tmp_path / "real"
    real.mkdir()
    (real / "bank.txt").write_text("account 12345678\n")
    shutil.copy(pieces["docs"] / MARKER_FILE, real / MARKER_FILE)
    _refused(run_cli(capsys, "scan", real, "--case", sim.case), sim.case,
             "differs from piece docs as built")
    grown = tmp_path / "grown"
    shutil.copytree(pieces["docs"], grown)
    (grown / "real.txt").write_text("slipped in\n")
    _refused(run_cli(capsys, "scan", grown, "--case", sim.case), sim.case, "differs from piece")
    changed = tmp_path / "changed.img"
    data = bytearray(pieces["usb-fs"].read_bytes())
    data[-1] ^= 1
    changed.write_bytes(bytes(data))
    _refused(run_cli(capsys, "scan", changed, "--case", sim.case), sim.case,
             "differs from piece usb-fs")
    assert run_cli(capsys, "scan", pieces["docs"], "--case", sim.case).code == 0


def test_a_trainee_works_on_simulation_cases_only(sim, pieces, tmp_path, capsys, monkeypatch,
                                                  case_at):
    live = case_at(tmp_path / "live")
    real = tmp_path / "real"
    real.mkdir()
    (real / "a.txt").write_text("a\n")
    trainee = act_as(monkeypatch, "TRAINEE")
    run = run_cli(capsys, "scan", real, "--case", live)
    refusal = _refused(run, live, "simulation cases only")
    assert refusal["officer"] == trainee.id
    assert run_cli(capsys, "scan", pieces["docs"], "--case", sim.case).code == 0
    act_as(monkeypatch, "TRAINER", "TR-2")
    _refused(run_cli(capsys, "device", "add", live, "--exhibit", "ABC/1", "--kind", "laptop"),
             live, "simulation cases only")



def test_a_simulation_label_says_simulation(sim, tmp_path, capsys, monkeypatch):
    need("pdftotext")
    act_as(monkeypatch, "L1")
    label = tmp_path / "label.pdf"
    assert run_cli(capsys, "label", sim.case, "--exhibit", "SIM/1", "--out", label).code == 0
    text = subprocess.run(["pdftotext", str(label), "-"], check=True, capture_output=True,
                          text=True).stdout
    assert "SIMULATION" in text and "LIVE" not in text


@pytest.mark.parametrize("level", ["TRAINEE", "TRAINER"])
def test_a_training_only_officer_makes_no_real_case_at_all(capsys, monkeypatch, tmp_path,
                                                           level) -> None:
    act_as(monkeypatch, level)
    run = run_cli(capsys, "case", "new", tmp_path / "case", "--ref", "X", "--authority-type",
                  "warrant", "--authority-ref", "W-1", "--issuer", "Court", "--valid-until",
                  "2099-12-31", "--scope", "all")
    assert run.code == 4 and "endorsed for training only" in run.err
    assert not (tmp_path / "case").exists()  # nothing half-made: no LIVE case.created entry
