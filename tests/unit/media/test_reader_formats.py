"""Formats and edit traces on real files (corpus) and on small files made here with exiftool."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from PIL import Image

from triage_app.media.reader import read_photo


@pytest.mark.parametrize("name, fmt", [("png_exif_gps.png", "PNG"),
                                       ("webp_exif_gps.webp", "WEBP"),
                                       ("heic_gps_added.heic", "HEIF")])
def test_derived_formats_give_the_gps_position(corpora, pool, name, fmt):
    meta = pool.parse(corpora / "exif" / "derived" / name, name)
    assert meta.format == fmt
    assert meta.gps is not None
    assert (round(meta.gps.lat, 6), round(meta.gps.lon, 6)) == (54.989667, -1.914167)


def test_webp_exif_comes_from_pillow_because_exifread_misses_it(corpora, pool):
    meta = pool.parse(corpora / "exif" / "derived" / "webp_exif_gps.webp")
    assert meta.sources["gps"].startswith("pillow:")


def test_heic_offset_is_part_of_the_capture_time(corpora, pool):
    meta = pool.parse(corpora / "exif" / "derived" / "heic_gps_added.heic")
    assert meta.datetime_original == "2020-12-03T15:04:31+05:30"


def test_raw_formats_are_read(corpora, pool):
    nef = pool.parse(corpora / "exif" / "images" / "exiftool-t" / "Nikon.nef", "Nikon.nef")
    assert (nef.format, nef.serial) == ("NEF", "12345678")
    assert nef.sources["serial"] == "exifread:MakerNotes:SerialNumber"
    dng = pool.parse(corpora / "exif" / "images" / "exiftool-t" / "DNG.dng", "DNG.dng")
    assert (dng.format, dng.serial) == ("DNG", "012345678")


def test_editing_software_is_an_edit_trace(corpora, pool):
    meta = pool.parse(corpora / "exif" / "images" / "exiftool-t" / "GPS.jpg", "GPS.jpg")
    kinds = {t.kind for t in meta.edit_traces}
    assert "software" in kinds and "date-order" in kinds


def _jpeg(path, mirrored: bool):
    image = Image.effect_mandelbrot((640, 480), (-2.5, -1.25, 1.0, 1.25), 100).convert("RGB")
    if mirrored:  # the same kind of picture, but not this one: as after a crop or retouch
        image = image.transpose(Image.Transpose.FLIP_LEFT_RIGHT)
    image.save(path, quality=90)


@pytest.mark.skipif(shutil.which("exiftool") is None, reason="needs exiftool to make fixtures")
def test_thumbnail_of_another_picture_is_an_edit_trace(tmp_path):
    main, other, thumb = tmp_path / "main.jpg", tmp_path / "other.jpg", tmp_path / "thumb.jpg"
    _jpeg(main, mirrored=False)
    _jpeg(other, mirrored=True)
    for source, target in ((main, tmp_path / "same.jpg"), (other, tmp_path / "edited.jpg")):
        Image.open(source).resize((160, 120)).save(thumb)
        shutil.copy(main, target)
        subprocess.run(["exiftool", "-q", "-overwrite_original", "-Make=TestCam",
                        f"-ThumbnailImage<={thumb}", str(target)], check=True)
    same = read_photo((tmp_path / "same.jpg").read_bytes(), "same.jpg")
    edited = read_photo((tmp_path / "edited.jpg").read_bytes(), "edited.jpg")
    assert same.thumbnail and same.thumbnail_distance is not None
    assert same.thumbnail_distance <= 4
    assert not [t for t in same.edit_traces if t.kind == "thumbnail-mismatch"]
    assert edited.thumbnail_distance > 20
    assert [t for t in edited.edit_traces if t.kind == "thumbnail-mismatch"]


def test_no_corpus_photo_without_software_trace_shows_a_thumbnail_mismatch(corpora, pool):
    # Unedited camera files must not raise the alarm (false positives bury the officer).
    images = corpora / "exif" / "images" / "exif-py" / "jpg" / "gps"
    for _key, meta in pool.parse_many((p, p, p.name) for p in images.glob("*.jpg")):
        assert meta.thumbnail_distance is not None
        assert not [t for t in meta.edit_traces if t.kind == "thumbnail-mismatch"]


def test_not_an_image_gives_nothing_but_no_error():
    meta = read_photo(b"hello, this is text", "notes.txt")
    assert meta.format is None and meta.make is None and meta.gps is None
