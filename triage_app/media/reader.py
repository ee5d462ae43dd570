"""Read one image's metadata with exifread and Pillow, each where it is strong.

exifread reads EXIF from JPEG, TIFF and TIFF-based raw (DNG, CR2, NEF, ARW), PNG, HEIC and
JPEG XL, and decodes Canon/Nikon MakerNote serials; Pillow (with pillow-heif) finds EXIF that
exifread misses (WebP, some AVIF/HEIF), gives the true image size and decodes the pictures for
the thumbnail comparison. This module trusts nothing but must only run fenced
(:mod:`triage_app.media.fence`): the libraries can hang or raise anything on crafted input.
"""

from __future__ import annotations

import io
import logging
import warnings
from collections.abc import Callable
from typing import Any

import exifread
from PIL import ExifTags, Image

from triage_app.media import edit_traces, fingerprint, makernotes, previews
from triage_app.media.exifdates import iso_datetime
from triage_app.media.formats import sniff
from triage_app.media.gps import check_against_clock, read_gps
from triage_app.media.records import PhotoMetadata
from triage_app.media.tagvalues import TagValue, first_int, normalise, text

try:  # HEIC/HEIF through Pillow; AVIF is built into Pillow ≥ 11.3 wheels.
    import pillow_heif

    pillow_heif.register_heif_opener()
except ImportError:  # pragma: no cover - the reader still works without it
    pass

logging.getLogger("exifread").setLevel(logging.CRITICAL)

# (group, tag number) of the tags we report; group names follow exiftool -G1.
MAKE, MODEL, ORIENTATION, SOFTWARE, MODIFY = (("IFD0", t) for t in (0x010F, 0x0110, 0x0112,
                                                                     0x0131, 0x0132))
WIDTH, HEIGHT, CAMERA_SERIAL = ("IFD0", 0x0100), ("IFD0", 0x0101), ("IFD0", 0xC62F)
IFD0_SERIAL = ("IFD0", 0xA431)  # SerialNumber where some cameras put it (exiftool reads it there)
ORIGINAL, DIGITIZED, OFFSET, OFFSET_ORIGINAL, OFFSET_DIGITIZED = (
    ("ExifIFD", t) for t in (0x9003, 0x9004, 0x9010, 0x9011, 0x9012))
EXIF_WIDTH, EXIF_HEIGHT = ("ExifIFD", 0xA002), ("ExifIFD", 0xA003)
BODY_SERIAL, LENS_MODEL, LENS_SERIAL = (("ExifIFD", t) for t in (0xA431, 0xA434, 0xA435))
THUMB_OFFSET = ("IFD1", 0x0201)
TAG_NAMES = {MAKE: "Make", MODEL: "Model", ORIENTATION: "Orientation", SOFTWARE: "Software",
             MODIFY: "ModifyDate", CAMERA_SERIAL: "CameraSerialNumber",
             ORIGINAL: "DateTimeOriginal", DIGITIZED: "CreateDate", OFFSET: "OffsetTime",
             OFFSET_ORIGINAL: "OffsetTimeOriginal", OFFSET_DIGITIZED: "OffsetTimeDigitized",
             BODY_SERIAL: "SerialNumber", LENS_MODEL: "LensModel",
             LENS_SERIAL: "LensSerialNumber", IFD0_SERIAL: "SerialNumber", EXIF_WIDTH: "ExifImageWidth",
             EXIF_HEIGHT: "ExifImageHeight", WIDTH: "ImageWidth", HEIGHT: "ImageHeight"}

_EXIFREAD_GROUPS = {"Image": "IFD0", "EXIF": "ExifIFD", "GPS": "GPS", "Thumbnail": "IFD1"}
# Makes whose MakerNote serial exifread decodes (others: see the agreement exceptions).
_MAKERNOTE_SERIAL_MAKES = ("canon", "nikon")
_PILLOW_FORMATS = ["JPEG", "PNG", "WEBP", "TIFF", "HEIF", "AVIF"]
_THUMBNAIL_FORMATS = {"JPEG", "MPO"}
_BIGTIFF = (b"II+\x00", b"MM\x00+")  # exifread misreads BigTIFF as junk tags; Pillow reads it
# Steps that can run away on crafted input; a fence reports which one it stopped.
STAGE_DECODE, STAGE_MAKERNOTE = "decode", "MakerNote"


