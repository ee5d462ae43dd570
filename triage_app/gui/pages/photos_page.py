"""Photos: a gallery of previews with where, when and with what each photo was taken.

Open a folder of photos, single photo files, or the images the open case's scans found (all
exhibits or the one chosen; read again, read-only, from the original evidence). Previews and
metadata are made off the GUI thread in the fenced parser pool and stream in. Notable known-file
matches are never shown: their tile is a neutral placeholder; an L3 officer may view one, and
that is recorded in custody first.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSize, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListView,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from triage_app.core.jobs import Progress
from triage_app.core.units import human_size
from triage_app.errors import NotAuthorised
from triage_app.gui.actions import GuardedAction, offer_specialist
from triage_app.gui.errors import show_exception
from triage_app.gui.exhibits import ExhibitChooser
from triage_app.gui.i18n import tr
from triage_app.gui.map_view import MapPoint, PhotoMapView
from triage_app.gui.photo_models import NO_CAMERA, TILE, PhotoFilterModel, PhotoListModel, PhotoRole
from triage_app.gui.session import CaseSession
from triage_app.gui.worker import JobHandle, start_job
from triage_app.operations import gallery
from triage_app.operations.gallery import GalleryPhoto, GallerySummary

_ORIENTATION = {1: "upright", 2: "mirrored", 3: "upside down", 4: "upside down, mirrored",
                5: "on its side, mirrored", 6: "turned 90° (camera held on its side)",
                7: "on its side, mirrored", 8: "turned 90° the other way"}
_PHOTO_FILES = ("Photos (*.jpg *.jpeg *.png *.webp *.tif *.tiff *.heic *.heif *.avif *.dng"
                " *.cr2 *.nef *.arw);;All files (*)")


# Dialogs live in small functions so that tests can answer them without a modal loop.
def ask_reason(parent: QWidget, title: str, label: str) -> str | None:
    text, ok = QInputDialog.getText(parent, title, label)
    return text if ok else None


def choose_folder(parent: QWidget, title: str) -> str | None:
    return QFileDialog.getExistingDirectory(parent, title) or None


def choose_files(parent: QWidget, title: str) -> list[str]:
    return QFileDialog.getOpenFileNames(parent, title, "", tr(_PHOTO_FILES))[0]


class PhotosPage(QWidget):
    def __init__(self, session: CaseSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._handle: JobHandle | None = None
        self._side_jobs: set[JobHandle] = set()
        self.last_summary: GallerySummary | None = None

        self.folder_button = QPushButton(self.tr("Open a folder of photos…"))
        self.folder_button.clicked.connect(self._choose_folder)
        self.files_button = QPushButton(self.tr("Open photo files…"))
        self.files_button.clicked.connect(self._choose_files)
        self.exhibit_combo = ExhibitChooser(session, none_text=self.tr("All exhibits"))
        self.case_button = QPushButton(self.tr("Show the &case's photos"))
        self.case_button.setToolTip(self.tr("The images the scans of the chosen exhibit found, "
                                            "read again (read-only) from the original evidence"))
        self.case_button.clicked.connect(self.load_case)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel)
        # Two rows, so that large targets still fit a 1366-pixel screen.
        opening = QHBoxLayout()
        for widget in (self.folder_button, self.files_button, self.cancel_button):
            opening.addWidget(widget)
        opening.addStretch(1)
        case_row = QHBoxLayout()
        case_row.addWidget(self.exhibit_combo, 1)
        case_row.addWidget(self.case_button)
        top = QVBoxLayout()
        top.addLayout(opening)
        top.addLayout(case_row)
        session.changed.connect(self._case_changed)

        self.progress_bar = QProgressBar()
        self.progress_bar.setRange(0, 1000)
        self.progress_bar.setMaximumHeight(14)
        self.progress_bar.setTextVisible(False)
        self.status_label = QLabel(self.tr("Photos are opened read-only. Notable known-file "
                                           "matches are never shown."))
        self.status_label.setWordWrap(True)

        self.camera_combo = QComboBox()
        self.camera_combo.setMinimumContentsLength(18)
        self.camera_combo.currentIndexChanged.connect(self._camera_chosen)
        self.gps_check = QCheckBox(self.tr("Only photos with a GPS position"))
        self.gps_check.toggled.connect(self._gps_toggled)
        self.sort_combo = QComboBox()
        self.sort_combo.addItem(self.tr("Time taken, oldest first"),
                                (PhotoFilterModel.BY_TIME, Qt.SortOrder.AscendingOrder))
        self.sort_combo.addItem(self.tr("Time taken, newest first"),
                                (PhotoFilterModel.BY_TIME, Qt.SortOrder.DescendingOrder))
        self.sort_combo.addItem(self.tr("File name"),
                                (PhotoFilterModel.BY_NAME, Qt.SortOrder.AscendingOrder))
        self.sort_combo.currentIndexChanged.connect(self._sort_chosen)
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Camera:")))
        filters.addWidget(self.camera_combo)
        filters.addWidget(self.gps_check)
        filters.addStretch(1)
        filters.addWidget(QLabel(self.tr("Sort by:")))
        filters.addWidget(self.sort_combo)

        self.model = PhotoListModel(self)
        self.proxy = PhotoFilterModel(self)
        self.proxy.setSourceModel(self.model)
        self.gallery = QListView()
        self.gallery.setViewMode(QListView.ViewMode.IconMode)
        self.gallery.setResizeMode(QListView.ResizeMode.Adjust)
        self.gallery.setMovement(QListView.Movement.Static)
        self.gallery.setUniformItemSizes(True)
        self.gallery.setIconSize(TILE)
        self.gallery.setGridSize(QSize(TILE.width() + 16, TILE.height() + 48))
        self.gallery.setSpacing(4)
        self.gallery.setWordWrap(True)
        self.gallery.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.gallery.setModel(self.proxy)
        self.gallery.selectionModel().currentChanged.connect(self._current_changed)

        self.map = PhotoMapView()
        self.map.photo_clicked.connect(self.select_photo)
        fit_button = QPushButton(self.tr("Fit to the photos"))
        fit_button.clicked.connect(self.map.fit)
        world_button = QPushButton(self.tr("Whole world"))
        world_button.clicked.connect(self.map.show_world)
        map_hint = QLabel(self.tr("Click a dot to pick its photo. Wheel: zoom; drag: move."))
        map_hint.setWordWrap(True)
        map_buttons = QHBoxLayout()
        map_buttons.addWidget(fit_button)
        map_buttons.addWidget(world_button)
        map_buttons.addWidget(map_hint, 1)
        map_page = QWidget()
        map_layout = QVBoxLayout(map_page)
        map_layout.setContentsMargins(0, 0, 0, 0)
        map_layout.addWidget(self.map, 1)
        map_layout.addLayout(map_buttons)

        self.tabs = QTabWidget()
        self.tabs.addTab(self.gallery, self.tr("Gallery"))
        self.tabs.addTab(map_page, self.tr("Map"))

        self.preview_label = QLabel()
        self.preview_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview_label.setMinimumHeight(200)
        self.details = QTextBrowser()
        self.details.setOpenLinks(False)
        self.details.setOpenExternalLinks(False)
        # A request for a specialist names the photo (operations.gallery.request_specialist).
        self.view_action = GuardedAction(
            session, "view-notable", self.tr("Show this &notable photo (recorded in custody)"),
            self.view_notable, request=self.request_specialist)
        self.view_button = self.view_action.button
        self.request_button = self.view_action.request_button
        actions = QHBoxLayout()
        actions.addWidget(self.view_action)
        self.view_action.hide()
        detail_pane = QWidget()
        detail_layout = QVBoxLayout(detail_pane)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.preview_label)
        detail_layout.addLayout(actions)
        detail_layout.addWidget(self.details, 1)

        splitter = QSplitter()
        splitter.addWidget(self.tabs)
        splitter.addWidget(detail_pane)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([640, 420])

        self.export_action = GuardedAction(
            session, "export-positions",
            self.tr("&Export positions for the lab (KML and GeoJSON)…"), self.export_positions)
        self.export_button = self.export_action.button
        self.export_button.setEnabled(False)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.export_action)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.status_label)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)
        self._refresh_cameras()
        self._sort_chosen()
        self._show_photo(None)
        self._busy(False)

    # --- opening ----------------------------------------------------------------------------
    def _choose_folder(self) -> None:
        folder = choose_folder(self, self.tr("Folder of photos"))
        if folder:
            self.load(paths=[folder])

    def _choose_files(self) -> None:
        files = choose_files(self, self.tr("Photo files"))
        if files:
            self.load(paths=files)

    def load_case(self) -> None:
        """Read the images the open case's scans found (of the chosen exhibit, or all)."""
        case = self.session.case
        if case is None:
            self.status_label.setText(self.tr("Open or make a case first."))
            return
        self.load(case_dir=str(case.path), exhibit=self.exhibit_combo.exhibit())

    def load(self, paths: list[str] | None = None, case_dir: str | None = None,
             exhibit: str | None = None) -> None:
        """Read photos from files/folders or a case (only ``exhibit``'s when given), streaming
        them into the gallery."""
        if self._handle is not None:
            self.status_label.setText(self.tr("Still reading photos: cancel first."))
            return
        self.model.clear()
        self._refresh_cameras()
        self._show_photo(None)
        self._update_map()
        self.progress_bar.setValue(0)
        handle = JobHandle()
        handle.signals.progress.connect(self._on_progress)
        handle.signals.items.connect(lambda photos: self._on_photos(
            [p for p in photos if exhibit is None or p.exhibit == exhibit]))
        handle.signals.succeeded.connect(self._on_done)
        handle.signals.failed.connect(
            lambda exc: show_exception(self, exc, action=self.tr("Reading the photos")))
        handle.signals.cancelled.connect(
            lambda: self.status_label.setText(self.tr("Cancelled. The photos read so far are "
                                                      "shown.")))
        handle.signals.finished.connect(self._on_finished)
        self._handle = handle
        self._busy(True)
        self.status_label.setText(self.tr("Listing the photos…"))

        def job(progress, cancel):
            return gallery.read_gallery(paths, case_dir, on_photo=handle.emit_item,
                                        progress=progress, cancel=cancel)
        start_job(job, handle)

    def cancel(self) -> None:
        if self._handle is not None:
            self._handle.cancel.cancel()
            self.status_label.setText(self.tr("Cancelling…"))

    @property
    def busy(self) -> bool:
        return self._handle is not None or bool(self._side_jobs)

    def _case_changed(self) -> None:
        self._busy(self._handle is not None)

    def _busy(self, on: bool) -> None:
        for button in (self.folder_button, self.files_button):
            button.setEnabled(not on)
        self.case_button.setEnabled(not on and self.session.case is not None)
        self.cancel_button.setEnabled(on)

    def _on_progress(self, p: Progress) -> None:
        if p.phase == "listing":
            self.progress_bar.setRange(0, 0)
            self.status_label.setText(self.tr("Listing the photos: %n found so far", "",
                                              p.files_total or 0))
            return
        self.progress_bar.setRange(0, 1000)
        if p.files_total:
            self.progress_bar.setValue(int(1000 * p.files_done / p.files_total))
        self.status_label.setText(self.tr("Reading photos: %1 of %2")
                                  .replace("%1", str(p.files_done))
                                  .replace("%2", str(p.files_total or "?")))

    def _on_photos(self, photos: list[GalleryPhoto]) -> None:
        self.model.append(photos)
        self._refresh_cameras()
        self._update_map(refit=True)
        if not self.gallery.currentIndex().isValid() and self.proxy.rowCount():
            self.gallery.setCurrentIndex(self.proxy.index(0, 0))

    def _on_done(self, summary: GallerySummary) -> None:
        self.last_summary = summary
        self.progress_bar.setRange(0, 1000)
        self.progress_bar.setValue(1000)
        text = self.tr("%1 photos, %2 with a GPS position.").replace(
            "%1", str(summary.photos)).replace("%2", str(summary.located))
        if summary.withheld:
            text += " " + self.tr("Notable matches not shown: %1.").replace(
                "%1", str(summary.withheld))
        if summary.with_warnings:
            text += " " + self.tr("With warnings: %1 (see each photo's details).").replace(
                "%1", str(summary.with_warnings))
        self.status_label.setText(text)

    def _on_finished(self) -> None:
        if self.progress_bar.maximum() == 0:
            self.progress_bar.setRange(0, 1000)
        self._handle = None
        self._busy(False)

    # --- filter, sort, select ---------------------------------------------------------------
    def _refresh_cameras(self) -> None:
        current = self.camera_combo.currentData()
        self.camera_combo.blockSignals(True)
        self.camera_combo.clear()
        self.camera_combo.addItem(self.tr("All cameras"), None)
        for camera in self.model.cameras():
            self.camera_combo.addItem(camera, camera)
        self.camera_combo.addItem(self.tr("(no camera recorded)"), NO_CAMERA)
        index = self.camera_combo.findData(current)
        self.camera_combo.setCurrentIndex(max(index, 0))
        self.camera_combo.blockSignals(False)

    def _camera_chosen(self) -> None:
        self.proxy.set_camera(self.camera_combo.currentData())
        self._update_map(refit=True)

    def _gps_toggled(self, on: bool) -> None:
        self.proxy.set_gps_only(on)
        self._update_map(refit=True)

    def _sort_chosen(self) -> None:
        key, order = self.sort_combo.currentData()
        self.proxy.set_sort(key, order)

    def shown_photos(self) -> list[GalleryPhoto]:
        """The photos the filters let through, in the order shown."""
        return [self.proxy.photo(row) for row in range(self.proxy.rowCount())]

    def select_photo(self, key: str) -> None:
        row = self.model.row_of(key)
        if row is None:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if index.isValid():
            self.gallery.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def current_photo(self) -> GalleryPhoto | None:
        index = self.gallery.currentIndex()
        return index.data(PhotoRole) if index.isValid() else None

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        photo = current.data(PhotoRole) if current.isValid() else None
        self._show_photo(photo)
        self.map.set_selected(photo.key if photo else None)

    def _update_map(self, refit: bool = False) -> None:
        points = [MapPoint(p.key, p.meta.gps.lat, p.meta.gps.lon,
                           p.place.name if p.place else None)
                  for p in self.shown_photos() if p.meta.gps is not None]
        if refit or len(points) != len(self.map.points):
            self.map.set_points(points)
        self.export_action.refresh()
        self.export_button.setEnabled(self.export_button.isEnabled() and bool(points))

    # --- the detail pane --------------------------------------------------------------------
    def _show_photo(self, photo: GalleryPhoto | None) -> None:
        self.view_action.hide()
        if photo is None:
            self.preview_label.setPixmap(QPixmap())
            self.preview_label.setText(self.tr("Open photos, then pick one to see its details."))
            self.details.setHtml("")
            return
        image = QImage()
        if photo.preview and image.loadFromData(photo.preview, "JPEG"):
            pixmap = QPixmap.fromImage(image)
            if pixmap.height() > 240 or pixmap.width() > 360:
                pixmap = pixmap.scaled(360, 240, Qt.AspectRatioMode.KeepAspectRatio,
                                       Qt.TransformationMode.SmoothTransformation)
            self.preview_label.setPixmap(pixmap)
        else:
            self.preview_label.setPixmap(self.model.data(
                self.model.index(self.model.row_of(photo.key) or 0, 0),
                Qt.ItemDataRole.DecorationRole))
        if photo.withheld:
            self.view_action.refresh()
            self.view_action.show()
        self.details.setHtml(describe(photo, tr))

    # --- notable photos ---------------------------------------------------------------------
    def view_notable(self) -> None:
        photo = self.current_photo()
        if photo is None or not photo.withheld:
            return
        reason = ask_reason(self, self.tr("View a notable photo"),
                            self.tr("Why do you need to see it? (recorded in custody)"))
        if reason is None:
            return
        case, officer = self.session.case, self.session.officer
        self._side_job(lambda progress, cancel: gallery.view_notable(
            photo, officer, case, reason), self._viewed,
            self.tr("Viewing the notable photo"))

    def _viewed(self, photo: GalleryPhoto) -> None:
        self.model.replace(photo)
        self._show_photo(photo)
        self._update_map()
        self.status_label.setText(self.tr("Shown to you and recorded in the custody ledger "
                                          "(photo.notable-viewed)."))

    def request_specialist(self) -> None:
        photo = self.current_photo()
        if photo is None:
            return
        note = ask_reason(self, self.tr("Request a specialist"),
                          self.tr("A note for the specialist (optional):"))
        if note is None:
            return
        case, officer = self.session.case, self.session.officer
        self._side_job(lambda progress, cancel: gallery.request_specialist(
            photo, officer, case, note),
            lambda seq: self.status_label.setText(
                self.tr("Request recorded in the custody ledger (entry %1).")
                .replace("%1", str(seq))), self.tr("Requesting a specialist"))

    # --- export -----------------------------------------------------------------------------
    def export_positions(self) -> None:
        folder = choose_folder(self, self.tr("Folder for the KML and GeoJSON files"))
        if not folder:
            return
        photos = self.shown_photos()
        case, officer = self.session.case, self.session.officer
        self._side_job(lambda progress, cancel: gallery.export_positions(
            photos, folder, officer=officer, case=case),
            lambda done: self.status_label.setText(
                self.tr("Exported %1 positions to %2 and %3.").replace("%1", str(done.count))
                .replace("%2", str(done.kml)).replace("%3", str(done.geojson))),
            self.tr("Exporting the positions"))

    def _side_job(self, job, on_success, action: str) -> None:
        """A short job that may write the case: one at a time, on the exclusive pool."""
        handle = JobHandle()
        handle.signals.succeeded.connect(on_success)
        handle.signals.succeeded.connect(lambda _: self.session.recorded())
        handle.signals.failed.connect(lambda exc: self._side_failed(exc, action))
        handle.signals.finished.connect(lambda: self._side_jobs.discard(handle))
        self._side_jobs.add(handle)
        start_job(job, handle, exclusive=True)

    def _side_failed(self, exc: BaseException, action: str) -> None:
        if isinstance(exc, NotAuthorised):
            offer_specialist(self, self.session, exc, exhibit=self.exhibit_combo.exhibit())
        else:
            show_exception(self, exc, action=action)


