"""Verifying a package reports its hashing by bytes and stops when cancelled."""

from __future__ import annotations

import pytest

from tests.fixtures.packages import exported_package
from triage_app.core.jobs import CancelToken, Progress
from triage_app.errors import Cancelled
from triage_app.package.verify import AREAS, verify_package


def test_progress_runs_by_bytes_to_every_listed_file(tmp_path, capsys, monkeypatch,
                                                     case_at) -> None:
    bag = exported_package(tmp_path, capsys, monkeypatch, case_at)
    heard: list[Progress] = []
    report = verify_package(bag, progress=heard.append)
    assert report.ok, report.problems
    last = heard[-1]
    unhashed = {"tagmanifest-sha256.txt", "tagmanifest-sha512.txt", "tagmanifest-sha256.txt.sig"}
    listed = [p for p in bag.rglob("*") if p.is_file() and p.name not in unhashed]
    assert last.files_done == last.files_total == len(listed)
    assert last.bytes_total and last.bytes_done == last.bytes_total


def test_cancel_stops_the_hashing(tmp_path, capsys, monkeypatch, case_at) -> None:
    bag = exported_package(tmp_path, capsys, monkeypatch, case_at)
    cancel = CancelToken()
    with pytest.raises(Cancelled):
        verify_package(bag, progress=lambda _: cancel.cancel(), cancel=cancel)


def test_each_area_gets_its_verdict(tmp_path, capsys, monkeypatch, case_at) -> None:
    bag = exported_package(tmp_path, capsys, monkeypatch, case_at)
    assert {a: verify_package(bag).verdict(a) for a in AREAS} == dict.fromkeys(AREAS, True)
    (bag / "tagmanifest-sha256.txt.sig").write_bytes(bytes(64))
    report = verify_package(bag)
    assert report.verdict("signature") is False and report.verdict("custody") is True
    (bag / "data" / "evil").symlink_to("/etc/passwd")
    report = verify_package(bag)
    assert report.verdict("safety") is False
    assert [report.verdict(a) for a in ("mode", "bag", "custody", "signature")] == [None] * 4
