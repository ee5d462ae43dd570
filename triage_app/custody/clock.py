"""The app clock as custody entries record it: UTC, local offset and the IANA zone name."""

from __future__ import annotations

import contextlib
import os
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError


def utc_now() -> datetime:
    return datetime.now(UTC)


def clock_offset(reference: datetime, at: datetime | None = None) -> float:
    """Reference minus app clock, in seconds (positive: the app clock is behind)."""
    return (reference - (at or utc_now())).total_seconds()


def local_zone_name() -> str | None:
    """The IANA name of the machine's zone (``TZ``, ``/etc/localtime`` or ``/etc/timezone``).

    None where the platform does not say (Windows without tzdata names); the entry still
    carries the local offset.
    """
    candidates: list[str] = []
    tz = os.environ.get("TZ", "").lstrip(":")
    if tz:
        candidates.append(tz)
    try:
        target = os.readlink("/etc/localtime")
        if "zoneinfo/" in target:
            candidates.append(target.split("zoneinfo/", 1)[1])
    except OSError:
        pass
    with contextlib.suppress(OSError, UnicodeDecodeError):
        candidates.append(Path("/etc/timezone").read_text(encoding="ascii").strip())
    for name in candidates:
        try:
            ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError):
            continue
        return name
    return None


def iso(at: datetime) -> str:
    """ISO 8601 with microseconds and an explicit offset (``+00:00`` for UTC)."""
    return at.isoformat(timespec="microseconds")
