"""Human in the loop: the officer reviews a case's findings, confirms or dismisses each, and
an L3 specialist may reveal a secret the scanner found.

Every decision goes to the case store (:meth:`CaseStore.decide_finding`) and to the custody
ledger (``finding.confirmed`` / ``finding.dismissed``), through :meth:`Case.record`. A secret
(private key, seed phrase) is stored only redacted; revealing it re-reads the bytes at the
recorded offset from the original source, read-only, re-validates them, and records
``finding.secret-revealed`` (who, which finding, why) before returning them. Below L3 the
action is refused; asking for it is a ``specialist.requested`` entry (design section 1).
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from triage_app.case.case import Case
from triage_app.case.findings import FindingView
from triage_app.case.store import CaseStore
from triage_app.core.jobs import CancelToken, Progress, ProgressCallback, no_progress
from triage_app.core.officer import Officer
from triage_app.errors import InputError, SourceError, StorageError
from triage_app.operations import authority
from triage_app.operations.authority import authorise
from triage_app.operations.cases import CaseRef, case_folder, using_case
from triage_app.operations.mediator import UNATTENDED, Mediator
from triage_app.workflow import competency

STATUSES = ("new", "confirmed", "dismissed")
DECISIONS = {"confirm": "confirmed", "dismiss": "dismissed"}
ACTION_CONFIRMED = "finding.confirmed"
ACTION_DISMISSED = "finding.dismissed"
ACTION_REVEALED = "finding.secret-revealed"
ACTION_SPECIALIST = authority.ACTION_SPECIALIST
REVEAL_ACTION = "reveal-secret"
MIN_REASON = 5
_WINDOW = 8192  # bytes read at the offset: the longest secret in UTF-16LE, with room to spare
_SKIP = 1 << 20


@dataclass(slots=True, frozen=True)
class RevealedSecret:
    """The secret in clear, for an L3 officer's eyes only, and the custody entry that says so."""

    finding: FindingView
    text: str
    custody_seq: int


def list_findings(case_dir: str | os.PathLike[str], *, kind: str | None = None,
                  status: str | None = None) -> list[FindingView]:
    """The case's findings, urgent ones first and then oldest first, optionally only of one
    kind (or kind prefix ending in ``*``) and status. Reading needs no ledger entry and takes
    no case lock."""
    if status is not None and status not in STATUSES:
        raise InputError(f"unknown status {status!r}: one of {', '.join(STATUSES)}")
    store = CaseStore(case_folder(case_dir))  # WAL: reading beside a running scan is safe
    try:
        views = [FindingView.from_row(r) for r in store.findings()]
    except sqlite3.DatabaseError as exc:
        raise StorageError(f"the case database cannot be read: {exc}") from None
    finally:
        store.close()
    if kind:
        views = [v for v in views if (v.kind.startswith(kind[:-1]) if kind.endswith("*")
                                      else v.kind == kind)]
    if status:
        views = [v for v in views if v.status == status]
    return views


def _finding(case: Case, finding_id: int) -> FindingView:
    for row in case.store.findings():
        if row["id"] == finding_id:
            return FindingView.from_row(row)
    raise InputError(f"the case has no finding {finding_id}")


def _exhibit(case: Case, scan_id: int) -> tuple[str | None, str | None]:
    """(exhibit reference, source location) of the scan that made a finding."""
    scans = {s["id"]: s for s in case.store.scans()}
    sources = {s["id"]: s for s in case.store.sources()}
    scan = scans.get(scan_id)
    source = sources.get(scan["source_id"]) if scan is not None else None
    if source is None:
        return None, None
    return source["exhibit"], source["location"]


def _subject(view: FindingView) -> dict[str, Any]:
    """The finding as a custody entry names it (the redacted summary, never a secret)."""
    return {"finding": view.id, "path": view.path, "analyzer": view.analyzer,
            "analyzer_version": view.analyzer_version, "kind": view.kind,
            "offset": view.offset}


def decide(case: CaseRef, finding_id: int, decision: str,
           officer: Officer, *, reason: str | None = None,
           mediator: Mediator = UNATTENDED) -> FindingView:
    """Confirm or dismiss a finding: the case store and the custody ledger both say so."""
    if decision not in DECISIONS:
        raise InputError(f"unknown decision {decision!r}: confirm or dismiss")
    status = DECISIONS[decision]
    reason = (reason or "").strip() or None
    with using_case(case, officer, mediator=mediator) as case:
        view = _finding(case, finding_id)
        exhibit, _ = _exhibit(case, view.scan_id)
        case.store.decide_finding(finding_id, status, officer.id)
        try:
            case.record(ACTION_CONFIRMED if status == "confirmed" else ACTION_DISMISSED,
                        exhibit=exhibit, inputs=[_subject(view)], reason=reason,
                        details={"previous_status": view.status, "status": status,
                                 "summary": view.summary})
        except BaseException:
            _restore(case.store, view)  # no decision stands without its custody entry
            raise
        return _finding(case, finding_id)


