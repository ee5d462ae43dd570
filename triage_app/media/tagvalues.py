"""One shape for tag values from exifread and Pillow, so the rest of the code reads both.

A value is ``str`` (ASCII), ``bytes`` (UNDEFINED) or a ``list`` of ``int`` or of
``(numerator, denominator)`` pairs (RATIONAL, kept raw so that 0/0 stays visible).
"""

from __future__ import annotations

from typing import Any

Rational = tuple[int, int]
TagValue = str | bytes | list


def normalise(value: Any) -> TagValue:
    if isinstance(value, str):
        return value
    if isinstance(value, (bytes, bytearray)):
        return bytes(value)
    if isinstance(value, (list, tuple)):
        return [_scalar(v) for v in value]
    return [_scalar(value)]


def _scalar(value: Any) -> int | Rational | float | str:
    num = getattr(value, "numerator", None)
    den = getattr(value, "denominator", None)
    if isinstance(value, int) or num is None or den is None:
        return value
    # exifread's Ratio and Pillow's IFDRational both keep n/0 as given; read the raw pair.
    return (int(getattr(value, "_numerator", num)), int(getattr(value, "_denominator", den)))


def text(value: TagValue | None) -> str | None:
    """An ASCII tag as text: cut at the first NUL (as exiftool does), trimmed, None if empty."""
    if value is None:
        return None
    if isinstance(value, bytes):
        value = value.decode("utf-8", "replace")
    elif isinstance(value, list):
        if not all(isinstance(v, int) and 0 <= v < 256 for v in value):
            return None
        value = bytes(value).decode("utf-8", "replace")
    return value.split("\x00", 1)[0].strip() or None


def rationals(value: TagValue | None) -> list[Rational]:
    if not isinstance(value, list):
        return []
    out: list[Rational] = []
    for item in value:
        if isinstance(item, tuple):
            out.append(item)
        elif isinstance(item, int):
            out.append((item, 1))
        else:
            return []
    return out


def first_int(value: TagValue | None) -> int | None:
    if isinstance(value, list) and value and isinstance(value[0], int):
        return value[0]
    return None
