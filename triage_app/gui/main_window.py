"""The main window shell. The guided workflow pages arrive with the workflow issue."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMainWindow, QVBoxLayout, QWidget

from triage_app import APP_NAME, __version__


class MainWindow(QMainWindow):
    def __init__(self) -> None:
        super().__init__()
        self.setWindowTitle(f"{APP_NAME} {__version__}")
        self.resize(1000, 680)
        body = QWidget()
        layout = QVBoxLayout(body)
        title = QLabel(f"<h1>{APP_NAME}</h1>")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        intro = QLabel(self.tr("Offline, read-only triage of digital evidence.\n"
                               "Every action is written to the case's custody ledger."))
        intro.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addStretch(1)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addStretch(2)
        self.setCentralWidget(body)
        self.statusBar().showMessage(self.tr("No case open"))
