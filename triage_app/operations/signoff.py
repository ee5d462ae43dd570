"""Supervisor review: deviations, refusals and specialist requests awaiting sign-off.

An item is the custody entry that raised it, named by its sequence number. A SUPERVISOR
approves or rejects it with a reason (``review.approved`` / ``review.rejected``); nobody signs
off their own item, and anyone else is refused and recorded (``action.refused``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from triage_app.case.case import Case
from triage_app.custody.entry import CustodyEntry
from triage_app.errors import InputError
from triage_app.operations import case_state
from triage_app.operations.authority import ACTION_REFUSED, ACTION_SPECIALIST, authorise, refuse
from triage_app.operations.case_state import (
    DECISION_RECORDED,
    DEVIATION_RECORDED,
    REVIEW_APPROVED,
    REVIEW_REJECTED,
)

ACTION = "approve"
AWAITING = (DEVIATION_RECORDED, ACTION_REFUSED, ACTION_SPECIALIST)


@dataclass(frozen=True, slots=True)
class ReviewItem:
    seq: int  # the entry that raised it; the item's name in review approve|reject
    action: str
    exhibit: str | None
    officer: str
    time: str
    reason: str | None
    details: dict[str, Any]
    rules_said: str | None = None  # a deviation: the instruction the officer departed from

    def to_dict(self) -> dict[str, Any]:
        return {"item": self.seq, "action": self.action, "exhibit": self.exhibit,
                "officer": self.officer, "time": self.time, "reason": self.reason,
                "details": self.details, "rules_said": self.rules_said}


def pending(case: Case) -> list[ReviewItem]:
    """Items with no verdict yet, oldest first."""
    entries = case_state.entries(case, *AWAITING, REVIEW_APPROVED, REVIEW_REJECTED,
                                 DECISION_RECORDED)
    judged = {e.details.get("item") for e in entries
              if e.action in (REVIEW_APPROVED, REVIEW_REJECTED)}
    said: dict[Any, str | None] = {e.seq: e.details.get("text") for e in entries
                                   if e.action == DECISION_RECORDED}
    return [ReviewItem(e.seq, e.action, e.exhibit, e.officer, e.time, e.reason, e.details,
                       said.get(e.details.get("decision_seq")))
            for e in entries if e.action in AWAITING and e.seq not in judged]


def history(case: Case, item: int | None = None) -> list[CustodyEntry]:
    """The verdicts given and the sign-offs refused, oldest first; only those on ``item``
    when given."""
    found = []
    for e in case_state.entries(case, REVIEW_APPROVED, REVIEW_REJECTED, ACTION_REFUSED):
        if e.action == ACTION_REFUSED:
            if e.details.get("refused_action") != ACTION:
                continue
            about = next((i.get("item") for i in e.inputs if "item" in i), None)
        else:
            about = e.details.get("item")
        if item is None or about == item:
            found.append(e)
    return found


def sign_off(case: Case, item: int, *, approve: bool, reason: str) -> CustodyEntry:
    """Record the supervisor's verdict on ``item``; a written reason is required."""
    if not reason.strip():
        raise InputError("a review verdict needs a written reason")
    found = next((i for i in pending(case) if i.seq == item), None)
    if found is None:
        raise InputError(f"no review item {item} awaits sign-off in this case")
    verdict = authorise(case.officer, ACTION, case=case, exhibit=found.exhibit,
                        subject={"item": item})
    if found.officer == case.officer.id:
        refuse(case, verdict, f"officer {case.officer.id} cannot sign off their own item "
                              f"{item} ({found.action}): another supervisor must",
               exhibit=found.exhibit, subject={"item": item})
    entry = case.record(REVIEW_APPROVED if approve else REVIEW_REJECTED, exhibit=found.exhibit,
                        reason=reason.strip(),
                        details={"item": item, "item_action": found.action,
                                 "item_officer": found.officer})
    case.checkpoint(f"review item {item} signed off")
    return entry
