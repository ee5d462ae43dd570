from __future__ import annotations

import random

from triage_app.media.gazetteer import MAX_DISTANCE_KM, bundled, haversine_km, nearest_place


def test_known_points():
    place = nearest_place(51.5214588, -0.1729636)
    assert (place.name, place.country) == ("Bayswater", "United Kingdom")
    assert nearest_place(37.38605, -122.08385).name == "Mountain View"
    assert nearest_place(-0.3713, 36.0564).country == "Kenya"


def test_null_island_and_open_ocean_have_no_place():
    assert nearest_place(0.0, 0.0) is None
    assert nearest_place(-40.0, -120.0) is None


def test_grid_search_matches_brute_force():
    gazetteer = bundled()
    rows = [row for cell in gazetteer._cells.values() for row in cell]
    rng = random.Random(6)
    points = [(r[0] + rng.uniform(-1.5, 1.5), r[1] + rng.uniform(-1.5, 1.5))
              for r in rng.sample(rows, 25)] + [(78.5, 16.0), (64.0, 179.95), (64.0, -179.95)]
    for lat, lon in points:
        km, row = min((haversine_km(lat, lon, r[0], r[1]), r) for r in rows)
        place = gazetteer.nearest(lat, lon)
        if km > MAX_DISTANCE_KM:
            assert place is None
        else:
            assert place is not None and abs(place.distance_km - km) < 0.06, (lat, lon, row)


def test_bundled_data_is_reasonable():
    assert 100_000 < len(bundled()) < 200_000
