"""The Findings page on a case where an address repeats: one row per file with its count,
urgent findings first, grouped by artefact across files and by exhibit."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.fixtures.planted_case import officers
from triage_app.analyzers.base import build_analyzers
from triage_app.case.case import Case
from triage_app.engine.scan import scan_source
from triage_app.evidence.source import open_source
from triage_app.gui.pages.findings_page import FindingsPage
from triage_app.gui.session import CaseSession

ADDRESS = "1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2"
SEED = "legal winner thank year wave sausage worth useful legal winner thank yellow"
LINE = f"paid to {ADDRESS}\n".encode()


@pytest.fixture
def officer():
    return officers()[0]


@pytest.fixture
def case_dir(tmp_path: Path, officer) -> Path:
    l1 = officer
    case = tmp_path / "case"
    for exhibit, files in (("ABC/1", {"pay.log": LINE * 5000, "notes.txt": f"{SEED}\n".encode()}),
                           ("ABC/2", {"old.log": LINE * 3})):
        evidence = tmp_path / exhibit.replace("/", "_")
        evidence.mkdir()
        for name, data in files.items():
            (evidence / name).write_bytes(data)
        with open_source(evidence) as source, Case.open(case, officer=l1) as opened:
            scan_source(opened, source, exhibit=exhibit, analyzers=build_analyzers(["crypto"]))
    return case


def _rows(page: FindingsPage) -> list[dict[str, str]]:
    model = page.proxy
    return [{name: model.index(r, c).data() for c, name in enumerate(page.model.COLUMNS)}
            for r in range(model.rowCount())]


def test_counts_urgent_first_and_groups(qtbot, case_dir: Path, officer) -> None:
    session = CaseSession(officer)
    page = FindingsPage(session)
    qtbot.addWidget(page)
    page.show()
    session.open(case_dir)
    qtbot.waitUntil(lambda: page._handle is None and page.model.rowCount() > 0, timeout=30000)
    rows = _rows(page)
    assert rows[0]["Kind"] == "seed-phrase" and "treat it as cash" in page.detail_view.toPlainText()
    addresses = [r for r in rows if r["Kind"] == "address"]
    assert sorted(r["Times"] for r in addresses) == ["3", "5000"]

    page.group_combo.setCurrentIndex(page.group_combo.findData("artefact"))
    groups = [r["Group"] for r in _rows(page) if r["Kind"] == "address"]
    assert groups == [f"{ADDRESS}: in 2 files, 5003 times"] * 2
    page.group_combo.setCurrentIndex(page.group_combo.findData("exhibit"))
    assert [r["Group"] for r in _rows(page)] == ["exhibit ABC/1: 2 findings"] * 2 + [
        "exhibit ABC/2: 1 finding"]

    big = next(v for v in page.model._loaded if v.count == 5000)
    page.select_finding(big.id)
    assert "5000 (first at bytes 8, " in page.detail_view.toPlainText()
    page.decide("dismiss")
    qtbot.waitUntil(lambda: page._handle is None, timeout=30000)
    page.group_combo.setCurrentIndex(page.group_combo.findData("none"))
    assert [v.status for v in page.model._loaded if v.id == big.id] == ["dismissed"]
    session.close()
