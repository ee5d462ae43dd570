"""Hash files, folders, images and devices in one read each; optionally into a case."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from triage_app.case.case import Case
from triage_app.core.jobs import CancelToken, ProgressCallback, no_progress
from triage_app.engine.hash_job import HashResult, hash_sources
from triage_app.errors import TriageError
from triage_app.evidence.source import open_source
from triage_app.operations.authority import admit_source, authorise

ACTION = "hash-into-case"
ACTION_RECORDED = "hash.computed"


def hash_evidence(locations: Sequence[str], *, case: Case | None = None,
                  progress: ProgressCallback = no_progress, cancel: CancelToken | None = None,
                  on_result: Callable[[HashResult], None] | None = None) -> list[HashResult]:
    """Hash each location; with a case, the results go into its custody ledger."""
    if case is not None:
        authorise(case.officer, ACTION, case=case,
                  subject={"sources": [str(location) for location in locations]})
        for location in locations:
            _admit(case, str(location))
    results = []
    for result in hash_sources(list(locations), progress=progress, cancel=cancel):
        results.append(result)
        if on_result is not None:
            on_result(result)
    if case is not None:
        case.record(ACTION_RECORDED, inputs=[r.to_dict() for r in results])
        case.checkpoint("hashes recorded")
    return results


def _admit(case: Case, location: str) -> None:
    """The simulation wall for one location; one that cannot be opened is left for the hash
    job, which reports it as that location's error."""
    try:
        source = open_source(location)
    except TriageError:
        return
    with source:
        admit_source(case, ACTION, source)
