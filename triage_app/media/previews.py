"""Small JPEG previews for the gallery, made from the picture the reader already decoded.

Made inside the fenced worker, so the GUI process only ever decodes our own small JPEGs, never
the untrusted file. The EXIF orientation is applied here, so the picture stands the right way.
"""

from __future__ import annotations

import io
import warnings

from PIL import Image

from triage_app.media.records import PhotoMetadata

# Formats other than JPEG decode at full size; above this they are not decoded for a preview.
MAX_PIXELS = 60_000_000
QUALITY = 85

# EXIF Orientation → the transposition that makes the picture stand upright (as Pillow's
# ImageOps.exif_transpose does).
_UPRIGHT = {2: Image.Transpose.FLIP_LEFT_RIGHT, 3: Image.Transpose.ROTATE_180,
            4: Image.Transpose.FLIP_TOP_BOTTOM, 5: Image.Transpose.TRANSPOSE,
            6: Image.Transpose.ROTATE_270, 7: Image.Transpose.TRANSVERSE,
            8: Image.Transpose.ROTATE_90}
# libheif applies HEIF's own rotation (irot/imir) while decoding: rotating again would undo it.
_ALREADY_UPRIGHT = {"HEIF", "AVIF"}


def make_preview(decoded: Image.Image | None, embedded: bytes | None, meta: PhotoMetadata,
                 size: int) -> bytes | None:
    """JPEG bytes at most ``size`` pixels a side, or None (with a warning) when none can be made.

    ``decoded`` is the main picture as the reader decoded it; without one (RAW formats Pillow
    cannot open) the embedded EXIF thumbnail stands in, and ``meta.sources`` says so.
    """
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            if decoded is not None:
                picture = decoded
                meta.sources["preview"] = "main picture"
            elif embedded:
                picture = Image.open(io.BytesIO(embedded), formats=["JPEG"])
                picture.load()
                meta.sources["preview"] = "embedded EXIF thumbnail (the main picture is not" \
                                          " decoded for this format)"
            else:
                return None
            picture = _upright(picture, meta)
            if picture.mode not in ("RGB", "L"):
                picture = picture.convert("RGBA").convert("RGB") if "A" in picture.mode \
                    else picture.convert("RGB")
            picture.thumbnail((size, size), Image.Resampling.BILINEAR)
            out = io.BytesIO()
            picture.save(out, "JPEG", quality=QUALITY)
            return out.getvalue()
    except Exception as exc:
        meta.sources.pop("preview", None)
        meta.warnings.append(f"no preview: the picture does not decode ({type(exc).__name__})")
        return None


def _upright(picture: Image.Image, meta: PhotoMetadata) -> Image.Image:
    if meta.format in _ALREADY_UPRIGHT or not meta.orientation:
        return picture
    transpose = _UPRIGHT.get(meta.orientation)
    return picture.transpose(transpose) if transpose is not None else picture
