"""What the view tests share: a session for an officer, and a screenshot in the app's look."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

from triage_app.core.officer import Officer
from triage_app.gui.session import CaseSession
from triage_app.gui.theme import STANDARD, stylesheet

SHOTS = Path("/tmp/shots")


@pytest.fixture
def session_of() -> Iterator:
    """``session_of(officer)``: a window session signed in as ``officer``, closed after."""
    sessions: list[CaseSession] = []

    def make(officer: Officer) -> CaseSession:
        sessions.append(CaseSession(officer))
        return sessions[-1]

    yield make
    for session in sessions:
        session.close()


def screenshot(widget: QWidget, name: str) -> Path:
    """``widget`` at the workspace's size (1150x650) in the standard theme, saved to SHOTS."""
    widget.setStyleSheet(stylesheet(STANDARD, False))
    widget.resize(1150, 650)
    widget.show()
    QApplication.processEvents()
    SHOTS.mkdir(parents=True, exist_ok=True)
    path = SHOTS / f"{name}.png"
    assert widget.grab().save(str(path))
    return path


def close_next_dialog(qtbot, seen: list[str]) -> None:
    """Close the next modal dialog when it opens, keeping its text in ``seen``."""
    def close() -> None:
        box = QApplication.activeModalWidget()
        if box is None:
            QTimer.singleShot(10, close)
            return
        seen.append(getattr(box, "text", lambda: "")())
        box.close()

    QTimer.singleShot(0, close)
