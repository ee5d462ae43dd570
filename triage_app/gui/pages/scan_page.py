"""Scan a folder, image or device into the open case as an exhibit: progress, ETA, pause and
cancel; results stream in."""

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
from triage_app.errors import NotAuthorised, TriageError
from triage_app.gui.actions import GuardedAction
from triage_app.gui.errors import show_exception
from triage_app.gui.exhibits import CaseNote, ExhibitChooser, handle_refusal
from triage_app.gui.models import FileResultsModel
from triage_app.gui.session import CaseSession
from triage_app.gui.worker import JobHandle, start_job
from triage_app.operations.scan import ACTION, scan


class ScanPage(QWidget):
    """Scan a source into the open case as the chosen exhibit (a step of the workflow)."""

    def __init__(self, session: CaseSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._handle: JobHandle | None = None

        body = QWidget()
        self.exhibit_combo = ExhibitChooser(session)
        self.source_edit = QLineEdit()
        self.source_edit.setPlaceholderText(self.tr("Folder, disk image (.dd, .E01, .001) or device"))
        folder_button = QPushButton(self.tr("&Folder…"))
        folder_button.clicked.connect(self._choose_folder)
        image_button = QPushButton(self.tr("&Image file…"))
        image_button.clicked.connect(self._choose_image)
        source_row = QHBoxLayout()
        source_row.addWidget(self.source_edit, 1)
        source_row.addWidget(folder_button)
        source_row.addWidget(image_button)

        source_label = QLabel(self.tr("&Source"))
        source_label.setBuddy(self.source_edit)
        form = QFormLayout()
        form.addRow(self.tr("E&xhibit"), self.exhibit_combo)
        form.addRow(source_label, source_row)

        self.scan_action = GuardedAction(session, ACTION, self.tr("&Start scan"), self.start,
                                         exhibit=self.exhibit_combo.exhibit)
        self.scan_action.button.setProperty("role", "primary")
        self.start_button = self.scan_action.button
        self.pause_button = QPushButton(self.tr("&Pause"))
        self.pause_button.setEnabled(False)
        self.pause_button.clicked.connect(self.toggle_pause)
        self.cancel_button = QPushButton(self.tr("&Cancel"))
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel)
        buttons = QHBoxLayout()
        buttons.addWidget(self.scan_action)
        buttons.addWidget(self.pause_button)
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
        for column, width in ((0, 290), (1, 50), (2, 80), (3, 60), (4, 150), (5, 140), (6, 230)):
            self.table.setColumnWidth(column, width)
        self.table.verticalHeader().setVisible(False)

        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.addLayout(form)
        body_layout.addLayout(buttons)
        body_layout.addWidget(self.progress_bar)
        body_layout.addWidget(self.status_label)
        body_layout.addWidget(self.error_view)
        body_layout.addWidget(self.table, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(CaseNote(session, body))
        layout.addWidget(body, 1)

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
        case, exhibit = self.session.case, self.exhibit_combo.exhibit()
        source = self.source_edit.text().strip()
        if case is None or exhibit is None or not source:
            self.status_label.setText(self.tr(
                "Choose the exhibit (register the device first) and its source."))
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
        self.pause_button.setEnabled(True)
        self.cancel_button.setEnabled(True)
        self.status_label.setText(self.tr("Opening the source…"))
        start_job(lambda progress, cancel: scan(case, source, exhibit=exhibit, progress=progress,
                                                cancel=cancel, on_result=handle.emit_item),
                  handle, exclusive=True)

    def toggle_pause(self) -> None:
        """Pause the running scan where it is, or let it go on (nothing is recorded for a
        pause; the time paused does not count in the rate or the time left)."""
        if self._handle is None:
            return
        token = self._handle.cancel
        if token.paused:
            token.resume()
            self.pause_button.setText(self.tr("&Pause"))
            self.status_label.setText(self.tr("Going on…"))
        else:
            token.pause()
            self.pause_button.setText(self.tr("&Resume"))
            self.status_label.setText(self.tr("Paused: nothing is read until you resume."))

    def cancel(self) -> None:
        if self._handle is not None:
            self._handle.cancel.cancel()
            self.pause_button.setText(self.tr("&Pause"))
            self.status_label.setText(self.tr("Cancelling…"))

    def _on_progress(self, p: Progress) -> None:
        if self._handle is not None and self._handle.cancel.paused:
            return  # the status line says it is paused
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

    def _on_failed(self, exc: BaseException) -> None:
        self.progress_bar.setRange(0, 1000)
        self.progress_bar.setValue(0)
        if isinstance(exc, NotAuthorised):
            self.status_label.setText(str(exc))
            exhibit = self.exhibit_combo.exhibit()
            if handle_refusal(self, self.session, exc, exhibit=exhibit):
                self.status_label.setText(self.tr("Recorded. Start the scan again."))
            return
        self.status_label.setText(self.tr("The scan did not finish; the reason is below."))
        self.error_view.setPlainText(str(exc) if isinstance(exc, TriageError) else
                                     self.tr("An internal error stopped the scan: %1")
                                     .replace("%1", repr(exc)))
        self.error_view.show()
        show_exception(self, exc, action=self.tr("The scan"))

    def _on_done(self, summary: ScanSummary) -> None:
        self.session.recorded()
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
        self.scan_action.refresh()
        self.pause_button.setEnabled(False)
        self.pause_button.setText(self.tr("&Pause"))
        self.cancel_button.setEnabled(False)
        self._handle = None
