"""``triage-app label``: a label PDF whose QR code is the custody head at print time."""

from __future__ import annotations

import hashlib
import json
import subprocess

import pytest
import zxingcpp
from PIL import Image

from tests.cli.helpers import run_cli
from tests.fixtures.images import need


@pytest.mark.parametrize("size", ["62mm", "a4"])
def test_label_carries_the_custody_head(tmp_path, capsys, case_at, size) -> None:
    need("pdftoppm", "pdftotext")
    case = case_at(tmp_path / "case")
    assert run_cli(capsys, "device", "add", case, "--exhibit", "ABC/1", "--kind", "removable",
                   "--seal", "SEAL-9").code == 0
    last = (case / "custody.jsonl").read_bytes().splitlines(keepends=True)[-1]
    out = tmp_path / "label.pdf"
    run = run_cli(capsys, "label", case, "--exhibit", "ABC/1", "--out", out, "--size", size)
    assert run.code == 0, run.err
    lines = (case / "custody.jsonl").read_bytes().splitlines(keepends=True)
    printed = json.loads(lines[-2] if b"custody.checkpoint" in lines[-1] else lines[-1])
    head = printed["details"]["head_sha256"]
    subprocess.run(["pdftoppm", "-r", "300", "-png", "-singlefile", out, tmp_path / "label"],
                   check=True)
    [code] = zxingcpp.read_barcodes(Image.open(tmp_path / "label.png"))
    assert code.text == head
    # the head is the line before label.printed: the case.opened of this command
    assert head in {hashlib.sha256(line).hexdigest() for line in lines} and head != \
        hashlib.sha256(last).hexdigest()
    text = subprocess.run(["pdftotext", out, "-"], capture_output=True, text=True).stdout
    for words in ("ABC/1", "SEAL-9", "LIVE", head[:32], head[32:], "case"):
        assert words in text


def test_unknown_exhibit_and_size(tmp_path, capsys, case_at) -> None:
    case = case_at(tmp_path / "case")
    run = run_cli(capsys, "label", case, "--exhibit", "ZZZ/1", "--out", tmp_path / "l.pdf")
    assert run.code == 1 and "not in this case" in run.err
    assert not (tmp_path / "l.pdf").exists()
