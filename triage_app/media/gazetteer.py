"""Nearest town and country for a GPS point, offline, from the bundled GeoNames extract.

Places are bucketed in a 1°×1° grid; a lookup searches rings of cells outwards until the ring's
nearest possible point is farther than the best place found. The table loads on first use
(about 144,000 places, well under a second) and stays in memory.
"""

from __future__ import annotations

import gzip
import math
from functools import lru_cache

from triage_app.config import resource
from triage_app.media.records import Place

EARTH_RADIUS_KM = 6371.0088
_KM_PER_DEGREE = math.pi * EARTH_RADIUS_KM / 180
# Beyond this nobody would call the place "near" (open sea, polar ice).
MAX_DISTANCE_KM = 250.0


class Gazetteer:
    def __init__(self, rows: list[tuple[float, float, str, str, str]],
                 countries: dict[str, str]) -> None:
        self._countries = countries
        self._cells: dict[tuple[int, int], list[tuple[float, float, str, str, str]]] = {}
        for row in rows:
            self._cells.setdefault(_cell(row[0], row[1]), []).append(row)

    def __len__(self) -> int:
        return sum(len(rows) for rows in self._cells.values())

    def nearest(self, lat: float, lon: float) -> Place | None:
        """The nearest place within :data:`MAX_DISTANCE_KM`, or None."""
        best_km, best = math.inf, None
        base_lat, base_lon = _cell(lat, lon)
        seen: set[tuple[int, int]] = set()
        for ring in range(int(MAX_DISTANCE_KM / _KM_PER_DEGREE) + 3):
            # Every cell not searched yet is at least (ring - 1) degrees of arc away.
            if (ring - 1) * _KM_PER_DEGREE > min(best_km, MAX_DISTANCE_KM):
                break
            for cell in _window(base_lat, base_lon, ring, lat):
                if cell in seen:
                    continue
                seen.add(cell)
                for row in self._cells.get(cell, ()):
                    km = haversine_km(lat, lon, row[0], row[1])
                    if km < best_km:
                        best_km, best = km, row
        if best is None or best_km > MAX_DISTANCE_KM:
            return None
        _lat, _lon, name, admin1, code = best
        return Place(name, admin1, code, self._countries.get(code, code), round(best_km, 1))


def _cell(lat: float, lon: float) -> tuple[int, int]:
    return math.floor(lat), math.floor(lon)


def _window(base_lat: int, base_lon: int, ring: int, lat: float) -> list[tuple[int, int]]:
    """Cells within ``ring`` degrees of arc; longitude reaches further as meridians converge."""
    stretch = 1 / max(math.cos(math.radians(min(abs(lat) + ring + 1, 89.9))), 1e-3)
    lon_reach = min(180, math.ceil(ring * stretch))
    return [(base_lat + dlat, (base_lon + dlon + 180) % 360 - 180)
            for dlat in range(-ring, ring + 1) for dlon in range(-lon_reach, lon_reach + 1)]


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


@lru_cache(maxsize=1)
def bundled() -> Gazetteer:
    """The gazetteer shipped in ``resources/gazetteer`` (see ATTRIBUTION.md there)."""
    rows = []
    with gzip.open(resource("gazetteer", "cities.tsv.gz"), "rt", encoding="utf-8") as handle:
        for line in handle:
            lat, lon, name, admin1, code = line.rstrip("\n").split("\t")
            rows.append((float(lat), float(lon), name, admin1, code))
    countries = {}
    for line in resource("gazetteer", "countries.tsv").read_text(encoding="utf-8").splitlines():
        code, _, country = line.partition("\t")
        countries[code] = country
    return Gazetteer(rows, countries)


def nearest_place(lat: float, lon: float) -> Place | None:
    return bundled().nearest(lat, lon)
