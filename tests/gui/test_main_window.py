"""The window a user sees when starting the app without arguments."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from triage_app.__main__ import main
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


def test_no_arguments_starts_the_gui(qtbot, monkeypatch) -> None:
    app = QApplication.instance()
    titles: list[str] = []

    def fake_exec() -> int:
        # Stand-in for the event loop (a real quit() would end this test process's loop too).
        qtbot.wait(50)
        titles.extend(w.windowTitle() for w in app.topLevelWidgets() if w.isVisible())
        return 0

    monkeypatch.setattr(app, "exec", fake_exec)
    assert main([]) == 0
    assert any("Field Triage" in t for t in titles)
    assert not app.windowIcon().isNull()  # the app's icon, for the task bar and title bar


def test_an_unknown_officer_is_one_line_not_a_traceback(monkeypatch, capsys) -> None:
    monkeypatch.setenv("TRIAGE_OFFICER", "PC404")
    monkeypatch.setattr(QApplication.instance(), "exec", lambda: 0)
    assert main([]) == 1
    err = capsys.readouterr().err
    assert err.splitlines() == [
        "error: the window cannot open: no officer profile 'PC404' on this machine: create "
        "the profile first"]


def test_no_screen_is_said_in_plain_words(monkeypatch, capsys) -> None:
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr("sys.platform", "linux")
    assert main([]) == 1
    assert "no screen" in capsys.readouterr().err


def test_uncaught_exception_is_logged_and_shown(qtbot, monkeypatch, app_home) -> None:
    import logging
    import sys

    from PySide6.QtWidgets import QApplication

    from triage_app.gui import app as gui_app

    shown = []
    monkeypatch.setattr("triage_app.gui.errors.show_exception",
                        lambda parent, exc, action: shown.append(exc))
    monkeypatch.setattr(QApplication.instance(), "exec", lambda: 0)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    root = logging.getLogger()
    monkeypatch.setattr(root, "handlers", list(root.handlers))  # the app's file log, undone after
    monkeypatch.setattr(root, "level", root.level)
    assert gui_app.run_gui() == 0
    try:
        raise RuntimeError("a defect")
    except RuntimeError as exc:
        sys.excepthook(type(exc), exc, exc.__traceback__)
    assert shown and str(shown[0]) == "a defect"
    assert "a defect" in (app_home / "logs" / "field-triage.log").read_text()
