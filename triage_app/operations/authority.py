"""The one place an operation asks whether the officer may act, and records the answer.

Every operation calls :func:`authorise` before it starts. A refusal is written to the custody
ledger as ``action.refused`` (when there is a case to write it to) and raised as
:class:`~triage_app.errors.NotAuthorised`, which the CLI turns into exit code 4 and the GUI into
a locked action with "request a specialist" (:func:`request_specialist`).
"""

from __future__ import annotations

from typing import Any

from triage_app.case.case import Case
from triage_app.core.officer import Officer
from triage_app.custody.entry import CustodyEntry
from triage_app.errors import NotAuthorised
from triage_app.workflow import competency

ACTION_REFUSED = "action.refused"
ACTION_SPECIALIST = "specialist.requested"


def authorise(officer: Officer, action: str, *, case: Case | None = None,
              exhibit: str | None = None, subject: dict[str, Any] | None = None
              ) -> competency.Verdict:
    """Return the verdict when ``officer`` may do ``action``; otherwise record and refuse."""
    verdict = competency.judge(officer, action)
    if verdict.allowed:
        return verdict
    if case is not None:
        case.record(ACTION_REFUSED, exhibit=exhibit, inputs=[subject] if subject else [],
                    details={"refused_action": action, "needs": verdict.needs,
                             "officer_level": verdict.holds})
    raise NotAuthorised(verdict.refusal, action=action, needs=verdict.needs)


def request_specialist(case: Case, action: str, *, exhibit: str | None = None,
                       subject: dict[str, Any] | None = None,
                       note: str | None = None) -> CustodyEntry:
    """Record that ``case.officer`` asks a specialist to do ``action``; returns the entry."""
    return case.record(ACTION_SPECIALIST, exhibit=exhibit, inputs=[subject] if subject else [],
                       reason=(note or "").strip() or None,
                       details={"requested_action": action,
                                "needs": competency.required_level(action),
                                "officer_level": case.officer.highest_level()})
