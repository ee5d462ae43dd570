"""The device register: every device found at the scene, registered as an exhibit.

A device is registered once (``device.registered``) with its kind, identifiers, seal number
and the facts known so far; later facts are new entries (``device.updated``), never edits.
Photos of the device are verified copies into the case, as scene photos are. The register is
read back with :func:`~triage_app.operations.case_state.devices`.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass, field

from triage_app.case.case import Case
from triage_app.case.exhibits import device_ref, register_exhibit
from triage_app.custody.entry import CustodyEntry
from triage_app.errors import InputError
from triage_app.operations import case_state
from triage_app.operations.authority import authorise
from triage_app.operations.case_state import DEVICE_REGISTERED, DEVICE_UPDATED, Device
from triage_app.preserve.scene import add_photos
from triage_app.workflow import decisions
from triage_app.workflow import rules as workflow_rules

ACTION = "register-device"


@dataclass(frozen=True, slots=True)
class DeviceInput:
    """What the officer writes down about a device (facts as ``NAME=VALUE`` strings)."""

    exhibit: str
    kind: str
    make: str | None = None
    model: str | None = None
    serial: str | None = None
    imei: str | None = None
    seal: str | None = None
    parent: str | None = None
    note: str | None = None
    facts: Sequence[str] = field(default_factory=tuple)
    photos: Sequence[str | os.PathLike[str]] = field(default_factory=tuple)


def register_device(case: Case, given: DeviceInput) -> Device:
    """Register a device as an exhibit of ``case``. Everything is checked before anything is
    written: a malformed or taken reference, an unknown kind or fact, a missing photo."""
    rules = workflow_rules.active()
    ref, derived_from = device_ref(given.exhibit)
    decisions.check_kind(rules, given.kind)
    facts = dict(decisions.parse_fact(rules, text) for text in given.facts)
    parent = given.parent or derived_from
    if case.store.exhibit(ref) is not None:
        raise InputError(f"exhibit {ref} is already registered in this case")
    if parent is not None and case_state.device(case, parent) is None:
        raise InputError(f"exhibit {ref} derives from {parent}, which is not a registered device")
    missing = [str(p) for p in given.photos if not os.path.isfile(p)]
    if missing:
        raise InputError(f"{missing[0]}: no such photo file")
    authorise(case.officer, ACTION, case=case, exhibit=ref)
    info = {"kind": given.kind, "make": given.make, "model": given.model,
            "serial": given.serial, "imei": given.imei, "seal": given.seal, "parent": parent,
            "note": given.note, "facts": facts}
    register_exhibit(case, ref, description=" ".join(
        p for p in (given.kind, given.make, given.model) if p))
    photos = add_photos(case, list(given.photos), note=f"device {ref}") if given.photos else []
    case.record(DEVICE_REGISTERED, exhibit=ref, details={"device": info},
                outputs=[{"path": p.stored_path, "sha256": p.hashes["sha256"]} for p in photos])
    registered = case_state.device(case, ref)
    assert registered is not None  # just recorded
    return registered


def update_device(case: Case, exhibit: str, facts: Sequence[str], *,
                  photos: Sequence[str | os.PathLike[str]] = (),
                  note: str | None = None) -> CustodyEntry:
    """Record new facts (and photos) of a registered device as a new entry."""
    rules = workflow_rules.active()
    parsed = dict(decisions.parse_fact(rules, text) for text in facts)
    if case_state.device(case, exhibit) is None:
        raise InputError(f"exhibit {exhibit} is not a registered device of this case")
    if not parsed and not photos:
        raise InputError("nothing to record: give a fact or a photo")
    missing = [str(p) for p in photos if not os.path.isfile(p)]
    if missing:
        raise InputError(f"{missing[0]}: no such photo file")
    authorise(case.officer, ACTION, case=case, exhibit=exhibit)
    added = add_photos(case, list(photos), note=f"device {exhibit}") if photos else []
    return case.record(DEVICE_UPDATED, exhibit=exhibit, reason=note,
                       details={"facts": parsed},
                       outputs=[{"path": p.stored_path, "sha256": p.hashes["sha256"]}
                                for p in added])
