"""Signs that a photo was edited after capture. Each is a hint with a confidence, not a verdict."""

from __future__ import annotations

from datetime import datetime

from triage_app.media.records import EditTrace, PhotoMetadata

# Substrings (lower case) of Software values written by editors, not by camera firmware.
EDITORS = ("photoshop", "lightroom", "gimp", "paint.net", "affinity", "pixelmator", "snapseed",
           "picsart", "capture one", "acdsee", "picasa", "photoscape", "photo editor",
           "paintshop", "corel", "luminar", "darktable", "rawtherapee", "imagemagick", "facetune",
           "vsco", "canva", "fotor", "faceapp", "meitu", "digikam", "windows photo")

# Differing bits (of 64) above which the thumbnail shows another picture than the main image.
THUMBNAIL_MISMATCH_BITS = 20
_LATE_EDIT_SECONDS = 60


def software_trace(software: str | None) -> EditTrace | None:
    if not software:
        return None
    lowered = software.lower()
    if any(editor in lowered for editor in EDITORS):
        return EditTrace("software", f"written by editing software: {software}", "high",
                         "IFD0:Software")
    return None


def date_traces(meta: PhotoMetadata) -> list[EditTrace]:
    traces: list[EditTrace] = []
    if meta.make and not meta.datetime_original:
        traces.append(EditTrace("date-missing", "camera photo without a capture date"
                                " (DateTimeOriginal), often stripped by editors or apps", "low",
                                "ExifIFD:DateTimeOriginal"))
    original, modified = _naive(meta.datetime_original), _naive(meta.datetime_modified)
    if original and modified and (modified - original).total_seconds() > _LATE_EDIT_SECONDS:
        traces.append(EditTrace("date-order", f"modified {meta.datetime_modified} after capture"
                                f" {meta.datetime_original}", "medium",
                                "IFD0:ModifyDate, ExifIFD:DateTimeOriginal"))
    elif original and modified and modified < original:
        traces.append(EditTrace("date-order", f"modify date {meta.datetime_modified} is before"
                                f" capture {meta.datetime_original}", "medium",
                                "IFD0:ModifyDate, ExifIFD:DateTimeOriginal"))
    digitized = _naive(meta.datetime_digitized)
    if original and digitized and original != digitized:
        traces.append(EditTrace("date-mismatch", f"capture {meta.datetime_original} and"
                                f" digitized {meta.datetime_digitized} differ (also normal for"
                                " scans)", "low", "ExifIFD:DateTimeOriginal, ExifIFD:CreateDate"))
    return traces


def thumbnail_trace(bits: int) -> EditTrace | None:
    if bits <= THUMBNAIL_MISMATCH_BITS:
        return None
    return EditTrace("thumbnail-mismatch", f"the embedded EXIF thumbnail shows a different"
                     f" picture from the main image ({bits} of 64 fingerprint bits differ);"
                     " a classic sign of editing", "high" if bits > 28 else "medium",
                     "IFD1:ThumbnailImage")


def _naive(iso: str | None) -> datetime | None:
    return datetime.fromisoformat(iso[:19]) if iso else None
