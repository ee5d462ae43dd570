"""The gallery's core job: photos from folders, files and cases; notable matches withheld;
viewing them (L3) and asking a specialist recorded in custody; the export for the lab."""

from __future__ import annotations

import hashlib
import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.fixtures.photo_case import (
    GPS,
    NOTABLE,
    PLAIN,
    custody_actions,
    notable_case,
    officer,
    photo_evidence,
)
from triage_app.core.jobs import CancelToken
from triage_app.errors import Cancelled, InputError, NotAuthorised
from triage_app.hashsets.library import HashSetLibrary
from triage_app.media.fence import Limits, PhotoParserPool
from triage_app.operations import gallery
from triage_app.operations.gallery import read_gallery


class _PoolSpy:
    """Records every source that reaches the fenced pool: the only place pictures decode."""

    def __init__(self, monkeypatch) -> None:
        self.sha256: list[str] = []
        self.names: list[str] = []
        real = PhotoParserPool.read_many

        def read_many(pool, jobs, preview_px=0):
            def seen():
                for key, source, name in jobs:
                    data = source if isinstance(source, bytes) else Path(source).read_bytes()
                    self.sha256.append(hashlib.sha256(data).hexdigest())
                    self.names.append(name)
                    yield key, source, name
            return real(pool, seen(), preview_px)

        monkeypatch.setattr(PhotoParserPool, "read_many", read_many)


def _read(**kwargs) -> tuple[list[gallery.GalleryPhoto], gallery.GallerySummary]:
    photos: list[gallery.GalleryPhoto] = []
    summary = read_gallery(on_photo=photos.append, limits=Limits(seconds=3), **kwargs)
    return photos, summary


def test_a_folder_gives_every_photo_with_metadata_place_and_upright_preview(corpora, tmp_path):
    evidence = photo_evidence(corpora, tmp_path / "photos")
    (evidence / "notes.txt").write_text("not a photo")
    photos, summary = _read(paths=[str(evidence)])
    assert sorted(p.location.name for p in photos) == sorted([*GPS, PLAIN])
    assert (summary.photos, summary.located, summary.withheld) == (4, 3, 0)
    arezzo = next(p for p in photos if p.location.name == "DSCN0010.jpg")
    assert arezzo.place and arezzo.place.name == "Arezzo" and arezzo.place.country == "Italy"
    assert arezzo.location.source == str(evidence) and arezzo.location.path == "/DSCN0010.jpg"
    assert arezzo.sha256 == hashlib.sha256((evidence / "DSCN0010.jpg").read_bytes()).hexdigest()
    assert all(p.preview and p.preview[:3] == b"\xff\xd8\xff" for p in photos)


def test_single_files_and_a_missing_one(corpora, tmp_path):
    image = corpora / "exif" / "images" / "exiftool-t" / "GPS.jpg"
    photos, summary = _read(paths=[str(image), str(tmp_path / "gone.jpg")])
    by_name = {p.location.name: p for p in photos}
    assert by_name["GPS.jpg"].meta.gps is not None and by_name["GPS.jpg"].location.path is None
    assert by_name["gone.jpg"].read is False
    assert by_name["gone.jpg"].meta.warnings == ["file not found"]
    assert summary.with_warnings == 1 + bool(by_name["GPS.jpg"].meta.warnings)


def test_a_notable_match_in_a_folder_is_withheld_and_never_parsed(corpora, tmp_path,
                                                                  monkeypatch):
    evidence = photo_evidence(corpora, tmp_path / "photos")
    sha = hashlib.sha256((evidence / NOTABLE).read_bytes()).hexdigest()
    (tmp_path / "set.txt").write_text(sha + "\n")
    library = HashSetLibrary()
    library.import_file(tmp_path / "set.txt", name="Agency set", version="7", kind="notable")
    library.close()
    spy = _PoolSpy(monkeypatch)
    photos, summary = _read(paths=[str(evidence)])
    withheld = [p for p in photos if p.withheld]
    assert [p.location.name for p in withheld] == [NOTABLE]
    assert withheld[0].notable == "Agency set (version 7)"
    assert withheld[0].preview is None and withheld[0].meta.make is None
    assert sha not in spy.sha256 and NOTABLE not in spy.names
    assert len(spy.names) == 3 and summary.withheld == 1


def test_a_case_is_read_again_from_its_source_and_its_notable_photo_is_not(
        corpora, tmp_path, monkeypatch):
    case = notable_case(corpora, tmp_path)
    spy = _PoolSpy(monkeypatch)
    photos, summary = _read(case_dir=str(case.case_dir))
    assert sorted(p.location.path for p in photos) == sorted(f"/{n}" for n in (*GPS, PLAIN))
    withheld = next(p for p in photos if p.location.path == case.notable_path)
    assert withheld.withheld and withheld.exhibit == "ABC/1"
    assert withheld.sha256 == case.notable_sha256
    assert withheld.notable == "Test notable set (version 1)"
    assert case.notable_sha256 not in spy.sha256
    shown = [p for p in photos if not p.withheld]
    assert all(p.preview and p.exhibit == "ABC/1" for p in shown)
    assert summary.located == 2  # the third GPS photo is the withheld one


def test_a_case_photo_that_changed_or_vanished_says_so(corpora, tmp_path):
    case = notable_case(corpora, tmp_path)
    (case.evidence / "DSCN0010.jpg").unlink()
    with open(case.evidence / PLAIN, "ab") as handle:
        handle.write(b"appended after the scan")
    photos, _ = _read(case_dir=str(case.case_dir))
    by_path = {p.location.path: p for p in photos}
    assert by_path["/DSCN0010.jpg"].read is False
    assert "no longer in the source" in by_path["/DSCN0010.jpg"].meta.warnings[0]
    assert "differs from the scan" in by_path[f"/{PLAIN}"].meta.warnings[0]


