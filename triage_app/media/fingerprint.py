"""A 64-bit difference hash: two pictures of the same scene differ in a few bits at most.

Used to compare the EXIF thumbnail with the main image. Uniform dark borders are trimmed first
because cameras letterbox thumbnails of images whose aspect ratio differs from 4:3.
"""

from __future__ import annotations

from PIL import Image

_DARK = 16


def difference_hash(image: Image.Image) -> int:
    grey = image.convert("L")
    box = grey.point(lambda v: 255 if v > _DARK else 0).getbbox()
    if box and (box[2] - box[0]) * (box[3] - box[1]) >= grey.width * grey.height // 2:
        grey = grey.crop(box)
    pixels = list(grey.resize((9, 8), Image.Resampling.BOX).getdata())
    bits = 0
    for row in range(8):
        for col in range(8):
            left, right = pixels[row * 9 + col], pixels[row * 9 + col + 1]
            bits = (bits << 1) | (left > right)
    return bits


def distance(a: int, b: int) -> int:
    return (a ^ b).bit_count()