def describe(photo: GalleryPhoto, tr) -> str:
    """The detail pane: every field in plain words, with how it was obtained.

    Every value is escaped: metadata comes from untrusted files.
    """
    meta = photo.meta
    rows: list[tuple[str, str]] = []
    sections: list[str] = []

    def row(label: str, value, source: str | None = None) -> None:
        if value in (None, ""):
            return
        how = meta.sources.get(source) if source else None
        text = escape(str(value))
        if how:
            text += f' <span style="color:#667">({escape(how)})</span>'
        rows.append((label, text))

    def table(title: str) -> None:
        if rows:
            body = "".join(f"<tr><td style='padding-right:10px;color:#334'><b>{escape(k)}</b>"
                           f"</td><td>{v}</td></tr>" for k, v in rows)
            sections.append(f"<h3 style='margin-bottom:2px'>{escape(title)}</h3><table>{body}"
                            "</table>")
            rows.clear()

    title = escape(photo.location.name)
    head = f"<h2 style='margin-bottom:2px'>{title}</h2>"
    if photo.withheld:
        head += ("<p style='background:#fde2e1;padding:6px'><b>" +
                 escape(tr("Notable known-file match: this photo is not shown.")) + "</b><br>" +
                 escape(tr("Matched: ")) + escape(photo.notable or "") + "<br>" +
                 escape(tr("Do not open it elsewhere. Record it and call a specialist; an L3 "
                           "specialist can view it here, and that is recorded in custody.")) +
                 "</p>")
    row(tr("Where"), photo.location.shown)
    row(tr("Exhibit"), photo.exhibit)
    row(tr("File size"), human_size(photo.size) if photo.size else None)
    row(tr("SHA-256"), photo.sha256)
    table(tr("File"))
    if photo.withheld:
        return head + "".join(sections)

    row(tr("Camera make"), meta.make, "make")
    row(tr("Camera model"), meta.model, "model")
    row(tr("Camera serial number"), meta.serial, "serial")
    row(tr("Lens"), meta.lens_model, "lens_model")
    row(tr("Lens serial number"), meta.lens_serial, "lens_serial")
    row(tr("Software"), meta.software, "software")
    table(tr("Camera"))

    def when(value: str | None) -> str | None:
        if not value:
            return None
        text = value.replace("T", " ")
        return text if len(value) > 19 else text + "  " + tr("(camera clock; time zone not recorded)")

    row(tr("Taken"), when(meta.datetime_original), "datetime_original")
    row(tr("Digitized"), when(meta.datetime_digitized), "datetime_digitized")
    row(tr("Last changed"), when(meta.datetime_modified), "datetime_modified")
    row(tr("GPS time (UTC)"), meta.gps_time.replace("T", " ") if meta.gps_time else None)
    table(tr("Dates and times"))

    if meta.gps:
        row(tr("Position"), f"{meta.gps.lat:.6f}, {meta.gps.lon:.6f}  "
                            f"({_dms(meta.gps.lat, 'N', 'S')} {_dms(meta.gps.lon, 'E', 'W')})",
            "gps")
        row(tr("Altitude"), f"{meta.gps.alt:g} m" if meta.gps.alt is not None else None)
        if meta.gps_direction is not None:
            north = tr("true north") if meta.gps_direction_ref == "T" else (
                tr("magnetic north") if meta.gps_direction_ref == "M" else tr("north"))
            row(tr("Camera pointing"), f"{meta.gps_direction:g}° " + tr("from") + f" {north}")
        if photo.place:
            place = photo.place
            region = f", {place.admin1}" if place.admin1 else ""
            row(tr("Nearest place"), f"{place.name}{region}, {place.country} — "
                                     f"{place.distance_km:g} km " + tr("away") +
                " " + tr("(offline GeoNames gazetteer; a hint, not proof of place)"))
        else:
            row(tr("Nearest place"), tr("none within 250 km (open sea or remote land)"))
    else:
        row(tr("Position"), tr("no GPS position recorded"))
    table(tr("Where it was taken"))

    row(tr("Format"), meta.format)
    row(tr("Picture size"), f"{meta.width} × {meta.height}" if meta.width else None, "size")
    if meta.orientation:
        row(tr("Orientation"), tr(_ORIENTATION.get(meta.orientation, "")) +
            f" (EXIF {meta.orientation}; " + tr("the previews are turned upright") + ")",
            "orientation")
    if meta.thumbnail:
        compared = (tr("differs from the main picture in %1 of 64 fingerprint bits")
                    .replace("%1", str(meta.thumbnail_distance))
                    if meta.thumbnail_distance is not None else tr("not compared"))
        row(tr("Embedded thumbnail"), tr("present") + "; " + compared)
    else:
        row(tr("Embedded thumbnail"), tr("none"))
    row(tr("Preview made from"), meta.sources.get("preview"))
    table(tr("Picture"))

    if meta.edit_traces:
        items = "".join(f"<li><b>{escape(t.confidence)}</b>: {escape(t.summary)} "
                        f"<span style='color:#667'>({escape(t.tag)})</span></li>"
                        for t in meta.edit_traces)
        sections.append(f"<h3>{escape(tr('Signs of editing'))}</h3><ul>{items}</ul>")
    if meta.warnings:
        items = "".join(f"<li>{escape(w)}</li>" for w in meta.warnings)
        sections.append(f"<h3 style='color:#9a5b00'>{escape(tr('Warnings'))}</h3><ul>{items}</ul>")
    sections.append("<p style='color:#667'>" + escape(tr(
        "How each value was obtained is shown in brackets (library : group : tag). Parsed "
        "with exifread and Pillow in a fenced worker process; the file is never changed.")) +
        "</p>")
    return head + "".join(sections)


def _dms(value: float, positive: str, negative: str) -> str:
    hemisphere = positive if value >= 0 else negative
    value = abs(value)
    degrees = int(value)
    minutes = int((value - degrees) * 60)
    seconds = (value - degrees - minutes / 60) * 3600
    return f"{degrees}°{minutes:02d}′{seconds:04.1f}″{hemisphere}"
