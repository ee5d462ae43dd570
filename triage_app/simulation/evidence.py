"""Synthetic evidence for a scenario's devices, built reproducibly from a seed.

:func:`build_evidence` takes a device's ``evidence`` list (the scenario format,
``docs/scenario-format.md``) and makes each piece in ``out_dir``: an ext4 or FAT image, an E01
of one, a plain folder, or a BitLocker-like encrypted volume, filled with files whose content
is made from the seed (:mod:`triage_app.simulation.artefacts`). The same items and seed give
byte-identical evidence. Every piece carries the build's mark (:mod:`.marker`), and the build
is described by a manifest (:func:`manifest`): what was made, its hashes, and what a scan must
find in it (the plants), which the caller signs and records.
"""

from __future__ import annotations

import hashlib
import re
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from triage_app.custody.entry import canonical_json
from triage_app.errors import InputError
from triage_app.simulation import containers
from triage_app.simulation.artefacts import Plant, make_content
from triage_app.simulation.marker import MARKER_FILE, Mark

CONTAINERS = ("ext4", "fat", "e01", "folder", "bitlocker")
MANIFEST_FORMAT = "field-triage-simulation-manifest/1"
MANIFEST_FILE = "simulation-manifest.json"
DEFAULT_SIZE_MIB = 16
_ID = re.compile(r"^[a-z0-9][a-z0-9-]{0,63}$")
_PATH_PART = re.compile(r"^[A-Za-z0-9][A-Za-z0-9 ._-]{0,99}$")


@dataclass(frozen=True, slots=True)
class BuiltArtefact:
    """One piece of synthetic evidence as built."""

    id: str
    container: str
    path: Path
    sha256: str  # of the file; of a folder, of its listing (path and SHA-256 of each file)
    size: int
    media_sha256: str | None = None  # what the image holds (for an E01: the image inside)
    media_size: int | None = None
    files: dict[str, str] = field(default_factory=dict)  # path -> SHA-256 of its content
    plants: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self, root: Path) -> dict[str, Any]:
        return {"id": self.id, "container": self.container,
                "path": self.path.relative_to(root).as_posix(), "sha256": self.sha256,
                "size": self.size, "media_sha256": self.media_sha256,
                "media_size": self.media_size, "files": self.files, "plants": self.plants}


def build_id(items: list[dict[str, Any]], seed: int) -> str:
    """What identifies a build: the SHA-256 of its items and seed, in canonical JSON."""
    return hashlib.sha256(canonical_json({"seed": seed, "evidence": items})).hexdigest()


def build_evidence(items: list[dict[str, Any]], out_dir: Path, *,
                   seed: int) -> list[BuiltArtefact]:
    """Make every piece of ``items`` in ``out_dir`` (which must not hold them yet)."""
    out_dir = Path(out_dir)
    _check(items, out_dir)
    build = build_id(items, seed)
    out_dir.mkdir(parents=True, exist_ok=True)
    built: list[BuiltArtefact] = []
    try:
        for item in items:
            built.append(_build_one(item, out_dir, seed=seed, build=build))
    except BaseException:
        for piece in built:
            _remove(piece.path)
        raise
    return built


def manifest(items: list[dict[str, Any]], seed: int, built: list[BuiltArtefact],
             root: Path) -> dict[str, Any]:
    return {"format": MANIFEST_FORMAT, "build": build_id(items, seed), "seed": seed,
            "evidence": [b.to_dict(root) for b in built]}


def _target(item: dict[str, Any], out_dir: Path) -> Path:
    container = item["container"]
    suffix = {"folder": "", "e01": ".E01"}.get(container, ".img")
    return out_dir / f"{item['id']}{suffix}"


