"""The supervisor's view: an L2 officer's deviation approved with a written reason; a
supervisor's own item refused, recorded and shown."""

from __future__ import annotations

from tests.fixtures.review import deviated_case, supervisor
from tests.gui.views.conftest import close_next_dialog, screenshot
from triage_app.gui.views.supervisor import SupervisorView
from triage_app.operations.case_state import entries


def _view(qtbot, session) -> SupervisorView:
    view = SupervisorView(session)
    qtbot.addWidget(view)
    return view


def test_a_supervisor_approves_an_l2_officers_deviation(qtbot, tmp_path, session_of) -> None:
    case_dir, seq = deviated_case(tmp_path / "case")
    session = session_of(supervisor())
    view = _view(qtbot, session)
    assert "Open or make a case first" in view.note.text() and not view.body.isVisibleTo(view)
    session.open(case_dir)
    assert view.queue.count() == 1
    shown = view.details.text()
    assert "PC-L2" in shown and "ABC/1" in shown and "switched it off" in shown
    assert "no Faraday bag in the car" in shown and "Keep powered" in shown  # the rules' words
    screenshot(view, "supervisor-queue")

    view.approve.button.click()  # no reason yet: refused, nothing recorded
    assert "written reason" in view.message.text() and view.message.property("role") == "fail"
    with qtbot.waitSignal(session.case_updated):
        view.reason.setPlainText("no Faraday bag was issued to the unit that night")
        view.approve.button.click()
    [approved] = entries(session.case, "review.approved")
    assert approved.officer == "SGT-1" and approved.details["item"] == seq
    assert approved.details["item_officer"] == "PC-L2"
    assert approved.reason == "no Faraday bag was issued to the unit that night"
    assert view.queue.count() == 0 and view.given.count() == 1
    assert view.message.property("role") == "pass" and "approved" in view.message.text()
    screenshot(view, "supervisor-after-approval")


def test_a_supervisor_cannot_approve_their_own_item(qtbot, tmp_path, session_of) -> None:
    sergeant = supervisor()
    case_dir, seq = deviated_case(tmp_path / "case", sergeant)
    session = session_of(sergeant)
    session.open(case_dir)
    view = _view(qtbot, session)
    view.reason.setPlainText("looks right to me")
    dialogs: list[str] = []
    close_next_dialog(qtbot, dialogs)
    view.approve.button.click()
    assert dialogs and "own" in dialogs[0]
    [refused] = entries(session.case, "action.refused")
    assert refused.officer == "SGT-1" and refused.details["refused_action"] == "approve"
    assert refused.inputs == [{"item": seq}]
    assert entries(session.case, "review.approved") == []
    assert "Refused and recorded" in view.message.text()
    assert view.message.property("role") == "fail"
    assert view.queue.count() == 2  # the deviation still waits, and the refusal joins it
    view.queue.setCurrentRow(0)
    assert "sign-off by SGT-1 refused" in view.item_history.text()
    screenshot(view, "supervisor-own-item-refused")
