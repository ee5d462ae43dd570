"""Per-field agreement of our photo reader with exiftool over the shared EXIF corpus.

``python -m tests.unit.media.agreement`` prints the table; the tests import :func:`compare`.
The reference is ``exiftool -j -n -G1`` (Debian 12.57) from ``../shared/corpora/exif``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from triage_app.media.fence import PhotoParserPool
from triage_app.media.records import PhotoMetadata

CORPUS = Path(__file__).resolve().parents[4] / "shared" / "corpora" / "exif"
REFERENCES = ("exiftool-ref-G1.json", "mx-results/exiftool-ref-G1.json")
KEY_FIELDS = ("make", "model", "serial", "datetime_original", "gps_lat", "gps_lon", "gps_alt")
OTHER_FIELDS = ("software", "datetime_digitized", "datetime_modified", "orientation")
# File types of the brief (exiftool's File:FileType names); others are out of scope.
SUPPORTED = {"JPEG", "TIFF", "PNG", "WEBP", "Extended WEBP", "HEIC", "HEIF", "AVIF", "DNG",
             "CR2", "NEF", "ARW"}
# The MakerNote serials exifread decodes; exiftool reads many more vendors (see SERIAL_GROUPS).
SERIAL_TAGS = ("ExifIFD:SerialNumber", "IFD0:CameraSerialNumber", "Canon:SerialNumber",
               "Nikon:SerialNumber")

_ZERO_GPS = "all-zero GPS block: we report no position by design; exiftool reports 0, 0"
# (file, field) -> why we differ from exiftool. Every entry is checked to still be needed.
EXCEPTIONS: dict[tuple[str, str], str] = {
    ("metadata-extractor/jpg/FLIR Vue Pro 640.jpg", "gps_lat"): _ZERO_GPS,
    ("metadata-extractor/jpg/FLIR Vue Pro 640.jpg", "gps_lon"): _ZERO_GPS,
    ("metadata-extractor/jpg/FLIR Vue Pro 640.jpg", "gps_alt"): _ZERO_GPS,
    ("metadata-extractor/jpg/Issue 308.jpg", "gps_lat"): _ZERO_GPS,
    ("metadata-extractor/jpg/Issue 308.jpg", "gps_lon"): _ZERO_GPS,
    ("metadata-extractor/jpg/Issue 308.jpg", "gps_alt"): _ZERO_GPS,
    ("metadata-extractor/jpg/Samsung GT-I9000 (Galaxy S).jpg", "gps_lat"): _ZERO_GPS,
    ("metadata-extractor/jpg/Samsung GT-I9000 (Galaxy S).jpg", "gps_lon"): _ZERO_GPS,
    ("metadata-extractor/jpg/Samsung GT-I9000 (Galaxy S).jpg", "gps_alt"): _ZERO_GPS,
    ("exif-py/jpg/tests/32-lens_data.jpeg", "serial"):
        "exifread 3.5.1 mis-decodes this Nikon type-2 MakerNote and returns '00STANDA' (bytes of"
        " the picture-control name 'STANDARD'); exiftool reads 3105364",
    ("exif-py/jpg/tests/nikon_D3100_TypeError.jpg", "serial"):
        "exifread 3.5.1 returns no MakerNote SerialNumber for this Nikon D3100 MakerNote",
    ("exiftool-t/NikonD70.jpg", "serial"):
        "exifread 3.5.1 decodes the Nikon D70 serial tag as blanks; exiftool reads"
        " 'NO= 20025585'",
}


def reference(entry: dict) -> dict[str, object]:
    """exiftool's value for each field, in our units and formats (None: exiftool has none)."""
    def tag(name: str) -> object:
        value = entry.get(name)
        if isinstance(value, str):
            value = value.replace("\x00", "").strip()
        return None if value in ("", None) else value

    def iso(name: str, offset_name: str) -> str | None:
        value = tag(name)
        if not isinstance(value, str) or not value.strip(" :0"):
            return None
        date, _, clock = value.partition(" ")
        offset = tag(offset_name)
        return date.replace(":", "-") + "T" + clock[:8] + (offset if isinstance(offset, str)
                                                           else "")

    lat, lon = tag("Composite:GPSLatitude"), tag("Composite:GPSLongitude")
    has_position = isinstance(lat, (int, float)) and isinstance(lon, (int, float))
    alt = tag("Composite:GPSAltitude")
    return {
        "make": tag("IFD0:Make"), "model": tag("IFD0:Model"), "software": tag("IFD0:Software"),
        "serial": next((tag(t) for t in SERIAL_TAGS if tag(t) is not None), None),
        "datetime_original": iso("ExifIFD:DateTimeOriginal", "ExifIFD:OffsetTimeOriginal"),
        "datetime_digitized": iso("ExifIFD:CreateDate", "ExifIFD:OffsetTimeDigitized"),
        "datetime_modified": iso("IFD0:ModifyDate", "ExifIFD:OffsetTime"),
        "orientation": tag("IFD0:Orientation"),
        "gps_lat": lat if has_position else None,
        "gps_lon": lon if has_position else None,
        "gps_alt": alt if has_position and isinstance(alt, (int, float)) else None,
    }


