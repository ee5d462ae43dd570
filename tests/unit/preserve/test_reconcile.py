"""After a failure between a copy's rename and its record (issue 15 item 8), the next run
adopts the verified copy instead of storing the evidence twice, and removes temp files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from triage_app.case.case import Case
from triage_app.case.store import CaseStore
from triage_app.errors import StorageError
from triage_app.evidence.source import open_source
from triage_app.preserve.collect import collect
from triage_app.preserve.scene import add_photos


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    root = tmp_path / "usb"
    for n in range(5):
        (root / "DCIM").mkdir(parents=True, exist_ok=True)
        (root / "DCIM" / f"IMG_{n}.JPG").write_bytes(bytes([n]) * (1000 + n))
    return root


def test_a_copy_renamed_but_never_recorded_is_adopted_not_duplicated(tmp_path, folder,
                                                                      monkeypatch):
    case_dir = tmp_path / "case"
    real = CaseStore.add_collected
    calls = {"n": 0}

    def drive_gone_at_the_third_record(self, *args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 3:
            raise StorageError("the case drive failed: the case database cannot be written")
        return real(self, *args, **kwargs)

    with open_source(folder) as source, Case.open(case_dir) as case:
        monkeypatch.setattr(CaseStore, "add_collected", drive_gone_at_the_third_record)
        with pytest.raises(StorageError):
            collect(case, source, exhibit="ABC/1")
        monkeypatch.undo()
    logical = case_dir / "evidence/ABC_1/logical/DCIM"
    assert len(list(logical.iterdir())) == 3  # the third copy is on disk, unrecorded
    with open_source(folder) as source, Case.open(case_dir) as case:
        summary = collect(case, source, exhibit="ABC/1")
        rows = case.store.collected("ABC/1")
    assert summary.status == "finished" and summary.adopted == 1 and summary.skipped == 2
    assert sorted(p.name for p in logical.iterdir()) == [f"IMG_{n}.JPG" for n in range(5)]
    assert sorted(r["stored_path"].rsplit("/", 1)[1] for r in rows) == \
        [f"IMG_{n}.JPG" for n in range(5)]


def test_an_unrecorded_file_that_differs_is_kept_and_the_evidence_stored_beside_it(
        tmp_path, folder):
    case_dir = tmp_path / "case"
    stray = case_dir / "evidence/ABC_1/logical/DCIM/IMG_0.JPG"
    with Case.open(case_dir):
        pass
    stray.parent.mkdir(parents=True)
    stray.write_bytes(b"not the evidence")
    with open_source(folder) as source, Case.open(case_dir) as case:
        summary = collect(case, source, exhibit="ABC/1")
    assert summary.adopted == 0 and stray.read_bytes() == b"not the evidence"
    assert (stray.parent / "IMG_0__2.JPG").read_bytes() == bytes([0]) * 1000


def test_unfinished_copies_are_removed_when_the_case_is_opened_and_recorded(tmp_path):
    case_dir = tmp_path / "case"
    with Case.open(case_dir):
        pass
    leftover = case_dir / "evidence/ABC_1/logical" / f".{'a' * 32}.part"
    leftover.parent.mkdir(parents=True)
    leftover.write_bytes(b"")  # what a pulled drive leaves of a copy never synced
    with Case.open(case_dir) as case:
        entries = [json.loads(line) for line in case.ledger.path.read_bytes().splitlines()]
    assert not leftover.exists()
    reconciled = [e for e in entries if e["action"] == "case.reconciled"]
    assert reconciled and reconciled[0]["details"]["unfinished_copies_removed"] == 1


def test_a_scene_photo_copied_but_never_recorded_is_adopted(tmp_path, monkeypatch):
    case_dir = tmp_path / "case"
    photo = tmp_path / "scene-01.jpg"
    photo.write_bytes(b"\xff\xd8" + bytes(range(256)) * 20)
    real = CaseStore.add_scene_photo

    def drive_gone(self, *args, **kwargs):
        raise StorageError("the case drive failed: the case database cannot be written")

    with Case.open(case_dir) as case:
        monkeypatch.setattr(CaseStore, "add_scene_photo", drive_gone)
        with pytest.raises(StorageError):
            add_photos(case, [photo])
        monkeypatch.setattr(CaseStore, "add_scene_photo", real)
        added = add_photos(case, [photo])
    assert [p.stored_path for p in added] == ["scene/scene-01.jpg"]
    assert sorted(p.name for p in (case_dir / "scene").iterdir()) == ["scene-01.jpg"]
