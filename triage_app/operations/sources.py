"""Reading evidence into a case: asked, opened read-only, never where the case is written, and
never walked in-process before a fenced worker has walked it."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from triage_app.case.case import Case, ensure_off_evidence
from triage_app.core.jobs import CancelToken
from triage_app.errors import UnsupportedSourceError
from triage_app.evidence.listing_probe import ensure_walk_completes
from triage_app.evidence.source import Source, open_source
from triage_app.operations.authority import admit_source, authorise

ACTION_REFUSED_SOURCE = "source.refused"


@contextmanager
def evidence_for(case: Case, location: str, action: str, *, exhibit: str | None = None,
                 walks: bool = False, cancel: CancelToken | None = None) -> Iterator[Source]:
    """Authorise ``action`` for the case's officer, then open ``location`` read-only.

    A refusal is recorded before anything of the source is opened; then the source must be
    on the case's side of the simulation wall (:func:`admit_source`). ``walks``: the operation
    lists the source's file systems, so an image or device is first walked by a fenced worker
    (:mod:`triage_app.evidence.listing_probe`); a walk that hangs or crashes there is recorded
    and refused.
    """
    authorise(case.officer, action, case=case, exhibit=exhibit, subject={"source": location})
    with open_source(location) as source:
        ensure_off_evidence(case.path, source)
        admit_source(case, action, source, exhibit=exhibit)
        if walks and source.kind in ("image", "device"):
            try:
                ensure_walk_completes(location, cancel=cancel)
            except UnsupportedSourceError as exc:
                case.record(ACTION_REFUSED_SOURCE, exhibit=exhibit,
                            inputs=[{"source": location, "kind": source.kind}], reason=str(exc))
                raise
        yield source
