"""``triage-app exif``: the --json contract on JPEG, PNG, WebP, TIFF and HEIC; bad paths."""

from __future__ import annotations

import json
import re
import subprocess
import sys

import pytest

from triage_app.cli import main

ISO = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}([+-]\d{2}:\d{2})?$")
CONTRACT = {"path", "make", "model", "serial", "software", "datetime_original", "gps", "warnings",
            "place", "edit_traces"}


def _json(capsys, *argv):
    code = main(["exif", "--json", *map(str, argv)])
    return code, json.loads(capsys.readouterr().out)


def test_json_contract_on_each_format(corpora, capsys):
    exif = corpora / "exif"
    files = [exif / "images" / "exiftool-t" / "GPS.jpg", exif / "derived" / "png_exif_gps.png",
             exif / "derived" / "webp_exif_gps.webp", exif / "derived" / "heic_gps_added.heic",
             exif / "images" / "exif-py" / "tiff" / "Arbitro.tiff"]
    code, records = _json(capsys, *files)
    assert code == 0
    assert [r["path"] for r in records] == [str(f) for f in files]
    for record in records:
        assert record.keys() >= CONTRACT
        assert record["datetime_original"] is None or ISO.match(record["datetime_original"])
    for record in records[:4]:
        assert record["gps"]["lat"] == pytest.approx(54.9896667, abs=1e-6)
        assert record["gps"]["lon"] == pytest.approx(-1.9141667, abs=1e-6)
        assert record["place"]["country"] == "United Kingdom"
    assert records[0]["make"] == "FUJIFILM" and records[0]["software"] == "Adobe Photoshop 7.0"
    assert records[0]["datetime_original"] == "2002-07-13T15:58:28"
    assert records[3]["datetime_original"] == "2020-12-03T15:04:31+05:30"
    assert records[4]["format"] == "TIFF"


def test_zero_gps_block_is_null(corpora, capsys):
    photo = corpora / "exif" / "images" / "metadata-extractor" / "jpg" / "Issue 308.jpg"
    _code, [record] = _json(capsys, photo)
    assert record["gps"] is None and record["place"] is None
    assert any("zeros" in w for w in record["warnings"])


def test_missing_file_and_non_image_are_warnings_not_tracebacks(corpora, tmp_path, capsys):
    text = tmp_path / "notes.jpg"
    text.write_text("not a photo")
    code, records = _json(capsys, tmp_path / "missing.jpg", text, tmp_path,
                          corpora / "exif" / "images" / "exiftool-t" / "GPS.jpg")
    assert code == 1
    assert records[0]["warnings"] == ["file not found"]
    assert "not an image" in records[1]["warnings"][0]
    assert "folder" in records[2]["warnings"][0]
    assert records[3]["make"] == "FUJIFILM"


def test_crafted_file_ends_with_a_warning(corpora, capsys):
    crafted = corpora / "exif" / "crafted" / "canon_makernote_count_0x3C000000.jpg"
    code, [record] = _json(capsys, "--time-limit", "2", crafted)
    assert code == 0
    assert any(w.startswith("malformed metadata") for w in record["warnings"])


def test_human_output_and_map_exports(corpora, tmp_path, capsys):
    photo = corpora / "exif" / "images" / "exiftool-t" / "GPS.jpg"
    geojson, kml = tmp_path / "p.geojson", tmp_path / "p.kml"
    assert main(["exif", str(photo), "--geojson", str(geojson), "--kml", str(kml)]) == 0
    out = capsys.readouterr().out
    assert "Camera     FUJIFILM FinePixS1Pro" in out
    assert "Near       Horsley, England, United Kingdom" in out
    assert "EDIT TRACE (high): written by editing software: Adobe Photoshop 7.0" in out
    feature = json.loads(geojson.read_text())["features"][0]
    assert feature["geometry"]["coordinates"] == pytest.approx([-1.9141667, 54.9896667])
    assert "<Placemark>" in kml.read_text()


@pytest.mark.parametrize("limit", ["nan", "inf", "0", "-1", "1e9", "ten"])
def test_a_time_limit_that_is_no_limit_is_refused_in_one_line(corpora, capsys, limit):
    photo = corpora / "exif" / "images" / "exiftool-t" / "GPS.jpg"
    assert main(["exif", "--time-limit", limit, str(photo)]) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and len(captured.err.splitlines()) == 1
    assert "--time-limit" in captured.err


def test_json_to_a_full_device_is_one_line(corpora):
    photo = corpora / "exif" / "images" / "exiftool-t" / "GPS.jpg"
    with open("/dev/full", "w") as full:
        done = subprocess.run([sys.executable, "-m", "triage_app", "exif", "--json", str(photo)],
                              stdout=full, stderr=subprocess.PIPE, text=True, timeout=120)
    assert done.returncode == 1
    assert done.stderr.splitlines() == [
        "error: cannot write the output (No space left on device); nothing more was written"]
