"""``triage-app review list|approve|reject``: only a SUPERVISOR signs off, never their own."""

from __future__ import annotations

import json

from tests.cli.helpers import act_as, run_cli


def _ledger(case) -> list[dict]:
    return [json.loads(line) for line in (case / "custody.jsonl").read_text().splitlines()]


def _deviation(capsys, case) -> int:
    assert run_cli(capsys, "device", "add", case, "--exhibit", "ABC/1", "--kind", "phone",
                   "--fact", "destruction=no", "--fact", "power=on").code == 0
    assert run_cli(capsys, "workflow", "decide", case, "--exhibit", "ABC/1").code == 0
    assert run_cli(capsys, "workflow", "deviate", case, "--exhibit", "ABC/1", "--reason",
                   "no Faraday bag", "--action", "switched it off").code == 0
    [item] = run_cli(capsys, "review", "list", case, "--json").json()
    assert item["action"] == "deviation.recorded" and item["reason"] == "no Faraday bag"
    return item["item"]


def test_a_supervisor_cannot_sign_off_their_own_deviation(tmp_path, capsys, monkeypatch,
                                                          case_at) -> None:
    from triage_app.core.officer import Endorsement, Officer, save_officer

    save_officer(Officer(id="SGT-1", name="Sgt One", endorsements=(
        Endorsement.parse("L2"), Endorsement.parse("SUPERVISOR"))))
    monkeypatch.setenv("TRIAGE_OFFICER", "SGT-1")
    case = case_at(tmp_path / "case")
    item = _deviation(capsys, case)
    own = run_cli(capsys, "review", "approve", case, item, "--reason", "looks right")
    assert own.code == 4 and "own" in own.err
    assert _ledger(case)[-1]["action"] == "action.refused"
    act_as(monkeypatch, "SUPERVISOR", "SGT-2")
    assert run_cli(capsys, "review", "reject", case, item, "--reason", "").code == 1
    assert run_cli(capsys, "review", "reject", case, item, "--reason", "bag was there").code == 0
    assert run_cli(capsys, "review", "approve", case, item, "--reason", "again").code == 1
    rejected = [e for e in _ledger(case) if e["action"] == "review.rejected"]
    assert [e["details"]["item"] for e in rejected] == [item]
    left = run_cli(capsys, "review", "list", case, "--json").json()
    assert item not in [i["item"] for i in left]
    assert {i["action"] for i in left} == {"action.refused"}  # the refused self-approval
