"""The Photos page on real photos: the gallery fills off the GUI thread, sorts and filters, the
detail pane and the map show where a photo was taken, a crafted file is a warning tile that
blocks nothing, notable matches stay placeholders below L3 (never decoded) and an L3 view is in
custody, and the export for the lab holds the right coordinates."""

from __future__ import annotations

import hashlib
import json
import time
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QImage

from tests.fixtures.photo_case import custody_actions, notable_case, officer
from triage_app.case.case import Case
from triage_app.core.officer import load_officer
from triage_app.engine.scan import scan_source
from triage_app.evidence.source import open_source
from triage_app.gui.main_window import MainWindow
from triage_app.gui.pages import photos_page
from triage_app.gui.pages.photos_page import PhotosPage
from triage_app.gui.photo_models import NO_CAMERA, has_problem
from triage_app.gui.session import CaseSession
from triage_app.media.fence import PhotoParserPool

PAGE = "triage_app.gui.pages.photos_page"


@pytest.fixture
def shown_errors(monkeypatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(f"{PAGE}.show_exception",
                        lambda parent, exc, action: shown.append(f"{action}: {exc}"))
    return shown


@pytest.fixture
def images(corpora: Path) -> Path:
    return corpora / "exif" / "images"


def _page(qtbot, who=None) -> PhotosPage:
    page = PhotosPage(CaseSession(who or load_officer(None)))
    qtbot.addWidget(page)
    page.destroyed.connect(page.session.close)
    page.resize(1280, 820)
    page.show()
    return page


def _load(qtbot, page: PhotosPage, case_dir: str | None = None, **kwargs) -> None:
    """Load ``kwargs``' photos, or the photos of the case at ``case_dir``, opened for the
    page's session."""
    if case_dir is not None:
        page.session.open(case_dir)
        page.load_case()
    else:
        page.load(**kwargs)
    assert page.busy
    qtbot.waitUntil(lambda: not page.busy, timeout=60000)


def _preview_size(preview: bytes) -> tuple[int, int]:
    image = QImage()
    assert image.loadFromData(preview, "JPEG")
    return image.width(), image.height()


def test_the_page_is_in_the_main_window(qtbot) -> None:
    window = MainWindow(load_officer(None))
    qtbot.addWidget(window)
    page = window.page(PhotosPage)
    titles = [window.workspace.nav.item(i).text() for i in range(window.workspace.nav.count())]
    assert "Photos" in titles and window.workspace.views.index(page) == titles.index("Photos")


def test_gallery_fills_with_upright_previews_and_the_detail_pane_says_where(
        qtbot, images: Path, shown_errors, tmp_path: Path) -> None:
    page = _page(qtbot)
    gps, orientation = images / "exif-py/jpg/gps", images / "exif-py/jpg/orientation"
    _load(qtbot, page, paths=[str(gps), str(orientation)])
    assert shown_errors == []
    assert page.model.rowCount() == 25
    photos = page.model.photos()
    assert all(p.preview for p in photos)
    for photo in photos:  # EXIF orientation applied: landscapes lie, portraits stand
        width, height = _preview_size(photo.preview)
        assert (width > height) == photo.location.name.startswith(("landscape", "DSCN"))
    assert "25 photos, 9 with a GPS position" in page.status_label.text()

    page.select_photo(str(gps) + "/DSCN0010.jpg")
    assert page.current_photo().location.name == "DSCN0010.jpg"
    text = page.details.toPlainText()
    for expected in ("NIKON", "COOLPIX P6000", "2008-10-22 16:28:39", "43.467448, 11.885127",
                     "Arezzo, Tuscany, Italy", "exifread:IFD0:Make", "Nikon Transfer"):
        assert expected in text, expected
    assert page.preview_label.pixmap() is not None and not page.preview_label.pixmap().isNull()
    page.grab().save(str(tmp_path / "gallery.png"))


def test_sort_by_time_and_filter_by_camera_and_gps(qtbot, images: Path) -> None:
    page = _page(qtbot)
    folder = images / "metadata-extractor" / "jpg"
    _load(qtbot, page, paths=[str(folder), str(images / "exif-py/jpg/orientation/portrait_3.jpg")])
    total = page.model.rowCount()
    times = [p.meta.datetime_original for p in page.shown_photos()]
    dated = [t[:19] for t in times if t]
    assert dated == sorted(dated) and times[-1] is None  # undated last
    page.sort_combo.setCurrentIndex(1)  # newest first
    times = [p.meta.datetime_original for p in page.shown_photos()]
    assert [t[:19] for t in times if t] == sorted(dated, reverse=True) and times[-1] is None

    cameras = [page.camera_combo.itemText(i) for i in range(page.camera_combo.count())]
    assert "Apple iPhone 6" in cameras and cameras[0] == "All cameras"
    page.camera_combo.setCurrentIndex(cameras.index("Apple iPhone 6"))
    assert {p.meta.camera for p in page.shown_photos()} == {"Apple iPhone 6"}
    page.camera_combo.setCurrentIndex(page.camera_combo.findData(NO_CAMERA))
    unknown = {p.key for p in page.model.photos() if p.meta.camera is None}
    assert "portrait_3.jpg" in {Path(k).name for k in unknown}
    assert {p.key for p in page.shown_photos()} == unknown
    page.camera_combo.setCurrentIndex(0)
    assert page.proxy.rowCount() == total

    page.gps_check.setChecked(True)
    located = page.shown_photos()
    assert located and all(p.meta.gps for p in located) and len(located) < total
    assert {point.key for point in page.map.points} == {p.key for p in located}
    page.gps_check.setChecked(False)
    assert page.proxy.rowCount() == total


def test_clicking_a_map_dot_selects_its_photo(qtbot, images: Path, tmp_path: Path) -> None:
    page = _page(qtbot)
    _load(qtbot, page, paths=[str(images / "exif-py/jpg/gps"),
                              str(images / "metadata-extractor/jpg/Apple iPhone 6.jpg")])
    page.tabs.setCurrentIndex(1)
    qtbot.waitExposed(page.map)
    target = next(p for p in page.map.points if p.key.endswith("Apple iPhone 6.jpg"))
    at = page.map.to_pixel(target.lat, target.lon)
    qtbot.mouseClick(page.map, Qt.MouseButton.LeftButton, pos=QPoint(round(at.x()), round(at.y())))
    assert page.current_photo().key == target.key
    assert page.map.selected == target.key
    page.map.grab().save(str(tmp_path / "map.png"))


def test_a_crafted_file_is_a_warning_tile_and_blocks_nothing(qtbot, corpora: Path,
                                                              images: Path) -> None:
    page = _page(qtbot)
    crafted = sorted((corpora / "exif" / "crafted").iterdir())
    ticks: list[float] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start(50)
    started = time.monotonic()
    page.load(paths=[str(p) for p in crafted] + [str(images / "exiftool-t/GPS.jpg")])
    # The ordinary photo arrives while the hanging MakerNote is still being parsed.
    qtbot.waitUntil(lambda: any(p.location.name == "GPS.jpg" for p in page.model.photos()),
                    timeout=30000)
    qtbot.waitUntil(lambda: not page.busy, timeout=60000)
    timer.stop()
    elapsed = time.monotonic() - started
    assert elapsed < 20
    gaps = [b - a for a, b in zip(ticks, ticks[1:], strict=False)]
    assert len(ticks) > elapsed / 0.05 * 0.5 and max(gaps) < 1.0  # the event loop kept going
    by_name = {p.location.name: p for p in page.model.photos()}
    assert len(by_name) == 5
    hang = by_name["canon_makernote_count_0x3C000000.jpg"]
    assert has_problem(hang) and any("stopped after" in w for w in hang.meta.warnings)
    assert hang.meta.make == "Canon"  # what was read before the runaway step is kept
    for name in by_name:
        if name != "GPS.jpg":
            assert has_problem(by_name[name]), name
            row = page.model.row_of(by_name[name].key)
            assert "malformed" in page.model.data(page.model.index(row),
                                                  Qt.ItemDataRole.ToolTipRole)
    page.select_photo(hang.key)
    assert "Warnings" in page.details.toPlainText()


def test_cancel_keeps_what_was_read(qtbot, images: Path) -> None:
    page = _page(qtbot)
    page.load(paths=[str(images / "metadata-extractor"), str(images / "exif-py")])
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=30000)
    page.cancel()
    qtbot.waitUntil(lambda: not page.busy, timeout=30000)
    assert "Cancelled" in page.status_label.text()
    assert 0 < page.model.rowCount() < 150
    assert page.folder_button.isEnabled()


