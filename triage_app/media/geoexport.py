"""Photo positions as GeoJSON (RFC 7946) and KML 2.2, for the lab's mapping tools."""

from __future__ import annotations

import json
from collections.abc import Iterable
from xml.sax.saxutils import escape

from triage_app.media.records import PhotoMetadata

Located = tuple[str, PhotoMetadata]  # (path as shown to the user, its metadata)


def _properties(path: str, meta: PhotoMetadata) -> dict:
    return {"path": path, "make": meta.make, "model": meta.model, "serial": meta.serial,
            "datetime_original": meta.datetime_original, "gps_time": meta.gps_time,
            "altitude_m": meta.gps.alt if meta.gps else None,
            "direction": meta.gps_direction, "direction_ref": meta.gps_direction_ref}


def to_geojson(photos: Iterable[Located]) -> str:
    """A FeatureCollection of Points; photos without a position are left out."""
    features = []
    for path, meta in photos:
        if meta.gps is None:
            continue
        coordinates = [meta.gps.lon, meta.gps.lat]  # GeoJSON order is longitude, latitude
        if meta.gps.alt is not None:
            coordinates.append(meta.gps.alt)
        features.append({"type": "Feature",
                         "geometry": {"type": "Point", "coordinates": coordinates},
                         "properties": _properties(path, meta)})
    return json.dumps({"type": "FeatureCollection", "features": features},
                      ensure_ascii=False, indent=1)


def to_kml(photos: Iterable[Located], title: str = "Photo positions") -> str:
    """A KML document with one Placemark per located photo."""
    marks = []
    for path, meta in photos:
        if meta.gps is None:
            continue
        gps = meta.gps
        # Altitude is absolute (above sea level) when known; otherwise clamp to the ground.
        mode = "absolute" if gps.alt is not None else "clampToGround"
        point = f"{gps.lon!r},{gps.lat!r}" + (f",{gps.alt!r}" if gps.alt is not None else "")
        details = "\n".join(f"{key}: {value}" for key, value in _properties(path, meta).items()
                            if value is not None)
        stamp = (f"<TimeStamp><when>{escape(meta.datetime_original)}</when></TimeStamp>"
                 if meta.datetime_original else "")
        marks.append(f"""  <Placemark>
    <name>{escape(path.rsplit("/", 1)[-1])}</name>
    <description>{escape(details)}</description>{stamp}
    <Point><altitudeMode>{mode}</altitudeMode><coordinates>{point}</coordinates></Point>
  </Placemark>""")
    body = "\n".join(marks)
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<kml xmlns="http://www.opengis.net/kml/2.2">
<Document>
  <name>{escape(title)}</name>
{body}
</Document>
</kml>
"""
