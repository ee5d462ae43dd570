"""Photos for the gallery: where they come from, which are withheld, and the job that reads them.

The photos come from files and folders the officer names, or from a case whose scans found
images: those are read again from the original source (folder, disk image, device) through the
read-only evidence layer, at the paths the case store recorded. Every picture is parsed and
shrunk to a preview in the fenced worker pool, so the GUI never decodes untrusted bytes.

A photo whose content matches a *notable* hash set is never read for display: not parsed, not
decoded. Its tile is a neutral placeholder. An L3 officer may view it through
:func:`view_notable`, which writes ``photo.notable-viewed`` to the case's custody ledger before
the picture is decoded; below L3, :func:`request_specialist` records the request instead.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path

from triage_app.case.case import Case
from triage_app.case.store import DB_NAME, CaseStore
from triage_app.core.jobs import CancelToken, Progress, ProgressCallback, Throttle, no_progress
from triage_app.core.officer import Officer, load_officer
from triage_app.core.readonly import open_readonly
from triage_app.core.records import ContentReader
from triage_app.errors import Cancelled, InputError, SourceError, StorageError
from triage_app.evidence.source import open_source
from triage_app.hashsets.library import HashSetLibrary
from triage_app.media import geoexport
from triage_app.media.fence import Limits, PhotoParserPool
from triage_app.media.formats import looks_like_image, sniff
from triage_app.media.gazetteer import nearest_place
from triage_app.media.records import PhotoMetadata, Place
from triage_app.operations import authority
from triage_app.operations.authority import authorise
from triage_app.operations.cases import CaseRef, is_case_folder, using_case
from triage_app.operations.mediator import UNATTENDED, Mediator
from triage_app.workflow import competency

ACTION_NOTABLE_VIEWED = "photo.notable-viewed"
ACTION_EXPORTED = "photo.positions-exported"
VIEW_NOTABLE = "view-notable"  # the action's name in the competency table
MIN_REASON = 5
PREVIEW_PX = 256  # gallery tiles and the detail pane
VIEW_PX = 1024  # a notable photo an L3 officer chose to view
GALLERY_WORKERS = 2
_CHUNK = 1 << 20

PhotoCallback = Callable[["GalleryPhoto"], None]


@dataclass(slots=True, frozen=True)
class PhotoLocation:
    """Where a photo's bytes are: a photo file, or a file inside a folder, image or device."""

    source: str  # as the officer or the case named it
    path: str | None = None  # inside ``source``; None when ``source`` is the photo itself

    @property
    def shown(self) -> str:
        if self.path is None:
            return self.source
        return self.source.rstrip("/\\") + ("" if self.path.startswith("/") else "/") + self.path

    @property
    def name(self) -> str:
        return (self.path or self.source).replace("\\", "/").rsplit("/", 1)[-1]


@dataclass(slots=True)
class GalleryPhoto:
    """One gallery tile and its detail pane."""

    location: PhotoLocation
    size: int
    meta: PhotoMetadata = field(default_factory=PhotoMetadata)
    place: Place | None = None
    preview: bytes | None = None  # an upright JPEG made in the fenced worker
    sha256: str | None = None
    notable: str | None = None  # the notable hash set(s) it matched: withheld
    exhibit: str | None = None
    read: bool = True  # False: its bytes were not parsed (withheld, missing, unreadable)

    @property
    def key(self) -> str:
        return self.location.shown

    @property
    def withheld(self) -> bool:
        return self.notable is not None and self.preview is None


@dataclass(slots=True)
class GallerySummary:
    photos: int = 0
    located: int = 0  # with a GPS position
    withheld: int = 0  # notable matches, not shown
    with_warnings: int = 0
    elapsed: float = 0.0


@dataclass(slots=True)
class _Wanted:
    location: PhotoLocation
    size: int
    opener: Callable[[], ContentReader] | None
    sha256: str | None = None  # as the scan recorded it
    notable: str | None = None  # as the scan found it
    exhibit: str | None = None
    problem: str | None = None  # why it cannot be read at all


# --- where photos come from ---------------------------------------------------------------------

def _from_paths(paths: list[str], stack: ExitStack, cancel: CancelToken) -> Iterator[_Wanted]:
    for text in paths:
        path = Path(text)
        if path.is_dir():
            source = stack.enter_context(open_source(path))
            for entry in source.entries(cancel):
                if entry.type != "file" or entry.size <= 0 or entry.opener is None:
                    continue
                if looks_like_image(entry.name, None) or _sniffs_as_image(entry.opener):
                    yield _Wanted(PhotoLocation(str(path), entry.path), entry.size, entry.opener)
        elif path.is_file():
            yield _Wanted(PhotoLocation(str(path)), path.stat().st_size,
                          partial(open_readonly, str(path)))
        else:
            yield _Wanted(PhotoLocation(str(path)), 0, None, problem="file not found")


