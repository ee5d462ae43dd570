"""Which image formats the photo reader takes, told by magic bytes (the name only breaks ties)."""

from __future__ import annotations

# Brands of an ISO-BMFF ``ftyp`` box that mean a still HEIF/AVIF image.
_HEIF_BRANDS = {b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx", b"mif1", b"msf1"}
_AVIF_BRANDS = {b"avif", b"avis"}
# TIFF-based raw formats that share the plain TIFF magic: told apart by extension.
_TIFF_RAW_BY_EXTENSION = {"dng": "DNG", "nef": "NEF", "nrw": "NEF", "arw": "ARW", "srf": "ARW",
                          "sr2": "ARW", "pef": "PEF", "iiq": "IIQ", "3fr": "3FR", "erf": "ERF"}

IMAGE_MIME_TYPES = {"image/jpeg", "image/png", "image/webp", "image/tiff", "image/heic",
                    "image/heif", "image/avif", "image/jxl", "image/x-canon-cr2",
                    "image/x-adobe-dng", "image/x-nikon-nef", "image/x-sony-arw",
                    "image/x-panasonic-rw2", "image/x-olympus-orf"}
IMAGE_EXTENSIONS = {"jpg", "jpeg", "jpe", "jfif", "png", "webp", "tif", "tiff", "heic", "heif",
                    "hif", "avif", "jxl", "cr2", "orf", "rw2", *_TIFF_RAW_BY_EXTENSION}


def extension(name: str) -> str:
    base = name.rsplit("/", 1)[-1]
    return base.rsplit(".", 1)[-1].lower() if "." in base else ""


def sniff(head: bytes, name: str = "") -> str | None:
    """The image format of ``head`` (the first bytes of a file), or None if not one we read."""
    if head.startswith(b"\xff\xd8\xff"):
        return "JPEG"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "PNG"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "WEBP"
    if head[4:8] == b"ftyp":
        brands = {head[i:i + 4] for i in range(8, min(len(head), 64), 4)}
        if brands & _AVIF_BRANDS:
            return "AVIF"
        if brands & _HEIF_BRANDS:
            return "HEIF"
        return None
    if head.startswith(b"\xff\x0a") or head.startswith(b"\x00\x00\x00\x0cJXL \r\n\x87\n"):
        return "JXL"
    if head[:4] in (b"IIRO", b"IIRS", b"MMOR"):
        return "ORF"
    if head[:4] == b"IIU\x00":
        return "RW2"
    if head[:4] in (b"II*\x00", b"MM\x00*", b"II+\x00", b"MM\x00+"):
        if head[8:10] == b"CR":
            return "CR2"
        return _TIFF_RAW_BY_EXTENSION.get(extension(name), "TIFF")
    return None


def looks_like_image(name: str, mime: str | None) -> bool:
    """Cheap pre-filter before the bytes are read; :func:`sniff` has the last word."""
    return mime in IMAGE_MIME_TYPES or extension(name) in IMAGE_EXTENSIONS
