"""Reading evidence into a case: asked, opened read-only, never where the case is written."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from triage_app.case.case import Case, ensure_off_evidence
from triage_app.evidence.source import Source, open_source
from triage_app.operations.authority import authorise


@contextmanager
def evidence_for(case: Case, location: str, action: str, *,
                 exhibit: str | None = None) -> Iterator[Source]:
    """Authorise ``action`` for the case's officer, then open ``location`` read-only.

    A refusal is recorded before anything of the source is opened.
    """
    authorise(case.officer, action, case=case, exhibit=exhibit, subject={"source": location})
    with open_source(location) as source:
        ensure_off_evidence(case.path, source)
        yield source