def _sniffs_as_image(opener: Callable[[], ContentReader]) -> bool:
    try:
        reader = opener()
        try:
            return sniff(reader.read(64)) is not None
        finally:
            reader.close()
    except OSError:
        return False


def _from_case(case_dir: Path, stack: ExitStack, cancel: CancelToken,
               progress: Callable[[str], None]) -> Iterator[_Wanted]:
    """Images the case's scans recorded, re-read from each original source (read-only)."""
    store = CaseStore(case_dir, read_only=True)
    try:
        sources = {row["id"]: row for row in store.sources()}
        scan_source = {row["id"]: row["source_id"] for row in store.scans()}
        notable: dict[int, list[str]] = {}
        for row in store.findings():
            if row["kind"].startswith("knownfile.notable") and row["file_id"] is not None:
                notable.setdefault(row["file_id"], []).append(_set_name(row))
        rows: dict[tuple[int, str], tuple] = {}  # a later scan of a source supersedes
        for row in store.files():
            if row["type"] != "file" or row["size"] <= 0:
                continue
            if not looks_like_image(row["path"], row["mime"]):
                continue
            key = (scan_source[row["scan_id"]], row["path"])
            rows[key] = (row["size"], row["sha256"], notable.get(row["id"]))
    except sqlite3.DatabaseError as exc:  # damaged or gone; a defect of ours is not hidden
        raise StorageError(f"the case database cannot be read: {exc}") from None
    finally:
        store.close()
    notable_hashes = {sha for (size, sha, note) in rows.values() if note and sha}
    by_source: dict[int, dict[str, tuple]] = {}
    for (source_id, path), held in rows.items():
        by_source.setdefault(source_id, {})[path] = held
    for source_id, wanted in by_source.items():
        location, exhibit = sources[source_id]["location"], sources[source_id]["exhibit"]
        progress(location)
        found: set[str] = set()
        try:
            source = stack.enter_context(open_source(location))
            for entry in source.entries(cancel):
                if entry.path not in wanted or entry.opener is None:
                    continue
                size, sha, note = wanted[entry.path]
                found.add(entry.path)
                if note is None and sha in notable_hashes:
                    note = "the same content as a notable file elsewhere in the case"
                yield _Wanted(PhotoLocation(location, entry.path), size, entry.opener, sha,
                              "; ".join(note) if isinstance(note, list) else note, exhibit)
        except Cancelled:
            raise
        except (SourceError, InputError, OSError) as exc:
            problem = f"the source cannot be opened again: {exc}"
        else:
            problem = "no longer in the source (it differs from the scan)"
        for path in sorted(set(wanted) - found):
            size, sha, note = wanted[path]
            yield _Wanted(PhotoLocation(location, path), size, None, sha,
                          "; ".join(note) if note else None, exhibit, problem=problem)


def _set_name(row) -> str:
    try:
        match = json.loads(row["detail"])
        return f"{match['set_name']} (version {match['set_version']})"
    except (ValueError, KeyError, TypeError):
        return row["summary"]


# --- the job ------------------------------------------------------------------------------------

