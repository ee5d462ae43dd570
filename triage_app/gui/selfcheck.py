"""The GUI's part of the self-test: the main window opens, offscreen, and closes again."""

from __future__ import annotations

import logging


def open_main_window_offscreen() -> str:
    """Creates the main window on Qt's offscreen platform (no screen needed), shows it, lets
    Qt lay it out and closes it. Raises when Qt or a page cannot be built."""
    from PySide6 import __version__ as pyside_version
    from PySide6.QtCore import qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    from triage_app.gui.main_window import MainWindow

    # Qt's notes about the offscreen platform go to the log, not into the self-test's output.
    qt_log = logging.getLogger("qt")
    previous = qInstallMessageHandler(lambda kind, context, text: qt_log.debug(text))
    try:
        running = QApplication.instance()  # typed QCoreApplication: narrowed to the GUI one
        app = (running if isinstance(running, QApplication)
               else QApplication(["triage-app", "-platform", "offscreen"]))
        window = MainWindow()
        try:
            window.show()
            app.processEvents()
            pages = window.pages.count()
            if not window.isVisible() or pages == 0:
                raise RuntimeError("the main window did not open with its pages")
        finally:
            window.close()
            window.deleteLater()
            app.processEvents()
    finally:
        qInstallMessageHandler(previous)
    return (f"main window opened offscreen with {pages} pages "
            f"(PySide6 {pyside_version}, platform {app.platformName()})")
