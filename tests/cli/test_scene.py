"""``triage-app scene add|list``: verified copies in scene/, case store rows, custody entries."""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

from tests.cli.helpers import run_cli
from tests.fixtures.images import digests, tree_snapshot


def _photos(tmp_path: Path, exif_corpus: Path) -> list[Path]:
    jpegs = sorted(p for p in exif_corpus.rglob("*.jpg") if p.is_file())[:2]
    assert jpegs, "no JPEG in the shared EXIF corpus"
    return jpegs


def test_add_and_list(corpora, tmp_path, capsys, case_at) -> None:
    photos = _photos(tmp_path, corpora / "exif")
    extra = tmp_path / "cam" / photos[0].name  # same name from another folder
    extra.parent.mkdir()
    extra.write_bytes(os.urandom(5000))
    os.utime(extra, (1700000000, 1690000000))
    before = tree_snapshot(tmp_path / "cam")
    case = tmp_path / "case"
    run = run_cli(capsys, "scene", "add", *photos, extra, "--case", case_at(case), "--note",
                  "hallway, before entry", "--jsonl")
    assert run.code == 0, run.err
    added = run.jsonl()
    assert tree_snapshot(tmp_path / "cam") == before  # read without moving its access time
    assert int((case / added[-1]["stored_path"]).stat().st_mtime) == 1690000000
    assert [a["original_name"] for a in added] == [p.name for p in photos] + [extra.name]
    stem, ext = photos[0].name.rsplit(".", 1)
    assert added[-1]["stored_path"] == f"scene/{stem}__2.{ext}"
    for record, original in zip(added, [*photos, extra], strict=False):
        stored = case / record["stored_path"]
        assert stored.read_bytes() == original.read_bytes()
        assert record["hashes"] == digests(original.read_bytes())
    ledger = [json.loads(line) for line in (case / "custody.jsonl").read_text().splitlines()]
    entries = [e for e in ledger if e["action"] == "scene.photo-added"]
    assert [e["outputs"][0]["path"] for e in entries] == [a["stored_path"] for a in added]
    assert entries[0]["inputs"][0]["sha256"] == hashlib.sha256(photos[0].read_bytes()).hexdigest()
    assert entries[0]["details"]["note"] == "hallway, before entry"
    listed = run_cli(capsys, "scene", "list", "--case", case_at(case), "--jsonl").jsonl()
    assert [(r["stored_path"], r["hashes"], r["note"]) for r in listed] == [
        (a["stored_path"], a["hashes"], "hallway, before entry") for a in added]
    human = run_cli(capsys, "scene", "list", "--case", case_at(case))
    assert added[0]["stored_path"] in human.out and "hallway" in human.out
    assert run_cli(capsys, "custody", "verify", case).code == 0


def test_a_missing_photo_stops_before_anything_is_copied(tmp_path, capsys, case_at) -> None:
    real = tmp_path / "a.jpg"
    real.write_bytes(b"\xff\xd8\xff" + os.urandom(100))
    run = run_cli(capsys, "scene", "add", real, tmp_path / "missing.jpg", "--case",
                  case_at(tmp_path / "case"))
    assert run.code == 1 and "missing.jpg: no such photo file" in run.err
    assert run.err.count("\n") == 1 and not (tmp_path / "case" / "scene").exists()


def test_list_of_a_missing_case_is_refused(tmp_path, capsys) -> None:
    run = run_cli(capsys, "scene", "list", "--case", tmp_path / "nope")
    assert run.code == 1 and "case new" in run.err and run.err.count("\n") == 1
    assert not (tmp_path / "nope").exists()


def test_a_cancel_between_photos_says_which_were_kept(tmp_path, capsys) -> None:
    import pytest

    from triage_app.case.case import Case
    from triage_app.core.jobs import CancelToken
    from triage_app.errors import Cancelled
    from triage_app.preserve.scene import add_photos

    photos = []
    for i in range(3):
        photos.append(tmp_path / f"scene-{i}.jpg")
        photos[-1].write_bytes(os.urandom(5000))
    cancel = CancelToken()
    with Case.open(tmp_path / "case") as case:
        store_photo = case.store.add_scene_photo

        def add_then_cancel(*args, **kwargs):
            cancel.cancel()  # the officer presses Cancel while the first photo is recorded
            return store_photo(*args, **kwargs)

        case.store.add_scene_photo = add_then_cancel
        with pytest.raises(Cancelled) as stopped:
            add_photos(case, photos, cancel=cancel)
        assert len(case.store.scene_photos()) == 1
    assert stopped.value.outcome == "cancelled; kept in the case: 1 scene photo added"
    with Case.open(tmp_path / "other") as case, pytest.raises(Cancelled) as stopped:
        add_photos(case, photos, cancel=cancel)
    assert stopped.value.outcome == "cancelled; nothing half-written is kept"
