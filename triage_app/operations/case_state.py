"""What the custody ledger says about a case now: its legal authority, devices and decisions.

The ledger is the one record of the workflow: an amendment, a new fact or a verdict is a new
entry, never an edit. These read-only views fold the entries into typed records for the
operations and both faces; nothing here writes.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any

from triage_app.case.case import Case
from triage_app.custody.entry import CustodyEntry
from triage_app.custody.ledger import LEDGER_FILE
from triage_app.custody.verify import read_lines
from triage_app.workflow.legal import LegalAuthority

AUTHORITY_RECORDED = "authority.recorded"
DEVICE_REGISTERED = "device.registered"
DEVICE_UPDATED = "device.updated"
DECISION_RECORDED = "decision.recorded"
DECISION_DONE = "decision.done"
DEVIATION_RECORDED = "deviation.recorded"
REVIEW_APPROVED = "review.approved"
REVIEW_REJECTED = "review.rejected"
SCENARIO_BUILT = "scenario.built"


def entries(case: Case | Path, *actions: str) -> list[CustodyEntry]:
    """The case's custody entries in order (only ``actions`` when given); ``case`` may be a
    case folder read without opening it (a trainer scoring an exercise)."""
    path = (case.path if isinstance(case, Case) else case) / LEDGER_FILE
    data = path.read_bytes() if path.exists() else b""
    wanted = set(actions)
    return [line.entry for line in read_lines(data)
            if line.entry is not None and (not wanted or line.entry.action in wanted)]


def current_authority(case: Case) -> LegalAuthority | None:
    """The latest recorded authority (an amendment supersedes what it amends), or None."""
    recorded = entries(case, AUTHORITY_RECORDED)
    return LegalAuthority.from_dict(recorded[-1].details["authority"]) if recorded else None


def built_evidence(case: Case) -> dict[str, Any] | None:
    """The manifest of the synthetic evidence a simulation case's scenario build made (what
    the simulation wall admits), or None."""
    built = entries(case, SCENARIO_BUILT)
    return built[-1].details.get("manifest") if built else None


@dataclass(frozen=True, slots=True)
class DeviceDescription:
    """What the officer writes down about a device when registering it."""

    kind: str
    make: str | None = None
    model: str | None = None
    serial: str | None = None
    imei: str | None = None
    seal: str | None = None  # the evidence bag's seal number
    parent: str | None = None  # the exhibit it was found in or taken from
    note: str | None = None

    @property
    def label(self) -> str:
        """How the device is named on a label: kind, make and model."""
        return " ".join(p for p in (self.kind, self.make, self.model) if p)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class Device:
    """A device registered as an exhibit, with its facts as last recorded."""

    exhibit: str
    about: DeviceDescription
    facts: dict[str, str] = field(default_factory=dict)
    photos: list[dict[str, Any]] = field(default_factory=list)
    registered_by: str = ""
    registered_at: str = ""

    @property
    def kind(self) -> str:
        return self.about.kind

    def to_dict(self) -> dict[str, Any]:
        return {"exhibit": self.exhibit, **self.about.to_dict(), "facts": dict(self.facts),
                "photos": list(self.photos), "registered_by": self.registered_by,
                "registered_at": self.registered_at}


def devices(case: Case) -> list[Device]:
    """Every registered device, in the order registered, facts folded in entry order."""
    found: dict[str, Device] = {}
    for entry in entries(case, DEVICE_REGISTERED, DEVICE_UPDATED):
        ref = entry.exhibit or ""
        if entry.action == DEVICE_REGISTERED:
            info = entry.details["device"]
            found[ref] = Device(ref, DeviceDescription(**info["about"]),
                                facts=dict(info.get("facts", {})), photos=list(entry.outputs),
                                registered_by=entry.officer, registered_at=entry.time)
        elif ref in found:
            old = found[ref]
            found[ref] = replace(old, facts={**old.facts, **entry.details.get("facts", {})},
                                 photos=old.photos + list(entry.outputs))
    return list(found.values())


def device(case: Case, exhibit: str) -> Device | None:
    return next((d for d in devices(case) if d.exhibit == exhibit), None)


@dataclass(frozen=True, slots=True)
class RecordedDecision:
    """A decision as recorded, and whether the officer has since carried it out."""

    seq: int
    exhibit: str
    outcome: str | None
    rule: str | None
    officer: str
    time: str
    done: bool

    def to_dict(self) -> dict[str, Any]:
        return {"seq": self.seq, "exhibit": self.exhibit, "outcome": self.outcome,
                "rule": self.rule, "officer": self.officer, "time": self.time,
                "done": self.done}


def decisions(case: Case) -> dict[str, RecordedDecision]:
    """The latest decision per exhibit (a later decision supersedes an earlier one)."""
    latest: dict[str, RecordedDecision] = {}
    for entry in entries(case, DECISION_RECORDED, DECISION_DONE):
        ref = entry.exhibit or ""
        if entry.action == DECISION_RECORDED:
            latest[ref] = RecordedDecision(entry.seq, ref, entry.details["outcome"],
                                           entry.details["rule"], entry.officer, entry.time,
                                           done=False)
        elif ref in latest and entry.details.get("decision_seq") == latest[ref].seq:
            old = latest[ref]
            latest[ref] = RecordedDecision(old.seq, ref, old.outcome, old.rule, old.officer,
                                           old.time, done=True)
    return latest


def deviated(case: Case) -> set[int]:
    """The sequence numbers of the decisions an officer deviated from."""
    return {e.details["decision_seq"] for e in entries(case, DEVIATION_RECORDED)}
