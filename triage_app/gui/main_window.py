"""The main window: a list of tasks on the left, the chosen task's page on the right."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QListWidget, QMainWindow, QStackedWidget,
                               QVBoxLayout, QWidget)

from triage_app import APP_NAME, __version__
from triage_app.core.officer import Officer, load_officer
from triage_app.gui.pages.crypto_page import CryptoCheckPage
from triage_app.gui.pages.findings_page import FindingsPage
from triage_app.gui.pages.photos_page import PhotosPage
from triage_app.gui.pages.preserve_page import PreservePage
from triage_app.gui.pages.scan_page import ScanPage


class MainWindow(QMainWindow):
    def __init__(self, officer: Officer | None = None) -> None:
        super().__init__()
        self.officer = officer or load_officer(None)
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
        who = (self.tr("no officer signed in (actions are recorded as 'unassigned')")
               if self.officer.is_unassigned else f"{self.officer.name} ({self.officer.id})")
        self.statusBar().showMessage(self.tr("Officer: ") + who)

    def _page_factories(self) -> list[tuple[str, Callable[[], QWidget]]]:
        return [
            (self.tr("Scan evidence"), lambda: ScanPage(self.officer)),
            (self.tr("Check an address"), lambda: CryptoCheckPage(self.officer)),
            (self.tr("Findings"), lambda: FindingsPage(self.officer)),
            (self.tr("Preserve & hand over"), lambda: PreservePage(self.officer)),
            (self.tr("Photos"), lambda: PhotosPage(self.officer)),
        ]

    def page(self, kind: type) -> QWidget:
        for i in range(self.pages.count()):
            if isinstance(self.pages.widget(i), kind):
                return self.pages.widget(i)
        raise LookupError(kind)
