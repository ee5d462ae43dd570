"""What the scene view tests share: an officer's session on a real case, clicks, and
screenshots at the workspace's size."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from tests.fixtures.cases import named_officer, warrant
from triage_app.gui.session import CaseSession
from triage_app.gui.theme import STANDARD, stylesheet
from triage_app.gui.views.device_panel import VALUE_WORDS, DeviceQueue
from triage_app.operations import case_state
from triage_app.workflow import rules as workflow_rules

SHOTS = Path("/tmp/shots")
WORKSPACE = (1150, 650)  # the window's workspace area at 1366x768 (the GUI contract)


def session_on_case(tmp_path: Path, level: str, *, with_authority: bool = True) -> CaseSession:
    """A window session of an officer at ``level`` with a new case open."""
    session = CaseSession(named_officer(f"PC-{level}", level))
    session.new(tmp_path / "case", ref="ABC", authority=warrant() if with_authority else None)
    return session


def click(qtbot, widget: QWidget) -> None:
    assert widget.isVisible() and widget.isEnabled(), widget
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def shot(widget: QWidget, name: str, theme: str = STANDARD) -> Path:
    """Save what ``widget`` shows at the workspace size, styled as the window styles it, to
    /tmp/shots/<name>.png."""
    SHOTS.mkdir(exist_ok=True)
    widget.setStyleSheet(stylesheet(theme, large=False))
    widget.resize(*WORKSPACE)
    QApplication.processEvents()  # the layout settles at the new size
    path = SHOTS / f"{name}.png"
    assert widget.grab().save(str(path))
    return path


def actions(session: CaseSession, *wanted: str) -> list[tuple[str, str | None]]:
    """The case's custody entries as (action, exhibit), only ``wanted`` actions."""
    case = session.case
    assert case is not None
    return [(e.action, e.exhibit) for e in case_state.entries(case, *wanted)]


def answer(qtbot, queue: DeviceQueue, fact: str, value: str, level: str = "L1") -> None:
    """Answer the device's question about ``fact`` (it must be the one asked, in the rules'
    words at ``level``) with ``value``."""
    question = queue.panel.question
    asked = workflow_rules.active().facts[fact]["ask"][level]
    assert question.isVisible() and question.question.text() == asked
    [button] = [b for b in question.buttons if b.text == VALUE_WORDS[value]]
    click(qtbot, button.button)
