"""The one place an operation asks whether the officer may act, and records the answer.

Every operation calls :func:`authorise` before it starts. The answer comes from the workflow
rules (``workflow.rules``): the action's minimum endorsement; for an action that reads suspect
evidence into a case, a legal authority in force; and for such an action on a registered
device, that the rules' decision for the device at the officer's level permits it and its
facts (a write blocker, say) are recorded. A refusal is written to the custody ledger as
``action.refused`` (when there is a case to write it to) and raised as
:class:`~triage_app.errors.NotAuthorised`, which the CLI turns into exit code 4 and the GUI
into a locked action with "request a specialist" (:func:`request_specialist`).

Simulation is walled off here too: an officer who is only a trainee (or only a trainer) may
work on simulation cases only, and :func:`admit_source` lets a source into a case only when it
is on the right side of the wall (:mod:`triage_app.simulation.wall`).
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any, NoReturn

from triage_app.case.case import Case
from triage_app.core.officer import Officer
from triage_app.custody.entry import CustodyEntry
from triage_app.errors import NotAuthorised
from triage_app.evidence.source import Source
from triage_app.operations import case_state
from triage_app.workflow import competency, decisions
from triage_app.workflow import rules as workflow_rules

ACTION_REFUSED = "action.refused"
ACTION_SPECIALIST = "specialist.requested"


def authorise(officer: Officer, action: str, *, case: Case | None = None,
              exhibit: str | None = None, subject: dict[str, Any] | None = None
              ) -> competency.Verdict:
    """Return the verdict when ``officer`` may do ``action``; otherwise record and refuse."""
    rules = workflow_rules.active()
    answer = verdict(officer, action, case)
    refusal = answer.refusal if not answer.allowed else None
    if case is not None and not case.simulation and competency.simulation_only(officer):
        refusal = (f"officer {officer.id} is endorsed for training only "
                   f"({officer.highest_level() or 'TRAINER'}): {answer.words} is allowed on "
                   "simulation cases only, never on a real case")
    missing: tuple[str, ...] = ()
    if refusal is None and case is not None and rules.action(action).get("evidence"):
        refusal, missing = _evidence_refusal(case, officer, rules, answer, exhibit)
    if refusal is None:
        return answer
    refuse(case, answer, refusal, exhibit=exhibit, subject=subject, missing_facts=missing)


def verdict(officer: Officer, action: str, case: Case | None = None) -> competency.Verdict:
    """Whether ``officer``'s endorsements allow ``action`` (on ``case``, when given), without
    recording anything: what a face shows before the officer acts (a locked action says what
    it needs)."""
    return competency.judge(officer, action, simulation=case is not None and case.simulation)


def admit_source(case: Case, action: str, source: Source, *,
                 exhibit: str | None = None) -> None:
    """Refuse (and record) ``source`` when it is on the wrong side of the simulation wall:
    synthetic evidence in a LIVE case, anything but the scenario's own in a simulation case."""
    from triage_app.simulation import wall

    built = case_state.built_evidence(case) if case.simulation else None
    why = wall.refusal(source, simulation=case.simulation, built=built)
    if why is not None:
        refuse(case, competency.judge(case.officer, action), why, exhibit=exhibit,
               subject={"source": str(source.location), "kind": source.kind,
                        "wall": "simulation"})


def refuse(case: Case | None, verdict: competency.Verdict, why: str, *,
           exhibit: str | None = None, subject: dict[str, Any] | None = None,
           missing_facts: tuple[str, ...] = ()) -> NoReturn:
    """Record ``action.refused`` (when there is a case) and raise NotAuthorised saying ``why``."""
    if case is not None:
        case.record(ACTION_REFUSED, exhibit=exhibit, inputs=[subject] if subject else [],
                    details={"refused_action": verdict.action, "needs": verdict.needs,
                             "officer_level": verdict.holds, "why": why})
    raise NotAuthorised(why, action=verdict.action, needs=verdict.needs,
                        missing_facts=missing_facts)


def _evidence_refusal(case: Case, officer: Officer, rules: workflow_rules.Rules,
                      verdict: competency.Verdict, exhibit: str | None
                      ) -> tuple[str | None, tuple[str, ...]]:
    """Why evidence may not be read into ``case`` now (None: it may), and the device's facts
    that, once recorded, may let it."""
    authority = case_state.current_authority(case)
    if authority is None:
        return (f"{verdict.words} needs a legal authority (warrant, consent or statute) "
                f"recorded in the case first"), ()
    if why := authority.refusal(datetime.now(UTC)):
        return f"{verdict.words} is not covered: {why}; record the renewed authority first", ()
    device = case_state.device(case, exhibit) if exhibit else None
    if device is None:
        return None, ()
    decision = decisions.decide(rules, device.kind, device.facts, officer.highest_level())
    if decision.outcome is None:
        return (f"{verdict.words} of exhibit {exhibit} waits for its facts: "
                f"{', '.join(decision.missing_facts)}"), tuple(decision.missing_facts)
    if verdict.action not in decision.permits:
        return (f"the rules say {decision.outcome} for exhibit {exhibit} at level "
                f"{verdict.holds or 'none'}, which does not include {verdict.words}: "
                "request a specialist"), ()
    if lacking := [f for f in decision.before_reading if f not in device.facts]:
        return (f"{verdict.words} of exhibit {exhibit} needs the fact "
                f"{', '.join(lacking)} recorded first"), tuple(lacking)
    return None, ()


def request_specialist(case: Case, action: str, *, exhibit: str | None = None,
                       subject: dict[str, Any] | None = None,
                       note: str | None = None) -> CustodyEntry:
    """Record that ``case.officer`` asks a specialist to do ``action``; returns the entry."""
    return case.record(ACTION_SPECIALIST, exhibit=exhibit, inputs=[subject] if subject else [],
                       reason=(note or "").strip() or None,
                       details={"requested_action": action,
                                "needs": competency.required_level(action),
                                "officer_level": case.officer.highest_level()})
