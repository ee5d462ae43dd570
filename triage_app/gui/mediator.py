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
        self._unlocked: tuple[str, str] | None = None  # (officer id, passphrase) from sign-in

    def remember(self, officer: Officer, passphrase: str | None) -> None:
        """The passphrase that opened the officer's key at sign-in, so the session does not
        ask again; forgotten when another officer signs in."""
        self._unlocked = (officer.id, passphrase) if passphrase else None

    def passphrase(self, officer: Officer) -> str | None:
        if self._unlocked is not None and self._unlocked[0] == officer.id:
            return self._unlocked[1]
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
