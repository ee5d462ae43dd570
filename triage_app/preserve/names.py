"""Where a collected file is stored: portable names for any original path.

Case folders travel: on FAT sticks, to Windows labs, inside BagIt bags. A name component that
one of those cannot hold (``<>:"\\|?*``, control characters, trailing dots or spaces, reserved
device names such as ``CON``, more than 255 UTF-8 bytes) is stored under a safe name; the
original path is always kept in the case store. NTFS alternate data streams ``/dir/file:stream``
are stored as ``/dir/file__ADS__stream``.
"""

from __future__ import annotations

import hashlib
import re

ADS_SEPARATOR = "__ADS__"
MAX_NAME_BYTES = 255
_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)),
             *(f"LPT{i}" for i in range(1, 10))}


def safe_component(name: str) -> str:
    """``name`` if every platform can hold it, else a safe stand-in (never empty)."""
    safe = _UNSAFE.sub("_", name)
    # Undecodable bytes (surrogate escapes, U+FFFD from TSK) cannot travel as UTF-8 names.
    safe = "".join("_" if 0xD800 <= ord(c) <= 0xDFFF or c == "\ufffd" else c for c in safe)
    if safe in ("", ".", ".."):
        safe = safe.replace(".", "_") or "_"
    if safe[-1] in ". ":
        safe = safe[:-1] + "_"
    if safe.split(".", 1)[0].upper() in _RESERVED:
        safe = "_" + safe
    if len(safe.encode("utf-8")) > MAX_NAME_BYTES:
        safe = _shorten(safe)
    return safe


def _shorten(name: str) -> str:
    """Keep the start and the extension, with a short hash of the whole name in between."""
    tag = "~" + hashlib.sha256(name.encode("utf-8", "surrogatepass")).hexdigest()[:12]
    stem, dot, ext = name.rpartition(".")
    suffix = (dot + ext) if dot and 0 < len(ext.encode()) <= 16 else ""
    budget = MAX_NAME_BYTES - len((tag + suffix).encode("utf-8"))
    head = (stem if suffix else name).encode("utf-8")[:budget].decode("utf-8", "ignore")
    return head + tag + suffix


def stored_components(original_path: str, stream: str | None = None) -> list[str]:
    """The safe path components (below ``logical/``) for an original source path.

    ``stream`` is the NTFS stream name of an entry whose path ends in ``:stream``.
    """
    path = original_path
    if stream is not None and path.endswith(":" + stream):
        path = path[: -len(stream) - 1]
    parts = [p for p in path.split("/") if p]
    if not parts:
        parts = ["_"]
    if stream is not None:
        parts[-1] = f"{parts[-1]}{ADS_SEPARATOR}{stream}"
    return [safe_component(p) for p in parts]


def numbered(name: str, number: int) -> str:
    """``photo.jpg`` → ``photo__2.jpg``: a second file that would take an existing name."""
    stem, dot, ext = name.rpartition(".")
    if not dot or not stem:
        return f"{name}__{number}"
    return f"{stem}__{number}.{ext}"
