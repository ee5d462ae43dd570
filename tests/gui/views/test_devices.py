"""Issue 11, the device register: registering through the shared form with photos from a
camera folder, what is known of each device, photos added later, its label printed."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog

from tests.fixtures.camera import camera_folder
from tests.gui.views.helpers import actions, click, session_on_case, shot
from triage_app.gui.views.device_form import DeviceForm
from triage_app.gui.views.devices import COLUMNS, DeviceRegister
from triage_app.operations import case_state, workflow
from triage_app.operations.devices import update_device


def _row(register: DeviceRegister, row: int) -> dict[str, str]:
    return {name: register.table.item(row, c).text() for c, name in enumerate(COLUMNS)}


def test_the_register_shows_each_device_and_prints_its_label(qtbot, tmp_path,
                                                              monkeypatch) -> None:
    session = session_on_case(tmp_path, "L2")
    register = DeviceRegister(session)
    qtbot.addWidget(register)
    register.show()
    assert register.table.rowCount() == 0 and not register.label_action.button.isEnabled()

    card = camera_folder(tmp_path, count=3)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(card))
    click(qtbot, register.register_action.button)
    form = register.form_dialog.findChild(DeviceForm)
    assert form.camera_button.text() == "No camera on this computer"  # no Qt Multimedia here
    click(qtbot, form.register_action.button)
    assert "fields marked *" in form.message.text()  # exhibit number and kind are mandatory
    form.exhibit_edit.setText("ABC/1")
    form.kind_combo.setCurrentIndex(form.kind_combo.findData("phone"))
    form.make_edit.setText("Apple")
    form.model_edit.setText("iPhone 12")
    form.imei_edit.setText("356938035643809")
    form.seal_edit.setText("S-1002")
    form.choose_camera_folder()
    assert form.photos.count() == 3
    shot(register.form_dialog, "register-form")
    with qtbot.waitSignal(form.registered, timeout=10000):
        click(qtbot, form.register_action.button)
    assert not register.form_dialog.isVisible()

    update_device(session.case, "ABC/1", ["destruction=no", "power=on"])
    workflow.decide(session.case, "ABC/1")
    workflow.carry_out(session.case, "ABC/1")
    session.recorded()
    register.table.selectRow(0)
    assert _row(register, 0) == {
        "Exhibit": "ABC/1", "Device": "phone Apple iPhone 12", "Serial / IMEI": "356938035643809",
        "Seal": "S-1002", "State at seizure": "destruction: no, power: on", "Photos": "3",
        "Decision": "DO: isolate-keep-powered", "Carried out": "yes", "Label": ""}

    with qtbot.waitSignal(register.jobs.succeeded, timeout=10000):
        click(qtbot, register.photos_action.button)
    assert _row(register, 0)["Photos"] == "6"

    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda parent, title, default, *a: (default, ""))
    click(qtbot, register.label_action.button)
    assert _row(register, 0)["Label"] == "label-ABC-1.pdf"
    assert (session.case.path / "label-ABC-1.pdf").read_bytes().startswith(b"%PDF")
    shot(register, "register-devices")
    assert actions(session, "device.registered", "device.updated", "label.printed") == [
        ("device.registered", "ABC/1"), ("device.updated", "ABC/1"),
        ("device.updated", "ABC/1"), ("label.printed", "ABC/1")]
    [registered] = case_state.entries(session.case, "device.registered")
    assert len(registered.outputs) == 3  # the photos, copied and hashed into the case
