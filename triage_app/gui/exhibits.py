"""What the triage steps share: the open case's exhibits to choose from, the note shown while
no case is open, and a refusal that can be cured by recording a device's facts.

The exhibits come from the device register (:func:`operations.case_state.devices`); whether a
step may run on one is the operations' answer, never the GUI's. When an operation refuses for
want of a fact (a removable device's write blocker, say), the officer may record it here
(:func:`operations.devices.update_device`) and try again, or request a specialist.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from triage_app.errors import NotAuthorised, TriageError
from triage_app.gui.actions import offer_specialist
from triage_app.gui.errors import show_exception
from triage_app.gui.i18n import tr
from triage_app.gui.session import CaseSession
from triage_app.operations.case_state import devices
from triage_app.operations.devices import update_device
from triage_app.workflow import rules as workflow_rules


class ExhibitChooser(QComboBox):
    """The registered devices of the session's open case; ``none_text`` adds a first choice
    of no exhibit (all exhibits, where it filters)."""

    def __init__(self, session: CaseSession, parent: QWidget | None = None, *,
                 none_text: str | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._none_text = none_text
        self.setMinimumContentsLength(28)
        session.changed.connect(self.refresh)
        session.case_updated.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        chosen = self.exhibit()
        self.blockSignals(True)
        self.clear()
        if self._none_text is not None:
            self.addItem(self._none_text, None)
        case = self.session.case
        for device in devices(case) if case is not None else []:
            self.addItem(f"{device.exhibit} — {device.about.label}", device.exhibit)
        self.setCurrentIndex(max(0, self.findData(chosen)))
        self.blockSignals(False)
        self.currentIndexChanged.emit(self.currentIndex())

    def exhibit(self) -> str | None:
        return self.currentData()

    def select(self, exhibit: str) -> None:
        self.setCurrentIndex(max(0, self.findData(exhibit)))


class CaseNote(QLabel):
    """The plain note shown instead of ``body`` while the session has no open case."""

    def __init__(self, session: CaseSession, body: QWidget) -> None:
        super().__init__(self.tr("Open or make a case first."))
        self.setProperty("role", "hint")
        self.session = session
        self.body = body
        session.changed.connect(self.refresh)  # a slot of the note: gone with it
        self.refresh()

    def refresh(self) -> None:
        self.setVisible(self.session.case is None)
        self.body.setEnabled(self.session.case is not None)


class FactsDialog(QDialog):
    """Asks the facts an operation is waiting for, in the rules' words at the officer's level."""

    def __init__(self, refusal: str, facts: tuple[str, ...], level: str | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Record what is missing"))
        self.setMinimumWidth(520)
        why = QLabel(refusal)
        why.setWordWrap(True)
        form = QFormLayout()
        rules = workflow_rules.active()
        asked_at = workflow_rules.guidance_level(level)
        self.fields: dict[str, QLineEdit | QComboBox] = {}
        for fact in facts:
            about = rules.facts.get(fact, {})
            field: QLineEdit | QComboBox
            if about.get("values"):
                field = QComboBox()
                field.addItems(["", *about["values"]])
            else:
                field = QLineEdit()
            question = QLabel(about.get("ask", {}).get(asked_at, fact))
            question.setWordWrap(True)
            question.setBuddy(field)
            form.addRow(question, field)
            self.fields[fact] = field
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.record_button = buttons.addButton(self.tr("&Record"),
                                               QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(why)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def answers(self) -> list[str]:
        """``NAME=VALUE`` for every fact answered."""
        values = {fact: (field.currentText() if isinstance(field, QComboBox) else field.text())
                  for fact, field in self.fields.items()}
        return [f"{fact}={value.strip()}" for fact, value in values.items() if value.strip()]


def handle_refusal(parent: QWidget, session: CaseSession, refusal: NotAuthorised, *,
                   exhibit: str | None) -> bool:
    """Show an operation's refusal (already recorded). When the device's missing facts would
    cure it, offer to record them; True when they were recorded (the step may be tried again).
    Otherwise offer a specialist request."""
    case = session.case
    if not (refusal.missing_facts and exhibit and case is not None):
        offer_specialist(parent, session, refusal, exhibit=exhibit)
        return False
    dialog = FactsDialog(str(refusal), refusal.missing_facts, case.officer.highest_level(),
                         parent)
    if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.answers():
        return False
    try:
        update_device(case, exhibit, dialog.answers())
    except TriageError as exc:
        show_exception(parent, exc, action=tr("Recording the device's facts"))
        return False
    session.recorded()
    return True
