"""``triage-app scenario``: list, show, check (and score, debrief, inject on a played case)."""

from __future__ import annotations

from pathlib import Path

from tests.cli.helpers import run_cli
from triage_app import config

L1 = config.resource("scenarios", "l1-flat-search.yaml")


def test_list_prints_bundled_and_a_trainers_scenarios_name_first(capsys, tmp_path,
                                                                   monkeypatch) -> None:
    folder = tmp_path / "trainer"
    folder.mkdir()
    (folder / "mine.yaml").write_text(L1.read_text().replace("name: l1-flat-search",
                                                             "name: my-drill"))
    (folder / "bad.yaml").write_text("format: field-triage-scenario/1\n")
    run = run_cli(capsys, "scenario", "list", "--scenarios", folder)
    assert run.code == 0
    names = [line.split("\t")[0] for line in run.out.splitlines()]
    assert names == ["l1-flat-search", "l2-usb-crypto", "l3-live-encrypted", "my-drill"]
    assert str(folder / "mine.yaml") in run.out.splitlines()[-1]
    assert f"{folder / 'bad.yaml'} is not listed" in run.err
    monkeypatch.setenv(config.SCENARIOS_ENV, str(folder))
    assert "my-drill" in run_cli(capsys, "scenario", "list").out


def test_show_json_gives_devices_facts_and_expected_actions(capsys) -> None:
    run = run_cli(capsys, "scenario", "show", "l3-live-encrypted", "--json")
    assert run.code == 0
    shown = run.json()
    assert shown["level"] == "L3" and shown["points"] == 100
    desktop = shown["devices"][0]
    assert desktop["exhibit"] == "SIM/1" and desktop["facts"]["encryption"] == "yes"
    assert shown["events"][0] == {"id": "wipe-starts", "text": shown["events"][0]["text"],
                                  "exhibit": "SIM/1", "facts": {"destruction": "yes"}}
    after = next(x for x in shown["expectations"] if x["id"] == "power-removed-when-wiping")
    assert after["outcome"] == "remove-power-now" and after["after"] == "wipe-starts"
    text = run_cli(capsys, "scenario", "show", "l1-flat-search")
    assert text.code == 0 and "SIM/2" in text.out and "isolate" not in text.err


def test_show_names_what_there_is_for_an_unknown_scenario(capsys) -> None:
    run = run_cli(capsys, "scenario", "show", "nope")
    assert run.code == 1
    assert run.err.strip() == ("error: no scenario called 'nope' (scenarios: l1-flat-search, "
                               "l2-usb-crypto, l3-live-encrypted)")


def test_check_exits_0_for_a_good_pack_and_1_with_each_problem_on_its_line(
        capsys, tmp_path: Path) -> None:
    good = run_cli(capsys, "scenario", "check", L1)
    assert good.code == 0 and "holds" in good.out
    bad = tmp_path / "bad.yaml"
    bad.write_text(L1.read_text().replace('power: "on", server', 'power: "maybe", server')
                   .replace("kind: phone", "kind: fone"))
    run = run_cli(capsys, "scenario", "check", bad)
    assert run.code == 1
    lines = run.out.splitlines()
    assert len(lines) == 2
    assert lines[0].startswith(f"{bad}: devices[0].facts.power: 'maybe' is not a value of power")
    assert lines[1].startswith(f"{bad}: devices[1].kind: 'fone' is not a device kind")
    missing = run_cli(capsys, "scenario", "check", tmp_path / "none.yaml")
    assert missing.code == 1 and "cannot be read" in missing.err


def test_score_debrief_and_inject_on_a_played_exercise(capsys, tmp_path: Path,
                                                         monkeypatch) -> None:
    from tests.cli.helpers import act_as
    from tests.fixtures.exercises import TRAINER, Trainee, build_exercise, trainer
    from triage_app.operations import case_state

    case_dir = build_exercise(tmp_path / "exercise", "l3-live-encrypted").case
    trainee = Trainee(case_dir, tmp_path / "trainee", level="L3")
    trainee.photograph_scene()
    trainee.record_facts("SIM/1", destruction="no", power="on", server="no", encryption="yes",
                         valuable_on_screen="yes")
    trainee.decide("SIM/1")

    act_as(monkeypatch, "L3")  # the trainee tries to inject the event themself
    refused = run_cli(capsys, "scenario", "inject", case_dir, "wipe-starts")
    assert refused.code == 4 and "needs a valid TRAINER endorsement" in refused.err
    assert [e.details["refused_action"] for e in case_state.entries(case_dir, "action.refused")] \
        == ["inject-event"]

    trainer()
    done = run_cli(capsys, "scenario", "inject", case_dir, "wipe-starts", "--officer", TRAINER)
    assert done.code == 0, done.err
    assert done.out.startswith("event wipe-starts injected on SIM/1 (custody entry ")

    run = run_cli(capsys, "scenario", "score", case_dir, "--json")
    assert run.code == 0, run.err
    scored = run.json()
    assert scored["scenario"] == "l3-live-encrypted" and 0 <= scored["score"] < 100
    assert set(scored["competencies"]) >= {"live-response", "scene-documentation"}
    assert [x["id"] for x in scored["above_level"]] == [
        f"refused-{case_state.entries(case_dir, 'action.refused')[0].seq}"]
    missed = {x["id"]: x for x in scored["missed"]}
    assert missed["power-removed-when-wiping"]["happened"] == \
        "no decision was recorded for SIM/1 after the event wipe-starts"
    for lost in scored["missed"] + scored["above_level"]:
        assert lost["happened"] and lost["expected"] and lost["why"]
    assert scored["time"]["first"] <= scored["time"]["last"]
    text = run_cli(capsys, "scenario", "score", case_dir)
    assert text.out.startswith(f"l3-live-encrypted: {scored['score']} / 100 (SIMULATION)")

    out = tmp_path / "debrief"
    brief = run_cli(capsys, "scenario", "debrief", case_dir, "--out", out)
    assert brief.code == 0, brief.err
    assert (out / "debrief.html").is_file() and (out / "debrief.pdf").is_file()
    assert "SIMULATION" in (out / "debrief.html").read_text(encoding="utf-8")

    live = run_cli(capsys, "scenario", "score", tmp_path)
    assert live.code == 1 and "is not a case folder" in live.err


def test_build_finds_a_trainers_pack_by_name_and_refuses_a_pack_that_does_not_hold(
        capsys, tmp_path: Path, monkeypatch) -> None:
    from tests.cli.helpers import act_as

    act_as(monkeypatch, "TRAINER", "TRN-9")
    folder = tmp_path / "trainer"
    folder.mkdir()
    (folder / "mine.yaml").write_text(L1.read_text().replace("name: l1-flat-search",
                                                             "name: my-drill"))
    run = run_cli(capsys, "scenario", "build", "my-drill", "--scenarios", folder,
                  "--out", tmp_path / "out")
    assert run.code == 0, run.err
    assert run.out.startswith("Scenario my-drill (seed 1)")
    bad = folder / "bad.yaml"
    bad.write_text(L1.read_text().replace("kind: phone", "kind: fone"))
    refused = run_cli(capsys, "scenario", "build", bad, "--out", tmp_path / "out2")
    assert refused.code == 1 and "devices[1].kind: 'fone' is not a device kind" in refused.err
    assert not (tmp_path / "out2").exists()
