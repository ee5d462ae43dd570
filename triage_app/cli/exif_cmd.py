"""``triage-app exif FILE... [--json] [--geojson OUT] [--kml OUT]``: what a photo's metadata says."""

from __future__ import annotations

import argparse
from pathlib import Path

from triage_app.cli.output import print_json
from triage_app.errors import InputError, StorageError
from triage_app.media.fence import DEFAULT_SECONDS, MAX_SECONDS, Limits, PhotoParserPool
from triage_app.media.geoexport import to_geojson, to_kml
from triage_app.media.photos import PhotoReport, read_photo_files


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("exif", help="camera, serial, capture time, GPS position and place of photos",
                       description="Read photo metadata (EXIF) read-only: camera make, model and "
                                   "serial, software, capture time with its UTC offset, GPS "
                                   "position with the nearest town (offline), and signs of "
                                   "editing. Each file is parsed in a separate process with a "
                                   "time limit, so a malicious file cannot hang the command.")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("--json", action="store_true", help="print a JSON array, one object per file")
    p.add_argument("--geojson", metavar="OUT", help="write photo positions as GeoJSON to OUT")
    p.add_argument("--kml", metavar="OUT", help="write photo positions as KML to OUT")
    p.add_argument("--time-limit", type=_seconds, default=DEFAULT_SECONDS, metavar="SECONDS",
                   help=f"time limit per file, more than 0 and at most {MAX_SECONDS:g} "
                        f"(default {DEFAULT_SECONDS:g})")
    p.set_defaults(run=run)


def _seconds(text: str) -> float:
    try:
        return Limits(seconds=float(text)).seconds
    except (ValueError, InputError) as exc:
        message = str(exc) if isinstance(exc, InputError) else f"not a number: {text!r}"
        raise argparse.ArgumentTypeError(message) from None


def run(args: argparse.Namespace) -> int:
    with PhotoParserPool(limits=Limits(seconds=args.time_limit)) as pool:
        reports = read_photo_files(args.files, pool)
    located = [(r.path, r.meta) for r in reports]
    for out, text in ((args.geojson, to_geojson), (args.kml, to_kml)):
        if out:
            _write(out, text(located))
    if args.json:
        print_json([r.to_dict() for r in reports])
    else:
        for report in reports:
            print(_human(report))
    return 0 if all(r.readable for r in reports) else 1


def _write(out: str, text: str) -> None:
    try:
        Path(out).write_text(text, encoding="utf-8")
    except OSError as exc:
        raise StorageError(f"cannot write {out}: {exc.strerror or exc}") from exc


def _human(report: PhotoReport) -> str:
    m = report.meta
    lines = [report.path]
    if not report.readable:
        lines.append(f"  not read: {m.warnings[0]}")
        return "\n".join(lines) + "\n"

    def row(label: str, value: object) -> None:
        if value not in (None, ""):
            lines.append(f"  {label:<11}{value}")

    row("Camera", m.camera or "not recorded")
    row("Serial", m.serial)
    row("Lens", " ".join(v for v in (m.lens_model, m.lens_serial and f"serial {m.lens_serial}")
                         if v))
    row("Software", m.software)
    row("Taken", _when(m.datetime_original) or "not recorded")
    row("Digitized", _when(m.datetime_digitized))
    row("Modified", _when(m.datetime_modified))
    if m.gps:
        alt = f", altitude {m.gps.alt:g} m" if m.gps.alt is not None else ""
        row("GPS", f"{m.gps.lat:.6f}, {m.gps.lon:.6f}{alt}")
        if report.place:
            p = report.place
            region = f", {p.admin1}" if p.admin1 else ""
            row("Near", f"{p.name}{region}, {p.country} ({p.distance_km:g} km away)")
    else:
        row("GPS", "no position")
    row("GPS time", m.gps_time)
    if m.gps_direction is not None:
        north = {"T": "true north", "M": "magnetic north"}.get(m.gps_direction_ref or "", "")
        row("Facing", f"{m.gps_direction:g}° {north}".strip())
    size = f"{m.width}×{m.height}" if m.width else ""
    row("Image", " ".join(v for v in (m.format or "", size,
                                      f"orientation {m.orientation}" if m.orientation else "",
                                      "with EXIF thumbnail" if m.thumbnail else "") if v))
    for trace in m.edit_traces:
        lines.append(f"  EDIT TRACE ({trace.confidence}): {trace.summary}")
    for warning in m.warnings:
        lines.append(f"  warning: {warning}")
    return "\n".join(lines) + "\n"


def _when(iso: str | None) -> str | None:
    if not iso:
        return None
    date, _, rest = iso.partition("T")
    clock, offset = rest[:8], rest[8:]
    return f"{date} {clock}" + (f" (UTC{offset})" if offset else " (camera clock, zone unknown)")
