"""The device register: every device of the case with what is known of it, as the custody
ledger says; register another, add photos of one, print its label."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from triage_app.case.case import Case
from triage_app.errors import TriageError
from triage_app.gui.actions import GuardedAction
from triage_app.gui.i18n import rules_text
from triage_app.gui.session import CaseSession
from triage_app.gui.views.device_form import DeviceForm
from triage_app.gui.views.scene_parts import (
    JobStrip,
    hint,
    labels_printed,
    no_case_note,
    print_label_to_chosen_file,
)
from triage_app.operations import case_state
from triage_app.operations.devices import update_device
from triage_app.operations.scene import camera_folder_photos
from triage_app.workflow import rules as workflow_rules
from triage_app.workflow.rules import guidance_level

# The headers in English (the rows' keys); QT_TRANSLATE_NOOP lets lupdate collect them.
COLUMNS: tuple[str, ...] = tuple(map(str, (
    QT_TRANSLATE_NOOP("DeviceTable", "Exhibit"),
    QT_TRANSLATE_NOOP("DeviceTable", "Device"),
    QT_TRANSLATE_NOOP("DeviceTable", "Serial / IMEI"),
    QT_TRANSLATE_NOOP("DeviceTable", "Seal"),
    QT_TRANSLATE_NOOP("DeviceTable", "State at seizure"),
    QT_TRANSLATE_NOOP("DeviceTable", "Photos"),
    QT_TRANSLATE_NOOP("DeviceTable", "Decision"),
    QT_TRANSLATE_NOOP("DeviceTable", "Carried out"),
    QT_TRANSLATE_NOOP("DeviceTable", "Label"),
)))
KIND_MARKS = {"stop": "STOP", "caution": "CAUTION", "instruction": "DO"}


class DeviceTable(QTableWidget):
    """One row per registered device; the exhibit is the row's key."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, len(COLUMNS), parent)
        self.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
        self.verticalHeader().setVisible(False)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setWordWrap(True)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for stretched in (1, 4):  # the device and its state wrap; the rest fit their text
            header.setSectionResizeMode(stretched, QHeaderView.ResizeMode.Stretch)

    def exhibit(self) -> str | None:
        row = self.currentRow()
        item = self.item(row, 0) if row >= 0 else None
        return item.text() if item is not None else None

    def show_case(self, case: Case | None, level: str | None) -> None:
        chosen = self.exhibit()
        self.setRowCount(0)
        if case is None:
            return
        rules = workflow_rules.active()
        words = guidance_level(level)
        decided = case_state.decisions(case)
        deviated = case_state.deviated(case)
        labels = labels_printed(case)
        for device in case_state.devices(case):
            about = device.about
            decision = decided.get(device.exhibit)
            outcome = rules.outcomes.get(decision.outcome or "") if decision else None
            if decision is None or outcome is None:
                carried = ""
            elif decision.seq in deviated:
                carried = self.tr("something else (reason recorded)")
            else:
                carried = self.tr("yes") if decision.done else self.tr("not yet")
            cells = [
                (device.exhibit, None),
                (about.label, about.note),
                (" / ".join(v for v in (about.serial, about.imei) if v), None),
                (about.seal or "", None),
                (", ".join(f"{k}: {v}" for k, v in device.facts.items()), None),
                (str(len(device.photos)), "\n".join(p["path"] for p in device.photos)),
                ((f"{self.tr(KIND_MARKS.get(outcome['kind'], outcome['kind']))}: "
                  f"{decision.outcome}" if outcome and decision
                  else self.tr("not decided")),
                 rules_text(outcome["text"][words]) if outcome else None),
                (carried, None),
                (labels.get(device.exhibit, ""), None),
            ]
            row = self.rowCount()
            self.insertRow(row)
            for column, (text, tip) in enumerate(cells):
                item = QTableWidgetItem(text)
                if tip:
                    item.setToolTip(tip)
                self.setItem(row, column, item)
            if device.exhibit == chosen:
                self.selectRow(row)
        self.resizeRowsToContents()


class DeviceRegister(QWidget):
    def __init__(self, session: CaseSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.title = QLabel(self.tr("Device register"))
        self.title.setProperty("role", "title")
        self.table = DeviceTable()
        self.register_action = GuardedAction(session, "register-device",
                                             self.tr("&Register a device…"), self.open_form)
        self.photos_action = GuardedAction(session, "register-device",
                                           self.tr("Add &photos of the chosen device…"),
                                           self.add_photos, exhibit=self.table.exhibit)
        self.label_action = GuardedAction(session, "print-label",
                                          self.tr("Print its &label…"), self.print_label,
                                          exhibit=self.table.exhibit)
        self.jobs = JobStrip(session)
        self.message = hint()
        self.form_dialog: QDialog | None = None
        self.action_row = QHBoxLayout()
        for action in (self.register_action, self.photos_action, self.label_action):
            self.action_row.addWidget(action)
        self.action_row.addStretch(1)
        self.no_case = no_case_note()
        self.column = QVBoxLayout(self)
        for widget in (self.title, self.no_case, self.table):
            self.column.addWidget(widget, 1 if widget is self.table else 0)
        self.column.addLayout(self.action_row)
        self.column.addWidget(self.jobs)
        self.column.addWidget(self.message)
        self.table.itemSelectionChanged.connect(self._selection)
        for signal in (session.changed, session.officer_changed, session.case_updated):
            signal.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        case = self.session.case
        self.no_case.setVisible(case is None)
        self.table.setVisible(case is not None)
        self.table.show_case(case, self.session.officer.highest_level())
        self._selection()

    def _selection(self) -> None:
        chosen = self.table.exhibit() is not None and self.session.case is not None
        for action in (self.photos_action, self.label_action):
            action.refresh()
            action.button.setEnabled(action.button.isEnabled() and chosen)
        self.register_action.setEnabled(self.session.case is not None)

    def open_form(self) -> None:
        """The shared device form in a dialog; it closes once the device is registered."""
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Register a device"))
        form = DeviceForm(self.session)
        form.registered.connect(lambda _exhibit: dialog.accept())
        QVBoxLayout(dialog).addWidget(form)
        dialog.resize(760, 0)
        self.form_dialog = dialog
        dialog.open()

    def add_photos(self) -> None:
        exhibit = self.table.exhibit()
        if exhibit is None:
            return
        folder = QFileDialog.getExistingDirectory(self, self.tr("The camera's photo folder"))
        if folder:
            self.add_photos_from(exhibit, folder)

    def add_photos_from(self, exhibit: str, folder: str) -> None:
        case = self.session.case
        if case is None:
            return
        try:
            photos = camera_folder_photos(folder)
        except TriageError as exc:
            self.message.setText(str(exc))
            return
        self.jobs.start(lambda progress, cancel: update_device(case, exhibit, [], photos=photos),
                        lambda entry: self.message.setText(
                            self.tr("%1 photo(s) of %2 added (custody entry %3).")
                            .replace("%1", str(len(photos))).replace("%2", exhibit)
                            .replace("%3", str(entry.seq))),
                        what=self.tr("Adding the photos"))

    def print_label(self) -> None:
        exhibit = self.table.exhibit()
        if exhibit is not None:
            print_label_to_chosen_file(self, self.session, exhibit)