def ours(meta: PhotoMetadata) -> dict[str, object]:
    return {
        "make": meta.make, "model": meta.model, "software": meta.software, "serial": meta.serial,
        "datetime_original": meta.datetime_original,
        "datetime_digitized": meta.datetime_digitized,
        "datetime_modified": meta.datetime_modified, "orientation": meta.orientation,
        "gps_lat": meta.gps.lat if meta.gps else None,
        "gps_lon": meta.gps.lon if meta.gps else None,
        "gps_alt": meta.gps.alt if meta.gps else None,
    }


def same(field_name: str, expected: object, got: object) -> bool:
    if expected is None or got is None:
        return expected is got
    if field_name.startswith("gps_"):
        return abs(float(expected) - float(got)) < (1e-3 if field_name == "gps_alt" else 1e-6)
    if isinstance(expected, (int, float)) and not isinstance(expected, bool):
        # exiftool -j prints number-like strings as numbers ("1.00  " -> 1.0, "0123" stays).
        try:
            return float(str(got)) == float(expected)
        except ValueError:
            return False
    return str(expected) == str(got)


@dataclass
class FieldStats:
    reference: int = 0  # supported files where exiftool has the field
    agree: int = 0
    explained: int = 0
    extra: int = 0  # we have a value where exiftool has none
    mismatches: list[tuple[str, object, object]] = field(default_factory=list)


@dataclass
class Agreement:
    files: int
    out_of_scope: int
    stats: dict[str, FieldStats]
    unused_exceptions: list[tuple[str, str]]
    vendor_serials: list[str]  # serials only in MakerNotes that exifread does not decode


def load_references() -> dict[str, dict]:
    entries: dict[str, dict] = {}
    for name in REFERENCES:
        for entry in json.loads((CORPUS / name).read_text(encoding="utf-8")):
            entries[entry["SourceFile"]] = entry
    return entries


def compare(pool: PhotoParserPool) -> Agreement:
    entries = load_references()
    in_scope = {f: e for f, e in entries.items() if e.get("File:FileType") in SUPPORTED}
    jobs = [(f, CORPUS / "images" / f, f) for f in in_scope]
    results = dict(pool.parse_many(jobs))
    stats = {name: FieldStats() for name in KEY_FIELDS + OTHER_FIELDS}
    used: set[tuple[str, str]] = set()
    vendor_serials = []
    for path, entry in sorted(in_scope.items()):
        expected, got = reference(entry), ours(results[path])
        if expected["serial"] is None and any(k.endswith("SerialNumber") and ":" in k and
                                              k.split(":")[0] not in ("XMP-aux", "XMP-exifEX")
                                              and "Lens" not in k and "Internal" not in k
                                              for k in entry):
            vendor_serials.append(path)
        for name, st in stats.items():
            if expected[name] is None:
                st.extra += got[name] is not None
                continue
            st.reference += 1
            if same(name, expected[name], got[name]):
                st.agree += 1
            elif (path, name) in EXCEPTIONS:
                st.explained += 1
                used.add((path, name))
            else:
                st.mismatches.append((path, expected[name], got[name]))
    return Agreement(len(entries), len(entries) - len(in_scope), stats,
                     sorted(set(EXCEPTIONS) - used), vendor_serials)


def table(result: Agreement) -> str:
    lines = [f"{result.files} corpus files, {result.files - result.out_of_scope} in supported"
             f" formats ({result.out_of_scope} out of scope: CR3, RAF, X3F, PSD, PDF, ...)", "",
             "| field | exiftool has it | agree | explained | unexplained | we only |",
             "|---|---|---|---|---|---|"]
    for name, st in result.stats.items():
        key = " (key)" if name in KEY_FIELDS else ""
        lines.append(f"| {name}{key} | {st.reference} | {st.agree} | {st.explained} |"
                     f" {len(st.mismatches)} | {st.extra} |")
    for name, st in result.stats.items():
        for path, expected, got in st.mismatches:
            lines.append(f"- {name}: {path}: exiftool {expected!r}, we {got!r}")
    if result.vendor_serials:
        lines.append(f"- serial only in a vendor MakerNote exifread does not decode"
                     f" ({len(result.vendor_serials)} files): {', '.join(result.vendor_serials)}")
    return "\n".join(lines)


if __name__ == "__main__":
    with PhotoParserPool() as parser_pool:
        print(table(compare(parser_pool)))
