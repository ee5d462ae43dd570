"""The Findings page on a real scanned case: list, filter, confirm, dismiss, reveal (L3 only),
and the locked reveal that requests a specialist instead."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest

from tests.fixtures.planted_case import SEED, SEED16, WIF, PlantedCase, make_planted_case
from triage_app.cli import main
from triage_app.gui.main_window import MainWindow
from triage_app.gui.pages.findings_page import FindingsPage
from triage_app.operations.review import list_findings


@pytest.fixture
def planted(tmp_path: Path) -> PlantedCase:
    return make_planted_case(tmp_path)


@pytest.fixture
def no_dialogs(monkeypatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr("triage_app.gui.pages.findings_page.show_exception",
                        lambda parent, exc, action: shown.append(str(exc)))
    return shown


def _open(qtbot, officer, case_dir: Path):
    window = MainWindow(officer)
    qtbot.addWidget(window)
    window.show()
    page = window.page(FindingsPage)
    window.show_page(type(page))
    window.session.open(case_dir)
    _idle(qtbot, page)
    return window, page


def _idle(qtbot, page: FindingsPage) -> None:
    qtbot.waitUntil(lambda: page._handle is None, timeout=30000)


def _ids(planted: PlantedCase) -> dict[str, int]:
    views = list_findings(planted.case_dir)
    return {("utf16-" if v.encoding == "utf-16le" else "") + v.kind.removeprefix("crypto-"): v.id
            for v in views}


def _ledger(case_dir: Path) -> tuple[str, list[dict]]:
    text = (case_dir / "custody.jsonl").read_text()
    return text, [json.loads(line) for line in text.splitlines()]


def _screen_text(window: MainWindow, page: FindingsPage) -> str:
    model = page.proxy
    cells = [str(model.index(r, c).data()) for r in range(model.rowCount())
             for c in range(model.columnCount())]
    return "\n".join(cells + [page.detail_view.toPlainText(), page.secret_edit.text(),
                              page.status_label.text(), page.reason_edit.text()])


def test_list_filter_confirm_and_dismiss_are_recorded(qtbot, planted, no_dialogs, capsys):
    window, page = _open(qtbot, planted.officer_l1, planted.case_dir)
    assert page.model.rowCount() == 4 and "4 findings" in page.status_label.text()
    text = _screen_text(window, page)
    assert "1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2" in text and "content scan (ascii)" in text
    assert "/docs/notes.bin" in text
    ids = _ids(planted)

    page.kind_combo.setCurrentIndex(page.kind_combo.findData("crypto-seed-phrase"))
    assert page.proxy.rowCount() == 2 and "2 of 4 shown" in page.count_label.text()
    page.kind_combo.setCurrentIndex(0)

    page.select_finding(ids["address"])
    assert "Base58Check" in page.detail_view.toPlainText()
    assert not page.reveal_button.isVisible()  # nothing secret about an address
    page.reason_edit.setText("address matches the suspect's notebook")
    page.decide("confirm")
    _idle(qtbot, page)
    page.select_finding(ids["seed-phrase"])
    page.decide("dismiss")
    _idle(qtbot, page)
    assert no_dialogs == []

    statuses = {v.id: v.status for v in list_findings(planted.case_dir)}
    assert statuses[ids["address"]] == "confirmed" and statuses[ids["seed-phrase"]] == "dismissed"
    page.status_combo.setCurrentIndex(page.status_combo.findData("confirmed"))
    assert page.proxy.rowCount() == 1
    page.status_combo.setCurrentIndex(page.status_combo.findData("new"))
    assert page.proxy.rowCount() == 2

    ledger, entries = _ledger(planted.case_dir)
    confirmed = next(e for e in entries if e["action"] == "finding.confirmed")
    dismissed = next(e for e in entries if e["action"] == "finding.dismissed")
    assert confirmed["inputs"][0]["finding"] == ids["address"]
    assert confirmed["inputs"][0]["path"] == "/docs/notes.bin"
    assert confirmed["inputs"][0]["analyzer"] == "crypto"
    assert confirmed["reason"] == "address matches the suspect's notebook"
    assert confirmed["officer"] == "PC101" and confirmed["exhibit"] == "ABC/1"
    assert dismissed["inputs"][0]["finding"] == ids["seed-phrase"] and dismissed["reason"] is None
    assert SEED not in ledger and WIF not in ledger
    assert main(["custody", "verify", str(planted.case_dir)]) == 0
    capsys.readouterr()


def test_below_l3_reveal_is_locked_and_requests_a_specialist(qtbot, planted, no_dialogs,
                                                             caplog, tmp_path, capsys):
    caplog.set_level(logging.DEBUG)
    window, page = _open(qtbot, planted.officer_l1, planted.case_dir)
    page.select_finding(_ids(planted)["private-key"])
    assert page.reveal_button.isVisible() and not page.reveal_button.isEnabled()
    assert page.reveal_button.text() == "Locked: &Reveal secret (L3)… (needs L3)"
    assert page.reveal_action.request_button.isVisible()
    page.reason_edit.setText("funds may move tonight")
    page.reveal_action.request_button.click()
    _idle(qtbot, page)
    assert no_dialogs == []
    assert "specialist has been requested" in page.status_label.text()
    assert not page.secret_edit.isVisible()
    ledger, entries = _ledger(planted.case_dir)
    request = next(e for e in entries if e["action"] == "specialist.requested")
    assert request["inputs"][0]["finding"] == _ids(planted)["private-key"]
    assert request["details"]["needs"] == "L3" and request["details"]["officer_level"] == "L1"
    assert request["reason"] == "funds may move tonight"
    assert not any(e["action"] == "finding.secret-revealed" for e in entries)
    screen = _screen_text(window, page)
    for secret in (WIF, SEED, SEED16):
        assert secret not in ledger and secret not in caplog.text and secret not in screen
    assert "5Hue…vyTJ" in screen
    window.resize(1366, 768)
    page.grab().save("/tmp/shots/findings-l1-locked-reveal.png")  # at the workspace's size
    assert main(["custody", "verify", str(planted.case_dir)]) == 0
    capsys.readouterr()


def test_l3_reveal_needs_a_reason_then_shows_and_records(qtbot, planted, no_dialogs, caplog,
                                                         capsys):
    caplog.set_level(logging.DEBUG)
    window, page = _open(qtbot, planted.officer_l3, planted.case_dir)
    ids = _ids(planted)
    page.select_finding(ids["utf16-seed-phrase"])
    assert page.reveal_button.text().startswith("&Reveal secret") and page.reveal_button.isEnabled()
    page.reveal_or_request()  # no reason yet: nothing happens but a plain request for one
    assert "Write the reason first" in page.status_label.text()
    assert not any(e["action"] == "finding.secret-revealed"
                   for e in _ledger(planted.case_dir)[1])

    page.reason_edit.setText("transfer to a seizure wallet, warrant 12/345")
    page.reveal_or_request()
    _idle(qtbot, page)
    assert no_dialogs == []
    assert page.secret_edit.isVisible() and page.secret_edit.text() == SEED16
    assert "recorded (custody entry" in page.status_label.text()
    ledger, entries = _ledger(planted.case_dir)
    revealed = next(e for e in entries if e["action"] == "finding.secret-revealed")
    assert revealed["officer"] == "DS301" and revealed["endorsement"] == "L3-live-data"
    assert revealed["reason"] == "transfer to a seizure wallet, warrant 12/345"
    assert revealed["inputs"][0] == {"finding": ids["utf16-seed-phrase"], "path": "/backup.txt",
                                     "analyzer": "crypto", "analyzer_version": "1",
                                     "kind": "crypto-seed-phrase", "offset": 1002}
    assert revealed["details"]["encoding"] == "utf-16le"
    assert SEED16 not in ledger and SEED16 not in caplog.text

    page.hide_secret()
    assert page.secret_edit.text() == "" and not page.secret_edit.isVisible()
    page.select_finding(ids["private-key"])
    page.reason_edit.setText("check the key against the ledger")
    page.reveal_or_request()
    _idle(qtbot, page)
    assert page.secret_edit.text() == WIF
    page.select_finding(ids["address"])  # moving on hides the secret
    assert page.secret_edit.text() == "" and not page.secret_edit.isVisible()
    assert main(["custody", "verify", str(planted.case_dir)]) == 0
    capsys.readouterr()


def test_no_case_is_a_plain_note_and_an_exhibit_filters(qtbot, planted, no_dialogs) -> None:
    from triage_app.gui.session import CaseSession

    session = CaseSession(planted.officer_l1)
    page = FindingsPage(session)
    qtbot.addWidget(page)
    page.show()
    assert page.model.rowCount() == 0 and no_dialogs == []
    assert any(label.text() == "Open or make a case first." and label.isVisible()
               for label in page.findChildren(type(page.status_label)))
    session.open(planted.case_dir)
    _idle(qtbot, page)
    assert page.model.rowCount() == 4 and page.exhibit_combo.exhibit() is None
    session.close()
    assert page.model.rowCount() == 0


def test_reading_again_after_a_change_fails_in_the_status_line_not_a_dialog(
        qtbot, planted, no_dialogs, monkeypatch) -> None:
    from triage_app.errors import InputError
    from triage_app.gui.session import CaseSession

    session = CaseSession(planted.officer_l1)
    page = FindingsPage(session)
    qtbot.addWidget(page)
    page.show()
    session.open(planted.case_dir)
    _idle(qtbot, page)

    def unreadable(case_dir):
        raise InputError("the case store cannot be read")

    monkeypatch.setattr("triage_app.gui.pages.findings_page.list_findings", unreadable)
    session.recorded()  # something was recorded elsewhere: the page reads again, unasked
    _idle(qtbot, page)
    assert no_dialogs == []
    assert page.status_label.text() == "Reading the findings: the case store cannot be read"
    session.close()


def test_a_hidden_page_reads_the_findings_when_shown(qtbot, planted, no_dialogs) -> None:
    from triage_app.gui import worker
    from triage_app.gui.session import CaseSession

    session = CaseSession(planted.officer_l1)
    page = FindingsPage(session)
    qtbot.addWidget(page)
    session.open(planted.case_dir)  # hidden: no job that signing out would have to wait for
    assert page._handle is None and not worker.running_jobs()
    assert page.model.rowCount() == 0
    page.show()
    _idle(qtbot, page)
    assert page.model.rowCount() == 4
    session.close()
