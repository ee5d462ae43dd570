"""The scan job: list a source, read every file once, store results, record custody.

A scan of a source whose previous scan did not finish (crash, cancel, power cut) resumes it:
files already stored are skipped, and the ledger says the scan was resumed.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import asdict, dataclass, field
from typing import Any

from triage_app.analyzers.base import Analyzer, build_analyzers
from triage_app.case.case import Case, ensure_off_evidence
from triage_app.core.jobs import CancelToken, Progress, ProgressCallback, Throttle, no_progress
from triage_app.core.records import Entry
from triage_app.core.units import plural
from triage_app.engine.process import FileResult
from triage_app.engine.scan_workers import FileWorkers
from triage_app.errors import Cancelled, TriageError, UnsupportedSourceError
from triage_app.evidence.source import Source

log = logging.getLogger(__name__)

COMMIT_EVERY = 0.5  # seconds between case-store commits during a scan
WINDOW = 256  # entries listed ahead of the one being stored
PROGRESS_EVERY = 0.2  # seconds between progress reports while a large file is read


@dataclass(slots=True)
class ScanSummary:
    scan_id: int
    source: str
    status: str  # finished | cancelled | unlistable | failed
    resumed: bool = False
    files: int = 0
    dirs: int = 0
    others: int = 0
    skipped: int = 0  # already done by the scan this one resumed
    bytes_read: int = 0
    errors: int = 0
    findings: int = 0
    urgent: int = 0  # findings that let anyone move funds now (keys, seeds, wallet files)
    notable: int = 0
    known: int = 0
    elapsed: float = 0.0
    volumes: list[dict[str, Any]] = field(default_factory=list)

    def to_record(self) -> dict[str, Any]:
        return {"record": "summary", **asdict(self)}


def scan_source(case: Case, source: Source, *, exhibit: str | None = None,
                analyzers: list[Analyzer] | None = None,
                progress: ProgressCallback = no_progress, cancel: CancelToken | None = None,
                on_result: Callable[[FileResult], None] | None = None) -> ScanSummary:
    cancel = cancel or CancelToken()
    analyzers = build_analyzers() if analyzers is None else analyzers
    store = case.store
    location = str(source.location)
    ensure_off_evidence(case.path, source)
    source_id, resumed_scan = case.attach_source(source, exhibit=exhibit)
    if resumed_scan is not None:
        scan_id = resumed_scan
        store.resume_scan(scan_id)
        done = store.done_paths(scan_id)
        case.record("scan.resumed", exhibit=exhibit, inputs=[{"source": location}],
                    details={"scan_id": scan_id, "already_done": len(done)})
    else:
        scan_id = store.start_scan(source_id, {"analyzers": [a.name for a in analyzers]})
        done = set()
        case.record("scan.started", exhibit=exhibit, inputs=[{"source": location}],
                    details={"scan_id": scan_id, "analyzers": [f"{a.name} {a.version}" for a in analyzers]})
    summary = ScanSummary(scan_id=scan_id, source=location, status="failed",
                          resumed=resumed_scan is not None, skipped=len(done))
    started = time.monotonic()
    try:
        listable = source.listable
        summary.volumes = [v.to_dict() for v in source.volumes]
        store.set_volumes(scan_id, source.volumes)
        if not listable:
            raise UnsupportedSourceError(_nothing_listable(source))
        _run(source, store, scan_id, done, analyzers, summary, progress, cancel, on_result)
        summary.status = "finished"
    except BaseException as exc:
        summary.status = ("cancelled" if isinstance(exc, Cancelled) else
                          "unlistable" if isinstance(exc, UnsupportedSourceError) else "failed")
        scanned = summary.files + summary.dirs + summary.others + summary.skipped
        if isinstance(exc, Cancelled) and scanned:
            exc.kept = (f"{plural(scanned, 'entry', 'entries')} scanned (scan the same source again to "
                        "finish)")
        try:
            _close_scan(case, summary, exhibit, started)
        except TriageError:
            # The case drive failed too; the original error is the one to report, in one line
            # (the details are for --verbose).
            log.info("the end of scan %s could not be recorded", scan_id, exc_info=True)
        raise
    _close_scan(case, summary, exhibit, started)
    return summary


def _close_scan(case: Case, summary: ScanSummary, exhibit: str | None, started: float) -> None:
    """Store the summary and record how the scan ended, then sign the ledger head."""
    summary.elapsed = round(time.monotonic() - started, 3)
    case.store.commit()
    case.store.finish_scan(summary.scan_id, summary.status, summary.to_record())
    case.record(f"scan.{summary.status}", exhibit=exhibit, inputs=[{"source": summary.source}],
                details={k: v for k, v in summary.to_record().items() if k != "volumes"})
    case.checkpoint(f"scan {summary.scan_id} {summary.status}")


def _nothing_listable(source: Source) -> str:
    parts = [f"{v.label or 'volume'}: {v.description}" + (f" ({v.message})" if v.message else "")
             for v in source.volumes] or ["no volume found"]
    return f"{source.location}: nothing can be listed — " + "; ".join(parts)


def _run(source, store, scan_id, done, analyzers, summary, progress, cancel, on_result) -> None:
    """One listing pass; files are read and analysed by :class:`FileWorkers` (threads, then
    processes on every core for a large scan) while the listing goes on, and stored in listing
    order by this thread (the case store's owner).

    At most :data:`WINDOW` entries are in flight, so memory stays flat whatever the number of
    files. The totals are known once the listing has ended; until then the bytes to read are
    estimated from what the file systems say is in use, when they say.

    A pause holds this thread where it waits for results, after committing what is stored
    (the case store is not kept in a write transaction while paused); the workers hold within
    their files. Nothing is recorded for a pause, and the time paused is not working time.
    """
    state = Progress(phase="scanning", bytes_total=source.allocated_bytes())
    throttle = Throttle(progress)
    paused_before = cancel.paused_seconds
    counted = threading.Lock()
    bytes_in_threads = 0

    def on_bytes(count: int) -> None:  # in the worker threads; only this thread reports
        nonlocal bytes_in_threads
        with counted:
            bytes_in_threads += count

    def report(force: bool = False) -> None:
        state.paused = cancel.paused_seconds - paused_before
        state.bytes_done = bytes_in_threads + workers.bytes_in_processes()
        throttle(state, force)

    def hold() -> None:
        if cancel.paused:
            store.commit()
            report(force=True)
            workers.follow()
        try:
            cancel.hold()
        finally:
            workers.follow()

    def wait(future: Future[list[FileResult]]) -> list[FileResult]:
        while True:  # a large file takes a while: the progress goes on meanwhile
            try:
                return future.result(timeout=PROGRESS_EVERY)
            except TimeoutError:
                hold()
                report()

    def store_batch(batch: list[Entry], future: Future[list[FileResult]]) -> None:
        for result in workers.results(batch, future, wait):
            hold()  # what the workers finished after a cancel is not kept
            store.add_file(scan_id, result.entry, result.hashes, result.mime, result.description,
                           result.error, result.findings)
            _count(summary, result)
            state.files_done += 1
            state.current = result.entry.path
            report()
            if on_result is not None:
                on_result(result)

    files = size = in_flight = 0
    pending: deque[tuple[list[Entry], Future[list[FileResult]]]] = deque()
    batch: list[Entry] = []
    last_commit = time.monotonic()
    with FileWorkers(source, analyzers, cancel, on_bytes) as workers:
        for entry in source.entries(cancel):
            if entry.path in done:
                continue
            files += 1
            size += entry.size if entry.has_content else 0
            workers.listed(files, size)
            batch.append(entry)
            if workers.batch_full(batch):
                pending.append((batch, workers.submit(batch)))
                in_flight += len(batch)
                batch = []
            while pending and (in_flight >= WINDOW or pending[0][1].done()):
                in_flight -= len(pending[0][0])
                store_batch(*pending.popleft())
            if time.monotonic() - last_commit > COMMIT_EVERY:
                store.commit()
                last_commit = time.monotonic()
        state.files_total, state.bytes_total = files, size
        if batch:
            pending.append((batch, workers.submit(batch)))
        while pending:
            store_batch(*pending.popleft())

    report(force=True)


def _count(summary: ScanSummary, result: FileResult) -> None:
    kind = result.entry.type
    if kind == "file":
        summary.files += 1
    elif kind == "dir":
        summary.dirs += 1
    else:
        summary.others += 1
    summary.bytes_read += result.bytes_read
    summary.errors += bool(result.errors)
    summary.findings += len(result.findings)
    summary.urgent += sum(f.urgent for f in result.findings)
    summary.notable += any(m["kind"] == "notable" for m in result.known)
    summary.known += any(m["kind"] == "known" for m in result.known)
