"""Preserve and hand over: collect files, make an image (L2 and above), add scene photos,
export the triage package. Locked actions stay visible and can be requested from a specialist.
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
from triage_app.errors import Cancelled, InputError
from triage_app.gui.errors import show_exception
from triage_app.gui.session import CaseSession
from triage_app.gui.widgets import with_folder_button
from triage_app.gui.worker import JobHandle, start_job
from triage_app.operations import package
from triage_app.operations.authority import request_specialist
from triage_app.operations.collect import collect
from triage_app.operations.image import image
from triage_app.operations.scene import add_scene_photos
from triage_app.storage.drives import parse_size
from triage_app.workflow import competency


class PreservePage(QWidget):
    def __init__(self, session: CaseSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.officer = session.officer
        self._handle: JobHandle | None = None

        self.case_edit = QLineEdit()
        self.case_edit.setPlaceholderText(self.tr("Case folder"))
        self.source_edit = QLineEdit()
        self.source_edit.setPlaceholderText(self.tr("Folder, disk image or device to preserve"))
        source_button = QPushButton(self.tr("Choose…"))
        source_button.clicked.connect(self._choose_source)
        source_row = QHBoxLayout()
        source_row.addWidget(self.source_edit, 1)
        source_row.addWidget(source_button)
        self.exhibit_edit = QLineEdit()
        self.exhibit_edit.setPlaceholderText(self.tr("e.g. ABC/1"))
        form = QFormLayout()
        form.addRow(self.tr("Case"), with_folder_button(self.case_edit, self.tr("Case folder")))
        form.addRow(self.tr("Source"), source_row)
        form.addRow(self.tr("Exhibit"), self.exhibit_edit)

        self.select_edit = QLineEdit()
        self.select_edit.setPlaceholderText(self.tr("optional, e.g. *.jpg  /Users/*/Documents/**"))
        self.deleted_box = QCheckBox(self.tr("include deleted files"))
        self.collect_button = QPushButton()
        self.collect_button.clicked.connect(lambda: self._run_or_request("collect"))
        collect_box = QGroupBox(self.tr("Collect files (copied, hashed and verified)"))
        collect_form = QFormLayout(collect_box)
        collect_form.addRow(self.tr("Only"), self.select_edit)
        collect_form.addRow(self.deleted_box, self.collect_button)

        self.format_combo = QComboBox()
        self.format_combo.addItems(["raw", "e01"])
        self.split_edit = QLineEdit()
        self.split_edit.setPlaceholderText(self.tr("optional segment size, e.g. 2G"))
        self.image_button = QPushButton()
        self.image_button.clicked.connect(lambda: self._run_or_request("image"))
        image_box = QGroupBox(self.tr("Make a disk image (hash on read, verify after write)"))
        image_form = QFormLayout(image_box)
        image_form.addRow(self.tr("Format"), self.format_combo)
        image_form.addRow(self.tr("Split"), self.split_edit)
        image_form.addRow("", self.image_button)

        self.scene_button = QPushButton(self.tr("Add scene photos…"))
        self.scene_button.clicked.connect(self._add_scene_photos)
        self.out_edit = QLineEdit()
        self.out_edit.setPlaceholderText(self.tr("Where to write the package (e.g. the exhibit stick)"))
        self.export_button = QPushButton(self.tr("Export the triage package"))
        self.export_button.clicked.connect(self.export)
        hand_box = QGroupBox(self.tr("Document and hand over"))
        hand_form = QFormLayout(hand_box)
        hand_form.addRow("", self.scene_button)
        hand_form.addRow(self.tr("Output"), with_folder_button(self.out_edit, self.tr("Output folder")))
        hand_form.addRow("", self.export_button)

        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel)
        self.progress_bar = QProgressBar()
        self.progress_bar.setRange(0, 1000)
        self.status_label = QLabel(self.tr("Sources are read-only; every step goes into the "
                                           "custody ledger."))
        self.status_label.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(collect_box)
        layout.addWidget(image_box)
        layout.addWidget(hand_box)
        row = QHBoxLayout()
        row.addWidget(self.progress_bar, 1)
        row.addWidget(self.cancel_button)
        layout.addLayout(row)
        layout.addWidget(self.status_label)
        layout.addStretch(1)
        self._label_locked_actions()

    # --- competency ----------------------------------------------------------------------------
    def _label_locked_actions(self) -> None:
        for action, button, text in (("collect", self.collect_button, self.tr("Collect files")),
                                     ("image", self.image_button, self.tr("Make the image"))):
            needs = competency.required_level(action)
            if needs is None or competency.may(self.officer, action):
                button.setText(text)
            else:
                button.setText(text + self.tr(" — locked (needs %1): request a specialist")
                               .replace("%1", needs))

    def _run_or_request(self, action: str) -> None:
        if competency.may(self.officer, action):
            (self.collect if action == "collect" else self.image)()
            return
        case = self._case()
        if case is None:
            return
        exhibit = self._exhibit()
        subject = {"source": self.source_edit.text().strip() or None}
        self._start(lambda progress, cancel: request_specialist(
            case, action, exhibit=exhibit, subject=subject),
            lambda entry: self._say(self.tr("A specialist was requested (custody entry %1).")
                                    .replace("%1", str(entry.seq))))

    # --- actions (thin: one operation each, on the worker) --------------------------------------
    def collect(self) -> None:
        source = self._source()
        case = self._case(evidence=source) if source else None
        if source is None or case is None:
            return
        exhibit = self._exhibit()
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
        source = self._source()
        case = self._case(evidence=source) if source else None
        if source is None or case is None:
            return
        exhibit, fmt = self._exhibit(), self.format_combo.currentText()
        self._start(lambda progress, cancel: image(
            case, source, fmt=fmt, split=split, exhibit=exhibit, progress=progress,
            cancel=cancel),
            lambda r: self._say(self.tr("Image of %1 written and verified: SHA-256 %2")
                                .replace("%1", r.source).replace("%2", r.hashes["sha256"])))

    def _add_scene_photos(self) -> None:
        if not self.case_edit.text().strip():
            self._say(self.tr("Choose the case folder first."))
            return
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
        case = self._case(create=False)
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
        handle.signals.succeeded.connect(on_done)
        handle.signals.failed.connect(lambda exc: self._on_failed(exc))
        handle.signals.cancelled.connect(lambda exc: self._on_cancelled(exc))
        handle.signals.finished.connect(self._on_finished)
        self._handle = handle
        self._set_busy(True)
        self._say(self.tr("Working…"))
        start_job(job, handle, exclusive=True)

    def _on_failed(self, exc: BaseException) -> None:
        self.progress_bar.setValue(0)
        self._say(str(exc))
        show_exception(self, exc, action=self.tr("The task"))

    def _on_cancelled(self, exc: Cancelled) -> None:
        self.progress_bar.setValue(0)
        self._say(exc.outcome.capitalize() + ".")

    def _set_busy(self, busy: bool) -> None:
        for button in (self.collect_button, self.image_button, self.scene_button, self.export_button):
            button.setEnabled(not busy)
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

    def _case(self, *, create: bool = True, evidence: str | None = None) -> Case | None:
        """The session's open case for the folder named here (opened on first use)."""
        text = self.case_edit.text().strip()
        if not text:
            self._say(self.tr("Choose the case folder first."))
            return None
        return self.session.case_or_report(text, lambda exc: show_exception(
            self, exc, action=self.tr("Opening the case")), create=create, evidence=evidence)

    def _source(self) -> str | None:
        text = self.source_edit.text().strip()
        if not text:
            self._say(self.tr("Choose the source to preserve first."))
            return None
        return text

    def _exhibit(self) -> str | None:
        return self.exhibit_edit.text().strip() or None

    def _choose_source(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Disk image or file"))
        if path:
            self.source_edit.setText(path)
