"""``triage-app device add|update|list``: devices as exhibits; bad input refused whole."""

from __future__ import annotations

import hashlib
import json

import pytest

from tests.cli.helpers import run_cli


def _ledger(case) -> list[dict]:
    return [json.loads(line) for line in (case / "custody.jsonl").read_text().splitlines()]


def test_register_update_and_list(tmp_path, capsys, case_at) -> None:
    case = case_at(tmp_path / "case")
    photo = tmp_path / "laptop.jpg"
    photo.write_bytes(b"\xff\xd8\xff\xe0" + b"photo" * 200)
    run = run_cli(capsys, "device", "add", case, "--exhibit", "ABC/1", "--kind", "laptop",
                  "--make", "Dell", "--model", "XPS 13", "--serial", "SN1", "--seal", "S-77",
                  "--fact", "power=on", "--photo", photo, "--note", "on the desk")
    assert run.code == 0, run.err
    assert run_cli(capsys, "device", "add", case, "--exhibit", "ABC/1-A", "--kind", "storage",
                   "--note", "SSD taken out of ABC/1").code == 0
    assert run_cli(capsys, "device", "update", case, "--exhibit", "ABC/1", "--fact",
                   "power=off", "--fact", "destruction=no").code == 0
    listed = run_cli(capsys, "device", "list", case, "--json").json()
    assert [d["exhibit"] for d in listed] == ["ABC/1", "ABC/1-A"]
    laptop, ssd = listed
    assert laptop["facts"] == {"power": "off", "destruction": "no"}
    assert laptop["seal"] == "S-77" and laptop["make"] == "Dell"
    assert ssd["parent"] == "ABC/1"
    [stored] = laptop["photos"]
    assert (case / stored["path"]).read_bytes() == photo.read_bytes()
    assert stored["sha256"] == hashlib.sha256(photo.read_bytes()).hexdigest()
    actions = [e["action"] for e in _ledger(case)]
    assert actions.count("device.registered") == 2 and actions.count("device.updated") == 1
    shown = run_cli(capsys, "case", "show", case, "--json").json()
    assert [e["ref"] for e in shown["exhibits"]] == ["ABC/1", "ABC/1-A"]
    assert run_cli(capsys, "custody", "verify", case).code == 0


@pytest.mark.parametrize("argv, words", [
    (["--exhibit", "abc-1", "--kind", "phone"], "malformed exhibit reference"),
    (["--exhibit", "ABC/1", "--kind", "toaster"], "unknown device kind"),
    (["--exhibit", "ABC/1", "--kind", "phone", "--fact", "colour=red"], "unknown fact"),
    (["--exhibit", "ABC/1", "--kind", "phone", "--fact", "power=maybe"], "cannot be"),
    (["--exhibit", "ABC/1", "--kind", "phone", "--photo", "/no/such.jpg"], "no such photo"),
    (["--exhibit", "ABC/2-A", "--kind", "storage"], "not a registered device"),
])
def test_bad_input_is_one_line_and_writes_nothing(tmp_path, capsys, case_at, argv,
                                                  words) -> None:
    case = case_at(tmp_path / "case")
    before = (case / "custody.jsonl").read_bytes()
    run = run_cli(capsys, "device", "add", case, *argv)
    assert run.code == 1 and words in run.err and run.err.count("\n") == 1
    after = _ledger(case)
    assert [e["action"] for e in after[len(before.splitlines()):]] == ["case.opened"]
    assert not (case / "scene").exists()


def test_duplicate_reference_is_refused(tmp_path, capsys, case_at) -> None:
    case = case_at(tmp_path / "case")
    assert run_cli(capsys, "device", "add", case, "--exhibit", "ABC/1", "--kind", "phone").code == 0
    run = run_cli(capsys, "device", "add", case, "--exhibit", "ABC/1", "--kind", "tablet")
    assert run.code == 1 and "already registered" in run.err
    run = run_cli(capsys, "device", "update", case, "--exhibit", "ABC/9", "--fact", "power=on")
    assert run.code == 1 and "not a registered device" in run.err