def _check(items: list[dict[str, Any]], out_dir: Path) -> None:
    seen: set[str] = set()
    for item in items:
        ident = item.get("id") if isinstance(item, dict) else None
        if not isinstance(ident, str) or not _ID.match(ident):
            raise InputError(f"evidence id {ident!r}: use lower-case letters, digits and '-'")
        if ident in seen:
            raise InputError(f"evidence id {ident} is given twice")
        seen.add(ident)
        if item.get("container") not in CONTAINERS:
            raise InputError(f"evidence {ident}: container {item.get('container')!r} is not one "
                             f"of {', '.join(CONTAINERS)}")
        if item["container"] == "bitlocker" and item.get("files"):
            raise InputError(f"evidence {ident}: an encrypted volume holds no readable files")
        paths = [f.get("path") for f in item.get("files", [])]
        for path in paths:
            parts = path.split("/") if isinstance(path, str) else []
            if not parts or not all(_PATH_PART.match(p) for p in parts) \
                    or path == MARKER_FILE:
                raise InputError(f"evidence {ident}: file path {path!r} must be relative, of "
                                 "letters, digits, spaces, '.', '_' and '-'")
        folders = {"/".join(p.split("/")[:i]) for p in paths for i in range(1, p.count("/") + 1)}
        if len(set(paths)) != len(paths) or folders & set(paths):
            raise InputError(f"evidence {ident}: a file path is given twice, or is also a folder")
        if _target(item, out_dir).exists():
            raise InputError(f"{_target(item, out_dir)} exists already; build into an empty "
                             "folder")


def _contents(item: dict[str, Any], seed: int) -> tuple[dict[str, bytes], list[dict[str, Any]]]:
    files: dict[str, bytes] = {}
    plants: list[dict[str, Any]] = []
    for spec in item.get("files", []):
        data, found = make_content(spec.get("content", {}), seed=seed,
                                   place=f"{item['id']}/{spec['path']}")
        files[spec["path"]] = data
        plants += [{"path": spec["path"], **plant.to_dict()} for plant in found]
    return files, plants


def _build_one(item: dict[str, Any], out_dir: Path, *, seed: int, build: str) -> BuiltArtefact:
    container = item["container"]
    mark = Mark(build, item["id"])
    target = _target(item, out_dir)
    files, plants = _contents(item, seed)
    listing = {rel: hashlib.sha256(data).hexdigest() for rel, data in sorted(files.items())}
    if container == "folder":
        containers.make_folder(target, files, mark=mark)
        listing = {rel: _sha256(target / rel) for rel in [*sorted(files), MARKER_FILE]}
        text = "".join(f"{rel}\0{sha}\n" for rel, sha in listing.items())
        return BuiltArtefact(item["id"], container, target,
                             hashlib.sha256(text.encode("utf-8")).hexdigest(),
                             sum((target / rel).stat().st_size for rel in listing),
                             files=listing, plants=plants)
    size = containers.check_size(item.get("size_mib", DEFAULT_SIZE_MIB))
    if container == "bitlocker":
        plants = [{"path": None, **Plant("encrypted-volume", None, "BitLocker").to_dict()}]
    if container != "e01":
        _make_image(container, target, files, size, mark)
        return _image_artefact(item["id"], container, target, target, listing, plants)
    inner = item.get("image", "ext4")
    if inner not in ("ext4", "fat"):
        raise InputError(f"evidence {item['id']}: an E01 holds an ext4 or fat image, not {inner!r}")
    with tempfile.TemporaryDirectory(prefix="sim-e01-") as work:
        raw = Path(work, f"{item['id']}.img")
        _make_image(inner, raw, files, size, mark)
        made = containers.make_e01(target.with_suffix(""), raw, mark=mark)
        return _image_artefact(item["id"], container, made, raw, listing, plants)


def _make_image(kind: str, target: Path, files: dict[str, bytes], size: int, mark: Mark) -> None:
    if kind == "ext4":
        containers.make_ext4(target, files, size=size, mark=mark)
    elif kind == "fat":
        containers.make_fat(target, files, size=size, mark=mark)
    else:
        containers.make_bitlocker(target, size=size, mark=mark)


def _image_artefact(ident: str, container: str, path: Path, media: Path,
                    listing: dict[str, str], plants: list[dict[str, Any]]) -> BuiltArtefact:
    return BuiltArtefact(ident, container, path, _sha256(path), path.stat().st_size,
                         media_sha256=_sha256(media), media_size=media.stat().st_size,
                         files=listing, plants=plants)


def _sha256(path: Path) -> str:
    with open(path, "rb") as handle:
        return hashlib.file_digest(handle, "sha256").hexdigest()


def _remove(path: Path) -> None:
    if path.is_dir():
        shutil.rmtree(path, ignore_errors=True)
    else:
        path.unlink(missing_ok=True)
