"""An imported package read for browsing: exhibits, custody, findings, photos, report."""

from __future__ import annotations

import pytest

from tests.fixtures.cases import named_officer
from tests.fixtures.packages import WITH_ADDRESS, exported_package
from triage_app.errors import InputError
from triage_app.package.importer import import_package
from triage_app.package.received import read_received


def test_an_imported_package_reads_back_whole(tmp_path, capsys, monkeypatch, case_at) -> None:
    bag = exported_package(tmp_path, capsys, monkeypatch, case_at, files=WITH_ADDRESS)
    receiver = named_officer("LAB-1", "RECEIVER")
    result = import_package(bag, tmp_path / "lab", officer=receiver)
    received = read_received(result.lab_folder)
    assert received.receipt.officer == "LAB-1" and received.mode == "LIVE"
    assert not received.simulation and received.summary["files"] == 6
    assert [e["ref"] for e in received.exhibits] == ["ABC/1"]
    actions = [e.action for e in received.custody]
    assert actions[0] == "case.created" and "package.export-started" in actions
    assert [p.name for p in received.photos] == ["scene-01.jpg", "scene-02.jpg"]
    assert any(f["kind"].startswith("crypto-") and f["path"].endswith("wallet.txt")
               for f in received.findings), received.findings
    assert received.report_html.is_file() and received.report_pdf.is_file()


def test_a_folder_that_is_no_import_is_refused(tmp_path) -> None:
    with pytest.raises(InputError, match="not an imported package"):
        read_received(tmp_path)
