"""The logical collection job: copy selected files of a source into the case, verified.

Files go to ``evidence/<exhibit_dir>/logical/<original path>`` (see :mod:`.names` for names
that cannot be stored as they are). Unreadable files are recorded and skipped; a full or
vanished case drive, a copy that does not verify, or a cancel stop the job, keep the files
already finished and say in the custody ledger what did not finish.
"""

from __future__ import annotations

import hashlib
import os
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from triage_app.case.case import Case
from triage_app.case.exhibits import DEFAULT_PREFIX, default_ref, register_exhibit
from triage_app.core.jobs import CancelToken, Progress, ProgressCallback, Throttle, no_progress
from triage_app.core.records import Entry
from triage_app.core.units import plural
from triage_app.errors import Cancelled, SourceError, StorageError, TriageError, UnsupportedSourceError
from triage_app.evidence.source import Source
from triage_app.preserve.copy import SourceReadError, UnrecordedCopy, copy_verified
from triage_app.preserve.names import ADS_SEPARATOR, numbered, stored_components
from triage_app.preserve.select import Selection
from triage_app.storage.drives import FAT_MAX_FILE, filesystem_type, is_fat, storage_error

MAX_LISTED_ERRORS = 100  # unreadable files named in the custody entry (all are counted)


@dataclass(slots=True)
class CollectedFile:
    original_path: str
    stored_path: str  # relative to the case folder, '/'-separated
    size: int
    hashes: dict[str, str]
    times: dict[str, int]
    deleted: bool = False
    stream: str | None = None

    def to_record(self) -> dict[str, Any]:
        return {"record": "collected", **asdict(self)}


@dataclass(slots=True)
class CollectSummary:
    exhibit: str
    exhibit_dir: str
    source: str
    status: str = "failed"  # finished | cancelled | failed
    files: int = 0
    bytes: int = 0
    renamed: int = 0       # stored under a safe name (original kept in the case store)
    deleted: int = 0       # deleted files taken (only with include_deleted)
    skipped: int = 0       # already collected from this source into this exhibit
    adopted: int = 0       # found copied but unrecorded after a failure, verified, recorded
    unreadable: int = 0
    selected: int = 0
    manifest_sha256: str = ""
    unfinished: str | None = None  # original path of the file being copied when it stopped
    message: str | None = None
    elapsed: float = 0.0
    errors: list[dict[str, str]] = field(default_factory=list)

    def to_record(self) -> dict[str, Any]:
        return {"record": "summary", **asdict(self)}


def manifest_sha256(files: list[CollectedFile]) -> str:
    """SHA-256 of ``sha256sum`` output for the copies, sorted by path, run in the case folder:
    ``LC_ALL=C sort -k2`` of ``sha256sum <stored paths>`` hashes to the same value."""
    ordered = sorted(files, key=lambda f: f.stored_path.encode("utf-8"))
    text = "".join(f"{f.hashes['sha256']}  {f.stored_path}\n" for f in ordered)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def collect(case: Case, source: Source, *, exhibit: str | None = None,
            select: list[str] | tuple[str, ...] = (), include_deleted: bool = False,
            progress: ProgressCallback = no_progress, cancel: CancelToken | None = None,
            on_file: Callable[[CollectedFile], None] | None = None,
            on_error: Callable[[str, str], None] | None = None) -> CollectSummary:
    """Collect the selected files of ``source`` into ``case`` (see the module docstring)."""
    cancel = cancel or CancelToken()
    selection = Selection(select)
    location = str(source.location)
    ref = exhibit or default_ref(case, location)
    source_id, _ = case.attach_source(source, exhibit=ref)
    row = register_exhibit(case, ref, source_id=source_id, description=f"collected from {location}")
    root = case.path / "evidence" / row["dir"] / "logical"
    summary = CollectSummary(exhibit=ref, exhibit_dir=row["dir"], source=location)
    case.record("collect.started", exhibit=ref, inputs=[{"source": location, "kind": source.kind}],
                details={"select": list(select) or "all allocated files",
                         "include_deleted": include_deleted,
                         "folder": f"evidence/{row['dir']}/logical",
                         "default_exhibit": ref.startswith(DEFAULT_PREFIX) and not exhibit})
    done: list[CollectedFile] = []
    started = time.monotonic()
    try:
        if not source.listable:
            raise UnsupportedSourceError(f"{location}: no file system that can be listed; "
                                         "nothing to collect (an image can still be made)")
        job = _Job(case, ref, source_id, root, selection, include_deleted, summary, cancel)
        job.run(source, progress, done, on_file, on_error)
        summary.status = "finished"
    except Cancelled as exc:
        summary.status = "cancelled"
        if summary.files:
            exc.kept = f"{plural(summary.files, 'file')} collected and verified"
        raise
    except TriageError as exc:
        summary.message = str(exc)
        raise
    finally:
        summary.elapsed = round(time.monotonic() - started, 3)
        summary.manifest_sha256 = manifest_sha256(done)
        _record_end(case, ref, location, summary)
    return summary


def _record_end(case: Case, ref: str, location: str, summary: CollectSummary) -> None:
    details = {k: v for k, v in asdict(summary).items() if k not in ("errors", "exhibit")}
    details["unreadable_files"] = summary.errors[:MAX_LISTED_ERRORS]
    if summary.unfinished:
        details["partial_copy_removed"] = True
    case.record(f"collect.{summary.status}", exhibit=ref, inputs=[{"source": location}],
                outputs=[{"folder": f"evidence/{summary.exhibit_dir}/logical",
                          "files": summary.files, "bytes": summary.bytes,
                          "manifest_sha256": summary.manifest_sha256}],
                reason=summary.message, details=details)
    case.checkpoint(f"collect {ref} {summary.status}")


