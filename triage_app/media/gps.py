"""Honest GPS: a position only when the GPS block really holds one.

Receivers without a fix often write a GPS block of zeros or 0/0 rationals; that is "no
position", never 0°, 0° (a point in the Gulf of Guinea). Contradictions are reported as
warnings, and a position whose hemisphere is unknown is not given at all.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from triage_app.media.records import GpsPosition
from triage_app.media.tagvalues import Rational, TagValue, rationals, text

# GPS IFD tag numbers (EXIF 2.32, table 15).
LAT_REF, LAT, LON_REF, LON, ALT_REF, ALT, TIME, STATUS = 1, 2, 3, 4, 5, 6, 7, 9
DIRECTION_REF, DIRECTION, DATE = 16, 17, 29

# A GPS fix and the camera clock may disagree by the time zone (at most 14 h) plus drift.
_CLOCK_TOLERANCE = timedelta(hours=1)
_ZONE_TOLERANCE = timedelta(hours=15)


@dataclass(slots=True)
class GpsReading:
    position: GpsPosition | None = None
    time: str | None = None
    direction: float | None = None
    direction_ref: str | None = None
    warnings: list[str] = field(default_factory=list)


def read_gps(gps: dict[int, TagValue]) -> GpsReading:
    """Decode a GPS IFD given as ``{tag number: value}``."""
    reading = GpsReading()
    if not gps:
        return reading
    reading.position = _position(gps, reading.warnings)
    reading.time = _time(gps, reading.warnings)
    direction = _single(rationals(gps.get(DIRECTION)))
    if direction is not None and 0 <= direction <= 360:
        reading.direction = round(direction, 6)
        ref = (text(gps.get(DIRECTION_REF)) or "").upper()[:1]
        reading.direction_ref = ref if ref in ("T", "M") else None
    if reading.position and (text(gps.get(STATUS)) or "").upper().startswith("V"):
        reading.warnings.append("GPS status says the measurement is void; position doubtful")
    return reading


def _position(gps: dict[int, TagValue], warnings: list[str]) -> GpsPosition | None:
    lat_parts, lon_parts = rationals(gps.get(LAT)), rationals(gps.get(LON))
    if not lat_parts and not lon_parts:
        return None
    if not lat_parts or not lon_parts:
        warnings.append("GPS block has only one of latitude/longitude: no position")
        return None
    if _all_zero(lat_parts) and _all_zero(lon_parts):
        altitude = _altitude(gps, [])
        if altitude:  # a real altitude: not an empty block, though 0°, 0° is still no fix
            warnings.append(f"GPS latitude and longitude are both 0 with an altitude of "
                            f"{altitude:g} m: receivers write 0, 0 without a fix, so no "
                            "position is given (check the device)")
        else:
            warnings.append("GPS block holds only zeros (no fix): no position")
        return None
    lat = _degrees(lat_parts, "latitude", warnings)
    lon = _degrees(lon_parts, "longitude", warnings)
    if lat is None or lon is None:
        return None
    lat_sign = _hemisphere(gps.get(LAT_REF), "NS", "latitude", warnings)
    lon_sign = _hemisphere(gps.get(LON_REF), "EW", "longitude", warnings)
    if lat_sign is None or lon_sign is None:
        return None
    if lat > 90 or lon > 180:
        warnings.append(f"GPS position out of range ({lat:.6f}, {lon:.6f}): no position")
        return None
    return GpsPosition(lat_sign * lat, lon_sign * lon, _altitude(gps, warnings))


def _all_zero(parts: list[Rational]) -> bool:
    return all(num == 0 for num, _den in parts)


def _degrees(parts: list[Rational], axis: str, warnings: list[str]) -> float | None:
    if any(den == 0 for _num, den in parts) or len(parts) > 3:
        warnings.append(f"GPS {axis} is malformed ({_show(parts)}): no position")
        return None
    values = [num / den for num, den in parts] + [0.0] * (3 - len(parts))
    if values[1] >= 60 or values[2] >= 60 or min(values) < 0:
        warnings.append(f"GPS {axis} has impossible minutes or seconds ({_show(parts)})")
    return values[0] + values[1] / 60 + values[2] / 3600


def _hemisphere(value: TagValue | None, letters: str, axis: str, warnings: list[str]) -> int | None:
    ref = (text(value) or "").upper()
    if not ref:
        warnings.append(f"GPS {axis} has no reference; assumed {letters[0]}")
        return 1
    if ref[0] not in letters:
        warnings.append(f"GPS {axis} reference {ref!r} is not {letters[0]} or {letters[1]}:"
                        " hemisphere unknown, no position")
        return None
    return 1 if ref[0] == letters[0] else -1


def _altitude(gps: dict[int, TagValue], warnings: list[str]) -> float | None:
    parts = rationals(gps.get(ALT))
    if not parts:
        return None
    if parts[0][1] == 0:
        warnings.append(f"GPS altitude is malformed ({_show(parts)}): ignored")
        return None
    alt = parts[0][0] / parts[0][1]
    ref = gps.get(ALT_REF)
    ref_value = ref[0] if isinstance(ref, (list, bytes)) and len(ref) else None
    if ref_value is None:
        warnings.append("GPS altitude has no reference; assumed above sea level")
    elif ref_value == 1:
        alt = -alt
    elif ref_value != 0:
        warnings.append(f"GPS altitude reference {ref_value!r} is neither 0 nor 1: ignored")
        return None
    return round(alt, 6)


def _time(gps: dict[int, TagValue], warnings: list[str]) -> str | None:
    parts = rationals(gps.get(TIME))
    if len(parts) != 3 or any(den == 0 for _n, den in parts):
        return None
    h, m, s = (num / den for num, den in parts)
    if not (0 <= h < 24 and 0 <= m < 60 and 0 <= s < 61) or h != int(h) or m != int(m):
        warnings.append(f"GPS time is impossible ({_show(parts)}): ignored")
        return None
    seconds = f"{s:05.2f}".rstrip("0").rstrip(".") if s != int(s) else f"{int(s):02d}"
    clock = f"{int(h):02d}:{int(m):02d}:{seconds}Z"
    date = (text(gps.get(DATE)) or "").strip()
    try:
        day = datetime.strptime(date[:10], "%Y:%m:%d")
    except ValueError:
        return clock
    return f"{day:%Y-%m-%d}T{clock}"


def check_against_clock(gps_time: str | None, taken: str | None) -> str | None:
    """A warning when the GPS time (UTC) and the camera's capture time cannot both be right."""
    if not gps_time or not taken or "T" not in gps_time:
        return None
    fix = datetime.fromisoformat(gps_time.replace("Z", "+00:00")).replace(microsecond=0)
    shot = datetime.fromisoformat(taken)
    if shot.tzinfo is not None:
        gap, tolerance = abs(fix - shot), _CLOCK_TOLERANCE
    else:
        gap, tolerance = abs(fix.replace(tzinfo=None) - shot), _ZONE_TOLERANCE
    if gap <= tolerance:
        return None
    hours = gap / timedelta(hours=1)
    return (f"GPS time {gps_time} and capture time {taken} differ by {hours:.1f} h"
            " (stale fix, wrong camera clock or edited metadata)")


def _single(parts: list[Rational]) -> float | None:
    if len(parts) != 1 or parts[0][1] == 0:
        return None
    return parts[0][0] / parts[0][1]


def _show(parts: list[Rational]) -> str:
    return " ".join(f"{num}/{den}" for num, den in parts)

