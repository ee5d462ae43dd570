"""The scan step: on the session's open case, for an exhibit from the device register, behind
the rules (a removable device's write blocker is recorded first), with pause, resume and
cancel; results stream in off the GUI thread."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLineEdit, QMessageBox

from tests.fixtures.cases import make_case, named_officer
from tests.fixtures.images import digests
from tests.gui.modals import ModalAnswer
from triage_app.core.jobs import Progress
from triage_app.core.units import plural
from triage_app.gui.exhibits import FactsDialog
from triage_app.gui.pages.scan_page import ScanPage
from triage_app.gui.session import CaseSession
from triage_app.operations.case_state import DeviceDescription, entries
from triage_app.operations.devices import register_device

BLOCKER = ("destruction=no", "write-blocker=Tableau T8u 000123")


def _page(qtbot, tmp_path: Path, level: str = "L2", *, name: str = "case",
          devices: tuple[tuple[str, str, tuple[str, ...]], ...] = ()) -> ScanPage:
    officer = named_officer(f"PC-{level}", level)
    session = CaseSession(officer)
    make_case(tmp_path / name, officer)
    case = session.open(tmp_path / name)
    for exhibit, kind, facts in devices:
        register_device(case, exhibit, DeviceDescription(kind=kind), facts=facts)
    page = ScanPage(session)
    qtbot.addWidget(page)
    page.resize(1150, 650)
    page.show()
    page.destroyed.connect(session.close)
    return page


def _actions(page: ScanPage) -> list[str]:
    assert page.session.case is not None
    return [e.action for e in entries(page.session.case)]


def _finish(qtbot, page: ScanPage, timeout: int = 60000) -> None:
    qtbot.waitUntil(lambda: page._handle is None, timeout=timeout)


def test_l2_officer_triages_a_disk_image_behind_a_recorded_write_blocker(
        qtbot, disk_images: Path, tmp_path: Path) -> None:
    image = disk_images / "dftt/8-jpeg-search/8-jpeg-search.dd"
    before = digests(image.read_bytes())
    page = _page(qtbot, tmp_path, devices=(("ABC/1", "removable", ("destruction=no",)),))
    assert page.exhibit_combo.exhibit() == "ABC/1" and page.start_button.isEnabled()
    page.source_edit.setText(str(image))

    def record(dialog: FactsDialog) -> None:
        [edit] = dialog.fields.values()
        assert isinstance(edit, QLineEdit)
        edit.setText("Tableau T8u 000123")
        dialog.grab().save("/tmp/shots/scan-write-blocker-dialog.png")
        dialog.record_button.click()

    answer = ModalAnswer(FactsDialog, record)
    page.start_button.click()  # refused: the write blocker is not recorded yet
    qtbot.waitUntil(lambda: "Start the scan again" in page.status_label.text(), timeout=30000)
    assert len(answer.seen) == 1
    assert "needs the fact write-blocker recorded first" in answer.seen[0].findChild(
        type(page.status_label)).text()
    page.start_button.click()
    _finish(qtbot, page)
    assert "Scan finished" in page.status_label.text(), page.status_label.text()
    paths = [page.model.result(r).entry.path for r in range(page.model.rowCount())]
    assert "/alloc/file2.dat" in paths and "/misc/file13.dll:here" in paths
    mismatch = page.model.result(paths.index("/alloc/file2.dat"))
    assert any(f.kind == "filetype.extension-mismatch" for f in mismatch.findings)
    assert digests(image.read_bytes()) == before
    case = page.session.case
    assert case is not None
    log = entries(case)
    refused = [e for e in log if e.action == "action.refused"]
    assert len(refused) == 1 and refused[0].exhibit == "ABC/1"
    assert refused[0].details["refused_action"] == "scan"
    [updated] = [e for e in log if e.action == "device.updated"]
    assert updated.exhibit == "ABC/1"
    assert updated.details["facts"] == {"write-blocker": "Tableau T8u 000123"}
    scans = [e for e in log if e.action.startswith("scan.")]
    assert [e.action for e in scans] == ["scan.started", "scan.finished"]
    assert all(e.exhibit == "ABC/1" for e in scans)
    assert scans[0].inputs == [{"source": str(image)}]
    assert [e.action for e in log].index("device.updated") < [e.action for e in log].index(
        "scan.started")
    page.grab().save("/tmp/shots/scan-finished.png")


def test_l1_officer_cannot_scan_a_stick_and_the_request_is_recorded(
        qtbot, tmp_path: Path, monkeypatch) -> None:
    """L1 does not open suspect media (design section 1): Start is shown locked with the level
    it needs, and "Request a specialist" beside it records the request."""
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information",
                        lambda parent, title, text: told.append(text))
    page = _page(qtbot, tmp_path, "L1", devices=(("ABC/1", "removable", ("destruction=no",)),))
    action = page.scan_action
    assert action.locked and not page.start_button.isEnabled()
    assert "needs L2" in page.start_button.text()
    page.grab().save("/tmp/shots/scan-locked-l1.png")
    action.request_button.click()
    case = page.session.case
    assert case is not None
    [request_entry] = entries(case, "specialist.requested")
    assert request_entry.officer == "PC-L1" and request_entry.details["requested_action"] == "scan"
    assert request_entry.details["officer_level"] == "L1"
    assert request_entry.details["needs"] == "L2"
    assert f"entry {request_entry.seq}" in told[0]
    assert not any(a.startswith("scan.") for a in _actions(page))


def _evidence(tmp_path: Path, count: int = 200) -> Path:
    evidence = tmp_path / "evidence"
    evidence.mkdir(exist_ok=True)
    for i in range(count):
        (evidence / f"f{i:03d}.bin").write_bytes(os.urandom(200_000))
    return evidence


def _scanned(page: ScanPage) -> list[tuple[str, str]]:
    results = [page.model.result(r) for r in range(page.model.rowCount())]
    return sorted((r.entry.path, r.hashes.get("sha256", "")) for r in results)


def test_pause_then_resume_finishes_with_the_same_results_as_a_straight_scan(
        qtbot, tmp_path: Path) -> None:
    evidence = _evidence(tmp_path)
    stick = (("ABC/1", "storage", BLOCKER),)
    page = _page(qtbot, tmp_path, name="paused", devices=stick)
    page.source_edit.setText(str(evidence))
    page.start_button.click()
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=30000)
    assert page._handle is not None
    with qtbot.waitSignal(page._handle.signals.progress, timeout=30000):
        page.pause_button.click()  # the scan reports as it holds
    assert page.pause_button.text() == "&Resume" and "Paused" in page.status_label.text()
    assert page.cancel_button.isEnabled()
    page.grab().save("/tmp/shots/scan-paused.png")
    recorded = _actions(page)
    page.pause_button.click()
    assert page.pause_button.text() == "&Pause"
    _finish(qtbot, page)
    assert "Scan finished" in page.status_label.text()
    assert _actions(page)[:len(recorded)] == recorded  # nothing recorded for the pause
    assert [a for a in _actions(page) if a.startswith("scan.")] == ["scan.started",
                                                                   "scan.finished"]
    paused = _scanned(page)

    straight = _page(qtbot, tmp_path, name="straight", devices=stick)
    straight.source_edit.setText(str(evidence))
    straight.start_button.click()
    _finish(qtbot, straight)
    assert paused == _scanned(straight) and len(paused) == 200


def test_cancel_stops_the_scan_and_keeps_the_case(qtbot, tmp_path: Path) -> None:
    evidence = _evidence(tmp_path, 300)
    page = _page(qtbot, tmp_path, devices=(("ABC/1", "storage", BLOCKER),))
    page.source_edit.setText(str(evidence))
    page.start()
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=30000)
    page.pause_button.click()  # a paused scan is cancelled too
    page.cancel()
    _finish(qtbot, page, 30000)
    assert "Cancelled" in page.status_label.text()
    assert page.model.rowCount() < 301
    case_dir = tmp_path / "case"
    assert (case_dir / "custody.jsonl").read_text().count("scan.cancelled") == 1
    [cancelled] = [json.loads(line) for line in (case_dir / "custody.jsonl").open()
                   if '"scan.cancelled"' in line]
    scanned = sum(cancelled["details"][k] for k in ("files", "dirs", "others", "skipped"))
    assert scanned > 0
    assert page.status_label.text() == (
        f"Cancelled; kept in the case: {plural(scanned, 'entry', 'entries')} scanned (scan the "
        "same source again to finish).")


def test_no_case_is_a_plain_note(qtbot) -> None:
    page = ScanPage(CaseSession(named_officer()))
    qtbot.addWidget(page)
    page.resize(1150, 650)
    page.show()
    note = page.findChild(type(page.status_label), None)
    assert note is not None
    assert any(label.text() == "Open or make a case first." and label.isVisible()
               for label in page.findChildren(type(page.status_label)))
    assert not page.start_button.isEnabled() or not page.start_button.isEnabledTo(page)
    page.grab().save("/tmp/shots/scan-no-case.png")


def test_missing_source_is_said_in_plain_words(qtbot, tmp_path: Path, monkeypatch) -> None:
    shown = []
    monkeypatch.setattr("triage_app.gui.pages.scan_page.show_exception",
                        lambda parent, exc, action: shown.append(str(exc)))
    page = _page(qtbot, tmp_path, devices=(("ABC/1", "storage", BLOCKER),))
    page.source_edit.setText(str(tmp_path / "nothing-here.dd"))
    page.start()
    _finish(qtbot, page, 30000)
    assert shown and "no such file" in shown[0]


@pytest.mark.parametrize("name, words", [
    ("suspect-laptop-internal-disk-image-taken-at-the-scene.E01", "no EWF signature"),
    ("suspect-laptop-internal-disk-image-taken-at-the-scene.dd", "nothing can be listed"),
])
def test_a_scan_error_is_shown_in_full_and_the_status_line_moves_on(
        qtbot, tmp_path: Path, monkeypatch, name: str, words: str) -> None:
    shown = []
    monkeypatch.setattr("triage_app.gui.pages.scan_page.show_exception",
                        lambda parent, exc, action: shown.append(str(exc)))
    deep = tmp_path.joinpath(*["a-folder-with-a-rather-long-name-for-a-seized-exhibit"] * 6)
    deep.mkdir(parents=True)
    fake = deep / name
    fake.write_bytes(os.urandom(64 * 1024))
    page = _page(qtbot, tmp_path, devices=(("ABC/1", "storage", BLOCKER),
                                           ("ABC/2", "storage", BLOCKER)))
    page.resize(700, 500)
    page.source_edit.setText(str(fake))
    page.start()
    _finish(qtbot, page, 30000)
    assert shown and words in shown[0]
    assert page.status_label.text() != "Opening the source…"
    assert "did not finish" in page.status_label.text()
    assert page.error_view.isVisible() and page.error_view.toPlainText() == shown[0]
    # All of it can be read within the page's width (wrapped, even inside the long path)...
    assert page.error_view.width() <= page.width()
    assert page.error_view.document().size().width() <= page.error_view.viewport().width()
    # ...and selected and copied.
    page.error_view.selectAll()
    assert page.error_view.textCursor().selectedText() == shown[0]
    (tmp_path / "stick").mkdir()
    page.source_edit.setText(str(tmp_path / "stick"))
    page.exhibit_combo.select("ABC/2")  # one source per exhibit
    page.start()  # the next scan starts clean
    assert not page.error_view.isVisible()
    _finish(qtbot, page, 30000)
    assert "Scan finished" in page.status_label.text()


def test_closing_the_window_mid_scan_asks_cancels_waits_and_records(qtbot, tmp_path: Path,
                                                                      monkeypatch,
                                                                      case_at) -> None:
    from triage_app.custody.verify import verify_ledger
    from triage_app.gui import worker
    from triage_app.gui.main_window import MainWindow

    evidence = _evidence(tmp_path, 300)
    asked = []
    case_dir = case_at(tmp_path / "case")
    window = MainWindow(named_officer())
    qtbot.addWidget(window)
    window.show()
    register_device(window.session.open(case_dir), "ABC/1", DeviceDescription(kind="storage"),
                    facts=BLOCKER)
    window.session.recorded()
    page = window.page(ScanPage)
    page.source_edit.setText(str(evidence))
    page.start()
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=30000)

    def answer(parent, title, text, *args):
        asked.append(text)
        return QMessageBox.StandardButton.No if len(asked) == 1 else QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    assert not window.close()  # "No": the window stays and the scan runs on
    assert window.isVisible() and worker.running_jobs()
    assert window.close()  # "Yes": cancelled, awaited, recorded, then closed
    assert len(asked) == 2 and "still running" in asked[0]
    assert not window.isVisible() and not worker.running_jobs()
    assert window.session.case is None  # the case was closed: its lock is free again
    ledger = (case_dir / "custody.jsonl").read_text()
    assert ledger.count("scan.cancelled") == 1
    assert verify_ledger(case_dir).ok


def test_urgent_findings_come_first_in_the_summary(qtbot, tmp_path: Path) -> None:
    evidence = tmp_path / "evidence"
    evidence.mkdir()
    (evidence / "notes.txt").write_text("legal winner thank year wave sausage worth useful "
                                        "legal winner thank yellow\n")
    page = _page(qtbot, tmp_path, devices=(("ABC/1", "storage", BLOCKER),))
    page.source_edit.setText(str(evidence))
    page.start()
    _finish(qtbot, page)
    assert page.status_label.text().startswith(
        "URGENT: 1 private keys, seed phrases or wallet files - treat it as cash: call a "
        "specialist now")


def test_time_left_is_in_words_and_not_shown_at_the_start(qtbot, tmp_path: Path) -> None:
    page = _page(qtbot, tmp_path)
    start = Progress(phase="scanning", files_total=900, bytes_total=32 * 1024 ** 3,
                     bytes_done=1024 ** 2)
    start.started -= 0.5
    page._on_progress(start)
    assert "left" not in page.status_label.text()
    later = Progress(phase="scanning", files_total=900, bytes_total=32 * 1024 ** 3,
                     bytes_done=1024 ** 3)
    later.started -= 5.6
    page._on_progress(later)
    assert page.status_label.text().endswith(", about 3 min left"), page.status_label.text()
    paused = Progress(phase="scanning", files_total=900, bytes_total=32 * 1024 ** 3,
                      bytes_done=1024 ** 3, paused=60)
    paused.started -= 65.6  # a minute of it paused: the same rate, the same time left
    page._on_progress(paused)
    assert page.status_label.text().endswith(", about 3 min left"), page.status_label.text()
