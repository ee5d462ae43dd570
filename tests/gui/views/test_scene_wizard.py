"""Issue 11, the scene for L1: a whole scene walked through the wizard, one step at a time."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog

from tests.fixtures.camera import camera_folder
from tests.gui.views.helpers import actions, answer, click, session_on_case, shot
from triage_app.gui.theme import HIGH_CONTRAST
from triage_app.gui.views.device_panel import DeviceQueue
from triage_app.gui.views.scene_parts import AuthorityStep, ExportPanel, LabelsPanel
from triage_app.gui.views.scene_steps import RegisterPanel
from triage_app.gui.views.scene_wizard import SceneWizard

WATCHED = ("authority.recorded", "scene.photo-added", "device.registered", "device.updated",
           "decision.recorded", "specialist.requested", "decision.done", "deviation.recorded",
           "label.printed", "package.export-started", "package.exported", "action.refused")


def _register(qtbot, wizard: SceneWizard, exhibit: str, kind: str, **about: str) -> None:
    panel = wizard.panel
    assert isinstance(panel, RegisterPanel)
    form = panel.form
    assert form.exhibit_edit.text() == exhibit  # the next number is offered
    form.kind_combo.setCurrentIndex(form.kind_combo.findData(kind))
    for field, text in about.items():
        getattr(form, f"{field}_edit").setText(text)
    with qtbot.waitSignal(form.registered, timeout=10000):
        click(qtbot, form.register_action.button)


def test_an_l1_officer_walks_a_whole_scene(qtbot, tmp_path, monkeypatch) -> None:
    session = session_on_case(tmp_path, "L1", with_authority=False)
    wizard = SceneWizard(session)
    qtbot.addWidget(wizard)
    wizard.show()

    # prepare: the case has no authority, so the first step records it
    step = wizard.panel
    assert isinstance(step, AuthorityStep) and not wizard.next_button.isEnabled()
    step.form.ref_edit.setText("W-2026-0042")
    step.form.issuer_edit.setText("Test Magistrates' Court")
    shot(wizard, "wizard-1-authority")
    click(qtbot, step.save.button)
    assert "scope is empty" in step.message.text()  # every field is mandatory
    step.form.scope_edit.setPlainText("all digital devices at 1 Test Street")
    click(qtbot, step.save.button)
    click(qtbot, wizard.next_button)

    # arrive and secure: the scene photos from the camera's card
    card = camera_folder(tmp_path)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(card))
    photos = wizard.panel
    assert not wizard.next_button.isEnabled()
    with qtbot.waitSignal(photos.jobs.succeeded, timeout=10000):
        click(qtbot, photos.import_action.button)
    assert photos.photos.count() == 2
    shot(wizard, "wizard-2-scene-photos")
    click(qtbot, wizard.next_button)

    # document before touching: three devices, each registered with what is seen
    wizard.panel.form.exhibit_edit.setText("ABC/1")
    _register(qtbot, wizard, "ABC/1", "laptop", make="Dell", model="XPS 13", serial="5CG1234",
              seal="S-1001")
    _register(qtbot, wizard, "ABC/2", "phone", make="Apple", model="iPhone 12",
              imei="356938035643809", seal="S-1002")
    _register(qtbot, wizard, "ABC/3", "removable", make="SanDisk", model="Cruzer 16GB",
              seal="S-1003")
    shot(wizard, "wizard-3-devices")
    click(qtbot, wizard.next_button)

    # one device at a time: the laptop is on and BitLocker shows
    queue = wizard.panel
    assert isinstance(queue, DeviceQueue) and queue.panel.exhibit == "ABC/1"
    shot(wizard, "wizard-4-question")
    for fact, value in (("destruction", "no"), ("power", "on"), ("server", "no"),
                        ("encryption", "yes")):
        answer(qtbot, queue, fact, value)
    click(qtbot, queue.panel.decide_action.button)
    panel = queue.panel
    assert panel.card.property("card") == "stop" and panel.card.title.text() == "STOP"
    assert panel.card.text.text().startswith("Stop. Do not touch the device")
    assert not panel.done_action.button.isEnabled()  # a STOP asks for the specialist first
    shot(wizard, "wizard-5-stop-card")
    shot(wizard, "wizard-5-stop-card-high-contrast", theme=HIGH_CONTRAST)
    click(qtbot, panel.specialist_button)
    shot(wizard, "wizard-6-stop-requested")
    click(qtbot, panel.done_action.button)
    assert not wizard.next_button.isEnabled()

    # the phone: on, so isolated and kept powered
    assert queue.panel.exhibit == "ABC/2"
    answer(qtbot, queue, "destruction", "no")
    answer(qtbot, queue, "power", "on")
    click(qtbot, queue.panel.decide_action.button)
    assert queue.panel.card.property("card") == "instruction"
    assert "signal-blocking bag" in queue.panel.card.text.text()
    shot(wizard, "wizard-7-phone-instruction")
    click(qtbot, queue.panel.done_action.button)

    # the USB stick: bagged and sealed by an L1 officer
    assert queue.panel.exhibit == "ABC/3"
    answer(qtbot, queue, "destruction", "no")
    click(qtbot, queue.panel.decide_action.button)
    assert "evidence bag" in queue.panel.card.text.text()
    click(qtbot, queue.panel.done_action.button)
    assert queue.finished
    click(qtbot, wizard.next_button)

    # package: sealed (carried out above), then a label for each bag
    shot(wizard, "wizard-8-seal")
    click(qtbot, wizard.next_button)
    labels = wizard.panel
    assert isinstance(labels, LabelsPanel)
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda parent, title, default, *a: (default, ""))
    for row in (1, 2):
        labels.exhibits.setCurrentRow(row)
        click(qtbot, labels.print_action.button)
    assert (session.case.path / "label-ABC-2.pdf").stat().st_size > 1000
    shot(wizard, "wizard-9-labels")
    click(qtbot, wizard.next_button)

    # hand over: the documentation package
    export = wizard.panel
    assert isinstance(export, ExportPanel) and not wizard.next_button.isVisible()
    out = tmp_path / "handover"
    out.mkdir()
    export.out_edit.setText(str(out))
    with qtbot.waitSignal(export.exported, timeout=60000):
        click(qtbot, export.export_action.button)
    assert "hand over" in wizard.waiting.text()
    shot(wizard, "wizard-10-handed-over")

    assert actions(session, *WATCHED) == [
        ("authority.recorded", None),
        ("scene.photo-added", None), ("scene.photo-added", None),
        ("device.registered", "ABC/1"), ("device.registered", "ABC/2"),
        ("device.registered", "ABC/3"),
        *[("device.updated", "ABC/1")] * 4,
        ("decision.recorded", "ABC/1"), ("specialist.requested", "ABC/1"),
        ("decision.done", "ABC/1"),
        *[("device.updated", "ABC/2")] * 2,
        ("decision.recorded", "ABC/2"), ("decision.done", "ABC/2"),
        ("device.updated", "ABC/3"), ("decision.recorded", "ABC/3"),
        ("decision.done", "ABC/3"),
        ("label.printed", "ABC/2"), ("label.printed", "ABC/3"),
        ("package.export-started", None), ("package.exported", None),
    ]
