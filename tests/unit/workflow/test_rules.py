"""Rules files: the shipped one holds; each kind of problem is named with its line."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from triage_app import config
from triage_app.errors import InputError
from triage_app.workflow import rules as workflow_rules
from triage_app.workflow.decisions import decide

SHIPPED = config.resource(*workflow_rules.DEFAULT_RULES)


def _edited(tmp_path: Path, old: str, new: str) -> Path:
    text = SHIPPED.read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / "agency.yaml"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


def _line_of(path: Path, needle: str, after: str = "") -> int:
    lines = path.read_text(encoding="utf-8").splitlines()
    start = next(i for i, line in enumerate(lines) if after in line) if after else 0
    return next(i for i in range(start, len(lines)) if needle in lines[i]) + 1


def test_the_shipped_rules_hold_and_cite_their_sources() -> None:
    assert workflow_rules.check(SHIPPED) == []
    rules = workflow_rules.load(SHIPPED)
    titles = " ".join(rules.data["sources"].values())
    for name in ("INTERPOL", "ACPO", "NIJ"):
        assert name in titles
    for rule in rules.rules:
        assert rule["source"] in rules.data["sources"]
    assert set(workflow_rules.APP_ACTIONS) <= set(rules.data["actions"])
    assert len(rules.sha256) == 64 and rules.version


def test_every_reachable_step_and_every_action_has_an_endorsement() -> None:
    rules = workflow_rules.load(SHIPPED)
    steps = {s["id"]: s for p in rules.phases for s in p["steps"]}
    reached = [p["steps"][0]["id"] for p in rules.phases]
    seen: set[str] = set()
    while reached:
        step = steps[reached.pop()]
        if step["id"] in seen:
            continue
        seen.add(step["id"])
        assert "needs" in rules.action(step["action"])
        reached += step.get("next", [])
    assert seen == set(steps)
    for outcome in rules.outcomes.values():
        for action in outcome.get("permits", []):
            assert "needs" in rules.action(action)


@pytest.mark.parametrize("old, new, needle, words", [
    ("  deviate: {needs: L2,", "  deviate: {needs: L7,", "deviate: {needs: L7", "unknown level"),
    ("    outcome: leave-off\n    source: acpo-2012\n  - id: server-running",
     "    outcome: leave-it\n    source: acpo-2012\n  - id: server-running",
     "outcome: leave-it", "unknown outcome 'leave-it'"),
    ("        next: [label-exhibits]\n", "", "- id: label-exhibits",
     "nothing reaches step 'label-exhibits'"),
    ("  print-label: {needs: null, words: printing an exhibit label, source: nij-2008}\n", "",
     "action: print-label", "action 'print-label' has no endorsement"),
    ('when: {kinds: [computer, laptop], facts: {power: ["off"]}}',
     'when: {kinds: [computer, laptop], facts: {power: ["of"]}}', 'power: ["of"]',
     "has no value 'of'"),
    ("  working-within-level: {level: TRAINEE,", "  working-within-level: {level: TRAINER,",
     "working-within-level: {level: TRAINER", "is not on the ladder"),
])
def test_each_problem_is_named_with_its_line(tmp_path, old, new, needle, words) -> None:
    path = _edited(tmp_path, old, new)
    problems = workflow_rules.check(path)
    assert any(words in p.message for p in problems), problems
    assert _line_of(path, needle) in [p.line for p in problems if words in p.message]
    with pytest.raises(InputError, match="do not hold"):
        workflow_rules.load(path)


def test_a_schema_failure_and_bad_yaml_are_named_with_their_line(tmp_path) -> None:
    path = _edited(tmp_path, "    kind: stop\n", "    kind: halt\n")
    [problem] = workflow_rules.check(path)
    assert "halt" in problem.message and problem.line == _line_of(path, "kind: halt")
    broken = tmp_path / "broken.yaml"
    broken.write_text("version: 1\nname: [unclosed\n")
    [problem] = workflow_rules.check(broken)
    assert "not valid YAML" in problem.message and problem.line is not None


def test_an_agency_changes_a_rule_by_editing_the_file(tmp_path, monkeypatch) -> None:
    path = _edited(tmp_path, "    when: {kinds: [removable, storage], levels: [TRAINEE, L1]}",
                   "    when: {kinds: [removable, storage], levels: [TRAINEE, L1, L2]}")
    data = yaml.safe_load(path.read_text())
    assert data["rules"]
    monkeypatch.setenv(workflow_rules.RULES_ENV, str(path))
    rules = workflow_rules.active()
    assert rules.sha256 != workflow_rules.load(SHIPPED).sha256
    assert decide(rules, "removable", {"destruction": "no"}, "L2").outcome == "bag-and-seal"
    workflow_rules.select(SHIPPED)
    try:
        assert decide(workflow_rules.active(), "removable", {"destruction": "no"},
                      "L2").outcome == "triage-behind-write-blocker"
    finally:
        workflow_rules.select(None)


@settings(max_examples=60, deadline=None)
@given(st.data())
def test_property_every_reachable_step_has_an_endorsement(tmp_path_factory, data) -> None:
    """Random step graphs: the check flags exactly the steps nothing reaches (following
    ``next`` from each phase's first step) and exactly the steps whose action has no
    endorsement; a file the check passes has an endorsement for every reachable step."""
    shipped = yaml.safe_load(SHIPPED.read_text())
    endorsed = sorted(shipped["actions"])
    names = [f"s{i}" for i in range(data.draw(st.integers(2, 7)))]
    sizes = data.draw(st.lists(st.integers(1, 3), min_size=1, max_size=3))
    phases, taken = [], 0
    for p, size in enumerate(sizes):
        ids = names[taken:taken + size]
        if not ids:
            break
        taken += size
        phases.append({"id": f"p{p}", "steps": [
            {"id": i, "action": data.draw(st.sampled_from(endorsed + ["unendorsed-act"])),
             "done-when": "x.y", "text": {"L1": "a", "L2": "b", "L3": "c"},
             "next": data.draw(st.lists(st.sampled_from(names[:taken]), max_size=2)),
             "source": "acpo-2012"} for i in ids]})
    shipped["phases"] = phases
    path = tmp_path_factory.mktemp("rules") / "graph.yaml"
    path.write_text(yaml.safe_dump(shipped, sort_keys=False))
    problems = [p.message for p in workflow_rules.check(path)]
    steps = [s for phase in phases for s in phase["steps"]]
    reached, todo = set(), [phase["steps"][0]["id"] for phase in phases]
    while todo:  # the test's own walk of the graph
        step = todo.pop()
        if step not in reached:
            reached.add(step)
            todo += next(s for s in steps if s["id"] == step)["next"]
    unreached = {s["id"] for s in steps} - reached
    assert {m.split("'")[1] for m in problems if m.startswith("nothing reaches")} == unreached
    unendorsed = [s for s in steps if s["action"] == "unendorsed-act"]
    assert sum("'unendorsed-act' has no endorsement" in m for m in problems) == len(unendorsed)
    if not problems:
        rules = workflow_rules.load(path)
        assert all("needs" in rules.action(s["action"]) for s in steps if s["id"] in reached)


def test_the_shipped_phases_walk_a_scene_to_the_hand_over(tmp_path) -> None:
    rules = workflow_rules.load(SHIPPED)
    assert [p["id"] for p in rules.phases] == [
        "prepare", "arrive-and-secure", "document-before-touching", "one-device-at-a-time",
        "package", "hand-over"]
    last = rules.phases[-1]["steps"][-1]
    assert (last["action"], last["done-when"]) == ("export-package", "package.exported")
    assert all(set(p["title"]) == {"L1", "L2", "L3"} for p in rules.phases)
    path = _edited(tmp_path, "title: {L1: Hand over, L2: Hand over, L3: Hand over}",
                   "title: {L1: Hand over, L2: Hand over, L3: Hand over, L9: Hand over}")
    assert any("unknown level 'L9'" in p.message for p in workflow_rules.check(path))
