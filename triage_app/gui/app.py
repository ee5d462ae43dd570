"""Start the desktop app: the only place (with the rest of triage_app.gui) that imports Qt."""

from __future__ import annotations

import logging
import os
import sys

from triage_app.config import resource
from triage_app.gui import native_crash_log

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
        from PySide6.QtGui import QIcon
        from PySide6.QtWidgets import QApplication
    except ImportError as exc:
        print(f"error: the graphical interface needs PySide6 ({exc}); the command line works: "
              "triage-app --help", file=sys.stderr)
        return 1
    from triage_app.core.officer import load_officer
    from triage_app.errors import TriageError
    from triage_app.gui.main_window import MainWindow

    try:
        officer = load_officer(None)
    except TriageError as exc:
        print(f"error: the window cannot open: {exc}", file=sys.stderr)
        return 1
    running = QApplication.instance()  # typed QCoreApplication: narrowed to the GUI one
    app = running if isinstance(running, QApplication) else QApplication(argv or sys.argv[:1])
    app.setApplicationName("Field Triage")
    app.setWindowIcon(QIcon(str(resource("icons", "field-triage-256.png"))))
    apply_settings(app)
    _log_to_file()
    previous_crash = native_crash_log.take_previous()
    native_crash_log.enable()
    window = MainWindow(officer)
    _install_crash_handler(window)
    window.show()
    if previous_crash:
        _show_previous_crash(window, previous_crash)
    return app.exec()


def apply_settings(app) -> None:
    """The saved theme, target size and language, before any window is built."""
    from triage_app.core.settings import load_settings
    from triage_app.gui.i18n import install_language
    from triage_app.gui.theme import apply_theme

    settings = load_settings()
    apply_theme(app, settings["theme"], settings["large_targets"])
    install_language(app, settings["language"])


def _show_previous_crash(window, report: str) -> None:
    """The C libraries (TSK, libewf, libmagic, Qt) can crash the process outright; the next
    start says so, with what faulthandler wrote, so it can be reported."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Warning, "Field Triage stopped unexpectedly last time",
                      "Field Triage crashed in a native library the last time it ran. The custody "
                      "ledger and finished work were written as they happened; check the case "
                      "with 'custody verify'. Please report the details below.", parent=window)
    box.setDetailedText(report)
    box.open()


def _log_to_file() -> None:
    """The app's log (never evidence, never secrets) in the user's log folder; Qt's own
    messages go to it too."""
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    from triage_app.config import log_dir

    handler = logging.FileHandler(log_dir() / "field-triage.log", encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logging.getLogger().addHandler(handler)
    logging.getLogger().setLevel(logging.INFO)
    qt_log = logging.getLogger("qt")
    levels = {QtMsgType.QtDebugMsg: logging.DEBUG, QtMsgType.QtInfoMsg: logging.INFO,
              QtMsgType.QtWarningMsg: logging.WARNING, QtMsgType.QtCriticalMsg: logging.ERROR,
              QtMsgType.QtFatalMsg: logging.CRITICAL}
    qInstallMessageHandler(lambda kind, context, text: qt_log.log(levels.get(kind, logging.INFO), text))


def _install_crash_handler(window) -> None:
    """An exception nothing caught (a defect) is logged and shown in the crash dialog; the
    app keeps running, and finished work and the custody ledger are already on disk."""
    from triage_app.gui.errors import show_exception

    def hook(kind, exc, tb) -> None:
        log.critical("uncaught exception", exc_info=(kind, exc, tb))
        if isinstance(exc, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        show_exception(window, exc, action="The last action")

    sys.excepthook = hook
