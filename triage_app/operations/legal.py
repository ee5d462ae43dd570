"""Recording the legal authority for a search (``authority.recorded``).

An amendment (a renewed warrant, a wider scope) is a new entry that supersedes the last one;
nothing recorded is ever edited. :func:`~triage_app.operations.case_state.current_authority`
reads the one in force.
"""

from __future__ import annotations

from triage_app.case.case import Case
from triage_app.custody.entry import CustodyEntry
from triage_app.operations.authority import authorise
from triage_app.operations.case_state import AUTHORITY_RECORDED, current_authority
from triage_app.workflow.legal import LegalAuthority

ACTION = "record-authority"


def record_authority(case: Case, authority: LegalAuthority, *,
                     reason: str | None = None) -> CustodyEntry:
    """Record ``authority`` for ``case``; amends (supersedes) one recorded before."""
    authorise(case.officer, ACTION, case=case)
    previous = current_authority(case)
    entry = case.record(AUTHORITY_RECORDED, reason=reason,
                        details={"authority": authority.to_dict(),
                                 "amends": previous.to_dict() if previous else None})
    case.checkpoint("legal authority recorded")
    return entry
