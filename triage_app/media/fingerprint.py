"""A 64-bit difference hash: two pictures of the same scene differ in a few bits at most.

Used to compare the EXIF thumbnail with the main image. Uniform dark borders are trimmed first
because cameras letterbox thumbnails of images whose aspect ratio differs from 4:3.
"""

from __future__ import annotations

from PIL import Image

_DARK = 16
# Decoding to at least this many pixels a side is enough for the 9×8 grid (with a margin
# for trimmed borders); JPEG then decodes at 1/8 scale from about 512 pixels up.
SIZE = 64


def difference_hash(image: Image.Image) -> int:
    grey = image.convert("L")
    box = grey.point(lambda v: 255 if v > _DARK else 0).getbbox()
    if box and (box[2] - box[0]) * (box[3] - box[1]) >= grey.width * grey.height // 2:
        grey = grey.crop(box)
    small = grey.resize((9, 8), Image.Resampling.BOX)
    # Pillow 13 renamed getdata (deprecated, gone in 14); accept either.
    pixels = list(getattr(small, "get_flattened_data", small.getdata)())
    bits = 0
    for row in range(8):
        for col in range(8):
            left, right = pixels[row * 9 + col], pixels[row * 9 + col + 1]
            bits = (bits << 1) | (left > right)
    return bits


def distance(a: int, b: int) -> int:
    return (a ^ b).bit_count()
