"""Sizes and durations in words an officer reads at a glance; both faces and the messages
below them use these, so the window and the terminal say the same thing."""

from __future__ import annotations

import math


def human_size(n: float) -> str:
    """``512 B``, ``1.5 KiB``, ``3.2 GiB``: a size that is not empty never reads as zero."""
    n = max(0.0, float(n))
    for unit in ("B", "KiB", "MiB", "GiB", "TiB"):
        if n < 1024 or unit == "TiB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1024
    raise AssertionError("unreachable")


def plural(count: int, one: str, many: str | None = None) -> str:
    """``1 file``, ``3 files``; ``many`` for nouns that do not just take an s."""
    return f"{count} {one}" if count == 1 else f"{count} {many or one + 's'}"


def about_duration(seconds: float) -> str:
    """``less than a minute``, ``about 3 min``, ``about 2.5 h``: how long, not a raw count."""
    if seconds < 60:
        return "less than a minute"
    minutes = math.ceil(seconds / 60)
    if minutes < 120:
        return f"about {minutes} min"
    return f"about {seconds / 3600:.1f} h"