@pytest.fixture
def case(corpora: Path, tmp_path: Path):
    return notable_case(corpora, tmp_path)


def _decoder_spy(monkeypatch) -> list[str]:
    """SHA-256 of every byte string sent to the fenced pool, the only place that decodes."""
    seen: list[str] = []
    real = PhotoParserPool.read_many

    def read_many(pool, jobs, preview_px=0):
        def spied():
            for key, source, name in jobs:
                data = source if isinstance(source, bytes) else Path(source).read_bytes()
                seen.append(hashlib.sha256(data).hexdigest())
                yield key, source, name
        return real(pool, spied(), preview_px)

    monkeypatch.setattr(PhotoParserPool, "read_many", read_many)
    return seen


def test_below_l3_a_notable_photo_is_a_placeholder_and_never_decoded(
        qtbot, case, monkeypatch, shown_errors, tmp_path: Path) -> None:
    decoded = _decoder_spy(monkeypatch)
    images_loaded: list[int] = []
    real_load = QImage.loadFromData
    monkeypatch.setattr(QImage, "loadFromData",
                        lambda self, data, fmt=None: images_loaded.append(len(data))
                        or real_load(self, data, fmt))
    page = _page(qtbot, officer("L2"))
    _load(qtbot, page, case_dir=str(case.case_dir))
    assert page.model.rowCount() == 4
    notable = next(p for p in page.model.photos() if p.location.path == case.notable_path)
    assert notable.withheld and notable.preview is None and notable.meta.make is None
    assert case.notable_sha256 not in decoded and len(decoded) == 3
    assert "Notable matches not shown: 1." in page.status_label.text()
    page.select_photo(notable.key)
    text = page.details.toPlainText()
    assert "not shown" in text and "Test notable set (version 1)" in text
    assert "NIKON" not in text
    assert page.view_button.isVisible() and not page.view_button.isEnabled()
    assert page.request_button.isVisible()
    page.resize(1150, 650)
    page.grab().save("/tmp/shots/photos-notable-l2.png")
    # Every picture the GUI decoded was a worker-made preview of another photo.
    assert len(images_loaded) >= 3

    monkeypatch.setattr(f"{PAGE}.ask_reason", lambda *a: "please identify the place")
    page.request_specialist()
    qtbot.waitUntil(lambda: not page.busy, timeout=30000)
    assert shown_errors == []
    entry = custody_actions(case.case_dir)[-1]
    assert entry["action"] == "specialist.requested"
    assert entry["inputs"][0]["sha256"] == case.notable_sha256
    assert "photo.notable-viewed" not in {e["action"] for e in custody_actions(case.case_dir)}


