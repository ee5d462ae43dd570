"""Training: the trainer builds exercises from scenario packs, follows the trainees' results,
and injects a scenario's events into the exercise that is running (TRAINER only).

A trainee plays an exercise in the same window and the same workflow as a real case: they open
the exercise's ``case`` folder, which is a SIMULATION case walled off from real evidence.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from triage_app.core.jobs import CancelToken, Progress
from triage_app.core.officer import list_officers
from triage_app.errors import NotAuthorised, TriageError
from triage_app.gui.actions import GuardedAction, offer_specialist
from triage_app.gui.errors import show_exception
from triage_app.gui.session import CaseSession
from triage_app.gui.widgets import role_label, with_folder_button
from triage_app.gui.worker import JobHandle, running_jobs, start_job
from triage_app.operations.cases import is_case_folder, open_case
from triage_app.operations.exercise import INJECT, debrief, events_to_inject, inject, score_case
from triage_app.operations.mediator import UNATTENDED
from triage_app.operations.officers import sign_in
from triage_app.operations.scenario import (
    ACTION_BUILD,
    CASE_FOLDER,
    ScenarioBuild,
    ScenarioPack,
    build_scenario,
    catalogue,
)
from triage_app.simulation.scenario import Scenario, ScenarioEvent

DEBRIEF_FOLDER = "debrief"


def exercises_folder() -> Path:
    return Path.home() / "Field Triage exercises"


class TrainingView(QWidget):
    def __init__(self, session: CaseSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._handle: JobHandle | None = None
        title = role_label(self.tr("Training"), "title")

        # --- build an exercise
        self.scenario_box = QComboBox()
        self.scenario_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.scenario_box.setMinimumContentsLength(24)
        self.scenario_box.currentIndexChanged.connect(self._show_narrative)
        self.narrative = role_label("", "hint")
        self.seed_box = QSpinBox()
        self.seed_box.setRange(1, 2**31 - 1)
        self.seed_box.setToolTip(self.tr("The same scenario and seed build the same evidence, "
                                         "byte for byte"))
        self.folder_edit = QLineEdit()
        self.build_action = GuardedAction(session, ACTION_BUILD, self.tr("&Build the exercise"),
                                          self.build)
        self.build_action.button.setProperty("role", "primary")
        self.build_message = QLabel()
        self.build_message.setWordWrap(True)
        self.build_message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        build_form = QFormLayout()
        build_form.addRow(self.tr("&Scenario"), self.scenario_box)
        build_form.addRow("", self.narrative)
        build_form.addRow(self.tr("S&eed"), self.seed_box)
        folder_label = QLabel(self.tr("Exercise &folder"))
        folder_label.setBuddy(self.folder_edit)
        build_form.addRow(folder_label, with_folder_button(self.folder_edit,
                                                           self.tr("Exercise folder")))
        build_box = QGroupBox(self.tr("Build an exercise"))
        build_layout = QVBoxLayout(build_box)
        build_layout.addLayout(build_form)
        build_layout.addWidget(self.build_action)
        build_layout.addWidget(self.build_message)

        # --- results
        self.results_edit = QLineEdit(str(exercises_folder()))
        refresh = QPushButton(self.tr("&Refresh results"))
        refresh.clicked.connect(self.refresh_results)
        self.results = QTableWidget(0, 6)
        self.results.setHorizontalHeaderLabels([
            self.tr("Exercise"), self.tr("Scenario"), self.tr("Trainee"), self.tr("Score"),
            self.tr("Time"), self.tr("Points lost for")])
        self.results.horizontalHeader().setStretchLastSection(True)
        self.results.verticalHeader().setVisible(False)
        self.results.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.results.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.results.setMinimumHeight(140)
        debrief_button = QPushButton(self.tr("Open the &debrief"))
        debrief_button.clicked.connect(self.open_debrief)
        self.results_message = QLabel()
        self.results_message.setWordWrap(True)
        results_row = QHBoxLayout()
        results_row.addWidget(QLabel(self.tr("Exercises in")))
        results_row.addLayout(with_folder_button(self.results_edit, self.tr("Exercises folder")), 1)
        results_row.addWidget(refresh)
        results_box = QGroupBox(self.tr("Trainees' results"))
        results_layout = QVBoxLayout(results_box)
        results_layout.addLayout(results_row)
        results_layout.addWidget(self.results, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(debrief_button)
        buttons.addWidget(self.results_message, 1)
        results_layout.addLayout(buttons)

        # --- inject an event
        self.event_box = QComboBox()
        self.event_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.event_box.setMinimumContentsLength(16)
        self.event_info = role_label("", "hint")
        self.inject_action = GuardedAction(session, INJECT, self.tr("&Inject the event"),
                                           self.inject_event)
        self.inject_message = QLabel()
        self.inject_message.setWordWrap(True)
        inject_box = QGroupBox(self.tr("The running exercise (the open case)"))
        inject_layout = QVBoxLayout(inject_box)
        inject_layout.addWidget(self.event_info)
        inject_layout.addWidget(self.event_box)
        inject_layout.addWidget(self.inject_action)
        inject_layout.addWidget(self.inject_message)

        top = QHBoxLayout()
        top.addWidget(build_box, 3)
        top.addWidget(inject_box, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(top)
        layout.addWidget(results_box, 1)
        session.changed.connect(self.refresh_events)
        session.case_updated.connect(self.refresh_events)
        self.reload_scenarios()
        self.refresh_events()

    # --- building ------------------------------------------------------------------------------
    def reload_scenarios(self) -> None:
        self.scenario_box.clear()
        try:
            found = catalogue()
        except TriageError as exc:
            self.build_message.setText(str(exc))
            return
        for scenario in found.scenarios:
            self.scenario_box.addItem(f"{scenario.title}  ({scenario.level}, {scenario.name})",
                                      scenario)
        if found.broken:
            self.build_message.setText(self.tr("Packs that cannot be used: ") + "; ".join(
                f"{Path(p.path).name}: {p.reason}" for p in found.broken))

    def _chosen(self) -> Scenario | None:
        chosen = self.scenario_box.currentData()
        return chosen if isinstance(chosen, Scenario) else None

    def _show_narrative(self) -> None:
        scenario = self._chosen()
        self.narrative.setText(" ".join(scenario.narrative.split()) if scenario else "")
        if scenario is not None and not self.folder_edit.isModified():
            self.folder_edit.setText(str(Path(self.results_edit.text() or exercises_folder())
                                         / f"{scenario.name}-seed{self.seed_box.value()}"))

    def build(self) -> None:
        scenario, folder = self._chosen(), self.folder_edit.text().strip()
        if scenario is None or not folder or self._handle is not None:
            self.build_message.setText(self.tr("Choose a scenario and a new exercise folder."))
            return
        officer, seed, mediator = self.session.officer, self.seed_box.value(), self.session.mediator
        pack = ScenarioPack.of(scenario)

        def job(progress, cancel: CancelToken) -> ScenarioBuild:
            progress(Progress(phase="building the synthetic evidence"))
            return build_scenario(pack, folder, officer, seed=seed, mediator=mediator)

        self.build_message.setText(self.tr("Building the synthetic evidence…"))
        self.build_action.button.setEnabled(False)
        handle = JobHandle()
        handle.signals.succeeded.connect(self._built)
        handle.signals.failed.connect(self._build_failed)
        handle.signals.finished.connect(self._build_ended)
        self._handle = start_job(job, handle)

    def _built(self, built: ScenarioBuild) -> None:
        self.build_message.setText(self.tr(
            "Built. The trainee signs in and opens the case folder %s; the synthetic evidence "
            "is in %s.") % (built.case, built.evidence))
        self.refresh_results()

    def _build_failed(self, exc: BaseException) -> None:
        if isinstance(exc, NotAuthorised):
            self.build_message.setText(str(exc))
            offer_specialist(self, self.session, exc)
        elif isinstance(exc, TriageError):
            self.build_message.setText(str(exc))
        else:
            self.build_message.setText(self.tr("The build failed."))
            show_exception(self, exc, action=self.tr("Building the exercise"))

    def _build_ended(self) -> None:
        self._handle = None
        self.build_action.refresh()

    # --- results -------------------------------------------------------------------------------
    def exercise_cases(self) -> list[Path]:
        root = Path(self.results_edit.text().strip() or exercises_folder())
        if not root.is_dir():
            return []
        return sorted(p / CASE_FOLDER for p in root.iterdir()
                      if is_case_folder(p / CASE_FOLDER))

    def refresh_results(self) -> None:
        self.results.setRowCount(0)
        problems = 0
        for case_dir in self.exercise_cases():
            row = self.results.rowCount()
            self.results.insertRow(row)
            try:
                scenario, result = score_case(case_dir)
            except TriageError as exc:
                cells = [case_dir.parent.name, "", "", "", "", str(exc)]
                problems += 1
            else:
                lost = "; ".join(f"{x.id} (−{x.points})" for x in result.lost) or self.tr("nothing")
                minutes = f"{result.time.seconds / 60:.0f} min"
                cells = [case_dir.parent.name, scenario.name,
                         ", ".join(result.trainees) or self.tr("not played yet"),
                         str(result.score), minutes, lost]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, str(case_dir))
                self.results.setItem(row, column, item)
        self.results.resizeColumnsToContents()
        count = self.results.rowCount()
        self.results_message.setText(self.tr("%d exercises, %d that cannot be scored")
                                     % (count, problems) if count else self.tr("No exercises here yet."))

    def open_debrief(self) -> None:
        item = self.results.item(self.results.currentRow(), 0) if self.results.currentRow() >= 0 \
            else None
        if item is None:
            self.results_message.setText(self.tr("Choose an exercise first."))
            return
        case_dir = Path(item.data(Qt.ItemDataRole.UserRole))
        try:
            written = debrief(case_dir, case_dir.parent / DEBRIEF_FOLDER)
        except TriageError as exc:
            self.results_message.setText(str(exc))
            return
        self.results_message.setText(self.tr("Debrief written: %s and %s")
                                     % (written.html, written.pdf))
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(written.html)))

    # --- events --------------------------------------------------------------------------------
    def refresh_events(self, *_changed: object) -> None:
        self.event_box.clear()
        case = self.session.case
        if case is None or not case.simulation:
            self.inject_action.setEnabled(False)
            self.event_info.setText(self.tr("Open an exercise's case to inject its events."))
            return
        try:
            scenario, waiting = events_to_inject(case)
        except TriageError as exc:
            self.inject_action.setEnabled(False)
            self.event_info.setText(str(exc))
            return
        add_events(self.event_box, waiting)
        self.inject_action.setEnabled(bool(waiting))
        self.event_info.setText(self.tr("Scenario %s: %d of %d events not injected yet.")
                                % (scenario.name, len(waiting), len(scenario.events)))

    def inject_event(self) -> None:
        case, event_id = self.session.case, self.event_box.currentData()
        if case is None or not event_id:
            return
        try:
            entry = inject(case, event_id)
        except NotAuthorised as exc:
            self.inject_message.setText(str(exc))
            offer_specialist(self, self.session, exc)
            return
        except TriageError as exc:
            self.inject_message.setText(str(exc))
            return
        self.inject_message.setText(self.tr("Injected (custody entry %d): the trainee's next "
                                            "decision sees the changed facts.") % entry.seq)
        self.session.recorded()


def add_events(box: QComboBox, events: list[ScenarioEvent]) -> None:
    for event in events:
        box.addItem(f"{event.exhibit}: {event.text}", event.id)


class TrainerInjectDialog(QDialog):
    """A trainer injects an event into the exercise running in this window, without taking
    the window over: the trainer signs in here, the exercise's case is opened as the trainer
    for the one injection (the event is the trainer's entry, signed with their training key),
    then given back to the trainee."""

    def __init__(self, session: CaseSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Trainer: inject an event"))
        self.session = session
        self.trainer_box = QComboBox()
        for officer in list_officers():
            if officer.has_level("TRAINER"):
                self.trainer_box.addItem(f"{officer.name} ({officer.id})", officer.id)
        self.passphrase_edit = QLineEdit()
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.event_box = QComboBox()
        self.message = role_label("", "fail")
        form = QFormLayout()
        form.addRow(self.tr("&Trainer"), self.trainer_box)
        form.addRow(self.tr("&Passphrase"), self.passphrase_edit)
        form.addRow(self.tr("&Event"), self.event_box)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        inject_button = buttons.addButton(self.tr("&Inject"),
                                          QDialogButtonBox.ButtonRole.AcceptRole)
        inject_button.setProperty("role", "primary")
        buttons.accepted.connect(self.inject)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        case = session.case
        if case is not None:
            try:
                add_events(self.event_box, events_to_inject(case)[1])
            except TriageError as exc:
                self.message.setText(str(exc))
        if not self.event_box.count():
            self.message.setText(self.tr("This exercise has no event left to inject."))
        self.entry: int | None = None

    def inject(self) -> None:
        case, trainer_id = self.session.case, self.trainer_box.currentData()
        event_id = self.event_box.currentData()
        if case is None or not trainer_id or not event_id:
            self.message.setText(self.tr("Choose the trainer and the event."))
            return
        if running_jobs():
            self.message.setText(self.tr("A task is still running on the exercise: wait for it "
                                         "or cancel it first."))
            return
        try:
            trainer = sign_in(trainer_id, self.passphrase_edit.text() or None)
        except TriageError as exc:
            self.message.setText(str(exc))
            return
        path = case.path
        self.session.close()
        try:
            with open_case(path, trainer, mediator=UNATTENDED) as as_trainer:
                self.entry = inject(as_trainer, event_id).seq
        except TriageError as exc:
            self.message.setText(str(exc))
        try:
            self.session.open(path)  # the trainee's exercise again
        except TriageError as exc:
            self.message.setText(self.tr("The exercise could not be opened again (%s): open it "
                                         "from Session ▸ Change case.") % exc)
            return
        if self.entry is not None:
            self.session.recorded()
            self.accept()
