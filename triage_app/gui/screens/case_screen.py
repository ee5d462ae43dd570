"""Choosing the case of the session: a new case with its legal authority, or one to resume.

One case stays open for the whole session (one ``case.opened`` entry, not one per action). A
receiver at the lab may go on without a case: importing a package makes one.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from triage_app.config import data_dir
from triage_app.core.settings import recent_cases, remember_case
from triage_app.errors import TriageError
from triage_app.gui.authority_form import AuthorityForm
from triage_app.gui.errors import show_exception
from triage_app.gui.session import CaseSession
from triage_app.gui.widgets import role_label, with_folder_button
from triage_app.operations.cases import is_case_folder


def default_cases_folder() -> Path:
    return Path.home() / "Field Triage cases" if Path.home().is_dir() else data_dir() / "cases"


class CaseScreen(QWidget):
    ready = Signal()  # a case is open in the session (or the receiver goes on without one)

    def __init__(self, session: CaseSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        title = role_label(self.tr("Case"), "title")

        self.ref_edit = QLineEdit()
        self.ref_edit.setPlaceholderText(self.tr("e.g. OP-ORCHARD-2026-117"))
        self.ref_edit.textEdited.connect(self._suggest_folder)
        self.folder_edit = QLineEdit()
        self.folder_edit.setPlaceholderText(self.tr("Where the case is kept (never on evidence)"))
        self.authority = AuthorityForm()
        self.new_message = role_label("", "fail")
        self.make_button = QPushButton(self.tr("&Make the case"))
        self.make_button.setProperty("role", "primary")
        self.make_button.clicked.connect(self.make_case)
        new_form = QFormLayout()
        new_form.addRow(self.tr("Case &reference"), self.ref_edit)
        folder_label = QLabel(self.tr("Case &folder"))
        folder_label.setBuddy(self.folder_edit)
        new_form.addRow(folder_label, with_folder_button(self.folder_edit, self.tr("Case folder")))
        new_box = QGroupBox(self.tr("New case"))
        new_layout = QVBoxLayout(new_box)
        new_layout.addLayout(new_form)
        authority_note = role_label(self.tr("The legal authority for the search: nothing is "
                                            "read from evidence without it."), "hint")
        new_layout.addWidget(authority_note)
        new_layout.addWidget(self.authority)
        new_layout.addWidget(self.new_message)
        new_layout.addWidget(self.make_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.recent = QListWidget()
        self.recent.itemActivated.connect(lambda item: self.open_case(item.data(Qt.ItemDataRole.UserRole)))
        open_button = QPushButton(self.tr("&Open the chosen case"))
        open_button.clicked.connect(self._open_chosen)
        browse_button = QPushButton(self.tr("Open &another case folder…"))
        browse_button.clicked.connect(self._browse)
        self.without_button = QPushButton(self.tr("Continue &without a case"))
        self.without_button.setToolTip(self.tr("Lab intake (importing a package makes its case) "
                                               "and training (building an exercise makes it)"))
        self.without_button.clicked.connect(self.ready.emit)
        open_box = QGroupBox(self.tr("Resume a case"))
        open_layout = QVBoxLayout(open_box)
        open_layout.addWidget(self.recent, 1)
        open_layout.addWidget(open_button)
        open_layout.addWidget(browse_button)
        open_layout.addWidget(self.without_button)

        columns = QHBoxLayout()
        columns.addWidget(new_box, 3)
        columns.addWidget(open_box, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(columns, 1)

    def refresh(self) -> None:
        self.recent.clear()
        for folder in recent_cases():
            if is_case_folder(folder):
                item = QListWidgetItem(f"{Path(folder).name}   —   {folder}")
                item.setData(Qt.ItemDataRole.UserRole, folder)
                self.recent.addItem(item)
        if self.recent.count():
            self.recent.setCurrentRow(0)
        officer = self.session.officer
        self.without_button.setVisible(officer.has_level("RECEIVER") or officer.has_level("TRAINER"))

    def _suggest_folder(self, ref: str) -> None:
        if not self.folder_edit.isModified():
            safe = "".join(ch if ch.isalnum() or ch in "-_." else "_" for ch in ref.strip())
            self.folder_edit.setText(str(default_cases_folder() / safe) if safe else "")

    def make_case(self) -> None:
        ref, folder = self.ref_edit.text().strip(), self.folder_edit.text().strip()
        if not ref or not folder:
            self.new_message.setText(self.tr("Give the case reference and its folder."))
            return
        try:
            authority = self.authority.authority()
            self.session.new(folder, ref=ref, authority=authority)
        except TriageError as exc:
            self.new_message.setText(str(exc))
            return
        except Exception as exc:  # noqa: BLE001 - a defect: the crash dialog reports it
            show_exception(self, exc, action=self.tr("Making the case"))
            return
        self.new_message.clear()
        remember_case(folder)
        self.ready.emit()

    def _open_chosen(self) -> None:
        item = self.recent.currentItem()
        if item is not None:
            self.open_case(item.data(Qt.ItemDataRole.UserRole))

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Case folder"))
        if folder:
            self.open_case(folder)

    def open_case(self, folder: str) -> None:
        try:
            self.session.open(folder)
        except Exception as exc:  # noqa: BLE001 - TriageError in plain words, a defect as one
            show_exception(self, exc, action=self.tr("Opening the case"))
            return
        remember_case(folder)
        self.ready.emit()
