"""Small widgets the pages share."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QLineEdit, QPushButton

from triage_app.gui.i18n import tr


def with_folder_button(edit: QLineEdit, title: str,
                       chosen: Callable[[], None] | None = None) -> QHBoxLayout:
    """``edit`` with a "Choose…" button beside it that fills it from a folder dialog
    (and then calls ``chosen``)."""
    def choose() -> None:
        path = QFileDialog.getExistingDirectory(edit, title)
        if path:
            edit.setText(path)
            if chosen is not None:
                chosen()

    button = QPushButton(tr("Choose…"))
    button.clicked.connect(choose)
    row = QHBoxLayout()
    row.addWidget(edit, 1)
    row.addWidget(button)
    return row


def role_label(text: str, role: str) -> QLabel:
    """A word-wrapped label the stylesheet styles by its ``role`` (title, hint, pass, fail...)."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setProperty("role", role)
    return label
