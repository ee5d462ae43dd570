"""Read QR codes from a photo, offline, fenced.

Decoding uses zxing-cpp (the C++ ZXing port, a wheel without other dependencies) on a picture
opened with Pillow. A photo may come from a seized device, so both run in a worker process with
a size cap and a time limit (style rule 11): a crafted file that hangs or crashes a decoder
costs that process, never the app, and every failure is "not a readable photo" in plain words.
"""

from __future__ import annotations

import hashlib
import logging
import multiprocessing as mp
import os
import warnings
from dataclasses import dataclass
from pathlib import Path

from triage_app.core.fenced import worker_context
from triage_app.core.readonly import open_readonly
from triage_app.errors import InputError

log = logging.getLogger(__name__)

MAX_BYTES = 64 * 1024 * 1024
MAX_PIXELS = 80_000_000  # a 64-megapixel phone photo passes; a decompression bomb does not
LONG_SIDE = 4000  # larger photos are scaled down first: QR modules stay several pixels wide
SECONDS = 20.0


@dataclass(slots=True, frozen=True)
class PhotoCodes:
    """What a photo held: the text of each QR code, and which file (by name and hash) it was."""

    name: str
    sha256: str
    size: int
    texts: tuple[str, ...]


def decode_image_bytes(data: bytes) -> list[str]:
    """The text of every QR code in an image file's bytes (in-process: fence it)."""
    import io

    import zxingcpp
    from PIL import Image, ImageOps

    try:  # HEIC/HEIF photos from phones
        import pillow_heif

        pillow_heif.register_heif_opener()
    except ImportError:  # pragma: no cover - Pillow alone still reads JPEG and PNG
        pass
    Image.MAX_IMAGE_PIXELS = MAX_PIXELS
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        image: Image.Image = Image.open(io.BytesIO(data))
        image = ImageOps.exif_transpose(image)
        image.thumbnail((LONG_SIDE, LONG_SIDE))
        image = image.convert("L")
    formats = zxingcpp.BarcodeFormat.QRCode | zxingcpp.BarcodeFormat.MicroQRCode
    found = zxingcpp.read_barcodes(image, formats=formats)
    texts = [b.text for b in found if b.valid and b.text]
    return list(dict.fromkeys(texts))


def _child(conn, data: bytes) -> None:
    try:
        conn.send(("ok", decode_image_bytes(data)))
    except BaseException as exc:  # noqa: BLE001 - any failure means "not readable"
        conn.send(("error", f"{type(exc).__name__}: {exc}"[:300]))
    finally:
        conn.close()


def _context() -> mp.context.ForkServerContext | mp.context.SpawnContext:
    return worker_context()


def read_photo(path: str | os.PathLike[str], *, seconds: float = SECONDS) -> PhotoCodes:
    """Decode every QR code in the photo at ``path``; InputError in plain words otherwise."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise InputError(f"{path.name} is larger than {MAX_BYTES >> 20} MiB; "
                             "take a closer photo of the QR code")
        with open_readonly(path) as handle:
            data = handle.read()
    except OSError as exc:
        raise InputError(f"cannot read {path.name}: {exc.strerror or exc}") from None
    if not data:
        raise InputError(f"{path.name} is empty (0 bytes)")
    texts = _fenced_decode(data, path.name, seconds)
    if not texts:
        raise InputError(f"no QR code found in {path.name}: take a sharper, closer, "
                         "straight-on photo with the whole code in the frame")
    return PhotoCodes(path.name, hashlib.sha256(data).hexdigest(), len(data), tuple(texts))


def _fenced_decode(data: bytes, name: str, seconds: float) -> list[str]:
    ctx = _context()
    receiver, sender = ctx.Pipe(duplex=False)
    process = ctx.Process(target=_child, args=(sender, data), daemon=True)
    process.start()
    sender.close()
    try:
        if not receiver.poll(seconds):
            raise InputError(f"reading {name} took longer than {seconds:.0f} s; the file may be "
                             "damaged or not a photo")
        try:
            status, value = receiver.recv()
        except EOFError:
            raise InputError(f"{name} could not be read as a photo (the decoder stopped)"
                             ) from None
    finally:
        receiver.close()
        if process.is_alive():
            process.kill()
        process.join(5)
    if status != "ok":
        log.info("QR decoding of %s failed: %s", name, value)
        raise InputError(f"{name} is not a photo that can be read (JPEG, PNG, HEIC ...)")
    return value
