"""Competency is enforced below the faces: the command line gets the same answer as the window.

An officer endorsed L1 alone is refused collection and imaging with exit code 4, a one-line
reason, an ``action.refused`` custody entry, and nothing read from or written for the evidence.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.helpers import act_as, run_cli
from tests.fixtures.images import digests, make_ext4


def _ledger(case: Path) -> list[dict]:
    return [json.loads(line) for line in (case / "custody.jsonl").read_text().splitlines()]


@pytest.fixture
def stick(tmp_path: Path) -> Path:
    return make_ext4(tmp_path / "stick.raw", {"docs/plan.txt": b"the plan\n" * 50}, size="4M")


@pytest.mark.parametrize("command", [["collect"], ["image", "--format", "raw"]])
def test_l1_officer_is_refused_collect_and_image(command, stick, tmp_path, capsys,
                                                 monkeypatch, case_at) -> None:
    officer = act_as(monkeypatch, "L1")
    before = digests(stick.read_bytes())
    case = tmp_path / "case"
    run = run_cli(capsys, command[0], stick, "--case", case_at(case), "--exhibit", "ABC/1",
                  *command[1:])
    assert run.code == 4, run.err
    assert run.err.count("\n") == 1 and run.err.startswith("refused: ")
    assert "needs a valid L2 endorsement" in run.err and "holds L1" in run.err
    assert "request a specialist" in run.err and "Traceback" not in run.err
    [refusal] = [e for e in _ledger(case) if e["action"] == "action.refused"]
    assert refusal["officer"] == officer.id and refusal["exhibit"] == "ABC/1"
    why = refusal["details"].pop("why")
    assert refusal["details"] == {"refused_action": command[0],
                                  "needs": "L2", "officer_level": "L1"}
    assert "L2 endorsement" in why and run.err.strip().endswith(why)
    assert refusal["inputs"] == [{"source": str(stick)}]
    assert not (case / "evidence").exists()
    assert digests(stick.read_bytes()) == before
    verify = run_cli(capsys, "custody", "verify", case)
    assert verify.code == 0, verify.out + verify.err


def test_l2_officer_may_collect_where_l1_was_refused(stick, tmp_path, capsys, monkeypatch,
                                                     case_at) -> None:
    case = tmp_path / "case"
    act_as(monkeypatch, "L1")
    assert run_cli(capsys, "collect", stick, "--case", case_at(case), "--exhibit",
                   "ABC/1").code == 4
    act_as(monkeypatch, "L2")
    run = run_cli(capsys, "collect", stick, "--case", case_at(case), "--exhibit", "ABC/1")
    assert run.code == 0, run.err
    actions = [e["action"] for e in _ledger(case)]
    assert actions.count("action.refused") == 1 and "collect.finished" in actions, actions


def test_an_expired_endorsement_counts_as_none(stick, tmp_path, capsys, monkeypatch,
                                               case_at) -> None:
    act_as(monkeypatch, "L2:2020-01-01", officer_id="PC-lapsed")
    run = run_cli(capsys, "image", stick, "--case", case_at(tmp_path / "case"))
    assert run.code == 4 and "holds no level" in run.err
