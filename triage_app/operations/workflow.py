"""Decisions at a device, as the workflow rules give them, and what is still open in a case.

The CLI's ``workflow`` commands and the officer's window call these: :func:`decide` applies the
rules to a registered device's facts and the officer's level and records the answer
(``decision.recorded``, with the rules' hash); :func:`carry_out` records that the officer did
what it said; :func:`deviate` records doing something else (L2, with a written reason), which
waits for a supervisor (:mod:`~triage_app.operations.signoff`); :func:`open_items` lists what
the case still needs.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from triage_app.case.case import Case
from triage_app.custody.entry import CustodyEntry
from triage_app.errors import InputError
from triage_app.operations import case_state
from triage_app.operations.authority import authorise
from triage_app.operations.case_state import (
    DECISION_DONE,
    DECISION_RECORDED,
    DEVIATION_RECORDED,
    RecordedDecision,
)
from triage_app.workflow import decisions
from triage_app.workflow import rules as workflow_rules
from triage_app.workflow.decisions import Decision
from triage_app.workflow.rules import guidance_level

DECIDE, DONE, DEVIATE = "decide", "done", "deviate"


@dataclass(frozen=True, slots=True)
class DeviceDecision:
    """The rules' answer for one exhibit, as recorded in entry ``seq``."""

    exhibit: str
    decision: Decision
    seq: int

    def to_dict(self) -> dict[str, Any]:
        return {"exhibit": self.exhibit, **self.decision.to_dict(), "seq": self.seq}


def decide(case: Case, exhibit: str) -> DeviceDecision:
    """Apply the rules to the device's facts at the officer's level, and record the answer."""
    device = _device(case, exhibit)
    authorise(case.officer, DECIDE, case=case, exhibit=exhibit)
    rules = workflow_rules.active()
    level = case.officer.highest_level()
    decision = decisions.decide(rules, device.kind, device.facts, level)
    entry = case.record(DECISION_RECORDED, exhibit=exhibit, details={
        "kind": device.kind, "facts": dict(device.facts), "officer_level": level,
        "outcome": decision.outcome, "outcome_kind": decision.kind, "rule": decision.rule,
        "missing_facts": decision.missing_facts, "text": decision.text, **rules.stamp()})
    return DeviceDecision(exhibit, decision, entry.seq)


def carry_out(case: Case, exhibit: str, *, reason: str | None = None) -> CustodyEntry:
    """Record that the officer carried out the exhibit's latest decision."""
    decided = _open_decision(case, exhibit)
    authorise(case.officer, DONE, case=case, exhibit=exhibit)
    return case.record(DECISION_DONE, exhibit=exhibit, reason=(reason or "").strip() or None,
                       details={"decision_seq": decided.seq, "outcome": decided.outcome})


def deviate(case: Case, exhibit: str, *, reason: str, action: str) -> CustodyEntry:
    """Record that the officer did ``action`` instead of the exhibit's latest decision; needs
    the deviate endorsement (L2 in the shipped rules) and a written reason."""
    if not reason.strip():
        raise InputError("a deviation needs a written reason")
    if not action.strip():
        raise InputError("say what was done instead")
    decided = _open_decision(case, exhibit)
    authorise(case.officer, DEVIATE, case=case, exhibit=exhibit)
    return case.record(DEVIATION_RECORDED, exhibit=exhibit, reason=reason.strip(),
                       details={"decision_seq": decided.seq, "outcome": decided.outcome,
                                "action_taken": action.strip()})


@dataclass(frozen=True, slots=True)
class OpenItem:
    """Something the case still needs: a device to decide, a decision to carry out, a step."""

    kind: str  # device | decision | step
    ref: str  # the exhibit, or the step's id
    needs: str  # the action that closes it
    text: str  # what to do, in the officer's level of words
    missing_facts: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "ref": self.ref, "needs": self.needs, "text": self.text,
                "missing_facts": list(self.missing_facts)}


def open_items(case: Case) -> list[OpenItem]:
    """Devices without a decision, decisions not carried out, then the open steps of the
    current phase (the first phase with a step whose ``done-when`` action is not recorded)."""
    rules = workflow_rules.active()
    level = case.officer.highest_level()
    words = guidance_level(level)
    latest = case_state.decisions(case)
    deviated = case_state.deviated(case)
    items: list[OpenItem] = []
    for device in case_state.devices(case):
        decided = latest.get(device.exhibit)
        if decided is None or decided.outcome is None:
            answer = decisions.decide(rules, device.kind, device.facts, level)
            items.append(OpenItem("device", device.exhibit, DECIDE, answer.text,
                                  tuple(answer.missing_facts)))
        elif not decided.done and decided.seq not in deviated:
            text = rules.outcomes[decided.outcome]["text"][words]
            items.append(OpenItem("decision", device.exhibit, DONE, text))
    recorded = {e.action for e in case_state.entries(case)}
    for phase in rules.phases:
        steps = [s for s in phase["steps"] if s["done-when"] not in recorded]
        if steps:
            items += [OpenItem("step", s["id"], s["action"], s["text"][words]) for s in steps]
            break
    return items


def _device(case: Case, exhibit: str) -> case_state.Device:
    device = case_state.device(case, exhibit)
    if device is None:
        raise InputError(f"exhibit {exhibit} is not a registered device of this case")
    return device


def _open_decision(case: Case, exhibit: str) -> RecordedDecision:
    _device(case, exhibit)
    decided = case_state.decisions(case).get(exhibit)
    if decided is None or decided.outcome is None:
        raise InputError(f"exhibit {exhibit} has no decision to act on yet: decide it first")
    return decided
