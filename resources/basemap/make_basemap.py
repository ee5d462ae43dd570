"""Build the offline basemap (``world.tsv.gz`` and ``capitals.tsv``) from Natural Earth 1:110m.

Natural Earth is public domain. The 1:110m admin-0 countries and populated places come from the
copies shipped inside the PyPI wheel of geopandas 0.14.4 (``geopandas/datasets/``), the last
release that bundled them::

    pip download geopandas==0.14.4 --no-deps -d /tmp/ne
    cd /tmp/ne && unzip -o geopandas-0.14.4-py3-none-any.whl 'geopandas/datasets/*'
    python resources/basemap/make_basemap.py /tmp/ne/geopandas/datasets

Only the standard library is used: the shapefile (.shp) and its table (.dbf) are simple
fixed layouts. Coordinates are rounded to 0.01° (about 1 km), far finer than 1:110m.
"""

from __future__ import annotations

import gzip
import struct
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


# Names the 110m table already lost to '?' (its code page is ISO-8859-1); spelt out here.
NAME_FIXES = {"?saka": "Osaka", "Chi?in?u": "Chisinau"}


def read_dbf(path: Path) -> list[dict[str, str]]:
    cpg = path.with_suffix(".cpg")
    encoding = cpg.read_text().strip() if cpg.exists() else "utf-8"
    data = path.read_bytes()
    count, header_len, record_len = struct.unpack("<xxxxIHH", data[:12])
    fields = []
    pos = 32
    while data[pos] != 0x0D:
        name = data[pos:pos + 11].split(b"\0", 1)[0].decode("ascii")
        fields.append((name, data[pos + 16]))
        pos += 32
    rows = []
    for i in range(count):
        rec = data[header_len + i * record_len: header_len + (i + 1) * record_len]
        row, at = {}, 1  # byte 0 is the deletion flag
        for name, length in fields:
            value = rec[at:at + length].decode(encoding, "replace").strip()
            row[name] = NAME_FIXES.get(value, value)
            at += length
        rows.append(row)
    return rows


def read_shp(path: Path) -> list[list[list[tuple[float, float]]]]:
    """Each record's parts (rings or points) as lists of (lon, lat)."""
    data = path.read_bytes()
    pos, shapes = 100, []
    while pos < len(data):
        _number, length = struct.unpack(">ii", data[pos:pos + 8])
        content = data[pos + 8: pos + 8 + 2 * length]
        pos += 8 + 2 * length
        kind = struct.unpack("<i", content[:4])[0]
        if kind == 1:  # point
            shapes.append([[struct.unpack("<dd", content[4:20])]])
            continue
        if kind not in (3, 5):  # polyline, polygon
            shapes.append([])
            continue
        n_parts, n_points = struct.unpack("<ii", content[36:44])
        parts = list(struct.unpack(f"<{n_parts}i", content[44:44 + 4 * n_parts]))
        base = 44 + 4 * n_parts
        points = [struct.unpack("<dd", content[base + 16 * i: base + 16 * i + 16])
                  for i in range(n_points)]
        shapes.append([points[a:b] for a, b in zip(parts, parts[1:] + [n_points])])
    return shapes


def main(datasets: Path) -> None:
    countries = datasets / "naturalearth_lowres" / "naturalearth_lowres"
    lines = []
    for row, rings in zip(read_dbf(countries.with_suffix(".dbf")),
                          read_shp(countries.with_suffix(".shp"))):
        for ring in rings:
            coords = " ".join(f"{lon:.2f},{lat:.2f}" for lon, lat in ring)
            lines.append(f"{row['name']}\t{coords}")
    payload = ("\n".join(lines) + "\n").encode("utf-8")
    with gzip.GzipFile(HERE / "world.tsv.gz", "wb", compresslevel=9, mtime=0) as out:
        out.write(payload)  # mtime 0: the same input gives the same bytes
    cities = datasets / "naturalearth_cities" / "naturalearth_cities"
    rows = [f"{row['name']}\t{pts[0][0][1]:.2f}\t{pts[0][0][0]:.2f}"
            for row, pts in zip(read_dbf(cities.with_suffix(".dbf")),
                                read_shp(cities.with_suffix(".shp"))) if pts]
    (HERE / "capitals.tsv").write_text("\n".join(sorted(rows)) + "\n", encoding="utf-8")
    print(f"{len(lines)} rings, {len(rows)} cities")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
