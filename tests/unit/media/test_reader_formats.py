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


def _exiftool(path, *args: str) -> dict:
    """exiftool's reading of ``path`` (-G1 group:tag → value), the reference for these tests."""
    import json

    out = subprocess.run(["exiftool", "-j", "-G1", "-n", *args, str(path)], check=True,
                         capture_output=True, text=True).stdout
    return json.loads(out)[0]


def _write_with_exiftool(path, *assignments: str) -> None:
    subprocess.run(["exiftool", "-q", "-overwrite_original", *assignments, str(path)], check=True)


@pytest.fixture
def need_exiftool():
    if shutil.which("exiftool") is None:
        pytest.fail("exiftool is needed to make and check these photos (setup-debian.sh --dev)")


@pytest.mark.parametrize("suffix", ["webp", "heic", "jpg"])
def test_non_ascii_make_and_model_read_as_exiftool_reads_them(tmp_path, pool, need_exiftool, suffix):
    photo = tmp_path / f"photo.{suffix}"
    exif = Image.Exif()
    exif[0x010F] = "first"  # pillow-heif stores this EXIF in a way exifread cannot parse
    Image.new("RGB", (64, 48), "blue").save(photo, exif=exif.tobytes())
    _write_with_exiftool(photo, "-Make=Café Caméras", "-Model=Modèle Ü", "-Orientation#=6")
    reference = _exiftool(photo)
    meta = pool.parse(photo, photo.name)
    assert (meta.make, meta.model) == (reference["IFD0:Make"], reference["IFD0:Model"])
    assert meta.make == "Café Caméras"
    assert meta.orientation == reference["IFD0:Orientation"] == 6  # HEIC: pillow-heif says 1


def test_orientation_from_xmp_is_labelled_xmp(tmp_path, pool, need_exiftool):
    photo = tmp_path / "xmp.png"
    Image.new("RGB", (64, 48), "green").save(photo)
    _write_with_exiftool(photo, "-XMP-tiff:Orientation#=6")
    assert _exiftool(photo)["XMP-tiff:Orientation"] == 6 and "IFD0:Orientation" not in _exiftool(photo)
    meta = pool.parse(photo, photo.name)
    assert meta.orientation == 6 and meta.sources["orientation"] == "pillow:XMP-tiff:Orientation"


def test_orientation_from_avif_boxes_is_labelled_so(tmp_path, pool, need_exiftool):
    photo = tmp_path / "box.avif"
    exif = Image.Exif()
    exif[0x0112] = 6  # Pillow writes this as irot/imir boxes, leaving no EXIF in the file
    Image.new("RGB", (64, 48), "green").save(photo, exif=exif.tobytes())
    reference = _exiftool(photo)
    assert reference["QuickTime:Rotation"] == 270 and "IFD0:Orientation" not in reference
    meta = pool.parse(photo, photo.name)
    assert meta.orientation == 6 and meta.sources["orientation"] == "pillow:AVIF:irot/imir"


def test_serial_number_in_ifd0_is_read(tmp_path, pool, need_exiftool):
    photo = tmp_path / "serial.jpg"
    exif = Image.Exif()
    exif[0x010F], exif[0xA431] = "Acme", "SN12345"  # SerialNumber stored in IFD0, not ExifIFD
    Image.new("RGB", (64, 48)).save(photo, exif=exif.tobytes())
    assert _exiftool(photo)["IFD0:SerialNumber"] == "SN12345"
    meta = pool.parse(photo, photo.name)
    assert meta.serial == "SN12345" and meta.sources["serial"] == "exifread:IFD0:SerialNumber"


def test_bigtiff_fields_are_read(tmp_path, pool, need_exiftool):
    photo = tmp_path / "big.tif"
    exif = Image.Exif()
    exif[0x010F], exif[0x0110], exif[0x0112], exif[0x0132] = "Acme", "Big One", 3, "2024:01:02 03:04:05"
    Image.new("RGB", (64, 48)).save(photo, big_tiff=True, exif=exif)
    assert photo.read_bytes()[:4] == b"II+\x00"
    reference = _exiftool(photo)
    meta = pool.parse(photo, photo.name)
    assert (meta.make, meta.model, meta.orientation) == (
        reference["IFD0:Make"], reference["IFD0:Model"], reference["IFD0:Orientation"])
    assert meta.datetime_modified == "2024-01-02T03:04:05"
    assert meta.sources["orientation"] == "pillow:IFD0:Orientation" and not meta.warnings


def test_zero_position_with_altitude_warns_of_what_is_there(tmp_path, pool, need_exiftool):
    photo = tmp_path / "gps.jpg"
    Image.new("RGB", (64, 48)).save(photo)
    _write_with_exiftool(photo, "-GPSLatitude=0", "-GPSLatitudeRef=N", "-GPSLongitude=0",
                         "-GPSLongitudeRef=E", "-GPSAltitude=250.5", "-GPSAltitudeRef=0")
    reference = _exiftool(photo)
    assert (reference["GPS:GPSLatitude"], reference["GPS:GPSAltitude"]) == (0, 250.5)
    meta = pool.parse(photo, photo.name)
    assert meta.gps is None
    assert not any("only zeros" in w for w in meta.warnings)
    assert any("altitude of 250.5 m" in w for w in meta.warnings)
