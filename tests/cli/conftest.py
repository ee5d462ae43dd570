"""Fixtures the command-line tests share: a real exported triage package."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from tests.cli.helpers import act_as, run_cli
from tests.fixtures.cases import named_officer
from tests.fixtures.images import make_ext4
from tests.fixtures.scenario import build

FILES = {"Users/alex/notes.txt": b"meet at 6\n" * 20, "Users/alex/photo.jpg": bytes.fromhex(
    "ffd8ffe000104a46494600010101004800480000") + os.urandom(4000), "tmp/a b.bin": os.urandom(9000)}
SHARED_SCHEMA = Path(__file__).resolve().parents[3] / "shared" / "schemas" / "dfxml" / "dfxml.xsd"


@pytest.fixture
def exported(tmp_path: Path, capsys, monkeypatch, case_at) -> Path:
    """A package of a scanned, collected (as an L2 officer) and photographed USB stick."""
    act_as(monkeypatch, "L2")
    image = make_ext4(tmp_path / "usb.raw", FILES)
    case = case_at(tmp_path / "case")
    assert run_cli(capsys, "scan", image, "--case", case, "--exhibit", "ABC/1").code == 0
    assert run_cli(capsys, "collect", image, "--case", case, "--exhibit", "ABC/1").code == 0
    photo = tmp_path / "scene-01.jpg"
    shutil.copy(SHARED_SCHEMA.parents[2] / "corpora/exif/images/exif-py/jpg/gps/DSCN0010.jpg", photo)
    not_a_picture = tmp_path / "scene-02.jpg"
    not_a_picture.write_bytes(os.urandom(3000))  # a damaged photo must not stop the export
    assert run_cli(capsys, "scene", "add", photo, not_a_picture, "--case", case).code == 0
    out = tmp_path / "out"
    out.mkdir()
    run = run_cli(capsys, "package", "export", case, "--out", out)
    assert run.code == 0, run.err
    bag = Path(run.out.strip())
    assert bag.parent == out and bag.name.startswith("TRIAGE_case_ABC_1_")
    return bag



def simulation_bag(tmp_path: Path, capsys) -> Path:
    """A package exported from a SIMULATION case: a scenario built by a trainer, its synthetic
    folder collected and the package exported by an L2 officer."""
    built = build(tmp_path / "sim")
    folder = next(piece.path for piece in built.artefacts if piece.container == "folder")
    officer = named_officer("PC-SIM", "L2")
    assert run_cli(capsys, "collect", folder, "--case", built.case, "--exhibit", "TRN/1",
                   "--officer", officer.id).code == 0
    out = tmp_path / "out"
    out.mkdir()
    return Path(run_cli(capsys, "package", "export", built.case, "--out", out,
                        "--officer", officer.id).out.strip())
