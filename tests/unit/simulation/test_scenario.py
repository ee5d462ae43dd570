"""Scenario packs: the bundled ones hold; each kind of problem is named with its place."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from triage_app import config
from triage_app.case.exhibits import device_ref
from triage_app.errors import InputError
from triage_app.simulation import scenario as packs
from triage_app.simulation.scenario import (
    DecisionExpect,
    FactsExpect,
    check,
    load_scenario,
)
from triage_app.workflow import decisions
from triage_app.workflow import rules as workflow_rules

BUNDLED = sorted(config.resource("scenarios").glob("*.yaml"))
L1 = config.resource("scenarios", "l1-flat-search.yaml")


def _edited(tmp_path: Path, old: str, new: str, source: Path = L1) -> Path:
    text = source.read_text(encoding="utf-8")
    assert old in text, old
    path = tmp_path / "pack.yaml"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


def test_three_bundled_scenarios_of_increasing_difficulty_hold() -> None:
    loaded = [load_scenario(p) for p in BUNDLED]
    assert [s.level for s in loaded] == ["L1", "L2", "L3"]
    assert [s.difficulty for s in loaded] == [1, 2, 3]
    for path, scenario in zip(BUNDLED, loaded, strict=True):
        assert check(path) == []
        assert scenario.name == path.stem
        assert sum(x.points for x in scenario.expectations) == 100
        for device in scenario.devices:
            for evidence in device.evidence:
                assert evidence.data.get("size_mib", 1) <= 8  # a few MiB each


@pytest.mark.parametrize("path", BUNDLED, ids=lambda p: p.stem)
def test_each_expected_decision_is_what_the_rules_give_for_the_true_facts(path: Path) -> None:
    """A trainee who records the true facts is told the expected outcome (after an event, the
    facts it changes), so a perfect run can score 100."""
    scenario = load_scenario(path)
    rules = workflow_rules.active()
    for x in scenario.expectations:
        if isinstance(x.expect, DecisionExpect):
            device = scenario.device(x.expect.exhibit)
            assert device is not None
            facts = dict(device.facts)
            if x.expect.after:
                event = scenario.event(x.expect.after)
                assert event is not None
                facts.update(event.facts)
            answer = decisions.decide(rules, device.kind, facts, scenario.level)
            assert answer.outcome == x.expect.outcome, x.id
        if isinstance(x.expect, FactsExpect):
            device = scenario.device(x.expect.exhibit)
            assert device is not None and set(x.expect.facts) <= set(device.facts)


def test_the_catalogue_lists_bundled_then_a_trainers_folder(tmp_path, monkeypatch) -> None:
    folder = tmp_path / "mine"
    folder.mkdir()
    _edited(folder, "name: l1-flat-search", "name: my-own").rename(folder / "my-own.yaml")
    (folder / "broken.yaml").write_text("format: nothing\n")
    (folder / "clash.yml").write_text(L1.read_text())
    (folder / "notes.txt").write_text("not a pack")
    found = packs.available([folder])
    assert [s.name for s in found.scenarios] == [
        "l1-flat-search", "l2-usb-crypto", "l3-live-encrypted", "my-own"]
    assert [s.bundled for s in found.scenarios] == [True, True, True, False]
    reasons = {Path(b.path).name: b.reason for b in found.broken}
    assert set(reasons) == {"broken.yaml", "clash.yml"}
    assert "taken by" in reasons["clash.yml"]
    with pytest.raises(InputError, match="cannot be used"):
        found.find("broken")
    with pytest.raises(InputError, match="no scenario called 'nope'"):
        found.find("nope")
    monkeypatch.setenv(config.SCENARIOS_ENV, str(folder))
    assert packs.find_scenario("my-own").origin == str(folder / "my-own.yaml")
    with pytest.raises(InputError, match="does not exist"):
        packs.available([tmp_path / "missing"])


@pytest.mark.parametrize("old, new, place, words", [
    ('power: "on", server: "no", encryption', 'power: "maybe", server: "no", encryption',
     "devices[0].facts.power", "'maybe' is not a value of power"),
    ("kind: phone", "kind: fone", "devices[1].kind", "'fone' is not a device kind"),
    ("    facts: {destruction: \"no\", power: \"on\"}",
     "    facts: {destruction: \"no\", power: \"on\", mood: calm}",
     "devices[1].facts.mood", "unknown fact 'mood'"),
    ("  - exhibit: SIM/2", "  - exhibit: SIM-2", "devices[1].exhibit",
     "malformed exhibit reference 'SIM-2'"),
    ("  - exhibit: SIM/2", "  - exhibit: SIM/1", "devices[1].exhibit", "'SIM/1' is used twice"),
    ("      - id: usb-stick", "      - id: laptop-disk", "devices[2].evidence[0].id",
     "evidence id 'laptop-disk' is used twice"),
    ("outcome: bag-and-seal}", "outcome: bag-it}", "expectations[5].expect.outcome",
     "unknown outcome 'bag-it'"),
    ("exhibit: SIM/3, outcome: bag-and-seal", "exhibit: SIM/9, outcome: bag-and-seal",
     "expectations[5].expect.exhibit", "no device of this scenario is exhibit 'SIM/9'"),
    ("competency: exhibit-handling\n    points: 10", "competency: exhibits\n    points: 10",
     "expectations[9].competency", "no competency 'exhibits'"),
    ("{action: label.printed, exhibit: SIM/1}", "{action: label.printd, exhibit: SIM/1}",
     "expectations[6].expect.entry.action", "'label.printd' is not a custody entry"),
    ("points: 20", "points: 25", "expectations", "add up to 105, not 100"),
    ("source: interpol-2021", "source: hearsay", "unsafe[0].source", "unknown source 'hearsay'"),
    ("competency: device-decisions\n    points: 30", "competency: live-response\n    points: 30",
     "unsafe[0].competency", "trained at L3, above this L1 scenario"),
    ("size_mib: 4", "size_mib: 4\n        colour: red", "devices[2].evidence[0]",
     "unknown field 'colour'"),
    ("{kind: text, text: \"call", "{kind: txt, text: \"call",
     "devices[2].evidence[0].files[1].content.kind", "'txt' is not one of"),
    ("level: L1", "level: L4", "level", "'L4' is not one of"),
    ("        container: bitlocker\n        size_mib: 8\n",
     "        container: bitlocker\n        size_mib: 8\n        files:\n          - path: a.txt\n"
     "            content: {kind: text, text: x}\n",
     "devices[0].evidence[0].files", "an encrypted volume holds no readable files"),
    ("          - path: notes.txt\n", "          - path: holiday\n", "devices[2].evidence[0].files[1].path",
     "'holiday' is planted twice, or is also a folder"),
    ('facts: {destruction: "no", power: "on"}', 'facts: {destruction: "no", power: on}',
     "devices[1].facts.power", 'true is not text: write yes, no, on and off in quotes ("on")'),
])
def test_each_problem_is_named_with_its_place_and_line(tmp_path, old, new, place, words) -> None:
    path = _edited(tmp_path, old, new)
    problems = check(path)
    named = [p for p in problems if p.place == place and words in p.message]
    assert named, problems
    assert str(named[0]).startswith(f"{place}: ") and "(line " in str(named[0])
    with pytest.raises(InputError, match="does not hold"):
        load_scenario(path)


def test_an_expectation_naming_an_unknown_event_or_evidence_is_named(tmp_path) -> None:
    l3 = config.resource("scenarios", "l3-live-encrypted.yaml")
    path = _edited(tmp_path, "after: wipe-starts", "after: fire-starts", l3)
    assert any(p.place == "expectations[3].expect.after" and "'fire-starts'" in p.message
               for p in check(path))
    l2 = config.resource("scenarios", "l2-usb-crypto.yaml")
    path = _edited(tmp_path, "{kind: finding, evidence: usb-stick, artefact: seed-phrase}",
                   "{kind: finding, evidence: usb-stik, artefact: seed-phrase}", l2)
    assert any(p.place == "expectations[5].expect.evidence"
               and "no device of this scenario holds evidence 'usb-stik'" in p.message
               for p in check(path))


def test_several_problems_are_all_named_schema_and_meaning_alike(tmp_path) -> None:
    path = _edited(tmp_path, "kind: phone", "kind: fone\n    colour: red")
    places = {p.place for p in check(path)}
    assert {"devices[1]", "devices[1].kind"} <= places


@pytest.mark.parametrize("text, words", [
    ("a: [1, 2", "not valid YAML"),
    ("- just\n- a list\n", "is not of type 'object'"),
    ("", "is not of type 'object'"),
    ("[" * 100 + "]" * 100, "nested too deeply"),
])
def test_a_file_that_is_no_pack_is_one_problem(tmp_path, text: str, words: str) -> None:
    path = tmp_path / "pack.yaml"
    path.write_text(text)
    problems = check(path)
    assert problems and words in str(problems[0]), problems
    assert all("\n" not in str(p) for p in problems)


def test_hostile_packs_are_refused_in_one_line_without_hanging(tmp_path) -> None:
    bomb = ['a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    bomb += [f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 9) + "]" for i in range(1, 12)]
    cases = {"bomb.yaml": "\n".join(bomb), "huge.yaml": "narrative: " + "x" * (2 << 20),
             "deep.yaml": "a: " + "[" * 100_000 + "]" * 100_000}
    for name, text in cases.items():
        path = tmp_path / name
        path.write_text(text)
        started = time.monotonic()
        problems = check(path)
        assert time.monotonic() - started < 5, name
        assert len(problems) == 1 and "\n" not in str(problems[0]), (name, problems)
        with pytest.raises(InputError):
            load_scenario(path)


def test_an_unreadable_pack_is_an_input_error(tmp_path) -> None:
    with pytest.raises(InputError, match="cannot be read"):
        check(tmp_path / "missing.yaml")


def test_the_pack_the_schema_passes_round_trips_to_show(tmp_path) -> None:
    scenario = load_scenario(L1)
    shown = scenario.to_dict()
    assert [d["exhibit"] for d in shown["devices"]] == ["SIM/1", "SIM/2", "SIM/3"]
    assert shown["devices"][0]["facts"]["encryption"] == "yes"
    assert shown["points"] == 100
    decided = [x for x in shown["expectations"] if x["kind"] == "decision"]
    assert {(x["exhibit"], x["outcome"]) for x in decided} == {
        ("SIM/1", "stop-call-specialist"), ("SIM/2", "isolate-keep-powered"),
        ("SIM/3", "bag-and-seal")}
    assert yaml.safe_load(L1.read_text())["name"] == scenario.name
    assert all(device_ref(d.exhibit) for d in scenario.devices)


def test_packs_installed_with_a_signed_agency_update_are_listed(tmp_path, monkeypatch) -> None:
    from tests.fixtures.keys import openssl_key
    from tests.fixtures.updates import write_update
    from triage_app.updates import installed, trust
    from triage_app.updates.bundle import load_private_key, make_bundle

    private, public = openssl_key(tmp_path, "agency")
    shipped = tmp_path / "shipped-keys"
    shipped.mkdir()
    public.rename(shipped / "agency.pem")
    monkeypatch.setattr(trust, "shipped_keys_dir", lambda: shipped)
    pack = L1.read_bytes().replace(b"name: l1-flat-search", b"name: agency-drill")
    bundle = tmp_path / "agency.ftupdate"
    make_bundle(write_update(tmp_path / "src", files={"scenarios/agency-drill.yaml": pack}),
                load_private_key(private), bundle)
    installed.apply_bundle(bundle)
    found = packs.available().find("agency-drill")
    assert not found.bundled and "updates" in found.origin


def _leaves(node, path=()):
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _leaves(value, path + (key,))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _leaves(value, path + (i,))
    yield path


_values = st.one_of(st.none(), st.booleans(), st.integers(-5, 500), st.text(max_size=8),
                    st.lists(st.integers(), max_size=2), st.dictionaries(st.text(max_size=3),
                                                                         st.integers(), max_size=2))


@settings(max_examples=150, deadline=None)
@given(data=st.data())
def test_any_edit_of_a_pack_is_named_in_plain_lines_never_a_traceback(tmp_path_factory,
                                                                       data) -> None:
    """Change one value anywhere in a good pack to anything: check names problems (or none),
    load refuses or loads, and nothing else escapes."""
    pack = yaml.safe_load(L1.read_text())
    places = [p for p in _leaves(pack) if p]
    where = data.draw(st.sampled_from(places))
    target = pack
    for step in where[:-1]:
        target = target[step]
    target[where[-1]] = data.draw(_values)
    path = tmp_path_factory.mktemp("fuzz") / "pack.yaml"
    path.write_text(yaml.safe_dump(pack))
    problems = check(path)
    assert all("\n" not in str(p) for p in problems)
    if problems:
        with pytest.raises(InputError):
            load_scenario(path)
    else:
        load_scenario(path).to_dict()


def test_a_pack_is_read_again_only_when_it_changed(tmp_path) -> None:
    bundled = packs.bundled_dir() / "l1-flat-search.yaml"
    copy = tmp_path / "l1-flat-search.yaml"
    copy.write_bytes(bundled.read_bytes())
    first = packs.load_scenario(copy)
    assert packs.load_scenario(copy) is first  # unchanged: not read and checked again
    copy.write_bytes(bundled.read_bytes().replace(b"Flat search:", b"Flat search (edited):"))
    edited = packs.load_scenario(copy)
    assert edited is not first and edited.title.startswith("Flat search (edited):")
    assert edited.sha256 != first.sha256
    copy.write_bytes(b"format: nothing-we-know\n")  # a pack that no longer holds is refused
    with pytest.raises(InputError, match="does not hold"):
        packs.load_scenario(copy)
