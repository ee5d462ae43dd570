"""Sign-in: the officer chooses their profile (or makes one) and unlocks their signing key.

The level and endorsements of the profile shape everything after it: which views the window
shows, which actions are locked, which words the guidance uses.
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from triage_app.core.officer import LEVELS, Officer, list_officers
from triage_app.errors import TriageError
from triage_app.gui.widgets import role_label
from triage_app.operations.officers import add_officer, sign_in


def describe_levels(officer: Officer) -> str:
    now = datetime.now(UTC)
    valid = [str(e) for e in officer.valid_endorsements(now)]
    return ", ".join(valid) or "no valid endorsement"


class SignInScreen(QWidget):
    signed_in = Signal(object, object)  # the Officer, the passphrase that opened the key (or None)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = role_label(self.tr("Sign in"), "title")
        hint = role_label(self.tr("Choose your officer profile. What you may do at a scene "
                                  "follows from your competency level, and every action is "
                                  "recorded under your name."), "hint")
        self.passphrase_edit = QLineEdit()
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_edit.setPlaceholderText(self.tr("Leave empty if your key has none"))
        self.passphrase_edit.returnPressed.connect(self.submit)
        self.profiles = QListWidget()
        self.profiles.itemActivated.connect(lambda _item: self.passphrase_edit.setFocus())
        self.message = role_label("", "fail")
        self.sign_in_button = QPushButton(self.tr("&Sign in"))
        self.sign_in_button.setProperty("role", "primary")
        self.sign_in_button.clicked.connect(self.submit)
        new_button = QPushButton(self.tr("&New profile…"))
        new_button.clicked.connect(self.new_profile)

        form = QFormLayout()
        form.addRow(self.tr("Key &passphrase"), self.passphrase_edit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.sign_in_button)
        buttons.addWidget(new_button)
        buttons.addStretch(1)
        column = QVBoxLayout()
        column.addWidget(title)
        column.addWidget(hint)
        column.addWidget(self.profiles, 1)
        column.addLayout(form)
        column.addWidget(self.message)
        column.addLayout(buttons)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(column, 3)
        outer.addStretch(1)
        self.reload()

    def reload(self, select: str | None = None) -> None:
        self.profiles.clear()
        try:
            officers = list_officers()
        except TriageError as exc:
            officers = []
            self.message.setText(str(exc))
        for officer in officers:
            item = QListWidgetItem(f"{officer.name}  ({officer.id})  —  {describe_levels(officer)}")
            item.setData(Qt.ItemDataRole.UserRole, officer.id)
            self.profiles.addItem(item)
            if officer.id == select:
                self.profiles.setCurrentItem(item)
        if self.profiles.currentItem() is None and self.profiles.count():
            self.profiles.setCurrentRow(0)
        if not officers:
            self.message.setText(self.tr("No officer profile on this laptop yet: make yours with "
                                         "“New profile…”."))

    def submit(self) -> None:
        item = self.profiles.currentItem()
        if item is None:
            self.message.setText(self.tr("Choose your profile first."))
            return
        passphrase = self.passphrase_edit.text() or None
        try:
            officer = sign_in(item.data(Qt.ItemDataRole.UserRole), passphrase)
        except TriageError as exc:
            self.message.setText(str(exc))
            self.passphrase_edit.selectAll()
            self.passphrase_edit.setFocus()
            return
        self.passphrase_edit.clear()
        self.message.clear()
        self.signed_in.emit(officer, passphrase)

    def new_profile(self) -> None:
        dialog = NewOfficerDialog(self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.made is not None:
            self.reload(select=dialog.made)


class NewOfficerDialog(QDialog):
    """A new profile: id, name, agency, endorsements and the signing key's passphrase."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New officer profile"))
        self.made: str | None = None
        self.id_edit = QLineEdit()
        self.id_edit.setPlaceholderText(self.tr("Collar or staff number, e.g. PC-1234"))
        self.name_edit = QLineEdit()
        self.agency_edit = QLineEdit()
        self.endorse_edit = QLineEdit()
        self.endorse_edit.setPlaceholderText("L1  or  L2-removable-media:2027-06-30, SUPERVISOR")
        self.endorse_edit.setToolTip(self.tr("Levels: ") + ", ".join(LEVELS))
        self.passphrase_edit = QLineEdit()
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat_edit = QLineEdit()
        self.repeat_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = role_label("", "fail")
        form = QFormLayout()
        form.addRow(self.tr("Officer &ID"), self.id_edit)
        form.addRow(self.tr("&Name"), self.name_edit)
        form.addRow(self.tr("&Agency"), self.agency_edit)
        form.addRow(self.tr("&Endorsements"), self.endorse_edit)
        form.addRow(self.tr("Key &passphrase"), self.passphrase_edit)
        form.addRow(self.tr("&Repeat passphrase"), self.repeat_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def save(self) -> None:
        if self.passphrase_edit.text() != self.repeat_edit.text():
            self.message.setText(self.tr("The passphrases differ."))
            return
        codes = [c.strip() for c in self.endorse_edit.text().replace(";", ",").split(",")
                 if c.strip()]
        try:
            made = add_officer(self.id_edit.text(), self.name_edit.text(),
                               agency=self.agency_edit.text(), endorsements=codes,
                               passphrase=self.passphrase_edit.text() or None)
        except TriageError as exc:
            self.message.setText(str(exc))
            return
        self.made = made.officer.id
        self.accept()
