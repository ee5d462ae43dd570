"""Issue 11, the scene for L3: every action at hand on the register, each one recorded."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox

from tests.gui.views.helpers import actions, click, session_on_case, shot
from triage_app.gui.views.scene_expert import SceneExpert
from triage_app.gui.views.scene_parts import AuthorityStep
from triage_app.operations import case_state
from triage_app.operations.case_state import DeviceDescription
from triage_app.operations.devices import register_device


def _fact(qtbot, expert: SceneExpert, fact: str, value: str) -> None:
    expert.fact_combo.setCurrentText(fact)
    expert.value_combo.setCurrentText(value)
    click(qtbot, expert.fact_action.button)


def test_an_l3_officer_records_facts_decides_deviates_and_amends(qtbot, tmp_path) -> None:
    session = session_on_case(tmp_path, "L3")
    register_device(session.case, "ABC/1", DeviceDescription(kind="laptop", make="Lenovo"))
    expert = SceneExpert(session)
    qtbot.addWidget(expert)
    expert.show()
    assert not expert.decide_action.button.isEnabled()  # nothing chosen yet
    expert.register.table.selectRow(0)
    for fact, value in (("destruction", "no"), ("power", "on"), ("server", "no"),
                        ("encryption", "yes")):
        _fact(qtbot, expert, fact, value)
    click(qtbot, expert.decide_action.button)
    assert expert.message.text().startswith("ABC/1: CAUTION live-response (volatile-data-l3)")
    assert "live-response" in expert.register.table.item(0, 6).text()
    shot(expert, "expert-decided")

    click(qtbot, expert.deviate_action.button)
    dialog = expert.deviation
    dialog.action_edit.setText("imaged memory, then pulled the plug")
    dialog.reason_edit.setPlainText("battery failing; memory captured first")
    click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Ok))

    click(qtbot, expert.authority_action.button)
    amend = expert.dialog.findChild(AuthorityStep)
    assert amend.form.ref_edit.text() == "W-2026-0042" and amend.reason_edit.isVisible()
    amend.form.scope_edit.setPlainText("all digital devices at 1 and 3 Test Street")
    amend.reason_edit.setText("second address added by the court")
    shot(expert.dialog, "expert-amend-authority")
    click(qtbot, amend.save.button)

    assert actions(session, "device.updated", "decision.recorded", "deviation.recorded",
                   "authority.recorded")[-7:] == [
        *[("device.updated", "ABC/1")] * 4, ("decision.recorded", "ABC/1"),
        ("deviation.recorded", "ABC/1"), ("authority.recorded", None)]
    amended = case_state.current_authority(session.case)
    assert amended.scope == "all digital devices at 1 and 3 Test Street"
    assert case_state.entries(session.case, "authority.recorded")[-1].reason == \
        "second address added by the court"
    newest = [expert.log.item(i).text().split()[2] for i in range(2)]
    assert "authority.recorded" in newest  # the log shows the latest entries first
    assert expert.register.table.item(0, 7).text() == "something else (reason recorded)"
    shot(expert, "expert-after-deviation")
