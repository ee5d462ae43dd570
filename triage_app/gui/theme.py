"""The window's look: the standard or the high-contrast theme, and large touch targets.

Views never set colours or fonts; they mark widgets with dynamic properties (``card``,
``role``) and this stylesheet styles them, so both themes and the large-target setting reach
every view the same way.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

STANDARD, HIGH_CONTRAST = "standard", "high-contrast"


@dataclass(frozen=True, slots=True)
class Colours:
    text: str
    window: str
    base: str
    border: str
    hint: str
    focus: str
    primary: str
    primary_text: str
    stop: str
    stop_back: str
    caution: str
    caution_back: str
    instruction: str
    instruction_back: str
    info_back: str
    passed: str
    failed: str


_COLOURS = {
    STANDARD: Colours(text="#1b1f24", window="#f3f4f6", base="#ffffff", border="#9aa3ad",
                      hint="#4b5563", focus="#1d5fd1", primary="#1d5fd1", primary_text="#ffffff",
                      stop="#b3141b", stop_back="#fdecec", caution="#8a5300",
                      caution_back="#fff4dc", instruction="#17603a", instruction_back="#e8f5ec",
                      info_back="#eef3fb", passed="#17603a", failed="#b3141b"),
    HIGH_CONTRAST: Colours(text="#000000", window="#ffffff", base="#ffffff", border="#000000",
                           hint="#000000", focus="#0000ff", primary="#000000",
                           primary_text="#ffffff", stop="#c00000", stop_back="#ffffff",
                           caution="#7a3e00", caution_back="#ffffff", instruction="#005000",
                           instruction_back="#ffffff", info_back="#ffffff", passed="#005000",
                           failed="#c00000"),
}

SIMULATION_RED = "#c00000"


def stylesheet(theme: str, large: bool) -> str:
    c = _COLOURS.get(theme, _COLOURS[STANDARD])
    size = 15 if large else 11
    pad = "12px 18px" if large else "5px 12px"
    height = 44 if large else 26
    edge = 3 if theme == HIGH_CONTRAST else 2
    return f"""
QWidget {{ font-size: {size}pt; color: {c.text}; }}
QMainWindow, QDialog, QStackedWidget > QWidget {{ background: {c.window}; }}
QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QDateTimeEdit, QSpinBox, QListWidget, QTableView,
QTreeView {{ background: {c.base}; border: 1px solid {c.border}; min-height: {height - 6}px; }}
QPushButton {{ min-height: {height}px; padding: {pad}; border: 1px solid {c.border};
  border-radius: 4px; background: {c.base}; }}
QPushButton:disabled {{ color: {c.hint}; border-style: dashed; }}
QPushButton[role="primary"] {{ background: {c.primary}; color: {c.primary_text};
  font-weight: bold; }}
QPushButton[role="primary"]:disabled {{ background: {c.base}; color: {c.hint};
  font-weight: normal; }}
*:focus {{ outline: none; border: {edge + 1}px solid {c.focus}; }}
QListWidget::item {{ min-height: {height}px; padding: 2px 6px; }}
QListWidget::item:selected {{ background: {c.primary}; color: {c.primary_text}; }}
QLabel[role="title"] {{ font-size: {size + 6}pt; font-weight: bold; }}
QLabel[role="card-title"] {{ font-size: {size + 10}pt; font-weight: bold; }}
QLabel[role="hint"] {{ color: {c.hint}; }}
QLabel[role="simulation"] {{ color: #ffffff; background: {SIMULATION_RED}; font-weight: bold;
  padding: 2px 8px; }}
QLabel[role="pass"] {{ color: {c.passed}; font-weight: bold; }}
QLabel[role="fail"] {{ color: {c.failed}; font-weight: bold; }}
QFrame[card="stop"] {{ border: {edge + 2}px solid {c.stop}; background: {c.stop_back};
  border-radius: 6px; }}
QFrame[card="stop"] QLabel[role="card-title"] {{ color: {c.stop}; }}
QFrame[card="caution"] {{ border: {edge + 2}px solid {c.caution}; background: {c.caution_back};
  border-radius: 6px; }}
QFrame[card="caution"] QLabel[role="card-title"] {{ color: {c.caution}; }}
QFrame[card="instruction"] {{ border: {edge}px solid {c.instruction};
  background: {c.instruction_back}; border-radius: 6px; }}
QFrame[card="instruction"] QLabel[role="card-title"] {{ color: {c.instruction}; }}
QFrame[card="info"] {{ border: {edge}px solid {c.border}; background: {c.info_back};
  border-radius: 6px; }}
QFrame[card] QLabel {{ background: transparent; border: none; }}
QFrame[card] QLabel[role="simulation"] {{ background: {SIMULATION_RED}; }}
QStatusBar QLabel {{ padding: 0 8px; }}
"""


def apply_theme(app: QApplication, theme: str, large: bool) -> None:
    app.setStyle("Fusion")  # the same look on every platform, and styleable throughout
    palette = app.style().standardPalette()
    c = _COLOURS.get(theme, _COLOURS[STANDARD])
    palette.setColor(QPalette.ColorRole.Window, QColor(c.window))
    palette.setColor(QPalette.ColorRole.Base, QColor(c.base))
    palette.setColor(QPalette.ColorRole.Text, QColor(c.text))
    palette.setColor(QPalette.ColorRole.WindowText, QColor(c.text))
    palette.setColor(QPalette.ColorRole.Highlight, QColor(c.primary))
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor(c.primary_text))
    app.setPalette(palette)
    font = QFont(app.font())
    font.setPointSize(15 if large else 11)
    app.setFont(font)
    app.setStyleSheet(stylesheet(theme, large))
