"""Previews made in the worker: upright whatever the EXIF orientation, from one decode."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from triage_app.media import fingerprint, previews
from triage_app.media.reader import read_photo, read_photo_and_preview
from triage_app.media.records import PhotoMetadata


def _picture(preview: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(preview))
    assert image.format == "JPEG"
    return image


@pytest.mark.parametrize("kind", ["landscape", "portrait"])
def test_every_orientation_gives_the_same_upright_picture(corpora, kind):
    folder = corpora / "exif" / "images" / "exif-py" / "jpg" / "orientation"
    upright = None
    for n in range(1, 9):
        meta, preview = read_photo_and_preview((folder / f"{kind}_{n}.jpg").read_bytes(),
                                               f"{kind}_{n}.jpg", preview_px=128)
        assert meta.orientation == n
        picture = _picture(preview)
        assert max(picture.size) == 128
        assert (picture.width > picture.height) == (kind == "landscape")
        bits = fingerprint.difference_hash(picture)
        upright = upright if upright is not None else bits
        # The same scene the same way up: a handful of differing bits at most.
        assert fingerprint.distance(bits, upright) <= 8, n


def test_the_preview_and_the_thumbnail_check_share_one_decode(corpora, monkeypatch):
    path = corpora / "exif" / "images" / "exif-py" / "jpg" / "gps" / "DSCN0010.jpg"
    loads = []
    real = Image.Image.load

    def load(self):
        if self.size[0] > 300:  # the main picture, not the 160-pixel EXIF thumbnail
            loads.append(self.size)
        return real(self)

    monkeypatch.setattr(Image.Image, "load", load)
    meta, preview = read_photo_and_preview(path.read_bytes(), path.name, preview_px=256)
    assert meta.thumbnail_distance is not None and preview
    assert len({size for size in loads}) == 1  # decoded once, at the DCT-scaled size
    assert loads[0][0] < 3264 // 4  # 1/8 scale: far below the full 3264 pixels


def test_without_a_preview_no_colour_decode_and_same_metadata(corpora):
    path = corpora / "exif" / "images" / "exif-py" / "jpg" / "gps" / "DSCN0010.jpg"
    data = path.read_bytes()
    meta, preview = read_photo_and_preview(data, path.name)
    assert preview is None
    with_preview, _ = read_photo_and_preview(data, path.name, preview_px=256)
    plain = read_photo(data, path.name)
    for field in ("make", "model", "datetime_original", "gps", "thumbnail_distance"):
        assert getattr(meta, field) == getattr(plain, field)
    for field in ("make", "model", "datetime_original", "gps", "edit_traces"):
        assert getattr(meta, field) == getattr(with_preview, field)
    # A colour decode turned grey rounds a little differently from a grey decode.
    assert abs(meta.thumbnail_distance - with_preview.thumbnail_distance) <= 2


def test_without_a_decoded_picture_the_embedded_thumbnail_stands_in():
    # RAW formats Pillow cannot open still carry an EXIF JPEG thumbnail.
    thumb = io.BytesIO()
    Image.new("RGB", (160, 120), (200, 30, 30)).save(thumb, "JPEG")
    meta = PhotoMetadata(format="CR2", orientation=6)
    preview = previews.make_preview(None, thumb.getvalue(), meta, 64)
    picture = _picture(preview)
    assert picture.size == (48, 64)  # turned upright: orientation 6 stands it on its side
    assert "embedded EXIF thumbnail" in meta.sources["preview"]
    assert previews.make_preview(None, None, PhotoMetadata(), 64) is None
    broken = PhotoMetadata()
    assert previews.make_preview(None, b"\xff\xd8 not really", broken, 64) is None
    assert broken.warnings and broken.warnings[0].startswith("no preview")


def test_text_is_no_picture_and_no_error():
    meta, preview = read_photo_and_preview(b"plain words, not an image", "notes.txt",
                                           preview_px=128)
    assert preview is None and meta.format is None
