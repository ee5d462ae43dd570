"""Which competency level an action needs, and the custody entry for asking a specialist.

Design section 1: an action above the officer's level is not hidden; it is shown locked with
"request a specialist", and the request itself is a custody entry. (The workflow issue moves
these rules into resources/workflow as data an agency can adapt.)
"""

from __future__ import annotations

from typing import Any

from triage_app.case.case import Case
from triage_app.core.officer import Officer

ACTION_SPECIALIST = "specialist.requested"
LEVEL_FOR = {
    "collect": "L2",  # targeted logical collection
    "image": "L2",  # raw/E01 imaging
    "reveal-secret": "L3",
    "view-notable": "L3",  # render a photo that matched a notable hash set
}


def required_level(action: str) -> str:
    return LEVEL_FOR[action]


def may(officer: Officer, action: str) -> bool:
    return officer.has_level(LEVEL_FOR[action])


def request_specialist(case: Case, action: str, *, exhibit: str | None = None,
                       subject: dict[str, Any] | None = None, note: str | None = None):
    """Record that ``case.officer`` asks a specialist to do ``action``; returns the entry."""
    return case.record(ACTION_SPECIALIST, exhibit=exhibit, inputs=[subject] if subject else [],
                       reason=(note or "").strip() or None,
                       details={"requested_action": action, "needs": LEVEL_FOR[action],
                                "officer_level": case.officer.highest_level()})