def test_an_l3_officer_views_a_notable_photo_and_it_is_recorded(
        qtbot, case, monkeypatch, shown_errors) -> None:
    page = _page(qtbot, officer("L3"))
    _load(qtbot, page, case_dir=str(case.case_dir))
    notable = next(p for p in page.model.photos() if p.withheld)
    page.select_photo(notable.key)
    assert page.view_button.isEnabled() and not page.request_button.isVisible()
    monkeypatch.setattr(f"{PAGE}.ask_reason", lambda *a: None)  # the officer thinks again
    page.view_notable()
    assert not page.busy and page.current_photo().withheld
    monkeypatch.setattr(f"{PAGE}.ask_reason", lambda *a: "identify the location")
    page.view_notable()
    qtbot.waitUntil(lambda: not page.busy, timeout=30000)
    assert shown_errors == []
    shown = page.current_photo()
    assert not shown.withheld and shown.preview and shown.meta.camera == "NIKON COOLPIX P6000"
    assert "Arezzo" in page.details.toPlainText()
    viewed = [e for e in custody_actions(case.case_dir) if e["action"] == "photo.notable-viewed"]
    assert len(viewed) == 1
    assert viewed[0]["reason"] == "identify the location" and viewed[0]["endorsement"] == "L3"
    assert viewed[0]["inputs"][0]["path"] == case.notable_path