class _Tags:
    """Tag values by (group, number), with the library that read them."""

    def __init__(self) -> None:
        self.values: dict[tuple[str, int], TagValue] = {}
        self.library = ""
        self.found_in: dict[tuple[str, int], str] = {}  # where a value came from, if not its group

    def get(self, key: tuple[str, int]) -> TagValue | None:
        return self.values.get(key)

    def source(self, key: tuple[str, int]) -> str:
        where = self.found_in.get(key, f"{key[0]}:{TAG_NAMES.get(key, hex(key[1]))}")
        return f"{self.library}:{where}"

    def group(self, name: str) -> dict[int, TagValue]:
        return {tag: v for (group, tag), v in self.values.items() if group == name}


Checkpoint = Callable[[PhotoMetadata, str, "bytes | None"], None]


def read_photo(data: bytes, name: str = "",
               before_makernote: Callable[[PhotoMetadata], None] | None = None) -> PhotoMetadata:
    """Everything we report about one image. Malformed metadata gives warnings, not errors.

    ``before_makernote`` is called with the finished metadata just before the MakerNote pass
    (the one that can run away), so a fence that has to kill us still has everything else.
    """
    def checkpoint(meta: PhotoMetadata, stage: str, preview: bytes | None) -> None:
        if stage == STAGE_MAKERNOTE and before_makernote:
            before_makernote(meta)

    return read_photo_and_preview(data, name, checkpoint)[0]


def read_photo_and_preview(data: bytes, name: str = "", checkpoint: Checkpoint | None = None,
                           preview_px: int = 0) -> tuple[PhotoMetadata, bytes | None]:
    """The metadata and, if ``preview_px`` > 0, a JPEG preview at most that many pixels a side
    with the EXIF orientation applied.

    The main picture is decoded once, at the smallest DCT scale that still serves both the
    thumbnail fingerprint and the preview. ``checkpoint(meta, stage, preview)`` gets what is
    known before each step that can run away on crafted input (decoding, the MakerNote), and the
    preview once made, so a fence that has to kill us still has everything read before it.
    """
    meta = PhotoMetadata(format=sniff(data[:64], name))
    tags = _Tags()
    raw = _exifread(data, meta) if not data.startswith(_BIGTIFF) else {}
    if raw:
        _collect_exifread(raw, tags)
    image = _open_image(data, meta)
    if not tags.values and image is not None:
        _collect_pillow(image, tags, meta)
    _fill(meta, tags)
    thumbnail = raw.get("JPEGThumbnail") if raw else None
    meta.thumbnail = bool(thumbnail) or THUMB_OFFSET in tags.values
    trace = edit_traces.software_trace(meta.software)
    meta.edit_traces.extend(([trace] if trace else []) + edit_traces.date_traces(meta))
    compare = bool(thumbnail) and image is not None and meta.format in _THUMBNAIL_FORMATS
    preview_image: Image.Image | None = None
    if image is not None and (compare or preview_px):  # compare implies an image
        # libjpeg-turbo at 1/8 scale is fast and well fuzzed; the other decoders (HEIF, AVIF,
        # TIFF, WebP) and any preview decode get a checkpoint first, as a runaway is likelier.
        if checkpoint and (preview_px or meta.format not in _THUMBNAIL_FORMATS):
            checkpoint(meta, STAGE_DECODE, None)
        preview_image = _decode_main(image, meta, preview_px)
    if compare and thumbnail:
        _compare_thumbnail(thumbnail, preview_image, meta)
    preview = None
    if preview_px:
        preview = previews.make_preview(preview_image, thumbnail, meta, preview_px)
    if raw and not meta.serial and _wants_makernote_serial(raw, meta, image):
        if checkpoint:
            checkpoint(meta, STAGE_MAKERNOTE, preview)
        _makernote_serial(data, meta)
    return meta, preview


def _exifread(data: bytes, meta: PhotoMetadata) -> dict[str, Any]:
    try:
        return exifread.process_file(io.BytesIO(data), details=False)
    except Exception as exc:  # any exception type here means malformed metadata
        meta.warnings.append(f"malformed metadata: exifread failed ({type(exc).__name__})")
        return {}


def _collect_exifread(raw: dict[str, Any], tags: _Tags) -> None:
    tags.library = "exifread"
    for key, tag in raw.items():
        group = _EXIFREAD_GROUPS.get(key.split(" ", 1)[0])
        if group and hasattr(tag, "tag"):
            tags.values[(group, tag.tag)] = normalise(tag.values)


