"""The officer's own scene photos: verified copies into the case, and the list of them."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from triage_app.case.case import Case
from triage_app.core.jobs import CancelToken
from triage_app.errors import InputError
from triage_app.operations.authority import authorise
from triage_app.preserve.scene import ScenePhoto, add_photos, list_photos

ACTION = "scene-photos"
# What a camera writes to its card (DCIM/100CANON/IMG_0001.JPG): stills, not its index files.
CAMERA_PHOTOS = frozenset({".jpg", ".jpeg", ".png", ".heic", ".heif", ".tif", ".tiff", ".dng",
                           ".webp"})


def add_scene_photos(case: Case, photos: Sequence[str | os.PathLike[str]], *,
                     note: str | None = None, cancel: CancelToken | None = None
                     ) -> list[ScenePhoto]:
    authorise(case.officer, ACTION, case=case)
    return add_photos(case, list(photos), note=note, cancel=cancel)


def scene_photos(case: Case) -> list[ScenePhoto]:
    return list_photos(case)


def camera_folder_photos(folder: str | os.PathLike[str]) -> list[Path]:
    """The photos in a camera's folder and its subfolders, in name order; InputError when the
    folder holds none."""
    root = Path(folder)
    if not root.is_dir():
        raise InputError(f"{root}: no such folder")
    found = sorted((p for p in root.rglob("*")
                    if p.suffix.lower() in CAMERA_PHOTOS and p.is_file()),
                   key=lambda p: p.relative_to(root).as_posix().casefold())
    if not found:
        raise InputError(f"{root} holds no photos ({', '.join(sorted(CAMERA_PHOTOS))})")
    return found


def add_camera_folder(case: Case, folder: str | os.PathLike[str], *, note: str | None = None,
                      cancel: CancelToken | None = None) -> list[ScenePhoto]:
    """Import every photo of a camera's folder (see :func:`camera_folder_photos`)."""
    return add_scene_photos(case, camera_folder_photos(folder), note=note, cancel=cancel)
