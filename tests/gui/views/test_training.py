"""Issue 12 in the window: a trainer builds an exercise, a trainee plays the L1 scenario through
the same window and workflow as a real case, and the score and debrief come from the ledger."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QMessageBox

from tests.fixtures.camera import camera_folder
from tests.fixtures.cases import named_officer
from tests.gui.views.helpers import answer, click, shot
from triage_app.gui.main_window import MainWindow
from triage_app.gui.views.case_overview import CaseOverview
from triage_app.gui.views.device_panel import DeviceQueue
from triage_app.gui.views.scene_parts import ExportPanel, LabelsPanel
from triage_app.gui.views.scene_wizard import SceneWizard
from triage_app.gui.views.training import TrainingView
from triage_app.operations import case_state
from triage_app.operations.exercise import score_case


def _window(qtbot, officer_id: str) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.sign_in.reload(select=officer_id)
    window.sign_in.submit()
    window.shift_check.reference_edit.setText("classroom clock")
    window.shift_check.now_button.click()
    return window


def test_a_trainer_builds_and_a_trainee_plays_the_l1_scenario_in_the_window(
        qtbot, tmp_path, monkeypatch) -> None:
    named_officer("TRN-1", "TRAINER")
    named_officer("PC-TRAINEE", "L1")
    exercises = tmp_path / "exercises"

    # the trainer builds the exercise
    trainer = _window(qtbot, "TRN-1")
    trainer.case_screen.ready.emit()  # a trainer needs no case of their own
    training = trainer.page(TrainingView)
    assert isinstance(trainer.workspace.views[0], TrainingView)
    training.results_edit.setText(str(exercises))
    training.scenario_box.setCurrentIndex(
        next(i for i in range(training.scenario_box.count())
             if training.scenario_box.itemData(i).name == "l1-flat-search"))
    training.folder_edit.setText(str(exercises / "alpha"))
    click(qtbot, training.build_action.button)
    qtbot.waitUntil(lambda: training._handle is None and "Built" in
                    training.build_message.text(), timeout=60000)
    case_dir = exercises / "alpha" / "case"
    assert training.results.rowCount() == 1
    assert training.results.item(0, 2).text() == "not played yet"
    trainer.close()

    # the trainee opens it: SIMULATION everywhere, the scene at their level
    trainee = _window(qtbot, "PC-TRAINEE")
    trainee.case_screen.open_case(str(case_dir))
    assert trainee.simulation_mark.isVisible() and trainee.simulation_banner.isVisible()
    assert trainee.windowTitle().endswith("SIMULATION")
    wizard = trainee.workspace.views[0]
    assert isinstance(wizard, SceneWizard)
    # authority and devices came with the exercise: the wizard asks for the scene photos
    card = camera_folder(tmp_path)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(card))
    photos = wizard.panel
    with qtbot.waitSignal(photos.jobs.succeeded, timeout=10000):
        click(qtbot, photos.import_action.button)
    while not isinstance(wizard.panel, DeviceQueue):
        click(qtbot, wizard.next_button)
    queue = wizard.panel
    assert queue.panel.exhibit == "SIM/1"
    assert "BitLocker is protecting this drive" in queue.panel.seen.text()
    shot(trainee, "training-trainee-sees-the-laptop")
    for fact, value in (("destruction", "no"), ("power", "on"), ("server", "no"),
                        ("encryption", "yes")):
        answer(qtbot, queue, fact, value)
    click(qtbot, queue.panel.decide_action.button)
    assert queue.panel.card.property("card") == "stop"
    click(qtbot, queue.panel.specialist_button)
    click(qtbot, queue.panel.done_action.button)
    for fact, value in (("destruction", "no"), ("power", "on")):
        answer(qtbot, queue, fact, value)
    click(qtbot, queue.panel.decide_action.button)
    click(qtbot, queue.panel.done_action.button)
    answer(qtbot, queue, "destruction", "no")
    click(qtbot, queue.panel.decide_action.button)
    click(qtbot, queue.panel.done_action.button)
    while not isinstance(wizard.panel, LabelsPanel):
        click(qtbot, wizard.next_button)
    labels = wizard.panel
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda parent, title, default, *a: (default, ""))
    for row in range(3):
        labels.exhibits.setCurrentRow(row)
        click(qtbot, labels.print_action.button)
    click(qtbot, wizard.next_button)
    export = wizard.panel
    assert isinstance(export, ExportPanel)
    handover = tmp_path / "handover"
    handover.mkdir()
    export.out_edit.setText(str(handover))
    with qtbot.waitSignal(export.exported, timeout=60000):
        click(qtbot, export.export_action.button)

    # every entry of the trainee's is marked SIMULATION; the score is perfect
    case = trainee.session.case
    assert case is not None
    assert {e.details.get("case_mode") for e in case_state.entries(case)} == {"SIMULATION"}
    _scenario, result = score_case(case_dir)
    assert result.score == 100 and result.trainees == ("PC-TRAINEE",), result.lost

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    trainee.page(CaseOverview).show_score()
    assert shown and shown[0].startswith("Score: 100 of 100")
    assert (exercises / "alpha" / "debrief" / "debrief.html").is_file()
    trainee.close()

    # the trainer sees the result
    trainer = _window(qtbot, "TRN-1")
    training = trainer.page(TrainingView)
    training.results_edit.setText(str(exercises))
    training.refresh_results()
    assert [training.results.item(0, c).text() for c in (2, 3)] == ["PC-TRAINEE", "100"]
    shot(training, "training-results")


def test_the_trainer_injects_an_event_into_the_running_exercise(qtbot, tmp_path) -> None:
    from triage_app.operations.exercise import what_is_seen
    from triage_app.operations.scenario import ScenarioPack, build_scenario

    trainer_officer = named_officer("TRN-1", "TRAINER")
    built = build_scenario(ScenarioPack.named("l3-live-encrypted"), tmp_path / "ex",
                           trainer_officer, seed=3)
    trainer = _window(qtbot, "TRN-1")
    trainer.case_screen.open_case(str(built.case))
    training = trainer.page(TrainingView)
    assert training.event_box.count() >= 1 and training.inject_action.isEnabled()
    event_id = training.event_box.currentData()
    click(qtbot, training.inject_action.button)
    case = trainer.session.case
    assert case is not None
    [event] = case_state.entries(case, "scenario.event")
    assert event.details["event"] == event_id
    assert case_state.entries(case)[-1].action in ("device.updated", "custody.checkpoint")
    assert event.details["text"] in what_is_seen(case, event.exhibit)
    assert "Injected" in training.inject_message.text()
    assert training.event_box.count() == 0 and not training.inject_action.isEnabled()


def test_only_a_trainer_may_inject(qtbot, tmp_path) -> None:
    from triage_app.operations.scenario import ScenarioPack, build_scenario

    built = build_scenario(ScenarioPack.named("l3-live-encrypted"), tmp_path / "ex",
                           named_officer("TRN-1", "TRAINER"), seed=3)
    named_officer("PC-L3", "L3")
    window = _window(qtbot, "PC-L3")
    window.case_screen.open_case(str(built.case))
    view = TrainingView(window.session)
    qtbot.addWidget(view)
    assert view.inject_action.locked and "needs TRAINER" in view.inject_action.button.text()


def test_a_trainer_injects_from_the_trainees_window_without_taking_it_over(qtbot,
                                                                           tmp_path) -> None:
    from triage_app.gui.views.training import TrainerInjectDialog
    from triage_app.operations.exercise import what_is_seen
    from triage_app.operations.officers import add_officer
    from triage_app.operations.scenario import ScenarioPack, build_scenario

    trainer = add_officer("TRN-2", "Trainer Two", endorsements=["TRAINER"],
                          passphrase="chalk").officer
    built = build_scenario(ScenarioPack.named("l3-live-encrypted"), tmp_path / "ex", trainer,
                           seed=5)
    named_officer("PC-TRAINEE", "TRAINEE")
    window = _window(qtbot, "PC-TRAINEE")
    assert not window.inject_action.isVisible()
    window.case_screen.open_case(str(built.case))
    assert window.inject_action.isVisible()  # a training case: the trainer's menu entry

    dialog = TrainerInjectDialog(window.session, window)
    qtbot.addWidget(dialog)
    dialog.trainer_box.setCurrentIndex(dialog.trainer_box.findData("TRN-2"))
    dialog.passphrase_edit.setText("wrong")
    dialog.inject()
    assert "wrong passphrase" in dialog.message.text()
    assert window.session.case is not None  # nothing happened to the trainee's exercise
    dialog.passphrase_edit.setText("chalk")
    dialog.inject()
    case = window.session.case
    assert case is not None and window.session.officer.id == "PC-TRAINEE"
    [event] = case_state.entries(case, "scenario.event")
    assert event.officer == "TRN-2" and event.seq == dialog.entry
    assert event.details["text"] in what_is_seen(case, event.exhibit)
    assert TrainerInjectDialog(window.session).event_box.count() == 0  # not twice
