"""Scene documentation photos: the officer's own pictures of the scene, kept in ``scene/``.

Each photo is copied with the same verified copy as evidence (hash on read, fsync, read
back), stored under its own name (``name__2.jpg`` if taken), and recorded in the case store
and in custody (``scene.photo-added``). A copy of the same photo left unrecorded by a failure
is adopted rather than stored twice.
"""

from __future__ import annotations

import os
from dataclasses import asdict, dataclass
from functools import partial
from pathlib import Path
from typing import Any

from triage_app.case.case import Case
from triage_app.core.jobs import CancelToken
from triage_app.core.readonly import open_readonly
from triage_app.core.units import plural
from triage_app.errors import Cancelled, InputError
from triage_app.preserve.copy import SourceReadError, UnrecordedCopy, copy_verified
from triage_app.preserve.names import numbered, safe_component
from triage_app.storage.drives import storage_error

SCENE_DIR = "scene"


@dataclass(slots=True)
class ScenePhoto:
    id: int
    stored_path: str  # relative to the case folder
    original_name: str
    size: int
    hashes: dict[str, str]
    note: str | None = None
    added_at: str | None = None

    def to_record(self) -> dict[str, Any]:
        return {"record": "scene_photo", **asdict(self)}

    @classmethod
    def from_row(cls, row) -> ScenePhoto:
        return cls(row["id"], row["stored_path"], row["original_name"], row["size"],
                   {"md5": row["md5"], "sha1": row["sha1"], "sha256": row["sha256"]},
                   row["note"], row["added_at"])


def add_photos(case: Case, photos: list[str | os.PathLike[str]], *, note: str | None = None,
               cancel: CancelToken | None = None) -> list[ScenePhoto]:
    """Copy ``photos`` into the case's ``scene/`` folder; all are checked before any is copied."""
    paths = [Path(p) for p in photos]
    for path in paths:
        if not path.is_file():
            raise InputError(f"{path}: no such photo file")
    folder = case.path / SCENE_DIR
    try:
        folder.mkdir(exist_ok=True)
    except OSError as exc:
        raise storage_error(exc, "the scene folder") from exc
    taken = {row["stored_path"].casefold() for row in case.store.scene_photos()}
    added: list[ScenePhoto] = []
    for path in paths:
        plain = safe_component(path.name)
        orphan = UnrecordedCopy.at(folder / plain, f"{SCENE_DIR}/{plain}".casefold() in taken,
                                   cancel)
        name = _free_name(folder, plain, taken)
        st = path.stat()
        try:
            result = copy_verified(partial(open_readonly, path), folder / name,
                                   label=str(path), cancel=cancel,
                                   times={"mtime": int(st.st_mtime), "atime": int(st.st_atime)})
        except SourceReadError as exc:
            raise InputError(str(exc)) from exc
        except Cancelled as exc:
            if added:
                exc.kept = f"{plural(len(added), 'scene photo')} added"
            raise
        if orphan is not None and orphan.adopt(folder / name, result):
            name = plain
        stored = f"{SCENE_DIR}/{name}"
        taken.add(stored.casefold())
        photo_id = case.store.add_scene_photo(stored, path.name, result.size, result.hashes,
                                              note)
        case.record("scene.photo-added",
                    inputs=[{"path": str(path.resolve()), **result.hashes}],
                    outputs=[{"path": stored, "sha256": result.hashes["sha256"]}],
                    details={"size": result.size, "note": note})
        added.append(ScenePhoto(photo_id, stored, path.name, result.size, result.hashes, note))
    if added:
        case.checkpoint(f"{len(added)} scene photo(s) added")
    return added


def list_photos(case: Case) -> list[ScenePhoto]:
    return [ScenePhoto.from_row(row) for row in case.store.scene_photos()]


def _free_name(folder: Path, name: str, taken: set[str]) -> str:
    candidate, number = name, 1
    while os.path.lexists(folder / candidate) or f"{SCENE_DIR}/{candidate}".casefold() in taken:
        number += 1
        candidate = numbered(name, number)
    return candidate