class _Job:
    def __init__(self, case: Case, ref: str, source_id: int, root: Path, selection: Selection,
                 include_deleted: bool, summary: CollectSummary, cancel: CancelToken) -> None:
        self.case, self.ref, self.source_id, self.root = case, ref, source_id, root
        self.selection, self.include_deleted = selection, include_deleted
        self.summary, self.cancel = summary, cancel
        previous = case.store.collected(ref)
        self.already = {r["original_path"] for r in previous if r["source_id"] == source_id
                        and (case.path / r["stored_path"]).is_file()}
        self.taken = {r["stored_path"].casefold() for r in previous}

    def wanted(self, entry: Entry) -> bool:
        if not entry.has_content or (entry.deleted and not self.include_deleted):
            return False
        return self.selection.takes(entry.path, entry.stream)

    def run(self, source: Source, progress: ProgressCallback, done: list[CollectedFile],
            on_file, on_error) -> None:
        report = Throttle(progress)
        state = Progress(phase="counting", files_total=0, bytes_total=0)
        too_big = []
        files_total = bytes_total = 0
        for entry in source.entries(self.cancel):
            if self.wanted(entry) and entry.path not in self.already:
                files_total, bytes_total = files_total + 1, bytes_total + entry.size
                state.files_total, state.bytes_total = files_total, bytes_total
                if entry.size > FAT_MAX_FILE:
                    too_big.append(entry.path)
                report(state)
        if too_big and is_fat(filesystem_type(self.case.path)):
            raise StorageError(
                f"the case folder is on a FAT drive, which cannot hold files of 4 GiB or more, "
                f"and {len(too_big)} selected file(s) are that large (first: {too_big[0]}); "
                "use an exFAT or NTFS drive, or leave them out of the selection")
        state = Progress(phase="collecting", files_total=state.files_total,
                         bytes_total=state.bytes_total)
        report(state, force=True)

        def on_bytes(count: int) -> None:
            state.bytes_done += count
            report(state)

        for entry in source.entries(self.cancel):
            if not self.wanted(entry):
                continue
            self.summary.selected += 1
            if entry.path in self.already:
                self.summary.skipped += 1
                continue
            state.current = entry.path
            collected = self.copy(entry, on_bytes, on_error)
            state.files_done += 1
            report(state)
            if collected is None:
                continue
            done.append(collected)
            if on_file is not None:
                on_file(collected)
        report(state, force=True)

    def copy(self, entry: Entry, on_bytes, on_error) -> CollectedFile | None:
        if entry.opener is None:  # wanted() passes only entries with content
            raise SourceError(f"{entry.path} has no content to collect")
        parts = stored_components(entry.path, entry.stream)
        folder = self.root.joinpath(*parts[:-1])
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise storage_error(exc, f"the folder for {entry.path}") from exc
        plain = folder / parts[-1]
        orphan = UnrecordedCopy.at(plain, self._stored(plain).casefold() in self.taken,
                                   self.cancel)
        name = self._free_name(folder, parts[-1])
        stored = self._stored(folder / name)
        self.summary.unfinished = entry.path
        try:
            result = copy_verified(entry.opener, folder / name, label=entry.path,
                                   size_hint=entry.size, times=entry.times, cancel=self.cancel,
                                   on_bytes=on_bytes)
            if orphan is not None and orphan.adopt(folder / name, result):
                stored = self._stored(plain)
                self.summary.adopted += 1
        except SourceReadError as exc:
            self.summary.unfinished = None
            self.summary.unreadable += 1
            self.summary.errors.append({"path": entry.path, "error": str(exc)})
            if on_error is not None:
                on_error(entry.path, str(exc))
            return None
        self.taken.add(stored.casefold())
        self.case.store.add_collected(self.ref, self.source_id, entry.path, stored, result.size,
                                      result.hashes, entry.times, deleted=entry.deleted,
                                      verified=True)
        self.summary.unfinished = None
        self.summary.files += 1
        self.summary.bytes += result.size
        self.summary.deleted += int(entry.deleted)
        self.summary.renamed += int(stored != self._plain_path(entry))
        return CollectedFile(entry.path, stored, result.size, result.hashes, dict(entry.times),
                             entry.deleted, entry.stream)

    def _stored(self, path: Path) -> str:
        return path.relative_to(self.case.path).as_posix()

    def _plain_path(self, entry: Entry) -> str:
        """Where the file would be stored if no name needed changing (ADS mapping applied)."""
        path = entry.path
        if entry.stream is not None and path.endswith(":" + entry.stream):
            path = path[: -len(entry.stream) - 1] + ADS_SEPARATOR + entry.stream
        return (self.root.relative_to(self.case.path).as_posix() + "/"
                + "/".join(p for p in path.split("/") if p))

    def _free_name(self, folder: Path, name: str) -> str:
        """``name`` unless a file (any case: FAT and NTFS ignore it) already has it."""
        candidate, number = name, 1
        while (os.path.lexists(folder / candidate)
               or (folder / candidate).relative_to(self.case.path).as_posix().casefold()
               in self.taken):
            number += 1
            candidate = numbered(name, number)
        return candidate


