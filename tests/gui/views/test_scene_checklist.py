"""Issue 11, the scene for L2 (a checklist with a written reason for a deviation) and what an
L1 officer is not allowed to do there."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from tests.gui.views.helpers import actions, click, session_on_case, shot
from triage_app.gui.views.device_panel import DevicePanel
from triage_app.gui.views.scene_checklist import SceneChecklist
from triage_app.gui.views.scene_parts import ScenePhotosPanel
from triage_app.operations import case_state, workflow
from triage_app.operations.case_state import DeviceDescription
from triage_app.operations.devices import register_device


def _decided_phone(session) -> None:
    """A phone found on and decided (isolate and keep powered), as the engine records it."""
    register_device(session.case, "ABC/1", DeviceDescription(kind="phone", make="Samsung"),
                    facts=["destruction=no", "power=on"])
    workflow.decide(session.case, "ABC/1")


def _choose(checklist: SceneChecklist, starts: str) -> None:
    rows = [checklist.items.item(i).text() for i in range(checklist.items.count())]
    checklist.items.setCurrentRow(next(i for i, t in enumerate(rows) if t.startswith(starts)))


def test_an_l2_deviation_needs_a_written_reason_and_is_recorded(qtbot, tmp_path) -> None:
    session = session_on_case(tmp_path, "L2")
    _decided_phone(session)
    checklist = SceneChecklist(session)
    qtbot.addWidget(checklist)
    checklist.show()
    texts = [checklist.items.item(i).text() for i in range(checklist.items.count())]
    assert texts[0].startswith("☐ Carry out ABC/1") and any("☑" in t for t in texts)
    shot(checklist, "checklist-open-items")

    panel = checklist.device
    assert panel.exhibit == "ABC/1" and panel.card.property("card") == "instruction"
    click(qtbot, panel.deviate_action.button)
    dialog = panel.deviation
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    dialog.action_edit.setText("switched it off")
    assert not ok.isEnabled()  # no written reason yet
    dialog.reason_edit.setPlainText("   ")
    assert not ok.isEnabled()
    dialog.reason_edit.setPlainText("no signal-blocking bag at the scene; battery at 2%")
    assert ok.isEnabled()
    shot(dialog, "checklist-deviation-reason")
    click(qtbot, ok)

    [deviation] = case_state.entries(session.case, "deviation.recorded")
    assert deviation.exhibit == "ABC/1" and deviation.reason.startswith("no signal-blocking")
    assert deviation.details["action_taken"] == "switched it off"
    assert not any(t.startswith("☐ Carry out ABC/1") for t in
                   (checklist.items.item(i).text() for i in range(checklist.items.count())))

    # free navigation: any step, done or not, opens its panel
    _choose(checklist, "· Arrive and secure")
    assert isinstance(checklist.step, ScenePhotosPanel) and not checklist.device.isVisible()
    shot(checklist, "checklist-step")


def test_an_l1_officer_sees_deviate_locked_and_a_request_is_recorded(qtbot, tmp_path,
                                                                      monkeypatch) -> None:
    session = session_on_case(tmp_path, "L1")
    _decided_phone(session)
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: said.append(text))
    panel = DevicePanel(session)
    qtbot.addWidget(panel)
    panel.show()
    panel.show_device("ABC/1")
    deviate = panel.deviate_action
    assert not deviate.button.isEnabled() and "needs L2" in deviate.button.text()
    assert deviate.request_button.isVisible()
    click(qtbot, deviate.request_button)
    assert actions(session, "specialist.requested", "deviation.recorded") == [
        ("specialist.requested", "ABC/1")]
    [request] = case_state.entries(session.case, "specialist.requested")
    assert request.details == {"requested_action": "deviate", "needs": "L2",
                               "officer_level": "L1"}
    assert "recorded in the custody ledger" in said[0]
    # the instruction itself stays the officer's to carry out
    assert panel.done_action.button.isEnabled()
