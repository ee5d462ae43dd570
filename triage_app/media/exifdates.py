"""EXIF date strings to ISO 8601."""

from __future__ import annotations

import re
from datetime import datetime

_DATE = re.compile(r"^(\d{4})[:\-/](\d{2})[:\-/](\d{2})[ T](\d{2}):(\d{2}):(\d{2})")
_OFFSET = re.compile(r"^([+-])(\d{2}):(\d{2})$")


def iso_datetime(value: str | None, offset: str | None = None) -> tuple[str | None, str | None]:
    """``("YYYY-MM-DDTHH:MM:SS[+HH:MM]", None)``, or ``(None, why)`` when unusable.

    A blank or all-zero date (cameras write ``0000:00:00 00:00:00`` when the clock was never
    set) and an impossible date are unusable; an unreadable offset is dropped with a reason.
    """
    if not value or not value.strip(" :0"):
        return None, "blank" if value else None
    match = _DATE.match(value.strip())
    if not match:
        return None, f"unreadable ({value!r})"
    try:
        year, month, day, hour, minute, second = (int(g) for g in match.groups())
        stamp = datetime(year, month, day, hour, minute, second)
    except ValueError:
        return None, f"impossible ({value!r})"
    iso = stamp.isoformat()
    if not offset:
        return iso, None
    zone = _OFFSET.match(offset.strip())
    if not zone or int(zone[2]) > 14 or int(zone[3]) >= 60:
        return iso, f"offset {offset!r} unreadable, ignored"
    return iso + zone[0], None