def test_not_a_case_folder_is_refused(tmp_path):
    with pytest.raises(InputError, match="not a case folder"):
        _read(case_dir=str(tmp_path))
    with pytest.raises(InputError, match="choose photos"):
        _read(paths=[])


def test_cancel_stops_the_job(corpora):
    cancel = CancelToken()
    seen = []

    def on_photo(photo):
        seen.append(photo)
        cancel.cancel()

    folder = corpora / "exif" / "images" / "metadata-extractor"
    with pytest.raises(Cancelled):
        read_gallery([str(folder)], on_photo=on_photo, cancel=cancel)
    assert 1 <= len(seen) < 10


def test_viewing_a_notable_photo_needs_l3_and_a_reason(corpora, tmp_path):
    case = notable_case(corpora, tmp_path)
    photos, _ = _read(case_dir=str(case.case_dir))
    withheld = next(p for p in photos if p.withheld)
    with pytest.raises(NotAuthorised, match="L3"):
        gallery.view_notable(withheld, officer("L2"), case.case_dir, "to identify the place")
    with pytest.raises(InputError, match="reason"):
        gallery.view_notable(withheld, officer("L3"), case.case_dir, " ")
    actions = [e["action"] for e in custody_actions(case.case_dir)]
    assert gallery.ACTION_NOTABLE_VIEWED not in actions


def test_an_l3_view_is_recorded_before_the_photo_is_decoded(corpora, tmp_path, monkeypatch):
    case = notable_case(corpora, tmp_path)
    photos, _ = _read(case_dir=str(case.case_dir))
    withheld = next(p for p in photos if p.withheld)
    specialist = officer("L3")
    recorded_first = []
    real = PhotoParserPool.read_many

    def read_many(pool, jobs, preview_px=0):
        actions = [e["action"] for e in custody_actions(case.case_dir)]
        recorded_first.append(gallery.ACTION_NOTABLE_VIEWED in actions)
        return real(pool, jobs, preview_px)

    monkeypatch.setattr(PhotoParserPool, "read_many", read_many)
    shown = gallery.view_notable(withheld, specialist, case.case_dir, "identify the location")
    assert recorded_first == [True]
    assert shown.preview and shown.meta.camera == "NIKON COOLPIX P6000" and shown.place
    entry = [e for e in custody_actions(case.case_dir)
             if e["action"] == gallery.ACTION_NOTABLE_VIEWED][-1]
    assert entry["reason"] == "identify the location" and entry["exhibit"] == "ABC/1"
    assert entry["inputs"][0]["sha256"] == case.notable_sha256
    assert entry["inputs"][0]["path"] == case.notable_path
    assert (entry["officer"], entry["endorsement"]) == (specialist.id, "L3")


def test_a_changed_notable_file_is_not_shown(corpora, tmp_path):
    case = notable_case(corpora, tmp_path)
    photos, _ = _read(case_dir=str(case.case_dir))
    withheld = next(p for p in photos if p.withheld)
    with open(case.evidence / NOTABLE, "ab") as handle:
        handle.write(b"x")
    with pytest.raises(Exception, match="SHA-256 differs"):
        gallery.view_notable(withheld, officer("L3"), case.case_dir, "identify the location")


def test_below_l3_a_specialist_request_is_recorded(corpora, tmp_path):
    case = notable_case(corpora, tmp_path)
    photos, _ = _read(case_dir=str(case.case_dir))
    withheld = next(p for p in photos if p.withheld)
    seq = gallery.request_specialist(withheld, officer("L2"), case.case_dir, "please review")
    entry = [e for e in custody_actions(case.case_dir) if e["seq"] == seq][0]
    assert entry["action"] == "specialist.requested" and entry["reason"] == "please review"
    assert entry["details"]["needs"] == "L3"
    with pytest.raises(InputError, match="open the case"):
        gallery.request_specialist(withheld, officer("L2"), None)


def test_export_positions_writes_kml_and_geojson_and_records_it(corpora, tmp_path):
    case = notable_case(corpora, tmp_path)
    photos, _ = _read(case_dir=str(case.case_dir))
    out = tmp_path / "out"
    out.mkdir()
    done = gallery.export_positions(photos, out, officer=officer("L2"), case=case.case_dir)
    located = {p.location.shown: p.meta.gps for p in photos if p.meta.gps}
    assert done.count == len(located) == 2
    features = json.loads(done.geojson.read_text())["features"]
    assert {f["properties"]["path"]: tuple(f["geometry"]["coordinates"][:2])
            for f in features} == {k: (g.lon, g.lat) for k, g in located.items()}
    ns = {"k": "http://www.opengis.net/kml/2.2"}
    marks = ET.parse(done.kml).getroot().findall(".//k:Placemark", ns)
    coords = sorted(tuple(float(v) for v in m.find(".//k:coordinates", ns).text.split(",")[:2])
                    for m in marks)
    assert coords == sorted((g.lon, g.lat) for g in located.values())
    entry = [e for e in custody_actions(case.case_dir)
             if e["action"] == gallery.ACTION_EXPORTED][-1]
    assert {o["sha256"] for o in entry["outputs"]} == {
        hashlib.sha256(f.read_bytes()).hexdigest() for f in (done.kml, done.geojson)}
    with pytest.raises(InputError, match="has a GPS position"):
        gallery.export_positions([p for p in photos if p.meta.gps is None], out)
