from __future__ import annotations

import json
import xml.etree.ElementTree as ET

from triage_app.media.geoexport import to_geojson, to_kml
from triage_app.media.records import GpsPosition, PhotoMetadata

PHOTOS = [("a/one.jpg", PhotoMetadata(make="X", gps=GpsPosition(54.5, -1.25, -3.5),
                                      datetime_original="2020-01-01T10:00:00+01:00")),
          ("a/none.jpg", PhotoMetadata(make="Y")),
          ("a/two & <three>.jpg", PhotoMetadata(gps=GpsPosition(-33.9, 151.2)))]


def test_geojson_is_lon_lat_and_skips_photos_without_position():
    doc = json.loads(to_geojson(PHOTOS))
    assert doc["type"] == "FeatureCollection"
    coords = [f["geometry"]["coordinates"] for f in doc["features"]]
    assert coords == [[-1.25, 54.5, -3.5], [151.2, -33.9]]
    assert doc["features"][0]["properties"]["path"] == "a/one.jpg"


def test_kml_is_well_formed_with_escaped_names():
    root = ET.fromstring(to_kml(PHOTOS).encode())
    ns = {"k": "http://www.opengis.net/kml/2.2"}
    marks = root.findall(".//k:Placemark", ns)
    assert [m.find("k:name", ns).text for m in marks] == ["one.jpg", "two & <three>.jpg"]
    assert marks[0].find(".//k:coordinates", ns).text == "-1.25,54.5,-3.5"
    assert marks[0].find(".//k:when", ns).text == "2020-01-01T10:00:00+01:00"
