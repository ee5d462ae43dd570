"""Lab intake: a receiver verifies and imports a real package and browses it; a tampered
package (a payload byte, a ledger line) is refused with the reason; a SIMULATION package only
with "training package" ticked, and then it stays marked."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QImage

from tests.fixtures.cases import named_officer
from tests.fixtures.packages import WITH_ADDRESS, exported_package, simulation_bag
from tests.gui.views.conftest import screenshot
from triage_app.custody.entry import CustodyEntry
from triage_app.gui.views.intake import IntakeView
from triage_app.package.verify import AREAS


def _view(qtbot, session_of) -> IntakeView:
    view = IntakeView(session_of(named_officer("LAB-1", "RECEIVER", name="Lab Receiver")))
    qtbot.addWidget(view)
    return view


def _run(qtbot, view: IntakeView, button) -> None:
    button.click()
    assert view._handle is not None  # on the worker, with progress and cancel
    qtbot.waitUntil(lambda: view._handle is None, timeout=60000)


def _roles(view: IntakeView) -> dict[str, str]:
    return {area: view.marks[area].property("role") for area in AREAS}


def _shown(label) -> str:
    """A label's text as read (without the break opportunities long runs get)."""
    return label.text().replace("\u200b", "")


def _lab_entries(folder: Path) -> list[CustodyEntry]:
    return [CustodyEntry.from_line(line) for line in
            (folder / "custody.jsonl").read_bytes().splitlines(keepends=True)]


def test_a_receiver_verifies_imports_and_browses_a_package(qtbot, tmp_path, capsys, monkeypatch,
                                                           case_at, session_of) -> None:
    bag = exported_package(tmp_path, capsys, monkeypatch, case_at, files=WITH_ADDRESS)
    view = _view(qtbot, session_of)
    view.bag_edit.setText(str(bag))
    _run(qtbot, view, view.verify_button)
    assert "VERIFIED" in view.headline.text() and view.headline.property("role") == "pass"
    assert _roles(view) == dict.fromkeys(AREAS, "pass")
    assert "Officer L2" in view.verdicts["signature"].text()
    assert view.progress_bar.value() == 1000
    assert not view.simulation_mark.isVisibleTo(view)
    screenshot(view, "intake-verified")

    view.into_edit.setText(str(tmp_path / "lab"))
    _run(qtbot, view, view.import_action.button)
    [folder] = (tmp_path / "lab").iterdir()
    [receipt] = [e for e in _lab_entries(folder) if e.action == "package.received"]
    assert receipt.officer == "LAB-1" and receipt.details["mode"] == "LIVE"
    assert view.message.property("role") == "pass" and str(folder) in _shown(view.message)
    assert view.received is not None and view.received.folder == folder
    assert all(view.tabs.isTabEnabled(i) for i in range(view.tabs.count()))
    assert view.exhibits.item(0, 0).text() == "ABC/1"
    actions = [view.custody.item(r, 3).text() for r in range(view.custody.rowCount())]
    assert actions[0] == "case.created" and actions[-1] == "package.received"
    assert "source.attached" in actions and "package.export-started" in actions
    kinds = {view.findings.item(r, 2).text() for r in range(view.findings.rowCount())}
    assert any(k.startswith("crypto-") for k in kinds), kinds
    assert [view.photos.item(i).text() for i in range(view.photos.count())] == [
        "scene-01.jpg", "scene-02.jpg"]
    assert "triage report" in view.report_view.toPlainText().lower()
    view.tabs.setCurrentWidget(view.custody)
    screenshot(view, "intake-custody-timeline")
    view.tabs.setCurrentIndex(view.tabs.count() - 1)
    shot = screenshot(view, "intake-report")
    photo = view.report_view.loadResource(2, QUrl.fromLocalFile(str(view.received.photos[0])))
    assert isinstance(photo, QImage) and photo.isNull()  # the package's pictures stay undecoded
    assert shot.is_file()


def _flip_payload_byte(bag: Path) -> str:
    target = bag / "data/ABC_1/logical/Users/alex/notes.txt"
    data = bytearray(target.read_bytes())
    data[3] ^= 1
    target.write_bytes(bytes(data))
    return "notes.txt"


def _edit_ledger_line(bag: Path) -> str:
    ledger = bag / "metadata/custody.jsonl"
    ledger.write_bytes(ledger.read_bytes().replace(b"source.attached", b"source.attacheD", 1))
    return "custody"


@pytest.mark.parametrize("tamper, area", [(_flip_payload_byte, "bag"),
                                          (_edit_ledger_line, "custody")])
def test_a_tampered_package_is_refused_with_the_reason(qtbot, tmp_path, capsys, monkeypatch,
                                                       case_at, session_of, tamper,
                                                       area) -> None:
    bag = exported_package(tmp_path, capsys, monkeypatch, case_at)
    said = tamper(bag)
    view = _view(qtbot, session_of)
    view.bag_edit.setText(str(bag))
    _run(qtbot, view, view.verify_button)
    assert "REFUSED" in view.headline.text() and view.headline.property("role") == "fail"
    assert view.marks[area].property("role") == "fail"
    assert said in _shown(view.verdicts[area])
    assert view.marks["safety"].property("role") == "pass"
    screenshot(view, f"intake-tampered-{area}")
    view.into_edit.setText(str(tmp_path / "lab"))
    _run(qtbot, view, view.import_action.button)
    assert "does not verify" in view.message.text() and said in _shown(view.message)
    assert view.message.property("role") == "fail" and view.received is None
    assert not (tmp_path / "lab").exists() or not any((tmp_path / "lab").iterdir())


def test_a_simulation_package_is_imported_only_as_training(qtbot, tmp_path, capsys,
                                                          session_of) -> None:
    bag = simulation_bag(tmp_path, capsys)
    view = _view(qtbot, session_of)
    view.bag_edit.setText(str(bag))
    _run(qtbot, view, view.verify_button)
    assert view.simulation_mark.isVisibleTo(view)
    assert "SIMULATION" in view.verdicts["mode"].text()
    view.into_edit.setText(str(tmp_path / "lab"))
    _run(qtbot, view, view.import_action.button)
    assert "SIMULATION" in view.message.text() and view.received is None
    assert not (tmp_path / "lab").exists() or not any((tmp_path / "lab").iterdir())
    view.training_box.setChecked(True)
    _run(qtbot, view, view.import_action.button)
    assert view.received is not None and view.received.simulation
    [folder] = (tmp_path / "lab").iterdir()
    [receipt] = [e for e in _lab_entries(folder) if e.action == "package.received"]
    assert receipt.details["simulation"] is True
    assert view.simulation_mark.isVisibleTo(view)
    screenshot(view, "intake-simulation-imported")