def _open_image(data: bytes, meta: PhotoMetadata) -> Image.Image | None:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            image = Image.open(io.BytesIO(data), formats=_PILLOW_FORMATS)
        meta.width, meta.height = image.size
        meta.format = _format_name(image.format, meta.format)
        return image
    except Exception:  # not an image Pillow reads (raw, JPEG XL) or a broken one
        return None


def _format_name(pillow_format: str | None, sniffed: str | None) -> str | None:
    # Pillow calls DNG/NEF/ARW "TIFF" and multi-picture JPEG "MPO"; the sniffed name says more.
    if sniffed and pillow_format in ("TIFF", "MPO", "HEIF"):
        return sniffed
    return pillow_format or sniffed


def _collect_pillow(image: Image.Image, tags: _Tags, meta: PhotoMetadata) -> None:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            exif = image.getexif()
            groups = {"IFD0": dict(exif), "ExifIFD": exif.get_ifd(ExifTags.IFD.Exif),
                      "GPS": exif.get_ifd(ExifTags.IFD.GPSInfo),
                      "IFD1": exif.get_ifd(ExifTags.IFD.IFD1)}
    except Exception as exc:
        meta.warnings.append(f"malformed metadata: Pillow failed ({type(exc).__name__})")
        return
    tags.library = "pillow"
    for group, items in groups.items():
        for tag, value in items.items():
            if not isinstance(value, dict):
                tags.values[(group, tag)] = normalise(_utf8(value))
    _pillow_orientation(image, tags)


def _utf8(value: Any) -> Any:
    """Pillow decodes ASCII tags as Latin-1; cameras and exiftool write UTF-8 (``Café``)."""
    if isinstance(value, str):
        try:
            return value.encode("latin-1").decode("utf-8")
        except UnicodeError:
            return value
    return value


def _pillow_orientation(image: Image.Image, tags: _Tags) -> None:
    """Where Pillow's orientation really comes from: pillow-heif resets the EXIF value to 1
    (keeping the original aside), Pillow's AVIF reader writes the irot/imir boxes into an
    EXIF of its own, and ``getexif`` falls back to the XMP ``tiff:Orientation``."""
    original = image.info.get("original_orientation")
    if original is not None:  # pillow-heif: the EXIF's own value
        tags.values[ORIENTATION] = [int(original)]
        return
    if ORIENTATION not in tags.values:
        return
    stored = _stored_ifd0(image)
    if ORIENTATION[1] not in stored:
        tags.found_in[ORIENTATION] = "XMP-tiff:Orientation"
    elif image.format == "AVIF" and stored == {ORIENTATION[1]}:
        tags.found_in[ORIENTATION] = "AVIF:irot/imir"


def _stored_ifd0(image: Image.Image) -> set[int]:
    """The IFD0 tag numbers the file itself holds (a TIFF's own tags, else its EXIF block)."""
    if hasattr(image, "tag_v2"):
        return set(image.tag_v2)
    stored = Image.Exif()
    try:
        stored.load(image.info.get("exif") or b"")
    except Exception:  # unreadable EXIF bytes: nothing can have come from them
        return set()
    return set(stored)


