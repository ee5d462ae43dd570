"""The officer's own scene photos: verified copies into the case, and the list of them."""

from __future__ import annotations

import os
from collections.abc import Sequence

from triage_app.case.case import Case
from triage_app.core.jobs import CancelToken
from triage_app.operations.authority import authorise
from triage_app.preserve.scene import ScenePhoto, add_photos, list_photos

ACTION = "scene-photos"


def add_scene_photos(case: Case, photos: Sequence[str | os.PathLike[str]], *,
                     note: str | None = None, cancel: CancelToken | None = None
                     ) -> list[ScenePhoto]:
    authorise(case.officer, ACTION, case=case)
    return add_photos(case, list(photos), note=note, cancel=cancel)


def scene_photos(case: Case) -> list[ScenePhoto]:
    return list_photos(case)
