"""Exhibit references: one reference names one source; a second device under it is refused
in one line and the refusal is recorded."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.helpers import act_as, run_cli
from tests.fixtures.images import make_ext4
from triage_app.case.case import Case


@pytest.fixture(autouse=True)
def l2_officer(monkeypatch):
    return act_as(monkeypatch, "L2")


def _ledger(case: Path) -> list[dict]:
    return [json.loads(line) for line in (case / "custody.jsonl").read_text().splitlines()]


def _sticks(tmp_path: Path) -> tuple[Path, Path]:
    return (make_ext4(tmp_path / "red.raw", {"a.txt": b"red\n"}),
            make_ext4(tmp_path / "blue.raw", {"b.txt": b"blue\n"}))


@pytest.mark.parametrize("second", ["scan", "collect", "image"])
def test_a_reference_already_naming_another_device_is_refused(tmp_path: Path, capsys,
                                                              second: str, case_at) -> None:
    red, blue = _sticks(tmp_path)
    case = tmp_path / "case"
    assert run_cli(capsys, "scan", red, "--case", case_at(case), "--exhibit", "ABC/1").code == 0
    run = run_cli(capsys, second, blue, "--case", case_at(case), "--exhibit", "ABC/1")
    assert run.code == 1
    assert run.err == (f"error: exhibit ABC/1 already names another source, {red}; give {blue} "
                       "its own exhibit reference\n")
    [refused] = [e for e in _ledger(case) if e["action"] == "exhibit.refused"]
    assert refused["exhibit"] == "ABC/1" and refused["details"]["named_source"] == str(red)
    with Case.open(case) as opened:
        assert [s["location"] for s in opened.store.sources()] == [str(red)]
    assert run_cli(capsys, "custody", "verify", case).code == 0


def test_a_reference_registered_by_a_collection_is_refused_for_another_device(
        tmp_path: Path, capsys, case_at) -> None:
    red, blue = _sticks(tmp_path)
    case = tmp_path / "case"
    assert run_cli(capsys, "scan", blue, "--case", case_at(case)).code == 0  # no reference yet
    assert run_cli(capsys, "collect", red, "--case", case_at(case), "--exhibit", "ABC/1").code == 0
    run = run_cli(capsys, "collect", blue, "--case", case_at(case), "--exhibit", "ABC/1")
    assert run.code == 1 and f"already names another source, {red}" in run.err


def test_the_same_device_again_under_its_reference_is_fine(tmp_path: Path, capsys, case_at) -> None:
    red, _ = _sticks(tmp_path)
    case = tmp_path / "case"
    for command in ("scan", "collect", "image"):
        run = run_cli(capsys, command, red, "--case", case_at(case), "--exhibit", "ABC/1")
        assert run.code == 0, (command, run.err)
    assert not [e for e in _ledger(case) if e["action"] == "exhibit.refused"]


def test_unreferenced_devices_of_the_same_name_get_their_own_references(tmp_path: Path,
                                                                        capsys, case_at) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    first = make_ext4(tmp_path / "a" / "stick.raw", {"a.txt": b"a\n"})
    second = make_ext4(tmp_path / "b" / "stick.raw", {"b.txt": b"b\n"})
    case = tmp_path / "case"
    for stick in (first, second, first):
        run = run_cli(capsys, "collect", stick, "--case", case_at(case))
        assert run.code == 0, run.err
    with Case.open(case) as opened:
        where = {s["id"]: s["location"] for s in opened.store.sources()}
        named = {x["ref"]: where[x["source_id"]] for x in opened.store.exhibits()}
        collected = {(c["exhibit"], where[c["source_id"]]) for c in opened.store.collected()}
    assert named == {"UNREF/stick.raw": str(first), "UNREF/stick.raw (2)": str(second)}
    assert collected == {("UNREF/stick.raw", str(first)), ("UNREF/stick.raw (2)", str(second))}
