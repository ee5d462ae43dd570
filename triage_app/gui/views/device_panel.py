"""One device through the rules: its facts asked one question at a time in the order the
engine asks them, the instruction it gives, and what the officer did about it."""

from __future__ import annotations

from functools import partial
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from triage_app.errors import TriageError
from triage_app.gui.actions import GuardedAction
from triage_app.gui.i18n import rules_text
from triage_app.gui.session import CaseSession
from triage_app.gui.views.scene_parts import (
    Card,
    decision_card,
    hint,
    mark_primary,
    primary,
    recorded_to,
)
from triage_app.operations import case_state, workflow
from triage_app.operations.authority import ACTION_SPECIALIST, request_specialist
from triage_app.operations.case_state import DECISION_RECORDED
from triage_app.operations.devices import update_device
from triage_app.operations.exercise import what_is_seen
from triage_app.workflow import rules as workflow_rules

# How a fact's value reads on its answer button (a value not named here reads as it is).
VALUE_WORDS = {"yes": "&Yes", "no": "&No", "on": "&On", "off": "O&ff",
               "unknown": "I &cannot tell"}


class FactQuestion(QFrame):
    """Asks one fact of one device (an info card with big answer buttons); each answer is a
    ``device.updated`` entry."""

    answered = Signal()

    def __init__(self, session: CaseSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("card", "info")
        self.session = session
        self.exhibit = ""
        self.fact = ""
        self.question = QLabel()
        self.question.setProperty("role", "card-title")
        self.question.setWordWrap(True)
        self.answers = QHBoxLayout()
        self.free_text = QLineEdit()
        self.message = hint()
        answers = QHBoxLayout()
        answers.addLayout(self.answers)
        answers.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.question)
        layout.addWidget(self.free_text)
        layout.addLayout(answers)
        layout.addWidget(self.message)
        self.buttons: list[GuardedAction] = []

    def ask(self, exhibit: str, fact: str, text: str) -> None:
        if (exhibit, fact) == (self.exhibit, self.fact):
            return
        self.exhibit, self.fact = exhibit, fact
        self.question.setText(rules_text(text))
        self.message.setText("")
        for old in self.buttons:
            old.deleteLater()
        values = workflow_rules.active().facts[fact].get("values")
        self.free_text.clear()
        self.free_text.setVisible(values is None)
        if values is None:
            self.buttons = [primary(GuardedAction(self.session, "register-device",
                                                  self.tr("&Save the answer"),
                                                  self._save_free_text))]
        else:
            self.buttons = [GuardedAction(self.session, "register-device",
                                          self.tr(VALUE_WORDS.get(v, v)), partial(self.answer, v))
                            for v in values]
        big = self.fontMetrics()
        for button in self.buttons:
            button.button.setMinimumSize(big.horizontalAdvance("M") * 9, big.height() * 3)
            button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)
            self.answers.addWidget(button)
            button.show()  # now, not on the next turn of the event loop

    def _save_free_text(self) -> None:
        self.answer(self.free_text.text())

    def answer(self, value: str, _checked: bool = False) -> None:
        case = self.session.case
        if case is None:
            return
        if not value.strip():
            self.message.setText(self.tr("An answer is needed to go on."))
            return
        exhibit, fact = self.exhibit, self.fact
        entry = recorded_to(self.session, self, lambda: update_device(
            case, exhibit, [f"{fact}={value.strip()}"]), exhibit=exhibit,
            what=self.tr("Recording the answer"))
        if entry is not None:
            self.answered.emit()


