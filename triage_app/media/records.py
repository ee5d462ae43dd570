"""Typed records of what a photo's metadata says."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(slots=True, frozen=True)
class GpsPosition:
    """A usable position: signed decimal degrees (WGS 84 as the camera recorded it), metres."""

    lat: float
    lon: float
    alt: float | None = None


@dataclass(slots=True, frozen=True)
class EditTrace:
    """A sign that the image may have been edited after capture; for a human to weigh."""

    kind: str  # software | thumbnail-mismatch | date-missing | date-order | date-mismatch
    summary: str
    confidence: str  # high | medium | low
    tag: str = ""  # the tag(s) it rests on


@dataclass(slots=True, frozen=True)
class Place:
    """The nearest gazetteer place to a position."""

    name: str
    admin1: str
    country_code: str
    country: str
    distance_km: float


@dataclass(slots=True)
class PhotoMetadata:
    """What one image's metadata says, each value traceable through ``sources``.

    Dates are ISO 8601 (``YYYY-MM-DDTHH:MM:SS`` plus ``+HH:MM`` when the file records the
    offset). ``gps_time`` is UTC: ``YYYY-MM-DDTHH:MM:SSZ``, or ``HH:MM:SSZ`` without a GPS date.
    ``sources`` maps each field to ``library:tag`` (e.g. ``exifread:EXIF DateTimeOriginal``).
    """

    format: str | None = None
    make: str | None = None
    model: str | None = None
    serial: str | None = None
    lens_model: str | None = None
    lens_serial: str | None = None
    software: str | None = None
    datetime_original: str | None = None
    datetime_digitized: str | None = None
    datetime_modified: str | None = None
    gps: GpsPosition | None = None
    gps_time: str | None = None
    gps_direction: float | None = None
    gps_direction_ref: str | None = None  # T (true north) | M (magnetic north)
    orientation: int | None = None
    width: int | None = None
    height: int | None = None
    thumbnail: bool = False
    thumbnail_distance: int | None = None  # bits of 64 that differ from the main image
    edit_traces: list[EditTrace] = field(default_factory=list)
    sources: dict[str, str] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)

    @property
    def camera(self) -> str | None:
        """Make and model as people say it ("Canon EOS 40D", not "Canon Canon EOS 40D")."""
        if self.make and self.model and not self.model.lower().startswith(self.make.lower()):
            return f"{self.make} {self.model}"
        return self.model or self.make

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(slots=True)
class PhotoRead:
    """One fenced read: the metadata and, when asked for, a small upright JPEG preview made in
    the worker (so the caller never decodes the untrusted file itself)."""

    meta: PhotoMetadata
    preview: bytes | None = None
