"""Start the desktop app: the only place (with the rest of triage_app.gui) that imports Qt."""

from __future__ import annotations

import logging
import os
import sys

log = logging.getLogger(__name__)


def _no_display() -> bool:
    """On Linux, Qt aborts the process when it finds no screen; say so in plain words first."""
    return (sys.platform.startswith("linux") and not os.environ.get("QT_QPA_PLATFORM")
            and not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"))


def run_gui(argv: list[str] | None = None) -> int:
    if _no_display():
        print("error: no screen to open the window on (DISPLAY is not set). Run Field Triage "
              "from the desktop, or use the command line: triage-app --help", file=sys.stderr)
        return 1
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
