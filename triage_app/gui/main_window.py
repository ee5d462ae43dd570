"""The main window: a list of tasks on the left, the chosen task's page on the right, one open
case for the whole session."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from triage_app import APP_NAME, __version__
from triage_app.core.officer import Officer, load_officer
from triage_app.gui import worker
from triage_app.gui.pages.crypto_page import CryptoCheckPage
from triage_app.gui.pages.findings_page import FindingsPage
from triage_app.gui.pages.photos_page import PhotosPage
from triage_app.gui.pages.preserve_page import PreservePage
from triage_app.gui.pages.scan_page import ScanPage
from triage_app.gui.session import CaseSession

_Page = TypeVar("_Page", bound=QWidget)

CLOSE_WAIT_MS = 30000  # how long closing waits for a cancelled job to unwind


class MainWindow(QMainWindow):
    def __init__(self, officer: Officer | None = None) -> None:
        super().__init__()
        self.officer = officer or load_officer(None)
        self.session = CaseSession(self.officer, self)
        self.session.mediator.parent = self
        self.session.changed.connect(self._show_status)
        self.setWindowTitle(f"{APP_NAME} {__version__}")
        self.resize(1100, 720)

        self.nav = QListWidget()
        self.nav.setFixedWidth(190)
        self.pages = QStackedWidget()
        for title, factory in self._page_factories():
            self.nav.addItem(title)
            self.pages.addWidget(factory())
        self.nav.currentRowChanged.connect(self.pages.setCurrentIndex)
        self.nav.setCurrentRow(0)

        header = QLabel(f"<b>{APP_NAME}</b> — " + self.tr("offline, read-only evidence triage"))
        header.setTextFormat(Qt.TextFormat.RichText)
        body = QWidget()
        row = QHBoxLayout()
        row.addWidget(self.nav)
        row.addWidget(self.pages, 1)
        column = QVBoxLayout(body)
        column.addWidget(header)
        column.addLayout(row, 1)
        self.setCentralWidget(body)
        self._show_status("")

    def _page_factories(self) -> list[tuple[str, Callable[[], QWidget]]]:
        return [
            (self.tr("Scan evidence"), lambda: ScanPage(self.session)),
            (self.tr("Check an address"), lambda: CryptoCheckPage(self.session)),
            (self.tr("Findings"), lambda: FindingsPage(self.session)),
            (self.tr("Preserve & hand over"), lambda: PreservePage(self.session)),
            (self.tr("Photos"), lambda: PhotosPage(self.session)),
        ]

    def page(self, kind: type[_Page]) -> _Page:
        for i in range(self.pages.count()):
            widget = self.pages.widget(i)
            if isinstance(widget, kind):
                return widget
        raise LookupError(kind)

    def _show_status(self, case_dir: str) -> None:
        who = (self.tr("no officer signed in (actions are recorded as 'unassigned')")
               if self.officer.is_unassigned else f"{self.officer.name} ({self.officer.id})")
        case = case_dir or self.tr("none open")
        self.statusBar().showMessage(self.tr("Officer: ") + who + "   " + self.tr("Case: ") + case)

    def closeEvent(self, event: QCloseEvent) -> None:
        """A running job is cancelled and awaited (its end is recorded by the job), then the
        case is closed; the officer is asked first."""
        if worker.running_jobs():
            answer = QMessageBox.question(
                self, self.tr("Work in progress"),
                self.tr("A task is still running. Cancel it and close? What it finished stays "
                        "in the case; what it had not finished is discarded, and the cancel is "
                        "recorded in the custody ledger."))
            if answer != QMessageBox.StandardButton.Yes:
                event.ignore()
                return
            worker.cancel_all()
            self.statusBar().showMessage(self.tr("Cancelling the running task…"))
            if not worker.wait_for_all(CLOSE_WAIT_MS):
                QMessageBox.warning(self, self.tr("Still stopping"), self.tr(
                    "The task has not stopped yet; the window stays open until it has."))
                event.ignore()
                return
        self.session.close()
        event.accept()
