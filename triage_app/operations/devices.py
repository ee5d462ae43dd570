"""The device register: every device found at the scene, registered as an exhibit.

A device is registered once (``device.registered``) with its kind, identifiers, seal number
and the facts known so far; later facts are new entries (``device.updated``), never edits.
Photos of the device are verified copies into the case, as scene photos are. The register is
read back with :func:`~triage_app.operations.case_state.devices`.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import replace

from triage_app.case.case import Case
from triage_app.case.exhibits import device_ref, register_exhibit
from triage_app.custody.entry import CustodyEntry
from triage_app.errors import InputError
from triage_app.operations import case_state
from triage_app.operations.authority import authorise
from triage_app.operations.case_state import (
    DEVICE_REGISTERED,
    DEVICE_UPDATED,
    Device,
    DeviceDescription,
)
from triage_app.preserve.scene import add_photos
from triage_app.workflow import decisions
from triage_app.workflow import rules as workflow_rules

ACTION = "register-device"


def register_device(case: Case, exhibit: str, about: DeviceDescription, *,
                    facts: Sequence[str] = (),
                    photos: Sequence[str | os.PathLike[str]] = ()) -> Device:
    """Register a device as exhibit ``exhibit`` of ``case``; ``facts`` as ``NAME=VALUE``.
    Everything is checked before anything is written: a malformed or taken reference, an
    unknown kind or fact, a missing photo."""
    rules = workflow_rules.active()
    ref, derived_from = device_ref(exhibit)
    decisions.check_kind(rules, about.kind)
    known = dict(decisions.parse_fact(rules, text) for text in facts)
    parent = about.parent or derived_from
    if case.store.exhibit(ref) is not None:
        raise InputError(f"exhibit {ref} is already registered in this case")
    if parent is not None and case_state.device(case, parent) is None:
        raise InputError(f"exhibit {ref} derives from {parent}, which is not a registered device")
    _check_photos(photos)
    authorise(case.officer, ACTION, case=case, exhibit=ref)
    about = replace(about, parent=parent)
    register_exhibit(case, ref, description=about.label)
    added = add_photos(case, list(photos), note=f"device {ref}") if photos else []
    case.record(DEVICE_REGISTERED, exhibit=ref,
                details={"device": {"about": about.to_dict(), "facts": known}},
                outputs=[{"path": p.stored_path, "sha256": p.hashes["sha256"]} for p in added])
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
    _check_photos(photos)
    authorise(case.officer, ACTION, case=case, exhibit=exhibit)
    added = add_photos(case, list(photos), note=f"device {exhibit}") if photos else []
    return case.record(DEVICE_UPDATED, exhibit=exhibit, reason=note,
                       details={"facts": parsed},
                       outputs=[{"path": p.stored_path, "sha256": p.hashes["sha256"]}
                                for p in added])


def _check_photos(photos: Sequence[str | os.PathLike[str]]) -> None:
    missing = [str(p) for p in photos if not os.path.isfile(p)]
    if missing:
        raise InputError(f"{missing[0]}: no such photo file")
