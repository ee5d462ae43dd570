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
