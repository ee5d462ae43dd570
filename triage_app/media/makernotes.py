"""A cheap look into a Canon or Nikon MakerNote: does it hold a serial-number tag at all?

exifread's MakerNote pass re-reads the whole file and decodes every MakerNote tag (large
arrays included), which costs more than everything else we read from a photo. It is only
worth running when the MakerNote's tag directory lists a serial number. This reads just that
directory's entry table, bounded, and answers "maybe" whenever the layout is not the plain one
we know, so the full pass still runs on anything unusual.
"""

from __future__ import annotations

import struct
import warnings

from PIL import ExifTags, Image

_MAKERNOTE = 0x927C
_CANON_SERIAL = {0x000C}
_NIKON_SERIAL = {0x001D, 0x00A0}
_MAX_ENTRIES = 1000


def may_hold_serial(image: Image.Image | None, make: str) -> bool:
    """False only when the MakerNote's directory is read cleanly and lists no serial tag."""
    if image is None or image.format not in ("JPEG", "MPO"):
        return True
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            header = image.info.get("exif", b"")
            note = image.getexif().get_ifd(ExifTags.IFD.Exif).get(_MAKERNOTE)
    except Exception:  # let the full pass meet (and report) whatever is wrong
        return True
    if not isinstance(note, bytes) or header[6:8] not in (b"II", b"MM"):
        return True
    order = "<" if header[6:8] == b"II" else ">"
    lowered = make.lower()
    if lowered.startswith("canon"):
        return _lists_any(note, 0, order, _CANON_SERIAL)
    if lowered.startswith("nikon"):
        if note.startswith(b"Nikon\x00\x02"):
            tiff = note[10:18]
            if tiff[:2] not in (b"II", b"MM"):
                return True
            inner = "<" if tiff[:2] == b"II" else ">"
            offset = struct.unpack(inner + "I", tiff[4:8])[0]
            return _lists_any(note, 10 + offset, inner, _NIKON_SERIAL)
        if note.startswith(b"Nikon\x00\x01"):
            return _lists_any(note, 8, order, _NIKON_SERIAL)
        return _lists_any(note, 0, order, _NIKON_SERIAL)
    return True


def _lists_any(note: bytes, start: int, order: str, wanted: set[int]) -> bool:
    if start < 0 or start + 2 > len(note):
        return True
    count = struct.unpack(order + "H", note[start:start + 2])[0]
    end = start + 2 + 12 * count
    if count == 0 or count > _MAX_ENTRIES or end > len(note):
        return True  # not a directory we can read whole: leave it to the full pass
    tags = {struct.unpack(order + "H", note[at:at + 2])[0] for at in range(start + 2, end, 12)}
    return bool(tags & wanted)
