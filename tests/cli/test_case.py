"""``triage-app case new|authority|show``: authority recorded, amended as new entries; evidence
is read into a case only under an authority in force; no case is made implicitly."""

from __future__ import annotations

import json
from datetime import datetime, timedelta

import pytest

from tests.cli.helpers import act_as, run_cli

AUTHORITY = ["--authority-type", "warrant", "--authority-ref", "W-1", "--issuer", "Court",
             "--valid-until", "2099-12-31", "--scope", "all devices"]


def _ledger(case) -> list[dict]:
    return [json.loads(line) for line in (case / "custody.jsonl").read_text().splitlines()]


@pytest.fixture
def folder(tmp_path):
    root = tmp_path / "evidence"
    root.mkdir()
    (root / "a.txt").write_text("evidence")
    return root


def test_new_show_and_amend(tmp_path, capsys, monkeypatch) -> None:
    act_as(monkeypatch, "L1")
    case = tmp_path / "case"
    run = run_cli(capsys, "case", "new", case, "--ref", "OP-1", *AUTHORITY,
                  "--valid-from", "2026-01-01T08:00")
    assert run.code == 0, run.err
    shown = run_cli(capsys, "case", "show", case, "--json").json()
    assert {"ref", "mode", "authority", "exhibits"} <= shown.keys()
    assert shown["ref"] == "OP-1" and shown["mode"] == "LIVE" and shown["exhibits"] == []
    assert shown["authority"]["issuer"] == "Court"
    assert shown["authority"]["valid_from"].startswith("2026-01-01T08:00")
    amended = run_cli(capsys, "case", "authority", case, "--scope", "laptops only",
                      "--reason", "court narrowed it")
    assert amended.code == 0, amended.err
    recorded = [e for e in _ledger(case) if e["action"] == "authority.recorded"]
    assert [e["details"]["authority"]["scope"] for e in recorded] == ["all devices",
                                                                      "laptops only"]
    assert recorded[1]["details"]["amends"]["scope"] == "all devices"
    assert run_cli(capsys, "case", "show", case, "--json").json()["authority"]["scope"] == \
        "laptops only"
    assert run_cli(capsys, "case", "new", case, "--ref", "OP-1", *AUTHORITY).code == 1


def test_no_authority_means_no_evidence_read_and_it_is_recorded(tmp_path, folder, capsys,
                                                                monkeypatch) -> None:
    act_as(monkeypatch, "L2")
    case = tmp_path / "case"
    assert run_cli(capsys, "case", "new", case, "--ref", "OP-2").code == 0
    assert run_cli(capsys, "case", "show", case, "--json").json()["authority"] is None
    for argv in (["scan", folder, "--case", case], ["hash", folder / "a.txt", "--case", case],
                 ["collect", folder, "--case", case], ["image", folder / "a.txt", "--case",
                                                       case]):
        run = run_cli(capsys, *argv)
        assert run.code == 4 and "legal authority" in run.err, (argv, run.err)
        assert run.err.count("\n") == 1
    refused = [e["details"]["refused_action"] for e in _ledger(case)
               if e["action"] == "action.refused"]
    assert refused == ["scan", "hash-into-case", "collect", "image"]
    assert not (case / "evidence").exists()
    expired = (datetime.now() - timedelta(days=1)).strftime("%Y-%m-%dT%H:%M")
    assert run_cli(capsys, "case", "authority", case, *AUTHORITY[:-4], "--valid-until",
                   expired, "--scope", "all").code == 0
    run = run_cli(capsys, "scan", folder, "--case", case)
    assert run.code == 4 and "expired" in run.err
    assert run_cli(capsys, "case", "authority", case, "--valid-until", "2099-01-01").code == 0
    assert run_cli(capsys, "scan", folder, "--case", case).code == 0


def test_scan_collect_image_do_not_make_a_case(tmp_path, folder, capsys, monkeypatch) -> None:
    act_as(monkeypatch, "L2")
    for command in ("scan", "collect", "image"):
        run = run_cli(capsys, command, folder, "--case", tmp_path / "nope")
        assert run.code == 1 and "case new" in run.err and run.err.count("\n") == 1
    assert not (tmp_path / "nope").exists()


def test_the_unassigned_profile_only_hashes_outside_a_case(tmp_path, folder, capsys) -> None:
    assert run_cli(capsys, "hash", folder / "a.txt").code == 0
    run = run_cli(capsys, "case", "new", tmp_path / "case", "--ref", "X", *AUTHORITY)
    assert run.code == 4 and "named officer" in run.err
    assert not (tmp_path / "case").exists()


@pytest.mark.parametrize("extra, words", [
    (["--valid-until", "next tuesday"], "bad date"),
    (["--valid-from", "2026-05-02", "--valid-until", "2026-05-01"], "ends"),
    (["--authority-type", "warrant"], "the authority needs"),
])
def test_bad_authority_is_one_line_and_makes_nothing(tmp_path, capsys, monkeypatch, extra,
                                                     words) -> None:
    act_as(monkeypatch, "L1")
    base = [] if extra[0] == "--authority-type" else AUTHORITY[:6] + ["--scope", "all"]
    run = run_cli(capsys, "case", "new", tmp_path / "case", "--ref", "X", *base, *extra)
    assert run.code == 1 and words in run.err and run.err.count("\n") == 1
    assert not (tmp_path / "case").exists()