def read_gallery(paths: list[str] | None = None, case_dir: str | None = None, *,
                 on_photo: PhotoCallback, progress: ProgressCallback = no_progress,
                 cancel: CancelToken | None = None, workers: int = GALLERY_WORKERS,
                 limits: Limits = Limits(), preview_px: int = PREVIEW_PX) -> GallerySummary:
    """Read photos from ``paths`` (files and folders) or from the case at ``case_dir``.

    ``on_photo`` gets each :class:`GalleryPhoto` as soon as it is ready (completion order).
    Notable matches are never parsed or decoded; a bad file is a photo with warnings.
    """
    if not paths and not case_dir:
        raise InputError("choose photos, a folder or a case first")
    if case_dir and not is_case_folder(case_dir):
        raise InputError(f"{case_dir} is not a case folder (no {DB_NAME}); open it as a "
                         "folder of photos instead")
    cancel = cancel or CancelToken()
    started = time.monotonic()
    summary = GallerySummary()
    state = Progress(phase="listing")
    report = Throttle(progress)

    def emit(photo: GalleryPhoto) -> None:
        summary.photos += 1
        summary.located += photo.meta.gps is not None
        summary.withheld += photo.withheld
        summary.with_warnings += bool(photo.meta.warnings)
        state.files_done += 1
        state.bytes_done += photo.size
        state.current = photo.location.shown
        on_photo(photo)
        report(state)

    library = HashSetLibrary()
    try:
        with ExitStack() as stack:
            def opening(location: str) -> None:
                state.current = location
                report(state, force=True)

            listing = (_from_case(Path(case_dir), stack, cancel, opening) if case_dir
                       else _from_paths(list(paths or []), stack, cancel))
            wanted = []
            for item in listing:
                cancel.raise_if_cancelled()
                wanted.append(item)
                state.files_total = len(wanted)
                state.bytes_total = (state.bytes_total or 0) + item.size
                report(state)
            state.phase = "reading"
            report(state, force=True)
            checked = bool(library.sets())
            pending: dict[int, tuple[_Wanted, str]] = {}

            def jobs() -> Iterator[tuple[int, bytes, str]]:
                for index, item in enumerate(wanted):
                    cancel.raise_if_cancelled()
                    photo = _unparsed(item, library if checked else None, limits.max_bytes)
                    if isinstance(photo, GalleryPhoto):
                        emit(photo)
                        continue
                    data, sha = photo
                    pending[index] = (item, sha)
                    yield index, data, item.location.name

            with PhotoParserPool(workers=workers, limits=limits) as pool:
                for index, read in pool.read_many(jobs(), preview_px):
                    item, sha = pending.pop(index)
                    meta = read.meta
                    if item.sha256 and sha != item.sha256:
                        meta.warnings.insert(0, "the content read now differs from the scan's"
                                                " hash: the source has changed since")
                    place = nearest_place(meta.gps.lat, meta.gps.lon) if meta.gps else None
                    emit(GalleryPhoto(item.location, item.size, meta, place, read.preview, sha,
                                      exhibit=item.exhibit))
                    cancel.raise_if_cancelled()
    finally:
        library.close()
    summary.elapsed = round(time.monotonic() - started, 3)
    report(state, force=True)
    return summary


def _unparsed(item: _Wanted, library: HashSetLibrary | None,
              max_bytes: int) -> GalleryPhoto | tuple[bytes, str]:
    """A photo that is not to be parsed (withheld, unreadable), or its bytes and SHA-256."""
    def photo(warning: str | None = None, **extra) -> GalleryPhoto:
        meta = PhotoMetadata(format=None, warnings=[warning] if warning else [])
        return GalleryPhoto(item.location, item.size, meta, sha256=item.sha256,
                            exhibit=item.exhibit, read=False, **extra)

    if item.notable:
        return photo(notable=item.notable)
    if item.opener is None:
        return photo(item.problem or "cannot be read")
    try:
        data, hashes = _read_capped(item.opener, max_bytes, with_all=library is not None)
    except OSError as exc:
        return photo(f"cannot read the file ({getattr(exc, 'strerror', None) or exc})")
    if library is not None:
        matches = [m for m in library.lookup(hashes) if m.kind == "notable"]
        if matches:
            names = "; ".join(f"{m.set_name} (version {m.set_version})" for m in matches)
            return replace(photo(notable=names), sha256=hashes["sha256"])
    if len(data) > max_bytes:
        data = data[:max_bytes + 1]  # the worker sees it was too long and says so
    return data, hashes["sha256"]


def _read_capped(opener: Callable[[], ContentReader], max_bytes: int,
                 with_all: bool) -> tuple[bytes, dict[str, str]]:
    """Up to ``max_bytes`` + 1 bytes; hashes over the whole content (a match needs all of it)."""
    digests = {"sha256": hashlib.sha256()}
    if with_all:
        digests.update(md5=hashlib.md5(), sha1=hashlib.sha1())
    kept = bytearray()
    reader = opener()
    try:
        while True:
            chunk = reader.read(_CHUNK)
            if not chunk:
                break
            for digest in digests.values():
                digest.update(chunk)
            if len(kept) <= max_bytes:
                kept += chunk[:max_bytes + 1 - len(kept)]
    finally:
        reader.close()
    return bytes(kept), {name: d.hexdigest() for name, d in digests.items()}


# --- notable photos: viewing (L3) and asking for a specialist -----------------------------------

def may_view_notable(officer: Officer) -> bool:
    return competency.may(officer, VIEW_NOTABLE)


def _case(case: CaseRef | None) -> CaseRef:
    if isinstance(case, Case):
        return case
    if not case or not is_case_folder(case):
        raise InputError("open the case this photo belongs to first: viewing a notable photo, "
                         "or asking a specialist to, is recorded in the case's custody ledger")
    return case


