"""Scene photos imported from a camera's folder: every photo under it, nothing else."""

from __future__ import annotations

import hashlib

import pytest

from tests.fixtures.camera import camera_folder
from tests.fixtures.cases import make_case, named_officer
from triage_app.errors import InputError
from triage_app.operations import case_state
from triage_app.operations.cases import open_case
from triage_app.operations.scene import add_camera_folder, camera_folder_photos


def test_a_camera_folder_gives_its_photos_in_name_order(tmp_path) -> None:
    card = camera_folder(tmp_path, count=3)
    (card / "101CANON").mkdir()
    (card / "101CANON" / "img_0100.jpeg").write_bytes(b"\xff\xd8later")
    found = camera_folder_photos(card)
    assert [p.name for p in found] == ["IMG_0001.JPG", "IMG_0002.JPG", "IMG_0003.JPG",
                                       "img_0100.jpeg"]  # the card's index file is left out
    with pytest.raises(InputError, match="holds no photos"):
        camera_folder_photos(_empty(tmp_path))
    with pytest.raises(InputError, match="no such folder"):
        camera_folder_photos(tmp_path / "missing")


def _empty(tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "notes.txt").write_text("no photos")
    return empty


def test_importing_a_camera_folder_copies_each_photo_unchanged(tmp_path) -> None:
    officer = named_officer("PC-SCENE", "L1")
    card = camera_folder(tmp_path, count=2)
    before = {p.name: hashlib.sha256(p.read_bytes()).hexdigest()
              for p in camera_folder_photos(card)}
    with open_case(make_case(tmp_path / "case", officer), officer) as case:
        added = add_camera_folder(case, card)
        entries = case_state.entries(case, "scene.photo-added")
    assert {p.original_name: p.hashes["sha256"] for p in added} == before
    assert [e.inputs[0]["sha256"] for e in entries] == list(before.values())
    assert {p.name: hashlib.sha256(p.read_bytes()).hexdigest()
            for p in camera_folder_photos(card)} == before  # the card is not written to