def test_a_case_on_a_disk_image_is_read_from_the_image(qtbot, disk_images: Path,
                                                        tmp_path: Path, case_at) -> None:
    image = disk_images / "dftt/8-jpeg-search/8-jpeg-search.dd"
    with Case.open(case_at(tmp_path / "case")) as case_, open_source(image) as source:
        scan_source(case_, source, exhibit="XYZ/1")
    page = _page(qtbot)
    _load(qtbot, page, case_dir=str(tmp_path / "case"))
    photos = page.model.photos()
    assert photos and all(p.location.source == str(image) for p in photos)
    readable = [p for p in photos if p.preview]
    assert readable and all(p.exhibit == "XYZ/1" for p in photos)


def test_export_for_the_lab_writes_kml_and_geojson(qtbot, images: Path, monkeypatch,
                                                   shown_errors, tmp_path: Path) -> None:
    page = _page(qtbot)
    _load(qtbot, page, paths=[str(images / "exif-py/jpg/gps"),
                              str(images / "exif-py/jpg/orientation/portrait_1.jpg")])
    assert page.export_button.isEnabled()
    out = tmp_path / "lab"
    out.mkdir()
    monkeypatch.setattr(f"{PAGE}.choose_folder", lambda *a: str(out))
    page.export_button.click()
    qtbot.waitUntil(lambda: not page.busy, timeout=30000)
    assert shown_errors == [] and "Exported 9 positions" in page.status_label.text()
    located = {p.location.shown: p.meta.gps for p in page.model.photos() if p.meta.gps}
    features = json.loads((out / "photo-positions.geojson").read_text())["features"]
    assert {f["properties"]["path"]: f["geometry"]["coordinates"] for f in features} == {
        path: [gps.lon, gps.lat] for path, gps in located.items()}
    ns = {"k": "http://www.opengis.net/kml/2.2"}
    root = ET.parse(out / "photo-positions.kml").getroot()
    marks = {m.find("k:name", ns).text: m.find(".//k:coordinates", ns).text
             for m in root.findall(".//k:Placemark", ns)}
    assert marks == {Path(path).name: f"{gps.lon!r},{gps.lat!r}"
                     for path, gps in located.items()}
    assert set(marks) == {f"DSCN00{n}.jpg" for n in (10, 12, 21, 25, 27, 29, 38, 40, 42)}


def test_untrusted_metadata_is_shown_as_text(qtbot) -> None:
    from triage_app.media.records import PhotoMetadata
    from triage_app.operations.gallery import GalleryPhoto, PhotoLocation

    meta = PhotoMetadata(format="JPEG", make="<b>Evil</b><img src='http://x/y.png'>",
                         warnings=["<script>alert(1)</script>"])
    html = photos_page.describe(GalleryPhoto(PhotoLocation("/e/<x>.jpg"), 10, meta), str)
    assert "<b>Evil" not in html and "&lt;b&gt;Evil" in html
    assert "<img" not in html and "<script>" not in html