def _restore(store: CaseStore, view: FindingView) -> None:
    store._execute("UPDATE findings SET status=?, decided_by=?, decided_at=? WHERE id=?",
                   (view.status, view.decided_by, view.decided_at, view.id))
    store.commit()


def can_reveal(officer: Officer) -> bool:
    return competency.may(officer, REVEAL_ACTION)


def request_specialist(case: CaseRef, finding_id: int, officer: Officer, *,
                       action: str = REVEAL_ACTION, note: str | None = None,
                       mediator: Mediator = UNATTENDED) -> int:
    """Record that the officer asks a specialist to do what their level does not allow."""
    with using_case(case, officer, mediator=mediator) as case:
        view = _finding(case, finding_id)
        exhibit, _ = _exhibit(case, view.scan_id)
        entry = authority.request_specialist(case, action, exhibit=exhibit,
                                             subject=_subject(view), note=note)
        return entry.seq


def reveal_secret(case: CaseRef, finding_id: int, officer: Officer,
                  reason: str, *, mediator: Mediator = UNATTENDED,
                  progress: ProgressCallback = no_progress,
                  cancel: CancelToken | None = None) -> RevealedSecret:
    """Re-read a sensitive finding's bytes from the original source, for an L3 officer.

    Refused (:class:`NotAuthorised`) below L3 and without a reason. The custody entry is on
    disk before the secret is returned; if it cannot be written, nothing is revealed.
    """
    reason = (reason or "").strip()
    cancel = cancel or CancelToken()
    with using_case(case, officer, mediator=mediator) as case:
        view = _finding(case, finding_id)
        exhibit, location = _exhibit(case, view.scan_id)
        authorise(officer, REVEAL_ACTION, case=case, exhibit=exhibit, subject=_subject(view))
        if len(reason) < MIN_REASON:
            raise InputError("a reason is required to reveal a secret (why it is needed, for "
                             "the custody record)")
        if not view.sensitive:
            raise InputError(f"finding {finding_id} holds no secret: it is shown in full")
        if view.offset is None or not view.path or view.encoding not in ("ascii", "utf-16le"):
            raise InputError(f"finding {finding_id} does not say where its bytes are "
                             "(file, offset, encoding)")
        if not location:
            raise InputError(f"the source of finding {finding_id} is not recorded in the case")
        text = _read_secret(location, view, progress, cancel)
        best = officer.best_endorsement()
        entry = case.record(ACTION_REVEALED, exhibit=exhibit, inputs=[_subject(view)],
                            reason=reason,
                            endorsement=best.code if best is not None else None,
                            details={"source": location, "encoding": view.encoding,
                                     "redacted": view.detail.get("value"),
                                     "revalidated": True})
        return RevealedSecret(view, text, entry.seq)


def _read_secret(location: str, view: FindingView, progress: ProgressCallback,
                 cancel: CancelToken) -> str:
    from triage_app.crypto.redact import redact
    from triage_app.crypto.scan import ContentScanner
    from triage_app.evidence.source import open_source

    if view.offset is None or view.path is None:  # the caller refuses such a finding first
        raise InputError(f"finding {view.id} does not say where its bytes are (file, offset)")
    progress(Progress(phase="opening the source", current=location))
    with open_source(location) as source:
        entry = next((e for e in _entries(source, cancel) if e.path == view.path), None)
        if entry is None or not entry.has_content:
            raise SourceError(f"{view.path} is no longer in {location}; the secret cannot be "
                              "read again from the source")
        progress(Progress(phase="reading", current=view.path, bytes_total=view.offset + _WINDOW))
        reader = entry.opener()
        try:
            data = _read_at(reader, view.offset, _WINDOW, cancel)
        finally:
            reader.close()
    scanner = ContentScanner()
    scanner.feed(data, 0)
    kind = view.kind.removeprefix("crypto-")
    hit = next((h for h in scanner.finish() if h.offset == 0 and h.encoding == view.encoding
                and h.kind == kind and h.sensitive), None)
    expected = view.detail.get("value")
    if hit is None or (expected is not None and redact(hit.text) != expected):
        raise SourceError(f"the bytes at offset {view.offset} of {view.path} no longer hold the "
                          "secret that was found (the source differs from the scan)")
    return hit.text


def _entries(source, cancel: CancelToken) -> Iterator:
    for entry in source.entries(cancel):
        cancel.raise_if_cancelled()
        yield entry


def _read_at(reader, offset: int, size: int, cancel: CancelToken) -> bytes:
    """``size`` bytes at ``offset`` of a sequential reader (skipped in chunks, cancellable)."""
    left = offset
    while left > 0:
        cancel.raise_if_cancelled()
        chunk = reader.read(min(_SKIP, left))
        if not chunk:
            raise SourceError(f"the file is shorter than offset {offset}")
        left -= len(chunk)
    out = bytearray()
    while len(out) < size:
        chunk = reader.read(size - len(out))
        if not chunk:
            break
        out += chunk
    return bytes(out)
