"""Image a device, partition or image file's media into the case (raw or E01), verified (L2)."""

from __future__ import annotations

from triage_app.case.case import Case
from triage_app.core.jobs import CancelToken, ProgressCallback, no_progress
from triage_app.operations.sources import evidence_for
from triage_app.preserve.imaging import ImageResult, make_image

ACTION = "image"


def image(case: Case, location: str, *, fmt: str = "raw", split: int | None = None,
          exhibit: str | None = None, progress: ProgressCallback = no_progress,
          cancel: CancelToken | None = None) -> ImageResult:
    with evidence_for(case, location, ACTION, exhibit=exhibit) as source:
        return make_image(case, source, fmt=fmt, split=split, exhibit=exhibit,
                          progress=progress, cancel=cancel)
