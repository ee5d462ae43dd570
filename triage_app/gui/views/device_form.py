"""The form that registers a device as an exhibit; the wizard and the register share it."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from triage_app.errors import TriageError
from triage_app.gui.actions import GuardedAction
from triage_app.gui.session import CaseSession
from triage_app.gui.views.camera import camera_present, take_photo
from triage_app.gui.views.scene_parts import JobStrip, hint, primary
from triage_app.operations import case_state
from triage_app.operations.case_state import DeviceDescription
from triage_app.operations.devices import register_device
from triage_app.operations.scene import camera_folder_photos
from triage_app.workflow import rules as workflow_rules

KIND_WORDS = {"computer": "Computer (desktop)", "laptop": "Laptop", "phone": "Mobile phone",
              "tablet": "Tablet", "removable": "USB stick, memory card or removable disk",
              "storage": "Hard disk or other storage", "router": "Router or network box",
              "iot": "Smart device (camera, speaker, alarm…)", "camera": "Camera",
              "other": "Something else"}


def next_exhibit(refs: list[str]) -> str:
    """The next free number after the last registered exhibit (ABC/2 after ABC/1), or ""."""
    numbered = [m for r in refs if (m := re.fullmatch(r"([A-Z]{1,8})/([0-9]+)", r))]
    if not numbered:
        return ""
    prefix = numbered[-1][1]
    taken = {int(m[2]) for m in numbered if m[1] == prefix}
    return f"{prefix}/{max(taken) + 1}"


def buddy(text: str, edit: QWidget) -> QLabel:
    """A row label whose mnemonic focuses ``edit`` (the first field of a row of several)."""
    label = QLabel(text)
    label.setBuddy(edit)
    return label


class DeviceForm(QWidget):
    """Exhibit reference, kind, make, model, serial, IMEI, seal, note and photos; registering
    copies the photos into the case (on the worker) and records ``device.registered``."""

    registered = Signal(str)  # the exhibit

    def __init__(self, session: CaseSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.exhibit_edit = QLineEdit()
        self.exhibit_edit.setPlaceholderText(self.tr("e.g. ABC/1 (the number on the bag)"))
        self.kind_combo = QComboBox()
        self.kind_combo.addItem(self.tr("— choose what it is —"), None)
        for kind in workflow_rules.active().kinds:
            self.kind_combo.addItem(self.tr(KIND_WORDS.get(kind, kind)), kind)
        self.make_edit, self.model_edit = QLineEdit(), QLineEdit()
        self.serial_edit, self.imei_edit = QLineEdit(), QLineEdit()
        self.seal_edit, self.note_edit = QLineEdit(), QLineEdit()
        self.imei_edit.setPlaceholderText(self.tr("phones: *#06# shows it; do not unlock"))
        self.seal_edit.setPlaceholderText(self.tr("the number on the evidence bag's seal"))
        self.note_edit.setPlaceholderText(self.tr("where it was found, what is connected"))
        self.photos = QListWidget()
        self.photos.setFlow(QListWidget.Flow.LeftToRight)
        self.photos.setWrapping(True)
        self.photos.setMaximumHeight(self.fontMetrics().lineSpacing() * 4 + 10)
        from_folder = QPushButton(self.tr("Photos from a camera &folder…"))
        from_folder.clicked.connect(self.choose_camera_folder)
        clear = QPushButton(self.tr("C&lear photos"))
        clear.clicked.connect(self.photos.clear)
        self.camera_button = QPushButton(self.tr("Take a photo with this computer's ca&mera"))
        self.camera_button.clicked.connect(self.take_camera_photo)
        if not camera_present():
            self.camera_button.setEnabled(False)
            self.camera_button.setText(self.tr("No camera on this computer"))
        photo_buttons = QHBoxLayout()
        photo_buttons.addWidget(from_folder)
        photo_buttons.addWidget(self.camera_button)
        photo_buttons.addWidget(clear)
        photo_buttons.addStretch(1)

        form = QFormLayout()
        form.addRow(self.tr("E&xhibit number *"), self.exhibit_edit)
        form.addRow(self.tr("&What is it *"), self.kind_combo)
        ident = QHBoxLayout()
        for label, edit in ((self.tr("Make"), self.make_edit), (self.tr("Model"),
                                                                 self.model_edit)):
            edit.setPlaceholderText(label)
            ident.addWidget(edit)
        form.addRow(buddy(self.tr("Ma&ke and model"), self.make_edit), ident)
        numbers = QHBoxLayout()
        self.serial_edit.setPlaceholderText(self.tr("Serial number"))
        numbers.addWidget(self.serial_edit)
        numbers.addWidget(self.imei_edit)
        form.addRow(buddy(self.tr("&Serial / IMEI"), self.serial_edit), numbers)
        form.addRow(self.tr("S&eal number"), self.seal_edit)
        form.addRow(self.tr("&Note"), self.note_edit)
        form.addRow(self.tr("Photos"), self.photos)
        form.addRow("", photo_buttons)
        self.jobs = JobStrip(session)
        self.message = hint()
        self.register_action = primary(GuardedAction(
            session, "register-device", self.tr("&Register this device"), self.submit))
        self.jobs.busy_changed.connect(lambda busy: self.register_action.setEnabled(not busy))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.register_action)
        layout.addWidget(self.jobs)
        layout.addStretch(1)
        self.refresh()

    def refresh(self) -> None:
        """Offer the next exhibit number when the field is empty."""
        case = self.session.case
        if case is not None and not self.exhibit_edit.text().strip():
            self.exhibit_edit.setText(next_exhibit([d.exhibit for d in
                                                    case_state.devices(case)]))

    def add_photos(self, paths: list[str]) -> None:
        for path in paths:
            item = QListWidgetItem(Path(path).name)
            item.setData(Qt.ItemDataRole.UserRole, path)
            item.setToolTip(path)
            self.photos.addItem(item)

    def choose_camera_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("The camera's photo folder"))
        if not folder:
            return
        try:
            self.add_photos([str(p) for p in camera_folder_photos(folder)])
        except TriageError as exc:
            self.message.setText(str(exc))

    def take_camera_photo(self) -> None:
        photo = take_photo(self)
        if photo is not None:
            self.add_photos([str(photo)])

    def description(self) -> DeviceDescription | None:
        kind = self.kind_combo.currentData()
        if kind is None:
            return None

        def text(edit: QLineEdit) -> str | None:
            return edit.text().strip() or None

        return DeviceDescription(kind=kind, make=text(self.make_edit),
                                 model=text(self.model_edit), serial=text(self.serial_edit),
                                 imei=text(self.imei_edit), seal=text(self.seal_edit),
                                 note=text(self.note_edit))

    def submit(self) -> None:
        case = self.session.case
        exhibit = self.exhibit_edit.text().strip().upper()
        about = self.description()
        if case is None:
            return
        if not exhibit or about is None:
            self.message.setText(self.tr("Fill in the exhibit number and what the device is "
                                         "(fields marked *)."))
            return
        photos = [Path(self.photos.item(i).data(Qt.ItemDataRole.UserRole))
                  for i in range(self.photos.count())]
        self.message.setText("")
        self.jobs.start(lambda progress, cancel: register_device(case, exhibit, about,
                                                                 photos=photos),
                        self._registered, what=self.tr("Registering the device"))

    def _registered(self, device: case_state.Device) -> None:
        self.message.setText(self.tr("%1 is registered (%2).").replace("%1", device.exhibit)
                             .replace("%2", device.about.label))
        for edit in (self.exhibit_edit, self.make_edit, self.model_edit, self.serial_edit,
                     self.imei_edit, self.seal_edit, self.note_edit):
            edit.clear()
        self.kind_combo.setCurrentIndex(0)
        self.photos.clear()
        self.refresh()
        self.registered.emit(device.exhibit)
