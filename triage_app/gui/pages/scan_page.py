"""Scan a folder, image or device into a case: progress, ETA and cancel; results stream in."""

from __future__ import annotations

from PySide6.QtGui import QTextOption
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from triage_app.core.jobs import Progress
from triage_app.core.units import about_duration, human_size
from triage_app.crypto.explain import URGENT_ADVICE
from triage_app.engine.scan import ScanSummary
from triage_app.errors import TriageError
from triage_app.gui.errors import show_exception
from triage_app.gui.models import FileResultsModel
from triage_app.gui.session import CaseSession
from triage_app.gui.widgets import with_folder_button
from triage_app.gui.worker import JobHandle, start_job
from triage_app.operations.scan import scan


class ScanPage(QWidget):
    def __init__(self, session: CaseSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._handle: JobHandle | None = None

        self.source_edit = QLineEdit()
        self.source_edit.setPlaceholderText(self.tr("Folder, disk image (.dd, .E01, .001) or device"))
        folder_button = QPushButton(self.tr("Folder…"))
        folder_button.clicked.connect(self._choose_folder)
        image_button = QPushButton(self.tr("Image file…"))
        image_button.clicked.connect(self._choose_image)
        source_row = QHBoxLayout()
        source_row.addWidget(self.source_edit, 1)
        source_row.addWidget(folder_button)
        source_row.addWidget(image_button)

        self.case_edit = QLineEdit()
        self.case_edit.setPlaceholderText(self.tr("Case folder (created if missing)"))
        case_row = with_folder_button(self.case_edit, self.tr("Case folder"))

        self.exhibit_edit = QLineEdit()
        self.exhibit_edit.setPlaceholderText(self.tr("e.g. ABC/1"))

        form = QFormLayout()
        form.addRow(self.tr("Source"), source_row)
        form.addRow(self.tr("Case"), case_row)
        form.addRow(self.tr("Exhibit"), self.exhibit_edit)

        self.start_button = QPushButton(self.tr("Start scan"))
        self.start_button.clicked.connect(self.start)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel)
        buttons = QHBoxLayout()
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)

        self.progress_bar = QProgressBar()
        self.progress_bar.setRange(0, 1000)
        self.status_label = QLabel(self.tr("Evidence is opened read-only. Every step is recorded "
                                           "in the case's custody ledger."))
        self.status_label.setWordWrap(True)
        # A scan error in full, wrapped even inside a long path, to read, select and copy.
        self.error_view = QPlainTextEdit()
        self.error_view.setReadOnly(True)
        self.error_view.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.error_view.setMaximumHeight(90)
        self.error_view.hide()

        self.model = FileResultsModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(False)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        for column, width in ((0, 320), (1, 50), (2, 80), (3, 60), (4, 150), (5, 140), (6, 260)):
            self.table.setColumnWidth(column, width)
        self.table.verticalHeader().setVisible(False)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.status_label)
        layout.addWidget(self.error_view)
        layout.addWidget(self.table, 1)

    # --- choosing --------------------------------------------------------------------------
    def _choose_folder(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Folder or mounted drive to scan"))
        if path:
            self.source_edit.setText(path)

    def _choose_image(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Disk image to scan"), "",
            self.tr("Disk images (*.dd *.raw *.img *.E01 *.001 *.000 *.iso *.dmg);;All files (*)"))
        if path:
            self.source_edit.setText(path)

    # --- running ---------------------------------------------------------------------------
    def start(self) -> None:
        self.error_view.hide()
        source, case_dir = self.source_edit.text().strip(), self.case_edit.text().strip()
        if not source or not case_dir:
            self.status_label.setText(self.tr("Choose a source and a case folder first."))
            return
        case = self.session.case_or_report(case_dir, lambda exc: self._on_failed(
            exc, action=self.tr("Opening the case")), evidence=source)
        if case is None:
            return
        self.model.clear()
        self.progress_bar.setValue(0)
        handle = JobHandle()
        handle.signals.progress.connect(self._on_progress)
        handle.signals.items.connect(self.model.append)
        handle.signals.succeeded.connect(self._on_done)
        handle.signals.failed.connect(self._on_failed)
        handle.signals.cancelled.connect(
            lambda exc: self.status_label.setText(exc.outcome.capitalize() + "."))
        handle.signals.finished.connect(self._on_finished)
        self._handle = handle
        self.start_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.status_label.setText(self.tr("Opening the source…"))
        exhibit = self.exhibit_edit.text().strip() or None
        start_job(lambda progress, cancel: scan(case, source, exhibit=exhibit, progress=progress,
                                                cancel=cancel, on_result=handle.emit_item),
                  handle, exclusive=True)

    def cancel(self) -> None:
        if self._handle is not None:
            self._handle.cancel.cancel()
            self.status_label.setText(self.tr("Cancelling…"))

    def _on_progress(self, p: Progress) -> None:
        if p.phase == "counting":
            self.progress_bar.setRange(0, 0)  # busy: the total is not known yet
            self.status_label.setText(self.tr("Listing the source: %n entries so far", "",
                                              p.files_total or 0))
            return
        self.progress_bar.setRange(0, 1000)
        if p.bytes_total:
            self.progress_bar.setValue(int(1000 * p.bytes_done / p.bytes_total))
        eta = p.eta_seconds
        eta_text = self.tr(", %1 left").replace("%1", about_duration(eta)) if eta is not None else ""
        self.status_label.setText(
            f"{p.files_done} / {p.files_total or '?'} " + self.tr("entries") +
            f", {human_size(p.bytes_done)} / {human_size(p.bytes_total or 0)}"
            f", {human_size(int(p.rate))}/s{eta_text}")

    def _on_failed(self, exc: BaseException, action: str | None = None) -> None:
        self.progress_bar.setRange(0, 1000)
        self.progress_bar.setValue(0)
        self.status_label.setText(self.tr("The scan did not finish; the reason is below."))
        self.error_view.setPlainText(str(exc) if isinstance(exc, TriageError) else
                                     self.tr("An internal error stopped the scan: %1")
                                     .replace("%1", repr(exc)))
        self.error_view.show()
        show_exception(self, exc, action=action or self.tr("The scan"))

    def _on_done(self, summary: ScanSummary) -> None:
        self.progress_bar.setRange(0, 1000)
        self.progress_bar.setValue(1000)
        urgent = (self.tr("URGENT: %1 private keys, seed phrases or wallet files - %2 (the "
                          "Findings page lists them first). ").replace("%1", str(summary.urgent))
                  .replace("%2", URGENT_ADVICE) if summary.urgent else "")
        self.status_label.setText(
            urgent + self.tr("Scan finished: ") +
            f"{summary.files} files, {summary.dirs} folders, {summary.findings} findings "
            f"({summary.notable} notable, {summary.known} known), {summary.errors} with errors, "
            f"{summary.elapsed:.1f} s."
            + (self.tr(" Resumed an interrupted scan.") if summary.resumed else ""))

    def _on_finished(self) -> None:
        if self.progress_bar.maximum() == 0:
            self.progress_bar.setRange(0, 1000)
        self.start_button.setEnabled(True)
        self.cancel_button.setEnabled(False)
        self._handle = None
