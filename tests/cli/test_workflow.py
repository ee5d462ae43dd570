"""``triage-app workflow check|decide|done|deviate|next`` and ``--rules``."""

from __future__ import annotations

import json

from tests.cli.helpers import act_as, run_cli
from triage_app import config
from triage_app.workflow.rules import DEFAULT_RULES, RULES_ENV


def _ledger(case) -> list[dict]:
    return [json.loads(line) for line in (case / "custody.jsonl").read_text().splitlines()]


def test_check_names_problems_with_lines(tmp_path, capsys) -> None:
    shipped = config.resource(*DEFAULT_RULES)
    ok = run_cli(capsys, "workflow", "check", shipped)
    assert ok.code == 0 and "hold" in ok.out
    bad = tmp_path / "bad.yaml"
    bad.write_text(shipped.read_text().replace("outcome: leave-off", "outcome: leave-of", 1))
    run = run_cli(capsys, "workflow", "check", bad)
    assert run.code == 1 and "line " in run.out and "unknown outcome 'leave-of'" in run.out


def test_decide_done_and_next(tmp_path, capsys, case_at) -> None:
    case = case_at(tmp_path / "case")
    assert run_cli(capsys, "device", "add", case, "--exhibit", "ABC/1", "--kind",
                   "laptop").code == 0
    first = run_cli(capsys, "workflow", "decide", case, "--exhibit", "ABC/1", "--json").json()
    assert {"exhibit", "outcome", "kind", "text", "rule", "missing_facts"} <= first.keys()
    assert first["outcome"] is None and first["missing_facts"][:2] == ["destruction", "power"]
    items = run_cli(capsys, "workflow", "next", case, "--json").json()
    assert {"kind": "device", "ref": "ABC/1"}.items() <= items[0].items()
    assert items[0]["missing_facts"][0] == "destruction"
    assert run_cli(capsys, "workflow", "done", case, "--exhibit", "ABC/1").code == 1
    assert run_cli(capsys, "device", "update", case, "--exhibit", "ABC/1", "--fact",
                   "destruction=no", "--fact", "power=off").code == 0
    decided = run_cli(capsys, "workflow", "decide", case, "--exhibit", "ABC/1", "--json").json()
    assert (decided["outcome"], decided["kind"], decided["rule"]) == ("leave-off", "instruction",
                                                                     "computer-off")
    recorded = [e for e in _ledger(case) if e["action"] == "decision.recorded"][-1]
    assert recorded["details"]["facts"] == {"destruction": "no", "power": "off"}
    assert len(recorded["details"]["rules_sha256"]) == 64
    assert [i["kind"] for i in run_cli(capsys, "workflow", "next", case,
                                       "--json").json()][:1] == ["decision"]
    assert run_cli(capsys, "workflow", "done", case, "--exhibit", "ABC/1").code == 0
    left = run_cli(capsys, "workflow", "next", case, "--json").json()
    assert all(i["kind"] == "step" for i in left) and left


def test_deviation_needs_l2_and_a_reason(tmp_path, capsys, monkeypatch, case_at) -> None:
    act_as(monkeypatch, "L1")
    case = case_at(tmp_path / "case")
    assert run_cli(capsys, "device", "add", case, "--exhibit", "ABC/1", "--kind", "phone",
                   "--fact", "destruction=no", "--fact", "power=on").code == 0
    assert run_cli(capsys, "workflow", "decide", case, "--exhibit", "ABC/1").code == 0
    refused = run_cli(capsys, "workflow", "deviate", case, "--exhibit", "ABC/1", "--reason",
                      "no bag", "--action", "switched it off")
    assert refused.code == 4 and "L2" in refused.err
    act_as(monkeypatch, "L2")
    blank = run_cli(capsys, "workflow", "deviate", case, "--exhibit", "ABC/1", "--reason",
                    "  ", "--action", "switched it off")
    assert blank.code == 1 and "written reason" in blank.err
    assert run_cli(capsys, "workflow", "deviate", case, "--exhibit", "ABC/1", "--reason",
                   "no Faraday bag", "--action", "switched it off").code == 0


def test_an_agency_rules_file_changes_the_answer_and_is_recorded(tmp_path, capsys,
                                                                 monkeypatch, case_at) -> None:
    act_as(monkeypatch, "L2")
    case = case_at(tmp_path / "case")
    agency = tmp_path / "agency.yaml"
    agency.write_text(config.resource(*DEFAULT_RULES).read_text().replace(
        "levels: [TRAINEE, L1]}", "levels: [TRAINEE, L1, L2]}").replace(
        'version: "2026.11-1"', 'version: "agency-7"'))
    assert run_cli(capsys, "device", "add", case, "--exhibit", "ABC/1", "--kind", "removable",
                   "--fact", "destruction=no").code == 0
    shipped = run_cli(capsys, "workflow", "decide", case, "--exhibit", "ABC/1", "--json")
    assert shipped.json()["outcome"] == "triage-behind-write-blocker"
    run = run_cli(capsys, "--rules", agency, "workflow", "decide", case, "--exhibit", "ABC/1",
                  "--json")
    assert run.json()["outcome"] == "bag-and-seal"
    monkeypatch.setenv(RULES_ENV, str(agency))
    assert run_cli(capsys, "workflow", "decide", case, "--exhibit", "ABC/1",
                   "--json").json()["outcome"] == "bag-and-seal"
    versions = [e["details"]["rules_version"] for e in _ledger(case)
                if e["action"] == "workflow.rules-loaded"]
    assert versions == ["2026.11-1", "agency-7"]
    broken = tmp_path / "broken.yaml"
    broken.write_text("version: 1\n")
    run = run_cli(capsys, "--rules", broken, "device", "list", case)
    assert run.code == 1 and "do not hold" in run.err and run.err.count("\n") == 1


def test_a_refused_action_becomes_a_recorded_request_for_a_specialist(tmp_path, capsys,
                                                                      monkeypatch,
                                                                      case_at) -> None:
    act_as(monkeypatch, "L1")
    case = case_at(tmp_path / "case")
    stick = tmp_path / "stick.txt"
    stick.write_text("x")
    assert run_cli(capsys, "collect", stick, "--case", case, "--exhibit", "ABC/3").code == 4
    run = run_cli(capsys, "workflow", "request-specialist", case, "--action", "collect",
                  "--exhibit", "ABC/3", "--note", "stick found in the desk")
    assert run.code == 0 and "specialist requested for collect on ABC/3" in run.out
    [request] = [e for e in _ledger(case) if e["action"] == "specialist.requested"]
    assert request["exhibit"] == "ABC/3" and request["reason"] == "stick found in the desk"
    assert request["details"]["requested_action"] == "collect"
    assert request["details"]["officer_level"] == "L1"
    unknown = run_cli(capsys, "workflow", "request-specialist", case, "--action", "fly")
    assert unknown.code == 2
