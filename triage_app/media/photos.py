"""Photo files to reports: the one core job behind ``triage-app exif`` (and later the gallery)."""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from triage_app.core.readonly import open_readonly
from triage_app.media.fence import PhotoParserPool
from triage_app.media.formats import sniff
from triage_app.media.gazetteer import nearest_place
from triage_app.media.records import PhotoMetadata, Place


@dataclass(slots=True)
class PhotoReport:
    path: str
    meta: PhotoMetadata
    place: Place | None = None
    readable: bool = True  # False: missing, a folder, unreadable or not an image we read

    def to_dict(self) -> dict[str, Any]:
        record: dict[str, Any] = {"path": self.path, **self.meta.to_dict()}
        record["place"] = None
        if self.place:
            record["place"] = {"name": self.place.name, "admin1": self.place.admin1,
                               "country": self.place.country,
                               "country_code": self.place.country_code,
                               "distance_km": self.place.distance_km}
        return record


def read_photo_files(paths: Sequence[str], pool: PhotoParserPool) -> list[PhotoReport]:
    """One report per path, in the order given; a bad path is a warning, never an exception."""
    reports = [_precheck(path) for path in paths]
    jobs = [(i, path, path) for i, (path, r) in enumerate(zip(paths, reports, strict=False)) if r is None]
    # Biggest first, so the pool's workers finish together rather than one waiting on a RAW.
    jobs.sort(key=lambda job: -_size(job[1]))
    for index, meta in pool.parse_many(jobs):
        gps = meta.gps
        reports[index] = PhotoReport(paths[index], meta,
                                     nearest_place(gps.lat, gps.lon) if gps else None)
    return [r for r in reports if r is not None]


def _precheck(path: str) -> PhotoReport | None:
    """A report for a path we will not parse, or None when it is an image to parse."""
    try:
        with open_readonly(path) as handle:
            head = handle.read(64)
    except IsADirectoryError:
        return _unreadable(path, "is a folder, not a photo")
    except FileNotFoundError:
        return _unreadable(path, "file not found")
    except OSError as exc:
        return _unreadable(path, f"cannot read the file ({exc.strerror or exc})")
    if sniff(head, path) is None:
        return _unreadable(path, "not an image format this tool reads (JPEG, PNG, WebP, TIFF,"
                                 " HEIC/HEIF, AVIF, JPEG XL, DNG, CR2, NEF, ARW, ORF, RW2)")
    return None


def _unreadable(path: str, why: str) -> PhotoReport:
    return PhotoReport(path, PhotoMetadata(warnings=[why]), readable=False)


def _size(path: str) -> int:
    try:
        return os.path.getsize(path)
    except OSError:
        return 0
