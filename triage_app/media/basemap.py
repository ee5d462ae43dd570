"""The offline basemap: Natural Earth 1:110m country outlines and large cities (public domain).

Shipped in ``resources/basemap`` (see ATTRIBUTION.md there); read once and kept. Plus the sums a
plain plotted map needs: a view that fits some points, and a graticule step for it.
"""

from __future__ import annotations

import gzip
import math
from dataclasses import dataclass
from functools import lru_cache

from triage_app.config import resource


@dataclass(slots=True, frozen=True)
class Outline:
    country: str
    points: tuple[tuple[float, float], ...]  # (lon, lat), a closed ring


@dataclass(slots=True, frozen=True)
class City:
    name: str
    lat: float
    lon: float


@dataclass(slots=True, frozen=True)
class View:
    """A longitude/latitude window of the map."""

    west: float
    south: float
    east: float
    north: float

    @property
    def width(self) -> float:
        return self.east - self.west

    @property
    def height(self) -> float:
        return self.north - self.south

    def contains(self, lat: float, lon: float) -> bool:
        return self.south <= lat <= self.north and self.west <= lon <= self.east


WORLD = View(-180.0, -85.0, 180.0, 85.0)


@lru_cache(maxsize=1)
def outlines() -> tuple[Outline, ...]:
    rings = []
    with gzip.open(resource("basemap", "world.tsv.gz"), "rt", encoding="utf-8") as handle:
        for line in handle:
            country, _, coords = line.rstrip("\n").partition("\t")
            pairs = (pair.split(",") for pair in coords.split())
            points = tuple((float(lon), float(lat)) for lon, lat in pairs)
            rings.append(Outline(country, points))
    return tuple(rings)


@lru_cache(maxsize=1)
def cities() -> tuple[City, ...]:
    rows = []
    for line in resource("basemap", "capitals.tsv").read_text(encoding="utf-8").splitlines():
        name, lat, lon = line.split("\t")
        rows.append(City(name, float(lat), float(lon)))
    return tuple(rows)


def fit(points: list[tuple[float, float]], *, margin: float = 0.25,
        min_span: float = 0.05) -> View:
    """A view around ``(lat, lon)`` points with a margin; the whole world when there are none.

    ``min_span`` (degrees) keeps a single photo, or a cluster from one street, from filling
    the map with one dot.
    """
    if not points:
        return WORLD
    lats = [p[0] for p in points]
    lons = [p[1] for p in points]
    south, north, west, east = min(lats), max(lats), min(lons), max(lons)
    pad_lat = max((north - south) * margin, min_span / 2)
    pad_lon = max((east - west) * margin, min_span / 2)
    return clamp(View(west - pad_lon, south - pad_lat, east + pad_lon, north + pad_lat))


def clamp(view: View) -> View:
    width, height = min(view.width, WORLD.width), min(view.height, WORLD.height)
    west = min(max(view.west, WORLD.west), WORLD.east - width)
    south = min(max(view.south, WORLD.south), WORLD.north - height)
    return View(west, south, west + width, south + height)


def zoom(view: View, factor: float, lat: float, lon: float) -> View:
    """``view`` scaled by ``factor`` (< 1 zooms in) around the point ``(lat, lon)``."""
    factor = max(factor, 0.0005 / max(min(view.width, view.height), 1e-9))
    west = lon - (lon - view.west) * factor
    south = lat - (lat - view.south) * factor
    return clamp(View(west, south, west + view.width * factor, south + view.height * factor))


def graticule_step(span: float, lines: int = 6) -> float:
    """A round step in degrees (…, 0.01, 0.02, 0.05, 0.1 … 10, 15, 30) giving about ``lines``."""
    raw = span / max(lines, 1)
    for step in (30, 15, 10, 5, 2, 1):
        if raw >= step:
            return float(step)
    exponent = math.floor(math.log10(raw))
    for mantissa in (5, 2, 1):
        if raw >= mantissa * 10 ** exponent:
            return mantissa * 10 ** exponent
    return 10 ** exponent


def nice_length(value: float) -> float:
    """The largest 1, 2 or 5 × 10ⁿ not above ``value`` (a scale bar's length)."""
    if value <= 0:
        return 0.0
    exponent = math.floor(math.log10(value))
    for mantissa in (5, 2, 1):
        if value >= mantissa * 10 ** exponent:
            return mantissa * 10 ** exponent
    return 10 ** exponent


def format_degrees(value: float, step: float, positive: str, negative: str) -> str:
    """``12.5°N``: as many decimals as the step needs."""
    decimals = max(0, -math.floor(math.log10(step))) if step < 1 else 0
    hemisphere = positive if value >= 0 else negative
    return f"{abs(value):.{decimals}f}°{hemisphere if round(value, decimals) else ''}"
