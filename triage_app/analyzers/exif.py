"""Photo metadata: camera, serials, capture time, GPS position and place, edit traces.

The bytes of each image (up to a size cap) are parsed in the fenced worker pool of
:mod:`triage_app.media.fence`, never in the scanning process: a crafted file costs at most the
time limit and gives an ``exif.malformed`` finding instead of a hang.
"""

from __future__ import annotations

from importlib.metadata import version

from triage_app.analyzers.base import Analyzer, FileAnalysis, FileContext, register
from triage_app.core.records import Entry, Finding
from triage_app.media import fence
from triage_app.media.formats import IMAGE_EXTENSIONS, IMAGE_MIME_TYPES, extension, sniff
from triage_app.media.gazetteer import nearest_place
from triage_app.media.records import PhotoMetadata

LIBRARIES = f"exifread {version('ExifRead')}, Pillow {version('pillow')}"
PLACE_SOURCE = "nearest place from the bundled GeoNames cities1000 extract (CC BY 4.0)"


class _ExifAnalysis(FileAnalysis):
    def __init__(self, analyzer: ExifAnalyzer, entry: Entry) -> None:
        self._analyzer = analyzer
        self._entry = entry
        self._data = bytearray()
        self._image = False

    def feed(self, chunk: memoryview, offset: int) -> bool:
        if offset == 0:
            self._image = (sniff(bytes(chunk[:64]), self._entry.name) is not None
                           or extension(self._entry.name) in IMAGE_EXTENSIONS)
        if not self._image:
            return False
        room = self._analyzer.max_bytes - len(self._data)
        self._data += chunk[:room]
        return len(self._data) < self._analyzer.max_bytes

    def finish(self, ctx: FileContext) -> list[Finding]:
        is_image = sniff(ctx.head[:64], self._entry.name) or (ctx.mime in IMAGE_MIME_TYPES)
        if not self._image or not is_image:
            return []
        meta = fence.shared_pool().parse(bytes(self._data), self._entry.name)
        if len(self._data) < ctx.bytes_read:
            meta.warnings.insert(0, f"only the first {len(self._data)} of {ctx.bytes_read}"
                                    " bytes were parsed (size cap)")
        return self._analyzer.findings_for(meta)


@register
class ExifAnalyzer(Analyzer):
    name = "exif"
    runs_after = ("filetype",)  # reads the content type
    version = "1"
    wants_bytes = True
    description = "photo metadata: camera, serial, capture time, GPS and place, edit traces"
    max_bytes = fence.DEFAULT_MAX_BYTES

    def begin(self, entry: Entry) -> FileAnalysis | None:
        return _ExifAnalysis(self, entry) if entry.size > 0 else None

    def findings_for(self, meta: PhotoMetadata) -> list[Finding]:
        findings = []
        detail = meta.to_dict()
        if any((meta.make, meta.model, meta.serial, meta.software, meta.datetime_original,
                meta.datetime_modified, meta.gps)):
            findings.append(self.finding(
                "exif.metadata", _summary(meta), _method(meta, ("make", "model", "serial",
                                                               "datetime_original")),
                detail=detail))
        if meta.gps:
            place = nearest_place(meta.gps.lat, meta.gps.lon)
            where = (f" near {place.name}, {place.country} ({place.distance_km:g} km)"
                     if place else "")
            alt = f", altitude {meta.gps.alt:g} m" if meta.gps.alt is not None else ""
            gps_detail = {"lat": meta.gps.lat, "lon": meta.gps.lon, "alt": meta.gps.alt,
                          "gps_time": meta.gps_time, "direction": meta.gps_direction,
                          "direction_ref": meta.gps_direction_ref,
                          "place": place and {"name": place.name, "admin1": place.admin1,
                                              "country": place.country,
                                              "country_code": place.country_code,
                                              "distance_km": place.distance_km}}
            findings.append(self.finding(
                "exif.gps", f"photo position {meta.gps.lat:.6f}, {meta.gps.lon:.6f}{alt}{where}",
                f"{_method(meta, ('gps',))}; {PLACE_SOURCE}", detail=gps_detail))
        for trace in meta.edit_traces:
            findings.append(self.finding(
                "exif.edit-trace", trace.summary, f"{LIBRARIES}: {trace.tag}",
                confidence=trace.confidence, detail={"trace": trace.kind}))
        malformed = [w for w in meta.warnings if w.startswith("malformed")]
        if malformed:
            findings.append(self.finding(
                "exif.malformed", "; ".join(malformed), f"{LIBRARIES}, fenced worker process",
                confidence="medium", detail={"warnings": meta.warnings}))
        return findings


def _summary(meta: PhotoMetadata) -> str:
    parts = [meta.camera or "unknown camera"]
    if meta.serial:
        parts.append(f"serial {meta.serial}")
    if meta.datetime_original:
        parts.append(f"taken {meta.datetime_original}")
    if meta.software:
        parts.append(f"software {meta.software}")
    return ", ".join(parts)


def _method(meta: PhotoMetadata, fields: tuple[str, ...]) -> str:
    tags = [meta.sources[f] for f in fields if f in meta.sources]
    return f"{LIBRARIES} in a fenced worker" + (f"; tags {', '.join(tags)}" if tags else "")
