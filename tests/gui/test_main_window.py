"""The window a user sees when starting the app without arguments."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from triage_app.cli import main
from triage_app.gui.main_window import MainWindow


def test_main_window_shows_the_app_name(qtbot, tmp_path) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert "Field Triage" in window.windowTitle()
    shot = tmp_path / "main.png"
    assert window.grab().save(str(shot))
    assert shot.stat().st_size > 1000


def test_no_arguments_starts_the_gui(qtbot) -> None:
    app = QApplication.instance()
    titles: list[str] = []

    def look_then_quit() -> None:
        titles.extend(w.windowTitle() for w in app.topLevelWidgets() if w.isVisible())
        app.quit()

    QTimer.singleShot(100, look_then_quit)
    assert main([]) == 0
    assert any("Field Triage" in t for t in titles)
