"""Rebuilds the self-test's photo samples and photos.json (run from this folder).

photo.jpg and photo.heic: 64x48 pictures whose EXIF names a camera and a capture time; the
self-test reads both in a fenced photo worker (exifread for the JPEG's EXIF, pillow-heif for the
HEIF picture).
qr.png: a QR code of a Bitcoin payment link as a camera would see it (scaled, on a margin);
the self-test decodes it with zxing-cpp and validates the address in it.
"""

import json

import pillow_heif
import zxingcpp
from PIL import Image

MAKE, MODEL, TAKEN = "FieldTriage", "SelfTest Cam", "2026:01:02 03:04:05"
QR_TEXT = "bitcoin:1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2"

exif = Image.Exif()
exif[0x010F], exif[0x0110] = MAKE, MODEL
exif.get_ifd(0x8769)[0x9003] = TAKEN  # DateTimeOriginal
pillow_heif.register_heif_opener()
picture = Image.new("RGB", (64, 48), (40, 90, 160))
picture.save("photo.jpg", exif=exif.tobytes(), quality=50)
picture.save("photo.heic", exif=exif.tobytes(), quality=50)

modules = zxingcpp.create_barcode(QR_TEXT, zxingcpp.BarcodeFormat.QRCode).to_image(scale=4)
height, width = memoryview(modules).shape
code = Image.frombytes("L", (width, height), bytes(memoryview(modules)))
page = Image.new("L", (code.width + 40, code.height + 40), 255)
page.paste(code, (20, 20))
page.save("qr.png", optimize=True)

with open("photos.json", "w", encoding="utf-8") as out:
    json.dump({"photos": ["photo.jpg", "photo.heic"], "make": MAKE, "model": MODEL,
               "datetime_original": TAKEN.replace(":", "-", 2).replace(" ", "T"),
               "qr": "qr.png", "qr_text": QR_TEXT}, out, indent=1)
    out.write("\n")