def _subject(photo: GalleryPhoto) -> dict:
    return {"source": photo.location.source, "path": photo.location.path or photo.location.name,
            "size": photo.size, "sha256": photo.sha256, "match": photo.notable}


def view_notable(photo: GalleryPhoto, officer: Officer, case: CaseRef | None,
                 reason: str, *, mediator: Mediator = UNATTENDED,
                 limits: Limits = Limits(), preview_px: int = VIEW_PX) -> GalleryPhoto:
    """The withheld photo with its metadata and preview, for an L3 officer.

    Refused (:class:`NotAuthorised`) below L3 and without a reason. The bytes are read again
    from the source and must still have the recorded SHA-256; ``photo.notable-viewed`` is on
    disk in the custody ledger before the picture is decoded.
    """
    reason = (reason or "").strip()
    with using_case(_case(case), officer, mediator=mediator) as case:
        authorise(officer, VIEW_NOTABLE, case=case, exhibit=photo.exhibit,
                  subject=_subject(photo))
        if len(reason) < MIN_REASON:
            raise InputError("a reason is required to view a notable photo (why it is needed, "
                             "for the custody record)")
        data, hashes = _read_again(photo.location, limits.max_bytes)
        if photo.sha256 and hashes["sha256"] != photo.sha256:
            raise SourceError(f"{photo.location.shown} no longer has the content that matched "
                              "(its SHA-256 differs); nothing is shown")
        best = officer.best_endorsement()
        case.record(ACTION_NOTABLE_VIEWED, exhibit=photo.exhibit, inputs=[_subject(photo)],
                    reason=reason, endorsement=best.code if best is not None else None,
                    details={"shown": "metadata and a preview of at most "
                                      f"{preview_px} pixels a side"})
    with PhotoParserPool(workers=1, limits=limits) as pool:
        _key, read = next(pool.read_many([(0, data, photo.location.name)], preview_px))
    meta = read.meta
    place = nearest_place(meta.gps.lat, meta.gps.lon) if meta.gps else None
    return replace(photo, meta=meta, place=place, preview=read.preview, read=True,
                   sha256=hashes["sha256"])


def request_specialist(photo: GalleryPhoto, officer: Officer,
                       case: CaseRef | None, note: str | None = None, *,
                       mediator: Mediator = UNATTENDED) -> int:
    """Record that the officer asks a specialist to view a withheld photo; the entry's seq."""
    with using_case(_case(case), officer, mediator=mediator) as case:
        entry = authority.request_specialist(case, VIEW_NOTABLE, exhibit=photo.exhibit,
                                             subject=_subject(photo), note=note)
        return entry.seq


def _read_again(location: PhotoLocation, max_bytes: int) -> tuple[bytes, dict[str, str]]:
    if location.path is None:
        return _read_capped(lambda: open_readonly(location.source), max_bytes, False)
    with open_source(location.source) as source:
        for entry in source.entries(CancelToken()):
            if entry.path == location.path and entry.opener is not None:
                return _read_capped(entry.opener, max_bytes, False)
    raise SourceError(f"{location.path} is no longer in {location.source}")


# --- export for the lab -------------------------------------------------------------------------

@dataclass(slots=True, frozen=True)
class ExportedPositions:
    kml: Path
    geojson: Path
    count: int


def export_positions(photos: list[GalleryPhoto], folder: str | os.PathLike[str], *,
                     basename: str = "photo-positions", officer: Officer | None = None,
                     case: CaseRef | None = None,
                     mediator: Mediator = UNATTENDED) -> ExportedPositions:
    """Write the located photos as KML and GeoJSON into ``folder``; recorded in custody when the
    photos came from a case."""
    located = [(p.location.shown, p.meta) for p in photos if p.meta.gps is not None]
    if not located:
        raise InputError("none of the photos shown has a GPS position: nothing to export")
    out = Path(folder)
    if not out.is_dir():
        raise InputError(f"{out} is not a folder")
    kml, geojson = out / f"{basename}.kml", out / f"{basename}.geojson"
    try:
        kml.write_text(geoexport.to_kml(located), encoding="utf-8")
        geojson.write_text(geoexport.to_geojson(located), encoding="utf-8")
    except OSError as exc:
        raise StorageError(f"cannot write the export into {out}: {exc.strerror or exc}") from exc
    if isinstance(case, Case) or (case and is_case_folder(case)):
        with using_case(case, officer or load_officer(None), mediator=mediator) as opened:
            opened.record(ACTION_EXPORTED, outputs=[
                {"path": str(f), "sha256": hashlib.sha256(f.read_bytes()).hexdigest()}
                for f in (kml, geojson)], details={"photos": len(located)})
    return ExportedPositions(kml, geojson, len(located))