def _fill(meta: PhotoMetadata, tags: _Tags) -> None:
    for field_name, key in (("make", MAKE), ("model", MODEL), ("software", SOFTWARE),
                            ("lens_model", LENS_MODEL), ("lens_serial", LENS_SERIAL)):
        value = text(tags.get(key))
        if value:
            setattr(meta, field_name, value)
            meta.sources[field_name] = tags.source(key)
    for key in (BODY_SERIAL, IFD0_SERIAL, CAMERA_SERIAL):
        serial = _serial_text(tags.get(key))
        if serial:
            meta.serial, meta.sources["serial"] = serial, tags.source(key)
            break
    for field_name, key, offset_key in (("datetime_original", ORIGINAL, OFFSET_ORIGINAL),
                                        ("datetime_digitized", DIGITIZED, OFFSET_DIGITIZED),
                                        ("datetime_modified", MODIFY, OFFSET)):
        raw = text(tags.get(key))
        iso, problem = iso_datetime(raw, text(tags.get(offset_key)))
        if iso:
            setattr(meta, field_name, iso)
            meta.sources[field_name] = tags.source(key)
        if problem:
            meta.warnings.append(f"{TAG_NAMES[key]} {problem}")
    orientation = first_int(tags.get(ORIENTATION))
    if orientation is not None:
        if 1 <= orientation <= 8:
            meta.orientation, meta.sources["orientation"] = orientation, tags.source(ORIENTATION)
        else:
            meta.warnings.append(f"Orientation {orientation} is not 1-8: ignored")
    if meta.width is None:
        for wkey, hkey in ((EXIF_WIDTH, EXIF_HEIGHT), (WIDTH, HEIGHT)):
            width, height = first_int(tags.get(wkey)), first_int(tags.get(hkey))
            if width and height:
                meta.width, meta.height = width, height
                meta.sources["size"] = tags.source(wkey)
                break
    gps = read_gps(tags.group("GPS"))
    meta.gps, meta.gps_time = gps.position, gps.time
    meta.gps_direction, meta.gps_direction_ref = gps.direction, gps.direction_ref
    meta.warnings.extend(gps.warnings)
    if gps.position:
        meta.sources["gps"] = f"{tags.library}:GPS:GPSLatitude/GPSLongitude"
    clash = check_against_clock(meta.gps_time, meta.datetime_original)
    if clash:
        meta.warnings.append(clash)


def _serial_text(value: TagValue | None) -> str | None:
    serial = text(value)
    if serial is None and isinstance(value, list) and value and isinstance(value[0], int):
        serial = str(value[0])  # some makers store the serial as a LONG
    return serial


def _wants_makernote_serial(raw: dict[str, Any], meta: PhotoMetadata,
                            image: Image.Image | None = None) -> bool:
    # Without details exifread drops the MakerNote tag itself, so go by the make.
    make = meta.make
    if not ("Image ExifOffset" in raw and make and make.lower().startswith(_MAKERNOTE_SERIAL_MAKES)):
        return False
    return makernotes.may_hold_serial(image, make)


def _makernote_serial(data: bytes, meta: PhotoMetadata) -> None:
    """Second exifread pass with MakerNote decoding, only for makes where it gives a serial.

    This is the pass that can run away on a crafted MakerNote (exif-py issue #182); the
    fence's time limit is what bounds it.
    """
    try:
        raw = exifread.process_file(io.BytesIO(data), details=True, extract_thumbnail=False)
    except Exception as exc:
        meta.warnings.append(f"malformed MakerNote: exifread failed ({type(exc).__name__})")
        return
    serial = raw.get("MakerNote SerialNumber")
    value = _serial_text(normalise(serial.values)) if serial is not None else None
    if value:
        meta.serial, meta.sources["serial"] = value, "exifread:MakerNotes:SerialNumber"


def _decode_main(image: Image.Image, meta: PhotoMetadata, preview_px: int) -> Image.Image | None:
    """The main picture decoded once, as small as the fingerprint (and preview) allow.

    For JPEG, ``draft`` makes libjpeg scale in the DCT (down to 1/8) and, without a preview,
    skip the colour planes; other formats decode whole.
    """
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            if preview_px:
                if image.width * image.height > previews.MAX_PIXELS and image.format != "JPEG":
                    meta.warnings.append("picture too large to decode safely for a preview")
                    return None
                image.draft("RGB", (preview_px, preview_px))
            else:
                image.draft("L", (fingerprint.SIZE, fingerprint.SIZE))
            image.load()
            return image
    except Exception as exc:
        meta.warnings.append(f"the picture does not decode ({type(exc).__name__})")
        return None


def _compare_thumbnail(thumbnail: bytes, image: Image.Image | None, meta: PhotoMetadata) -> None:
    try:
        if image is None:
            raise ValueError("main picture not decoded")
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            with Image.open(io.BytesIO(thumbnail), formats=["JPEG"]) as thumb:
                thumb.draft("L", (fingerprint.SIZE, fingerprint.SIZE))
                thumb_hash = fingerprint.difference_hash(thumb)
            main_hash = fingerprint.difference_hash(image)
    except Exception:
        meta.warnings.append("EXIF thumbnail not compared with the main image: one of them does not decode")
        return
    meta.thumbnail_distance = fingerprint.distance(thumb_hash, main_hash)
    trace = edit_traces.thumbnail_trace(meta.thumbnail_distance)
    if trace:
        meta.edit_traces.append(trace)
