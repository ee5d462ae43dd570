"""The start-of-shift check (design section 2, step 0): what the officer confirms before work.

:func:`shift_check` gathers what the app runs with: its version and the SHA-256 of its code,
the clock and time zone, and the versions of the workflow rules, hash sets, watch lists and
installed updates. The officer compares the clock with a reference they trust (a force radio, a
phone on the network); :func:`record_clock_check` writes the offset into a case's ledger, where
every later entry carries it (times are never adjusted).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from triage_app import __version__
from triage_app.case.case import Case
from triage_app.crypto import watchlists
from triage_app.custody.clock import local_zone_name
from triage_app.custody.entry import CustodyEntry
from triage_app.hashsets.library import HashSetLibrary
from triage_app.operations.selftest import code_digest
from triage_app.updates.installed import installed_updates
from triage_app.workflow import rules as workflow_rules


@dataclass(frozen=True, slots=True)
class ShiftCheck:
    app_version: str
    code_sha256: str
    checked_at: datetime  # the app clock (UTC) when the check was made
    local_time: str  # the same instant on the machine's clock, with its offset
    time_zone: str | None
    rules: dict[str, str]  # name, version, sha256, origin
    hash_sets: list[dict[str, Any]]  # name, version, count
    watch_lists: list[dict[str, Any]]  # name, date, entries
    updates: list[dict[str, str]]  # name, version, signer

    def to_dict(self) -> dict[str, Any]:
        return {"app_version": self.app_version, "code_sha256": self.code_sha256,
                "checked_at": self.checked_at.isoformat(), "local_time": self.local_time,
                "time_zone": self.time_zone, "rules": self.rules, "hash_sets": self.hash_sets,
                "watch_lists": self.watch_lists, "updates": self.updates}


def shift_check() -> ShiftCheck:
    now = datetime.now(UTC)
    rules = workflow_rules.active()
    with HashSetLibrary() as library:
        sets = [{"name": s.name, "version": s.version, "count": s.count} for s in library.sets()]
    lists = [{"name": w.name, "date": w.date, "entries": len(w.entries)}
             for w in watchlists.load_all()]
    updates = [{"name": u.name, "version": u.version, "signer": u.signer}
               for u in installed_updates().values()]
    return ShiftCheck(app_version=__version__, code_sha256=code_digest(), checked_at=now,
                      local_time=now.astimezone().isoformat(timespec="seconds"),
                      time_zone=local_zone_name(),
                      rules={"name": rules.name, "version": rules.version,
                             "sha256": rules.sha256, "origin": rules.origin},
                      hash_sets=sets, watch_lists=lists, updates=updates)


@dataclass(frozen=True, slots=True)
class ClockReading:
    """What the officer confirmed: the reference and the offset (reference minus app clock)."""

    reference: str
    offset_seconds: float


def record_clock_check(case: Case, reference: str, offset_seconds: float) -> CustodyEntry:
    """Record the app clock against ``reference`` (what the time was read from)."""
    entry = case.ledger.record_clock_check(reference, round(offset_seconds, 3))
    case.checkpoint("clock checked")
    return entry
