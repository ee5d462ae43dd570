"""Preserve and hand over, for the chosen exhibit of the open case: collect files, make an
image (L2 and above), add scene photos, export the triage package. Locked actions stay visible
and can be requested from a specialist.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from triage_app.case.case import Case
from triage_app.core.jobs import Progress
from triage_app.core.units import about_duration, human_size
from triage_app.errors import Cancelled, InputError, NotAuthorised
from triage_app.gui.actions import GuardedAction
from triage_app.gui.errors import show_exception
from triage_app.gui.exhibits import CaseNote, ExhibitChooser, handle_refusal
from triage_app.gui.session import CaseSession
from triage_app.gui.widgets import with_folder_button
from triage_app.gui.worker import JobHandle, start_job
from triage_app.operations import package
from triage_app.operations.collect import collect
from triage_app.operations.image import image
from triage_app.operations.scene import add_scene_photos
from triage_app.storage.drives import parse_size


class PreservePage(QWidget):
    def __init__(self, session: CaseSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._handle: JobHandle | None = None

        body = QWidget()
        self.exhibit_combo = ExhibitChooser(session)
        self.source_edit = QLineEdit()
        self.source_edit.setPlaceholderText(self.tr("Folder, disk image or device to preserve"))
        source_button = QPushButton(self.tr("C&hoose…"))
        source_button.clicked.connect(self._choose_source)
        source_row = QHBoxLayout()
        source_row.addWidget(self.source_edit, 1)
        source_row.addWidget(source_button)
        source_label = QLabel(self.tr("&Source"))
        source_label.setBuddy(self.source_edit)
        form = QFormLayout()
        form.addRow(self.tr("E&xhibit"), self.exhibit_combo)
        form.addRow(source_label, source_row)

        self.select_edit = QLineEdit()
        self.select_edit.setPlaceholderText(self.tr("optional, e.g. *.jpg  /Users/*/Documents/**"))
        self.deleted_box = QCheckBox(self.tr("include deleted files"))
        self.collect_action = GuardedAction(session, "collect", self.tr("C&ollect files"),
                                            self.collect, exhibit=self.exhibit_combo.exhibit)
        collect_box = QGroupBox(self.tr("Collect files (copied, hashed and verified)"))
        collect_form = QFormLayout(collect_box)
        collect_form.addRow(self.tr("Only"), self.select_edit)
        collect_form.addRow(self.deleted_box, self.collect_action)

        self.format_combo = QComboBox()
        self.format_combo.addItems(["raw", "e01"])
        self.split_edit = QLineEdit()
        self.split_edit.setPlaceholderText(self.tr("optional segment size, e.g. 2G"))
        self.image_action = GuardedAction(session, "image", self.tr("&Make the image"),
                                          self.image, exhibit=self.exhibit_combo.exhibit)
        image_box = QGroupBox(self.tr("Make a disk image (hash on read, verify after write)"))
        image_form = QFormLayout(image_box)
        image_form.addRow(self.tr("Format"), self.format_combo)
        image_form.addRow(self.tr("Split"), self.split_edit)
        image_form.addRow("", self.image_action)

        self.scene_action = GuardedAction(session, "scene-photos", self.tr("Add scene &photos…"),
                                          self._add_scene_photos)
        self.out_edit = QLineEdit()
        self.out_edit.setPlaceholderText(self.tr("Where to write the package (e.g. the exhibit stick)"))
        self.export_action = GuardedAction(session, "export-package",
                                           self.tr("&Export the triage package"), self.export)
        hand_box = QGroupBox(self.tr("Document and hand over"))
        hand_form = QFormLayout(hand_box)
        hand_form.addRow("", self.scene_action)
        hand_form.addRow(self.tr("Output"), with_folder_button(self.out_edit, self.tr("Output folder")))
        hand_form.addRow("", self.export_action)

        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel)
        self.progress_bar = QProgressBar()
        self.progress_bar.setRange(0, 1000)
        self.status_label = QLabel(self.tr("Sources are read-only; every step goes into the "
                                           "custody ledger."))
        self.status_label.setWordWrap(True)

        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.addLayout(form)
        body_layout.addWidget(collect_box)
        body_layout.addWidget(image_box)
        body_layout.addWidget(hand_box)
        row = QHBoxLayout()
        row.addWidget(self.progress_bar, 1)
        row.addWidget(self.cancel_button)
        body_layout.addLayout(row)
        body_layout.addWidget(self.status_label)
        body_layout.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(CaseNote(session, body))
        layout.addWidget(body, 1)

    # --- actions (thin: one operation each, on the worker) --------------------------------------
    def collect(self) -> None:
        source, case, exhibit = self._source(), self._case(), self._exhibit()
        if source is None or case is None or exhibit is None:
            return
        select = self.select_edit.text().split()
        deleted = self.deleted_box.isChecked()
        self._start(lambda progress, cancel: collect(
            case, source, exhibit=exhibit, select=select, include_deleted=deleted,
            progress=progress, cancel=cancel),
            lambda s: self._say(
                self.tr("Collected %1 files (%2) into exhibit %3, each verified after writing.")
                .replace("%1", str(s.files)).replace("%2", human_size(s.bytes))
                .replace("%3", s.exhibit)))

    def image(self) -> None:
        try:
            split = parse_size(self.split_edit.text()) if self.split_edit.text().strip() else None
        except InputError as exc:
            show_exception(self, exc, action=self.tr("The split size"))
            return
        source, case, exhibit = self._source(), self._case(), self._exhibit()
        if source is None or case is None or exhibit is None:
            return
        fmt = self.format_combo.currentText()
        self._start(lambda progress, cancel: image(
            case, source, fmt=fmt, split=split, exhibit=exhibit, progress=progress,
            cancel=cancel),
            lambda r: self._say(self.tr("Image of %1 written and verified: SHA-256 %2")
                                .replace("%1", r.source).replace("%2", r.hashes["sha256"])))

    def _add_scene_photos(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Scene photos to add"))
        if paths:
            self.add_scene_photos(paths)

    def add_scene_photos(self, paths: list[str]) -> None:
        case = self._case()
        if case is None:
            return
        self._start(lambda progress, cancel: add_scene_photos(case, paths, cancel=cancel),
                    lambda photos: self._say(self.tr("%1 scene photo(s) added to the case.")
                                             .replace("%1", str(len(photos)))))

    def export(self) -> None:
        out = self.out_edit.text().strip()
        if not out:
            self._say(self.tr("Choose where to write the package first."))
            return
        case = self._case()
        if case is None:
            return
        self._start(lambda progress, cancel: package.export(
            case, out, progress=progress, cancel=cancel),
            lambda r: self._say(
                self.tr("Package written: %1 (%2 files, mode %3). Write the custody head on the "
                        "exhibit label: %4").replace("%1", str(r.path)).replace("%2", str(r.files))
                .replace("%3", r.mode).replace("%4", r.custody_head)))

    def cancel(self) -> None:
        if self._handle is not None:
            self._handle.cancel.cancel()
            self._say(self.tr("Cancelling…"))

    # --- plumbing ------------------------------------------------------------------------------
    def _start(self, job, on_done) -> None:
        handle = JobHandle()
        handle.signals.progress.connect(self._on_progress)
        handle.signals.succeeded.connect(lambda _: self.progress_bar.setValue(1000))
        handle.signals.succeeded.connect(lambda _: self.session.recorded())
        handle.signals.succeeded.connect(on_done)
        handle.signals.failed.connect(self._on_failed)
        handle.signals.cancelled.connect(lambda exc: self._on_cancelled(exc))
        handle.signals.finished.connect(self._on_finished)
        self._handle = handle
        self._set_busy(True)
        self._say(self.tr("Working…"))
        start_job(job, handle, exclusive=True)

    def _on_failed(self, exc: BaseException) -> None:
        self.progress_bar.setValue(0)
        self._say(str(exc))
        if isinstance(exc, NotAuthorised):
            if handle_refusal(self, self.session, exc, exhibit=self._exhibit()):
                self._say(self.tr("Recorded. Try again."))
            return
        show_exception(self, exc, action=self.tr("The task"))

    def _on_cancelled(self, exc: Cancelled) -> None:
        self.progress_bar.setValue(0)
        self._say(exc.outcome.capitalize() + ".")

    def _set_busy(self, busy: bool) -> None:
        for action in (self.collect_action, self.image_action, self.scene_action,
                       self.export_action):
            if busy:
                action.button.setEnabled(False)
            else:
                action.refresh()
        self.cancel_button.setEnabled(busy)

    def _on_progress(self, p: Progress) -> None:
        if p.bytes_total:
            self.progress_bar.setValue(int(1000 * p.bytes_done / p.bytes_total))
        eta = p.eta_seconds
        self._say(f"{p.phase}: {p.files_done} / {p.files_total or '?'}, "
                  f"{human_size(p.bytes_done)} / {human_size(p.bytes_total or 0)}"
                  + (self.tr(", %1 left").replace("%1", about_duration(eta)) if eta is not None
                     else ""))

    def _on_finished(self) -> None:
        self._set_busy(False)
        self._handle = None

    def _say(self, text: str) -> None:
        self.status_label.setText(text)

    def _case(self) -> Case | None:
        if self.session.case is None:
            self._say(self.tr("Open or make a case first."))
        return self.session.case

    def _source(self) -> str | None:
        text = self.source_edit.text().strip()
        if not text:
            self._say(self.tr("Choose the source to preserve first."))
            return None
        return text

    def _exhibit(self) -> str | None:
        exhibit = self.exhibit_combo.exhibit()
        if exhibit is None:
            self._say(self.tr("Register the device first, then choose it as the exhibit."))
        return exhibit

    def _choose_source(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Disk image or file"))
        if path:
            self.source_edit.setText(path)
