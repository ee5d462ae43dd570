"""The scan page runs a real scan off the GUI thread, streams results, and can be cancelled."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from triage_app.core.officer import load_officer
from triage_app.core.units import plural
from triage_app.gui.main_window import MainWindow
from triage_app.gui.pages.scan_page import ScanPage


@pytest.fixture(autouse=True)
def case_with_authority(tmp_path: Path, case_at) -> Path:
    """The scans here go into ``tmp_path / "case"``, made with `case new` by a named officer."""
    return case_at(tmp_path / "case")


def _page(qtbot) -> tuple[MainWindow, ScanPage]:
    window = MainWindow(load_officer(None))
    qtbot.addWidget(window)
    window.show()
    return window, window.show_page(ScanPage)


def test_scan_of_a_disk_image_streams_results(qtbot, disk_images: Path, tmp_path: Path,
                                             case_at) -> None:
    case_at(tmp_path / "case")
    window, page = _page(qtbot)
    page.source_edit.setText(str(disk_images / "dftt/8-jpeg-search/8-jpeg-search.dd"))
    page.case_edit.setText(str(tmp_path / "case"))
    page.exhibit_edit.setText("ABC/1")
    with qtbot.waitSignal(page.start_button.clicked, timeout=1000, raising=False):
        pass
    page.start()
    assert not page.start_button.isEnabled()
    qtbot.waitUntil(lambda: page.start_button.isEnabled(), timeout=60000)
    assert "Scan finished" in page.status_label.text()
    paths = [page.model.result(r).entry.path for r in range(page.model.rowCount())]
    assert "/alloc/file2.dat" in paths and "/misc/file13.dll:here" in paths
    mismatch = page.model.result(paths.index("/alloc/file2.dat"))
    assert any(f.kind == "filetype.extension-mismatch" for f in mismatch.findings)
    window.grab().save(str(tmp_path / "scan-page.png"))


def test_cancel_stops_the_scan_and_keeps_the_case(qtbot, tmp_path: Path, case_at) -> None:
    case_at(tmp_path / "case")
    evidence = tmp_path / "evidence"
    evidence.mkdir()
    for i in range(300):
        (evidence / f"f{i:03d}.bin").write_bytes(os.urandom(200_000))
    window, page = _page(qtbot)
    page.source_edit.setText(str(evidence))
    page.case_edit.setText(str(tmp_path / "case"))
    page.start()
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=30000)
    page.cancel()
    qtbot.waitUntil(lambda: page.start_button.isEnabled(), timeout=30000)
    assert "Cancelled" in page.status_label.text()
    assert page.model.rowCount() < 300
    assert (tmp_path / "case" / "custody.jsonl").read_text().count("scan.cancelled") == 1
    [cancelled] = [json.loads(line) for line in (tmp_path / "case" / "custody.jsonl").open()
                   if '"scan.cancelled"' in line]
    scanned = sum(cancelled["details"][k] for k in ("files", "dirs", "others", "skipped"))
    assert scanned > 0
    assert page.status_label.text() == (
        f"Cancelled; kept in the case: {plural(scanned, 'entry', 'entries')} scanned (scan the "
        "same source again to finish).")


def test_missing_source_is_said_in_plain_words(qtbot, tmp_path: Path, monkeypatch,
                                               case_at) -> None:
    case_at(tmp_path / "case")
    shown = []
    monkeypatch.setattr("triage_app.gui.pages.scan_page.show_exception",
                        lambda parent, exc, action: shown.append(str(exc)))
    window, page = _page(qtbot)
    page.source_edit.setText(str(tmp_path / "nothing-here.dd"))
    page.case_edit.setText(str(tmp_path / "case"))
    page.start()
    qtbot.waitUntil(lambda: page.start_button.isEnabled(), timeout=30000)
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
    window, page = _page(qtbot)
    window.resize(700, 500)
    page.source_edit.setText(str(fake))
    page.case_edit.setText(str(tmp_path / "case"))
    page.start()
    qtbot.waitUntil(lambda: page.start_button.isEnabled(), timeout=30000)
    assert shown and words in shown[0]
    assert page.status_label.text() != "Opening the source…"
    assert "did not finish" in page.status_label.text()
    assert page.error_view.isVisible() and page.error_view.toPlainText() == shown[0]
    # All of it can be read within the page's width (wrapped, even inside the long path)...
    assert page.error_view.width() <= window.width()
    assert page.error_view.document().size().width() <= page.error_view.viewport().width()
    # ...and selected and copied.
    page.error_view.selectAll()
    assert page.error_view.textCursor().selectedText() == shown[0]
    (tmp_path / "stick").mkdir()
    page.source_edit.setText(str(tmp_path / "stick"))
    page.start()  # the next scan starts clean
    assert not page.error_view.isVisible()
    qtbot.waitUntil(lambda: page.start_button.isEnabled(), timeout=30000)
    assert "Scan finished" in page.status_label.text()


def test_closing_the_window_mid_scan_asks_cancels_waits_and_records(qtbot, tmp_path: Path,
                                                                      monkeypatch,
                                                                      case_at) -> None:
    from PySide6.QtWidgets import QMessageBox

    from triage_app.custody.verify import verify_ledger
    from triage_app.gui import worker

    evidence = tmp_path / "evidence"
    evidence.mkdir()
    for i in range(300):
        (evidence / f"f{i:03d}.bin").write_bytes(os.urandom(200_000))
    asked = []
    case_at(tmp_path / "case")
    window, page = _page(qtbot)
    page.source_edit.setText(str(evidence))
    page.case_edit.setText(str(tmp_path / "case"))
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
    ledger = (tmp_path / "case" / "custody.jsonl").read_text()
    assert ledger.count("scan.cancelled") == 1
    assert verify_ledger(tmp_path / "case").ok


def test_urgent_findings_come_first_in_the_summary(qtbot, tmp_path: Path) -> None:
    evidence = tmp_path / "evidence"
    evidence.mkdir()
    (evidence / "notes.txt").write_text("legal winner thank year wave sausage worth useful "
                                        "legal winner thank yellow\n")
    window, page = _page(qtbot)
    page.source_edit.setText(str(evidence))
    page.case_edit.setText(str(tmp_path / "case"))
    page.start()
    qtbot.waitUntil(lambda: page.start_button.isEnabled(), timeout=60000)
    assert page.status_label.text().startswith(
        "URGENT: 1 private keys, seed phrases or wallet files - treat it as cash: call a "
        "specialist now")


def test_time_left_is_in_words_and_not_shown_at_the_start(qtbot) -> None:
    from triage_app.core.jobs import Progress

    window, page = _page(qtbot)
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