class DeviationDialog(QDialog):
    """What was done instead of the exhibit's instruction, and why: both written, both needed;
    OK records the deviation (``deviation.recorded``), which a supervisor reviews."""

    def __init__(self, session: CaseSession, exhibit: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.exhibit = exhibit
        self.setWindowTitle(self.tr("Do something else: %1").replace("%1", exhibit))
        self.action_edit = QLineEdit()
        self.action_edit.setPlaceholderText(self.tr("e.g. switched it off: no signal bag"))
        self.reason_edit = QPlainTextEdit()
        self.reason_edit.setTabChangesFocus(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(hint(self.tr("A supervisor reviews every deviation.")))
        form.addRow(self.tr("What &was done instead *"), self.action_edit)
        form.addRow(self.tr("&Why (written reason) *"), self.reason_edit)
        form.addRow(self.buttons)
        self.action_edit.textChanged.connect(self._check)
        self.reason_edit.textChanged.connect(self._check)
        self.accepted.connect(self._record)
        self._check()

    def _check(self) -> None:
        filled = bool(self.action_edit.text().strip() and
                      self.reason_edit.toPlainText().strip())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(filled)

    def _record(self) -> None:
        case, exhibit = self.session.case, self.exhibit
        action, reason = self.action_edit.text(), self.reason_edit.toPlainText()
        if case is not None:
            recorded_to(self.session, self.parentWidget() or self, lambda: workflow.deviate(
                case, exhibit, reason=reason, action=action), exhibit=exhibit,
                what=self.tr("Recording the deviation"))


class DevicePanel(QWidget):
    """The device's next question, then "Get the instruction", then the card with what to do:
    "I have done this", a specialist for a STOP, or (L2) something else with a reason."""

    changed = Signal()

    def __init__(self, session: CaseSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.exhibit: str | None = None
        self._decision_seq: int | None = None
        self.heading = QLabel()
        self.heading.setProperty("role", "title")
        self.heading.setWordWrap(True)
        self.seen = QLabel()
        self.seen.setWordWrap(True)
        self.seen.setProperty("card", "info")
        self.question = FactQuestion(session)
        self.question.answered.connect(self._changed)
        self.decide_action = primary(GuardedAction(session, "decide",
                                                   self.tr("&Get the instruction"), self.decide,
                                                   exhibit=self._exhibit))
        self.card = Card()
        self.specialist_button = QPushButton(self.tr("Call a &specialist for this device"))
        self.specialist_button.clicked.connect(self.request)
        self.done_action = GuardedAction(session, "done", self.tr("I have &done this"),
                                         self.carry_out, exhibit=self._exhibit)
        self.deviate_action = GuardedAction(session, "deviate", self.tr("Do something &else…"),
                                            self.ask_deviation, exhibit=self._exhibit)
        self.status = hint()
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.deviation: DeviationDialog | None = None
        actions = QHBoxLayout()
        actions.addWidget(self.specialist_button)
        actions.addWidget(self.done_action)
        actions.addStretch(1)
        self.otherwise = hint(self.tr("Cannot do it as it says?"))
        otherwise = QHBoxLayout()
        otherwise.addWidget(self.otherwise)
        otherwise.addWidget(self.deviate_action, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.seen)
        layout.addWidget(self.question)
        layout.addWidget(self.decide_action)
        layout.addWidget(self.card)
        layout.addLayout(actions)
        layout.addWidget(self.status)
        layout.addLayout(otherwise)
        layout.addStretch(1)
        self.show_device(None)

    def _exhibit(self) -> str | None:
        return self.exhibit

    def show_device(self, exhibit: str | None) -> None:
        if exhibit != self.exhibit:
            self.status.setText("")
        self.exhibit = exhibit
        self.refresh()

    def refresh(self) -> None:
        case = self.session.case
        device = case_state.device(case, self.exhibit) if case and self.exhibit else None
        self.heading.setText(f"{device.exhibit} · {device.about.label}" if device else "")
        self._show_seen(case, device.exhibit if device else None)
        items = ({(i.kind, i.ref): i for i in workflow.open_items(case)}
                 if case is not None and device is not None else {})
        undecided = items.get(("device", self.exhibit or ""))
        asking = undecided is not None and bool(undecided.missing_facts)
        if asking and undecided is not None:
            self.question.ask(device.exhibit if device else "", undecided.missing_facts[0],
                              undecided.text)
        self.question.setVisible(asking)
        self.decide_action.setVisible(undecided is not None and not asking)
        decided = self._recorded_decision(case) if device and undecided is None else None
        self.card.setVisible(decided is not None)
        open_decision = ("decision", self.exhibit or "") in items
        stop = decided is not None and decided["outcome_kind"] == "stop"
        requested = stop and self._specialist_requested(case)
        self.specialist_button.setVisible(open_decision and stop)
        self.specialist_button.setEnabled(not requested)
        self.done_action.setVisible(open_decision)
        self.done_action.refresh()
        if stop and not requested:
            self.done_action.button.setEnabled(False)
        mark_primary(self.specialist_button, stop and not requested)
        mark_primary(self.done_action.button, self.done_action.button.isEnabled())
        self.deviate_action.setVisible(open_decision)
        self.otherwise.setVisible(open_decision)
        if decided is not None:
            decision_card(self.card, decided)
            if not open_decision:
                self.status.setText(self._closed_words(case))
            elif stop and not requested:
                self.status.setText(self.tr("Request a specialist first; then confirm that "
                                            "nobody touches the device."))

    def _show_seen(self, case: Any, exhibit: str | None) -> None:
        """In a training exercise, what the trainee sees of the device (the scenario's words
        and any event the trainer injected since)."""
        try:
            seen = what_is_seen(case, exhibit) if case is not None and exhibit else []
        except TriageError as exc:
            seen = [str(exc)]
        self.seen.setText(self.tr("In this exercise you see: ") + " ".join(seen) if seen else "")
        self.seen.setVisible(bool(seen))

    def _recorded_decision(self, case: Any) -> dict[str, Any] | None:
        latest = case_state.decisions(case).get(self.exhibit or "")
        self._decision_seq = latest.seq if latest else None
        if latest is None:
            return None
        entry = next(e for e in case_state.entries(case, DECISION_RECORDED)
                     if e.seq == latest.seq)
        return entry.details

    def _specialist_requested(self, case: Any) -> bool:
        return any(e.exhibit == self.exhibit and e.seq > (self._decision_seq or 0)
                   for e in case_state.entries(case, ACTION_SPECIALIST))

    def _closed_words(self, case: Any) -> str:
        if self._decision_seq in case_state.deviated(case):
            return self.tr("Something else was done instead (recorded with its reason).")
        return self.tr("Carried out.")

    # --- actions: one operation each -----------------------------------------------------
    def decide(self) -> None:
        case, exhibit = self.session.case, self.exhibit
        if case is not None and exhibit is not None:
            recorded_to(self.session, self, lambda: workflow.decide(case, exhibit),
                        exhibit=exhibit, what=self.tr("Getting the instruction"))
            self._changed()

    def carry_out(self) -> None:
        case, exhibit = self.session.case, self.exhibit
        if case is None or exhibit is None:
            return
        recorded_to(self.session, self, lambda: workflow.carry_out(case, exhibit),
                    exhibit=exhibit, what=self.tr("Recording what you did"))
        self._changed()

    def request(self) -> None:
        case, exhibit = self.session.case, self.exhibit
        if case is None or exhibit is None:
            return
        subject = {"decision_seq": self._decision_seq}
        entry = recorded_to(self.session, self, lambda: request_specialist(
            case, workflow.DECIDE, exhibit=exhibit, subject=subject,
            note=self.card.text.text()), exhibit=exhibit, what=self.tr("Requesting a specialist"))
        if entry is not None:
            self.status.setText(self.tr(
                "A specialist is requested (custody entry %1). Keep everyone away from the "
                "device, then press \"I have done this\".").replace("%1", str(entry.seq)))
        self._changed()

    def ask_deviation(self) -> None:
        if self.exhibit is not None:
            self.deviation = DeviationDialog(self.session, self.exhibit, self)
            self.deviation.open()

    def _changed(self) -> None:
        self.refresh()
        self.changed.emit()


class DeviceQueue(QWidget):
    """One device at a time: the first registered device still undecided or not carried out."""

    changed = Signal()

    def __init__(self, session: CaseSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.progress = hint()
        self.panel = DevicePanel(session)
        self.panel.changed.connect(self._changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.progress)
        layout.addWidget(self.panel, 1)
        self.refresh()

    @property
    def finished(self) -> bool:
        """No registered device is undecided or waiting to be carried out."""
        return not self._open()

    def _open(self) -> list[str]:
        case = self.session.case
        if case is None:
            return []
        return list(dict.fromkeys(i.ref for i in workflow.open_items(case)
                                  if i.kind in ("device", "decision")))

    def refresh(self) -> None:
        case = self.session.case
        waiting = self._open()
        devices = case_state.devices(case) if case is not None else []
        before = self.panel.exhibit
        after = waiting[0] if waiting else None
        closed = (self.tr("%1 is dealt with. ").replace("%1", before)
                  if before and before != after and before not in waiting else "")
        if waiting:
            self.progress.setText(closed + self.tr("Device %1 of %2 · %3 still to deal with")
                                  .replace("%1", str(len(devices) - len(waiting) + 1))
                                  .replace("%2", str(len(devices)))
                                  .replace("%3", str(len(waiting))))
        else:
            self.progress.setText(closed + (self.tr("Every registered device is decided and "
                                                    "its instruction carried out.") if devices
                                            else self.tr("No device is registered yet.")))
        self.panel.show_device(after)

    def _changed(self) -> None:
        self.refresh()
        self.changed.emit()
