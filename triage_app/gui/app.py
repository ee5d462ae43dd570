"""Start the desktop app: the only place (with the rest of triage_app.gui) that imports Qt."""

from __future__ import annotations

import logging
import sys

log = logging.getLogger(__name__)


def run_gui(argv: list[str] | None = None) -> int:
    try:
        from PySide6.QtWidgets import QApplication
    except ImportError as exc:
        print(f"error: the graphical interface needs PySide6 ({exc}); the command line works: "
              "triage-app --help", file=sys.stderr)
        return 1
    from triage_app.gui.main_window import MainWindow

    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setApplicationName("Field Triage")
    window = MainWindow()
    window.show()
    return app.exec()
