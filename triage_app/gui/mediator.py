"""The window's answers to an operation's questions: dialogs on the GUI thread."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget

from triage_app.core.officer import Officer


class DialogMediator:
    """Asks with modal dialogs. Operations that may ask (opening a case unlocks the officer's
    key) are started from the GUI thread, where dialogs can be shown."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self.parent = parent

    def passphrase(self, officer: Officer) -> str | None:
        text, ok = QInputDialog.getText(
            self.parent, "Signing key", f"Passphrase of the signing key of officer {officer.id}:",
            QLineEdit.EchoMode.Password)
        return text if ok and text else None

    def confirm(self, question: str) -> bool:
        answer = QMessageBox.question(self.parent, "Field Triage", question)
        return answer == QMessageBox.StandardButton.Yes

    def choose(self, question: str, options: Sequence[str]) -> str | None:
        item, ok = QInputDialog.getItem(self.parent, "Field Triage", question, list(options),
                                        0, False)
        return item if ok else None
