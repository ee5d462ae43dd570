"""What goes into ``data/``: the files the case preserved, as the case store records them.

The case store is authoritative: a file in the case folder that no record names (a temp file
left by an interrupted copy) is not payload, and a record whose file is missing stops the
export.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from triage_app.case.case import Case
from triage_app.errors import IntegrityError

PRESERVED_IMAGE_STATUSES = ("finished", "verified")  # images that go into the package


@dataclass(slots=True)
class PayloadFile:
    kind: str  # logical | image | scene
    case_path: Path  # where the file is in the case folder
    bag_path: str  # "data/…", '/'-separated
    exhibit: str | None
    original_path: str | None  # as on the evidence (logical), the image source, or the photo name
    size: int
    recorded: dict[str, str] = field(default_factory=dict)  # hashes the case recorded
    times: dict[str, int] = field(default_factory=dict)
    deleted: bool = False
    digests: dict[str, str] = field(default_factory=dict)  # computed while packaging
    extra: dict[str, Any] = field(default_factory=dict)


def _bag_component(name: str) -> str:
    """``name`` without ``%``: RFC 8493 manifests percent-encode it, and a stock validator
    (bagit.py 1.9) does not decode ``%25``, so a payload name never holds one. The stand-in
    keeps a short hash of the original; files.dfxml keeps the original path."""
    if "%" not in name:
        return name
    tag = "~" + hashlib.sha256(name.encode("utf-8", "surrogatepass")).hexdigest()[:8]
    stem, dot, ext = name.replace("%", "_").rpartition(".")
    return f"{stem}{tag}.{ext}" if dot and stem else f"{name.replace('%', '_')}{tag}"


def _bag_path(stored_path: str) -> str:
    parts = stored_path.replace("\\", "/").split("/")
    if parts and parts[0] == "evidence":
        parts = parts[1:]
    if not parts or any(p in ("", ".", "..") for p in parts):
        raise IntegrityError(f"the case store names an unsafe path: {stored_path!r}")
    return "data/" + "/".join(_bag_component(p) for p in parts)


def _hashes(row) -> dict[str, str]:
    return {k: row[k] for k in ("md5", "sha1", "sha256") if row[k]}


def gather(case: Case) -> list[PayloadFile]:
    store = case.store
    files: list[PayloadFile] = []
    for row in store.collected():
        files.append(PayloadFile(
            kind="logical", case_path=case.path / row["stored_path"],
            bag_path=_bag_path(row["stored_path"]), exhibit=row["exhibit"],
            original_path=row["original_path"], size=row["size"], recorded=_hashes(row),
            times=json.loads(row["times"] or "{}"), deleted=bool(row["deleted"])))
    for row in store.images():
        if row["status"] not in PRESERVED_IMAGE_STATUSES:
            continue
        media = {"media_size": row["media_size"], "format": row["format"],
                 "media_hashes": _hashes(row), "bad_sectors": json.loads(row["bad_sectors"] or "[]"),
                 "source": row["source_location"]}
        for stored in json.loads(row["files"]):
            path = case.path / stored
            files.append(PayloadFile(
                kind="image", case_path=path, bag_path=_bag_path(stored), exhibit=row["exhibit"],
                original_path=row["source_location"], size=path.stat().st_size if path.exists() else 0,
                extra=media))
    for row in store.scene_photos():
        files.append(PayloadFile(
            kind="scene", case_path=case.path / row["stored_path"],
            bag_path=_bag_path(row["stored_path"]), exhibit=None,
            original_path=row["original_name"], size=row["size"], recorded=_hashes(row)))
    missing = [f.bag_path for f in files if not f.case_path.is_file()]
    if missing:
        raise IntegrityError(f"{len(missing)} preserved file(s) are missing from the case folder, "
                             f"e.g. {missing[0]}; the case was altered outside Field Triage")
    seen: set[str] = set()
    for f in files:
        if f.bag_path in seen:
            raise IntegrityError(f"two records claim the same payload path {f.bag_path}")
        seen.add(f.bag_path)
    return files
