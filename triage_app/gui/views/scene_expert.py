"""The scene for L3: the device register with every action at hand, free-form, each one an
operation that records itself; the latest custody entries show beneath.

Overrides have no operation yet (the rules name the action; nothing records one), so none is
offered here.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QVBoxLayout,
    QWidget,
)

from triage_app.gui.actions import GuardedAction
from triage_app.gui.i18n import rules_text
from triage_app.gui.session import CaseSession
from triage_app.gui.views.device_panel import DeviationDialog
from triage_app.gui.views.devices import DeviceRegister
from triage_app.gui.views.scene_parts import (
    AuthorityStep,
    ExportPanel,
    ScenePhotosPanel,
    hint,
    recorded_to,
)
from triage_app.operations import case_state, workflow
from triage_app.operations.devices import update_device
from triage_app.workflow import rules as workflow_rules

LOG_LENGTH = 12  # custody entries shown under the register


class SceneExpert(QWidget):
    def __init__(self, session: CaseSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.register = DeviceRegister(session)
        self.register.title.setText(self.tr("Scene — expert view"))
        exhibit = self.register.table.exhibit
        self.decide_action = GuardedAction(session, "decide", self.tr("&Decide"), self.decide,
                                           exhibit=exhibit)
        self.done_action = GuardedAction(session, "done", self.tr("D&one"), self.carry_out,
                                         exhibit=exhibit)
        self.deviate_action = GuardedAction(session, "deviate", self.tr("De&viate…"),
                                            self.ask_deviation, exhibit=exhibit)
        self.fact_combo = QComboBox()
        self.value_combo = QComboBox()
        self.value_combo.setEditable(True)  # a free-text fact (the write blocker) is typed
        self.fact_combo.currentIndexChanged.connect(self._values)
        self.fact_action = GuardedAction(session, "register-device", self.tr("Record &fact"),
                                         self.record_fact, exhibit=exhibit)
        self.photos_action = GuardedAction(session, "scene-photos", self.tr("Scene p&hotos…"),
                                           lambda: self._dialog(self.tr("Scene photos"),
                                                                ScenePhotosPanel(session)))
        self.authority_action = GuardedAction(
            session, "record-authority", self.tr("&Amend authority…"),
            lambda: self._dialog(self.tr("Legal authority"), AuthorityStep(session)))
        self.export_action = GuardedAction(
            session, "export-package", self.tr("E&xport package…"),
            lambda: self._dialog(self.tr("Export the package"), ExportPanel(session)))
        self.deviation: DeviationDialog | None = None
        self.dialog: QDialog | None = None
        self.message = hint()
        self.log = QListWidget()
        self.log.setMaximumHeight(self.fontMetrics().lineSpacing() * 6)
        device_row = QHBoxLayout()
        for widget in (QLabel(self.tr("Chosen device:")), self.decide_action, self.done_action,
                       self.deviate_action, self.fact_combo, self.value_combo,
                       self.fact_action):
            device_row.addWidget(widget)
        device_row.addStretch(1)
        case_row = QHBoxLayout()  # the case's own actions, a row of their own to fit 1366 px
        case_row.addWidget(QLabel(self.tr("The case:")))
        for action in (self.photos_action, self.authority_action, self.export_action):
            case_row.addWidget(action)
        case_row.addStretch(1)
        self.register.column.setContentsMargins(0, 0, 0, 0)
        layout = QVBoxLayout(self)
        layout.addWidget(self.register, 1)
        layout.addLayout(device_row)
        layout.addLayout(case_row)
        layout.addWidget(self.message)
        layout.addWidget(QLabel(self.tr("Latest custody entries")))
        layout.addWidget(self.log)
        for name in workflow_rules.active().facts:
            self.fact_combo.addItem(name)
        for signal in (session.changed, session.officer_changed, session.case_updated):
            signal.connect(self.refresh)
        self.register.table.itemSelectionChanged.connect(self._selection)
        self.refresh()

    def refresh(self) -> None:
        case = self.session.case
        self.log.clear()
        for entry in (case_state.entries(case)[-LOG_LENGTH:] if case is not None else []):
            self.log.insertItem(0, f"{entry.seq:>4}  {entry.time[11:19]}  {entry.action}  "
                                   f"{entry.exhibit or ''}  {entry.reason or ''}")
        self._selection()

    def _selection(self) -> None:
        chosen = self.register.table.exhibit() is not None
        for action in (self.decide_action, self.done_action, self.deviate_action,
                       self.fact_action):
            action.refresh()
            action.button.setEnabled(action.button.isEnabled() and chosen)

    def _values(self) -> None:
        fact = workflow_rules.active().facts.get(self.fact_combo.currentText(), {})
        self.value_combo.clear()
        self.value_combo.addItems(fact.get("values", []))

    def _dialog(self, title: str, panel: QWidget) -> None:
        dialog = QDialog(self)
        dialog.setWindowTitle(title)
        QVBoxLayout(dialog).addWidget(panel)
        dialog.resize(720, 420)
        self.dialog = dialog
        dialog.open()

    # --- one operation each ----------------------------------------------------------------
    def decide(self) -> None:
        case, exhibit = self.session.case, self.register.table.exhibit()
        if case is None or exhibit is None:
            return
        decided = recorded_to(self.session, self, lambda: workflow.decide(case, exhibit),
                              exhibit=exhibit, what=self.tr("Deciding"))
        if decided is not None:
            answer = decided.decision
            self.message.setText(f"{exhibit}: " + (
                f"{(answer.kind or '').upper()} {answer.outcome} ({answer.rule}): "
                f"{rules_text(answer.text)}"
                if answer.outcome else self.tr("still missing %1: %2").replace(
                    "%1", ", ".join(answer.missing_facts)).replace("%2", rules_text(answer.text))))

    def carry_out(self) -> None:
        case, exhibit = self.session.case, self.register.table.exhibit()
        if case is not None and exhibit is not None:
            recorded_to(self.session, self, lambda: workflow.carry_out(case, exhibit),
                        exhibit=exhibit, what=self.tr("Recording it done"))

    def ask_deviation(self) -> None:
        exhibit = self.register.table.exhibit()
        if exhibit is not None:
            self.deviation = DeviationDialog(self.session, exhibit, self)
            self.deviation.open()

    def record_fact(self) -> None:
        case, exhibit = self.session.case, self.register.table.exhibit()
        fact = f"{self.fact_combo.currentText()}={self.value_combo.currentText()}"
        if case is not None and exhibit is not None:
            recorded_to(self.session, self, lambda: update_device(case, exhibit, [fact]),
                        exhibit=exhibit, what=self.tr("Recording the fact"))
