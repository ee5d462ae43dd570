"""The exif analyzer, instantiated directly and fed as the engine feeds it."""

from __future__ import annotations

from triage_app.analyzers.base import FileContext
from triage_app.analyzers.exif import ExifAnalyzer
from triage_app.core.records import Entry


def _run(data: bytes, name: str, mime: str | None = None):
    entry = Entry(path=f"/{name}", type="file", size=len(data))
    analysis = ExifAnalyzer().begin(entry)
    for offset in range(0, len(data), 4096):
        if not analysis.feed(memoryview(data)[offset:offset + 4096], offset):
            break
    ctx = FileContext(entry=entry, head=data[:FileContext.HEAD_SIZE], bytes_read=len(data),
                      mime=mime)
    return analysis.finish(ctx)


def test_photo_with_gps_and_editing(corpora):
    data = (corpora / "exif" / "images" / "exiftool-t" / "GPS.jpg").read_bytes()
    findings = _run(data, "GPS.jpg", "image/jpeg")
    kinds = [f.kind for f in findings]
    assert kinds.count("exif.metadata") == 1 and kinds.count("exif.gps") == 1
    gps = next(f for f in findings if f.kind == "exif.gps")
    assert gps.detail["place"]["country"] == "United Kingdom"
    assert "GPS:GPSLatitude" in gps.method and "GeoNames" in gps.method
    assert all(f.analyzer == "exif" and f.analyzer_version == "1" for f in findings)
    assert any(f.kind == "exif.edit-trace" and "Photoshop" in f.summary for f in findings)


def test_crafted_file_is_a_malformed_finding(corpora):
    data = (corpora / "exif" / "crafted" / "gps_mut13_exifoffset_indexerror.jpg").read_bytes()
    findings = _run(data, "x.jpg", "image/jpeg")
    assert any(f.kind == "exif.malformed" for f in findings)


def test_non_image_is_not_its_business():
    assert _run(b"just some text\n" * 100, "notes.txt", "text/plain") == []
    assert _run(b"just some text\n" * 100, "fake.jpg", "text/plain") == []
