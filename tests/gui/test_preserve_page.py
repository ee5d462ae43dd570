"""Preserve & hand over, on the session's open case for an exhibit of the device register: an
L2 officer collects, adds a scene photo and exports a package that verifies; an L1 officer sees
collection and imaging locked and can request a specialist."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from tests.fixtures.cases import make_case, named_officer
from tests.fixtures.images import make_ext4
from triage_app.gui.main_window import MainWindow
from triage_app.gui.pages.preserve_page import PreservePage
from triage_app.operations.case_state import DeviceDescription, entries
from triage_app.operations.devices import register_device
from triage_app.package.verify import verify_package

FILES = {"docs/plan.txt": b"the plan\n" * 30, "pics/a.jpg": b"\xff\xd8\xff\xe0" + b"x" * 500}
BLOCKED = ("destruction=no", "write-blocker=Tableau T8u 000123")


def _page(qtbot, level: str, case_dir: Path) -> tuple[MainWindow, PreservePage]:
    """The window of an officer at ``level`` with the case open and its devices ABC/1 and
    ABC/2 registered (behind a write blocker)."""
    officer = named_officer(f"PC-{level}", level)
    window = MainWindow(officer)
    qtbot.addWidget(window)
    make_case(case_dir, officer)
    case = window.session.open(case_dir)
    for ref in ("ABC/1", "ABC/2"):
        register_device(case, ref, DeviceDescription(kind="storage"), facts=BLOCKED)
    window.session.recorded()
    window.resize(1366, 768)
    window.show()
    return window, window.show_page(PreservePage)


def _wait_idle(qtbot, page: PreservePage) -> None:
    qtbot.waitUntil(lambda: page._handle is None and page.cancel_button.isEnabled() is False,
                    timeout=60000)


def _l2_page_on_a_stick(qtbot, tmp_path: Path, monkeypatch
                        ) -> tuple[MainWindow, PreservePage, list[str]]:
    """An L2 officer's page with a case, a stick and exhibit ABC/1 filled in; errors the page
    shows are collected in the list returned."""
    shown: list[str] = []
    monkeypatch.setattr("triage_app.gui.pages.preserve_page.show_exception",
                        lambda parent, exc, action: shown.append(str(exc)))
    image = make_ext4(tmp_path / "stick.raw", FILES)
    window, page = _page(qtbot, "L2", tmp_path / "case")
    page.source_edit.setText(str(image))
    assert page.exhibit_combo.exhibit() == "ABC/1"
    return window, page, shown


def test_l2_officer_collects_documents_and_exports(qtbot, tmp_path: Path, monkeypatch) -> None:
    window, page, shown = _l2_page_on_a_stick(qtbot, tmp_path, monkeypatch)
    assert page.collect_action.button.text() == "C&ollect files"
    page.collect_action.button.click()
    _wait_idle(qtbot, page)
    assert "Collected 2 files" in page.status_label.text(), (page.status_label.text(), shown)
    photo = tmp_path / "scene.jpg"
    photo.write_bytes(b"\xff\xd8\xff\xe0" + b"scene" * 100)
    page.add_scene_photos([str(photo)])
    _wait_idle(qtbot, page)
    out = tmp_path / "out"
    out.mkdir()
    page.out_edit.setText(str(out))
    page.export_action.button.click()
    _wait_idle(qtbot, page)
    assert "Package written" in page.status_label.text(), (page.status_label.text(), shown)
    [bag] = list(out.iterdir())
    assert verify_package(bag).ok
    # One open case for the session: three actions, one opening of the case.
    ledger = (tmp_path / "case" / "custody.jsonl").read_text()
    assert ledger.count('"action":"case.created"') == 1  # by `case new`, before the window
    assert ledger.count('"action":"case.opened"') == 1  # once for the window's session
    collected = [e for e in entries(window.session.case) if e.action.startswith("collect.")]
    assert [e.action for e in collected] == ["collect.started", "collect.finished"]
    assert all(e.exhibit == "ABC/1" for e in collected)
    page.grab().save("/tmp/shots/preserve-l2.png")  # at the workspace's size


def test_l1_officer_sees_imaging_locked_and_requests_a_specialist(qtbot, tmp_path: Path,
                                                                  monkeypatch) -> None:
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: None)
    window, page = _page(qtbot, "L1", tmp_path / "case")
    assert page.image_action.button.text() == "Locked: &Make the image (needs L2)"
    assert not page.collect_action.button.isEnabled()
    assert page.scene_action.button.isEnabled() and page.export_action.button.isEnabled()
    page.grab().save("/tmp/shots/preserve-locked-l1.png")
    page.source_edit.setText("/dev/sdz")
    page.image_action.request_button.click()
    [request] = entries(window.session.case, "specialist.requested")
    assert request.details["requested_action"] == "image" and request.exhibit == "ABC/1"
    assert not (tmp_path / "case" / "evidence").exists()


def test_the_progress_bar_is_full_after_an_image_and_empty_after_a_failure(
        qtbot, tmp_path: Path, monkeypatch) -> None:
    window, page, shown = _l2_page_on_a_stick(qtbot, tmp_path, monkeypatch)
    page.image_action.button.click()
    _wait_idle(qtbot, page)
    assert "written and verified" in page.status_label.text(), (page.status_label.text(), shown)
    assert page.progress_bar.value() == page.progress_bar.maximum()
    (tmp_path / "folder").mkdir()
    page.source_edit.setText(str(tmp_path / "folder"))  # a folder cannot be imaged
    page.exhibit_combo.select("ABC/2")
    page.image_action.button.click()
    _wait_idle(qtbot, page)
    assert shown and "is a folder" in shown[0]
    assert page.progress_bar.value() <= 0


def test_a_cancel_says_what_was_kept_and_no_more(qtbot, tmp_path: Path) -> None:
    import json
    import os

    evidence = tmp_path / "stick"
    evidence.mkdir()
    for i in range(200):
        (evidence / f"f{i:03d}.bin").write_bytes(os.urandom(300_000))
    window, page = _page(qtbot, "L2", tmp_path / "case")
    page.source_edit.setText(str(evidence))
    page.collect_action.button.click()
    qtbot.waitUntil(lambda: page.progress_bar.value() > 0, timeout=30000)
    page.cancel()
    _wait_idle(qtbot, page)
    [end] = [json.loads(line) for line in (tmp_path / "case" / "custody.jsonl").open()
             if '"collect.cancelled"' in line]
    files = end["outputs"][0]["files"]
    assert files < 200
    said = page.status_label.text()
    if files:
        assert said == f"Cancelled; kept in the case: {files} file{'s' if files > 1 else ''} " \
                       "collected and verified.", said
    else:
        assert said == "Cancelled; nothing half-written is kept.", said
    assert page.progress_bar.value() <= 0
