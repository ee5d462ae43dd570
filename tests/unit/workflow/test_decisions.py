"""The shipped rules give the outcomes the contract names, at every level; destruction wins."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from triage_app.errors import InputError
from triage_app.workflow import rules as workflow_rules
from triage_app.workflow.decisions import check_kind, decide, parse_fact

LEVELS = (None, "TRAINEE", "L1", "L2", "L3")
CALM = {"destruction": "no", "server": "no", "encryption": "no", "valuable-on-screen": "no",
        "cloud-session": "no"}


@pytest.fixture(scope="module")
def rules():
    return workflow_rules.load(workflow_rules.config.resource(*workflow_rules.DEFAULT_RULES))


def _outcome(rules, kind, level, **facts):
    return decide(rules, kind, {k.replace("_", "-"): v for k, v in facts.items()}, level).outcome


@given(kind=st.sampled_from(["computer", "laptop", "phone", "tablet", "removable", "storage",
                             "router", "iot", "camera", "other"]),
       level=st.sampled_from(LEVELS),
       facts=st.fixed_dictionaries({}, optional={
           "power": st.sampled_from(["on", "off", "unknown"]),
           "server": st.sampled_from(["yes", "no"]),
           "encryption": st.sampled_from(["yes", "no", "unknown"]),
           "valuable-on-screen": st.sampled_from(["yes", "no"]),
           "cloud-session": st.sampled_from(["yes", "no"])}))
def test_destruction_wins_whatever_else_holds(kind, level, facts) -> None:
    rules = workflow_rules.active()
    decision = decide(rules, kind, {**facts, "destruction": "yes"}, level)
    assert decision.outcome == "remove-power-now" and decision.kind == "stop"
    assert decision.rule == "destruction-in-progress" and decision.missing_facts == []


@pytest.mark.parametrize("level", LEVELS)
@pytest.mark.parametrize("kind", ["computer", "laptop"])
def test_computers(rules, kind, level) -> None:
    assert _outcome(rules, kind, level, **{**CALM, "power": "off"}) == "leave-off"
    assert _outcome(rules, kind, level, **{**CALM, "power": "on", "server": "yes"}) == \
        "stop-call-specialist"
    volatile = "live-response" if level == "L3" else "stop-call-specialist"
    assert _outcome(rules, kind, level, **{**CALM, "power": "on", "encryption": "yes"}) == volatile
    assert _outcome(rules, kind, level,
                    **{**CALM, "power": "on", "valuable-on-screen": "yes"}) == volatile
    plain = decide(rules, kind, {**CALM, "power": "on"}, level)
    assert plain.outcome == "photograph-screen-then-pull-plug"
    assert ("battery" in plain.text.lower()) == (kind == "laptop")


@pytest.mark.parametrize("level", LEVELS)
@pytest.mark.parametrize("kind", ["phone", "tablet"])
def test_mobiles(rules, kind, level) -> None:
    assert _outcome(rules, kind, level, destruction="no", power="on") == "isolate-keep-powered"
    assert _outcome(rules, kind, level, destruction="no", power="off") == "leave-off"
    assert _outcome(rules, kind, level, destruction="no", power="on",
                    valuable_on_screen="yes") == "isolate-keep-powered"


@pytest.mark.parametrize("level, outcome", [(None, "bag-and-seal"), ("TRAINEE", "bag-and-seal"),
                                            ("L1", "bag-and-seal"),
                                            ("L2", "triage-behind-write-blocker"),
                                            ("L3", "triage-behind-write-blocker")])
@pytest.mark.parametrize("kind", ["removable", "storage"])
def test_media(rules, kind, level, outcome) -> None:
    decision = decide(rules, kind, {"destruction": "no"}, level)
    assert decision.outcome == outcome
    if outcome == "triage-behind-write-blocker":
        assert decision.before_reading == ["write-blocker"] and "scan" in decision.permits
    else:
        assert decision.permits == []


@pytest.mark.parametrize("level", LEVELS)
@pytest.mark.parametrize("kind", ["router", "iot", "camera"])
def test_networked_devices(rules, kind, level) -> None:
    assert _outcome(rules, kind, level, destruction="no", cloud_session="no") == \
        "record-and-escalate"
    assert _outcome(rules, kind, level, destruction="no", cloud_session="yes") == \
        "record-and-request-preservation"


def test_missing_facts_come_in_the_order_an_l1_wizard_asks(rules) -> None:
    first = decide(rules, "laptop", {}, "L1")
    assert first.outcome is None and first.kind is None
    assert first.missing_facts == ["destruction", "power", "server", "encryption",
                                   "valuable-on-screen"]
    assert first.text == rules.facts["destruction"]["ask"]["L1"]
    off = decide(rules, "laptop", {"destruction": "no"}, "L1")
    assert off.missing_facts[0] == "power"
    assert decide(rules, "removable", {}, "L1").missing_facts == ["destruction"]
    # a missing fact that cannot change the outcome is not asked
    assert decide(rules, "laptop", {"destruction": "no", "power": "on", "encryption": "yes"},
                  "L1").outcome == "stop-call-specialist"


def test_guidance_words_follow_the_level(rules) -> None:
    texts = {level: decide(rules, "phone", {"destruction": "no", "power": "on"}, level).text
             for level in ("L1", "L2", "L3")}
    assert len(set(texts.values())) == 3
    assert len(texts["L1"]) > len(texts["L2"]) > len(texts["L3"])
    assert decide(rules, "phone", {"destruction": "no", "power": "on"}, None).text == texts["L1"]


def test_facts_and_kinds_are_checked_against_the_rules(rules) -> None:
    assert parse_fact(rules, "power=on") == ("power", "on")
    assert parse_fact(rules, "write-blocker=Tableau T8u 123") == ("write-blocker",
                                                                  "Tableau T8u 123")
    for bad, words in [("power", "NAME=VALUE"), ("colour=red", "unknown fact"),
                       ("power=maybe", "cannot be 'maybe'")]:
        with pytest.raises(InputError, match=words):
            parse_fact(rules, bad)
    with pytest.raises(InputError, match="unknown device kind"):
        check_kind(rules, "toaster")
