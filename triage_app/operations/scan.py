"""Scan a source into a case: every file listed, hashed, typed and analysed, read once."""

from __future__ import annotations

from collections.abc import Callable

from triage_app.analyzers.base import build_analyzers
from triage_app.case.case import Case
from triage_app.core.jobs import CancelToken, ProgressCallback, no_progress
from triage_app.core.records import VolumeReport
from triage_app.engine.process import FileResult
from triage_app.engine.scan import ScanSummary, scan_source
from triage_app.errors import UnsupportedSourceError
from triage_app.operations.sources import evidence_for

ACTION = "scan"


def scan(case: Case, location: str, *, exhibit: str | None = None,
         analyzers: list[str] | None = None, progress: ProgressCallback = no_progress,
         cancel: CancelToken | None = None,
         on_result: Callable[[FileResult], None] | None = None,
         on_volumes: Callable[[list[VolumeReport]], None] | None = None) -> ScanSummary:
    """Scan ``location`` into ``case``. ``on_volumes`` hears what was found on the source
    before the files (and, when nothing is listable, before UnsupportedSourceError)."""
    chosen = build_analyzers(analyzers)
    with evidence_for(case, location, ACTION, exhibit=exhibit, walks=True,
                      cancel=cancel) as source:
        if on_volumes is not None and source.listable:
            on_volumes(source.volumes)
        try:
            return scan_source(case, source, exhibit=exhibit, analyzers=chosen,
                               progress=progress, cancel=cancel, on_result=on_result)
        except UnsupportedSourceError:
            if on_volumes is not None:
                on_volumes(source.volumes)
            raise
