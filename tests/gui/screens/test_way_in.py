"""The way into the window: sign in, the start-of-shift check, the case with its authority."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog

from tests.fixtures.cases import make_case, named_officer
from triage_app.core.settings import remember_case
from triage_app.gui.main_window import MainWindow
from triage_app.gui.screens.sign_in import NewOfficerDialog
from triage_app.gui.views.case_overview import CaseOverview
from triage_app.operations import case_state
from triage_app.operations.officers import add_officer


def _window(qtbot) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    return window


def _sign_in(window: MainWindow, officer_id: str, passphrase: str = "") -> None:
    screen = window.sign_in
    screen.reload(select=officer_id)
    screen.passphrase_edit.setText(passphrase)
    screen.submit()


def test_an_officer_signs_in_checks_the_clock_and_makes_a_case(qtbot, tmp_path) -> None:
    add_officer("PC-1234", "Alex Morgan", endorsements=["L1"], passphrase="correct horse")
    window = _window(qtbot)
    assert window.screens.currentWidget().widget() is window.sign_in
    _sign_in(window, "PC-1234", "wrong")
    assert "wrong passphrase" in window.sign_in.message.text()
    assert window.session.officer.is_unassigned

    _sign_in(window, "PC-1234", "correct horse")
    assert window.session.officer.id == "PC-1234"
    assert window.screens.currentWidget().widget() is window.shift_check
    labels = [window.shift_check.facts.itemAt(i).widget().text()
              for i in range(window.shift_check.facts.count())
              if window.shift_check.facts.itemAt(i).widget() is not None]
    assert "App SHA-256" in labels and "Workflow rules" in labels
    window.shift_check.confirm()  # no reference named: stays, and says why
    assert "what you read the time from" in window.shift_check.message.text()
    window.shift_check.reference_edit.setText("force radio")
    window.shift_check.now_button.click()
    assert window.screens.currentWidget().widget() is window.case_screen

    screen = window.case_screen
    screen.ref_edit.setText("OP-ORCHARD-117")
    screen.folder_edit.setText(str(tmp_path / "case"))
    screen.make_case()  # no authority reference yet: refused in words, nothing made
    assert "empty" in screen.new_message.text()
    assert not (tmp_path / "case").exists()
    screen.authority.ref_edit.setText("W-2026-0042")
    screen.authority.issuer_edit.setText("Westminster Magistrates' Court")
    screen.authority.scope_edit.setPlainText("All digital devices at 12 Orchard Road")
    screen.make_case()
    assert window.screens.currentWidget() is window.workspace
    case = window.session.case
    assert case is not None
    actions = [e.action for e in case_state.entries(case)]
    # made once, the shift's clock check in its ledger, the authority recorded (the passphrase
    # from sign-in unlocked the key: no second question)
    assert actions[:3] == ["case.created", "workflow.rules-loaded", "authority.recorded"]
    assert "custody.clock-check" in actions
    clock = case_state.entries(case, "custody.clock-check")[0]
    assert clock.details["reference"] == "force radio"
    assert abs(clock.details["offset_seconds"]) < 5
    assert "OP-ORCHARD-117" in window.windowTitle()
    assert "PC-1234" in window.officer_label.text() and "L1" in window.officer_label.text()
    assert not window.simulation_mark.isVisible()
    overview = window.page(CaseOverview)
    assert "W-2026-0042" in overview.authority_label.text()


def test_a_recent_case_is_resumed_with_one_opening(qtbot, tmp_path) -> None:
    officer = named_officer("PC-L2", "L2")
    folder = make_case(tmp_path / "case", officer)
    remember_case(folder)
    window = _window(qtbot)
    _sign_in(window, "PC-L2")
    window.shift_check.reference_edit.setText("phone")
    window.shift_check.now_button.click()
    window.case_screen._open_chosen()
    assert window.session.case is not None
    before = len(case_state.entries(window.session.case))
    window.case_screen.open_case(str(folder))  # the same case again: not opened twice
    assert len(case_state.entries(window.session.case)) == before
    assert case_state.entries(window.session.case)[-1].action == "custody.checkpoint"


def test_a_new_profile_is_made_in_the_window(qtbot) -> None:
    dialog = NewOfficerDialog()
    qtbot.addWidget(dialog)
    dialog.id_edit.setText("PC-9")
    dialog.name_edit.setText("Jo Reyes")
    dialog.endorse_edit.setText("L2-removable-media:2030-01-31, SUPERVISOR")
    dialog.passphrase_edit.setText("a")
    dialog.repeat_edit.setText("b")
    dialog.save()
    assert "differ" in dialog.message.text()
    dialog.repeat_edit.setText("a")
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.made == "PC-9"
    from triage_app.core.officer import load_officer

    officer = load_officer("PC-9")
    assert officer.has_level("L2") and officer.has_level("SUPERVISOR")


def test_signing_out_closes_the_case(qtbot, tmp_path) -> None:
    officer = named_officer("PC-L2", "L2")
    folder = make_case(tmp_path / "case", officer)
    window = _window(qtbot)
    _sign_in(window, "PC-L2")
    window.session.open(folder)
    window.sign_out()
    assert window.session.case is None and window.session.officer.is_unassigned
    assert window.screens.currentWidget().widget() is window.sign_in


def test_settings_change_the_theme_and_target_size_at_once(qtbot, monkeypatch) -> None:
    from PySide6.QtWidgets import QApplication

    from triage_app.core.settings import save_settings
    from triage_app.gui import main_window
    from triage_app.gui.settings_dialog import SettingsDialog

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    window = _window(qtbot)
    font, palette, style = app.font(), app.palette(), app.style().name()

    def choose(dialog: SettingsDialog) -> QDialog.DialogCode:
        dialog.editors["theme"].setCurrentIndex(dialog.editors["theme"].findData("high-contrast"))
        dialog.editors["large_targets"].setChecked(True)
        dialog.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(main_window.SettingsDialog, "exec", choose)
    try:
        window.edit_settings()
        assert "font-size: 15pt" in app.styleSheet() and "#0000ff" in app.styleSheet()
        assert window.sign_in.sign_in_button.sizeHint().height() >= 44
    finally:
        save_settings({"theme": "standard", "large_targets": False})
        app.setStyleSheet("")
        app.setFont(font)
        app.setPalette(palette)
        app.setStyle(style)


def test_a_new_language_rebuilds_the_screens_and_keeps_the_session(qtbot, monkeypatch,
                                                                   tmp_path) -> None:
    from PySide6.QtWidgets import QApplication

    from triage_app.core.settings import save_settings
    from triage_app.gui import main_window
    from triage_app.gui.i18n import install_language
    from triage_app.gui.settings_dialog import SettingsDialog

    officer = named_officer("PC-L2", "L2")
    folder = make_case(tmp_path / "case", officer)
    window = _window(qtbot)
    _sign_in(window, "PC-L2")
    window.session.open(folder)
    window.enter_workspace()

    def choose(dialog: SettingsDialog) -> QDialog.DialogCode:
        dialog.editors["language"].setCurrentIndex(dialog.editors["language"].findData("de"))
        dialog.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(main_window.SettingsDialog, "exec", choose)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    try:
        window.edit_settings()
        assert window.screens.currentWidget() is window.workspace
        assert window.session.case is not None and window.session.officer.id == "PC-L2"
        assert window.menuBar().actions()[0].text() == "&Sitzung"
    finally:
        save_settings({"language": "en"})
        install_language(app, "en")


@pytest.mark.parametrize(("level", "scene"), [("TRAINEE", "SceneWizard"), ("L1", "SceneWizard"),
                                              ("L2", "SceneChecklist"), ("L3", "SceneExpert")])
def test_the_scene_is_drawn_at_the_officers_level(qtbot, tmp_path, level, scene) -> None:
    named_officer(f"PC-{level}", level)
    window = _window(qtbot)
    _sign_in(window, f"PC-{level}")
    window.enter_workspace()
    first = window.workspace.views[0]
    assert type(first).__name__ == scene
    assert window.workspace.nav.item(0).text() == "Scene"


def test_roles_without_a_ladder_level_start_on_the_case(qtbot) -> None:
    named_officer("REC-1", "RECEIVER")
    window = _window(qtbot)
    _sign_in(window, "REC-1")
    from triage_app.gui.views.intake import IntakeView

    assert [type(v) for v in window.workspace.views] == [IntakeView, CaseOverview]
