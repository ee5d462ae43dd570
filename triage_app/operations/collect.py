"""Collect selected files of a source into the case, each verified after writing (L2)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from triage_app.case.case import Case
from triage_app.core.jobs import CancelToken, ProgressCallback, no_progress
from triage_app.operations.sources import evidence_for
from triage_app.preserve.collect import CollectedFile, CollectSummary
from triage_app.preserve.collect import collect as collect_from

ACTION = "collect"


def collect(case: Case, location: str, *, exhibit: str | None = None,
            select: Sequence[str] = (), include_deleted: bool = False,
            progress: ProgressCallback = no_progress, cancel: CancelToken | None = None,
            on_file: Callable[[CollectedFile], None] | None = None,
            on_error: Callable[[str, str], None] | None = None) -> CollectSummary:
    with evidence_for(case, location, ACTION, exhibit=exhibit, walks=True,
                      cancel=cancel) as source:
        return collect_from(case, source, exhibit=exhibit, select=list(select),
                            include_deleted=include_deleted, progress=progress, cancel=cancel,
                            on_file=on_file, on_error=on_error)
