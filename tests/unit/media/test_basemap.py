"""The offline basemap data and the map arithmetic."""

from __future__ import annotations

from triage_app.media import basemap


def test_the_bundled_outlines_and_cities_load():
    rings = basemap.outlines()
    countries = {r.country for r in rings}
    assert len(countries) > 170 and {"Italy", "France", "Brazil"} <= countries
    assert all(-180 <= lon <= 180 and -90 <= lat <= 90 for r in rings for lon, lat in r.points)
    rome = next(c for c in basemap.cities() if c.name == "Rome")
    assert abs(rome.lat - 41.9) < 0.2 and abs(rome.lon - 12.5) < 0.2


def test_fit_keeps_a_margin_and_a_minimum_span():
    view = basemap.fit([(43.46, 11.88), (43.47, 11.89)])
    assert view.contains(43.46, 11.88) and view.contains(43.47, 11.89)
    assert view.width >= 0.05 and view.height >= 0.05
    assert basemap.fit([]) == basemap.WORLD
    wide = basemap.fit([(-80, -179), (80, 179)])
    assert wide.width <= 360 and wide.south >= -85 and wide.north <= 85


def test_zoom_stays_on_the_point_and_inside_the_world():
    view = basemap.zoom(basemap.WORLD, 0.5, 45.0, 10.0)
    assert view.width == 180 and view.contains(45.0, 10.0)
    assert basemap.zoom(basemap.WORLD, 4, 0, 0) == basemap.WORLD


def test_graticule_steps_labels_and_scale_lengths():
    assert basemap.graticule_step(360) == 30
    assert basemap.graticule_step(6) == 1
    assert basemap.graticule_step(0.03) == 0.005
    assert basemap.format_degrees(12.5, 0.5, "N", "S") == "12.5°N"
    assert basemap.format_degrees(-30, 10, "E", "W") == "30°W"
    assert basemap.format_degrees(0, 10, "E", "W") == "0°"
    assert basemap.nice_length(2345) == 2000 and basemap.nice_length(0.7) == 0.5
