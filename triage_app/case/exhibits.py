"""Exhibit references and the case folders that hold what was preserved from them.

An exhibit reference is what the officer writes on the bag label (``ABC/1``); a derived
exhibit (an image or a logical set taken from it) is ``ABC/1-A``. Everything preserved from an
exhibit lives under ``evidence/<exhibit_dir(ref)>/`` in the case folder.
"""

from __future__ import annotations

import re
import sqlite3
from pathlib import PurePath

from triage_app.errors import InputError

_OUTSIDE_SAFE = re.compile(r"[^A-Za-z0-9._-]")
_DERIVED = re.compile(r"^(?P<parent>.+)-[A-Za-z0-9]+$")
# A device's reference as written on its bag: letters, "/", a number; a derived exhibit (a part
# taken from it, an image of it) adds "-" and a letter: AAA/1, AAA/1-A.
_DEVICE_REF = re.compile(r"^(?P<base>[A-Z]{1,8}/[1-9][0-9]{0,4})(-[A-Z]{1,2})?$")
# Used when the officer gives no --exhibit and the source was never given one before.
DEFAULT_PREFIX = "UNREF/"


def exhibit_dir(ref: str) -> str:
    """The folder name for ``ref``: every character outside [A-Za-z0-9._-] becomes ``_``."""
    ref = ref.strip()
    if not ref:
        raise InputError("the exhibit reference is empty")
    name = _OUTSIDE_SAFE.sub("_", ref)
    if name in (".", ".."):
        raise InputError(f"{ref!r} cannot be used as an exhibit reference")
    return name


def default_ref(case, location: str) -> str:
    """The reference used when none is given: the one this source was scanned under before,
    else ``UNREF/<source file or device name>`` (an unreferenced exhibit, recorded as such),
    numbered when another source of that name already has it."""
    row = case.store.find_source(location)
    if row is not None and row["exhibit"]:
        return row["exhibit"]
    name = PurePath(location).name or location.strip("/\\") or "source"
    ref, number = DEFAULT_PREFIX + name, 1
    while any(other != location for other in case.store.exhibit_locations(ref)):
        number += 1  # another source of the same name has it: ``UNREF/stick.dd (2)``
        ref = f"{DEFAULT_PREFIX}{name} ({number})"
    return ref


def register_exhibit(case, ref: str, *, source_id: int | None = None,
                     description: str | None = None) -> sqlite3.Row:
    """Add ``ref`` to the case store (once) and record it in custody.

    ``ABC/1-A`` is registered as derived from ``ABC/1`` when ``ABC/1`` is already an exhibit
    of the case; otherwise it stands alone.
    """
    existing = case.store.exhibit(ref)
    if existing is not None:
        return existing
    parent = None
    if (match := _DERIVED.match(ref)) and case.store.exhibit(match["parent"]) is not None:
        parent = match["parent"]
    row = case.store.add_exhibit(ref, exhibit_dir(ref), description=description,
                                 parent_ref=parent, source_id=source_id)
    case.record("exhibit.registered", exhibit=ref,
                details={"ref": ref, "dir": row["dir"], "parent_ref": parent,
                         "description": description, "default": ref.startswith(DEFAULT_PREFIX)})
    return row


def device_ref(ref: str) -> tuple[str, str | None]:
    """Check a device's exhibit reference; returns (ref, the exhibit it derives from or None)."""
    match = _DEVICE_REF.match(ref.strip())
    if match is None:
        raise InputError(f"malformed exhibit reference {ref!r}: write letters, '/' and a number "
                         "(ABC/1), or ABC/1-A for an exhibit derived from ABC/1")
    base = match["base"]
    return match[0], (base if base != match[0] else None)
