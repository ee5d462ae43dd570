"""Synthetic evidence: the same seed gives the same bytes; real tools read what was made."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from tests.fixtures.images import need
from tests.fixtures.scenario import EVIDENCE
from triage_app.errors import InputError
from triage_app.evidence.source import open_source
from triage_app.simulation.evidence import build_evidence, build_id
from triage_app.simulation.marker import read_mark


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    root = tmp_path_factory.mktemp("built")
    return root / "one", {b.id: b for b in build_evidence(EVIDENCE, root / "one", seed=7)}


def _every_byte(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def test_the_same_seed_gives_byte_identical_evidence(built, tmp_path):
    folder, _ = built
    again = build_evidence(EVIDENCE, tmp_path / "two", seed=7)
    first, second = _every_byte(folder), _every_byte(tmp_path / "two")
    assert first.keys() == second.keys() and len(first) == 7  # 4 images, the folder's 2 files and its mark
    assert [name for name in first if first[name] != second[name]] == []
    other = build_evidence(EVIDENCE, tmp_path / "three", seed=8)
    assert all(a.sha256 != b.sha256 for a, b in zip(again, other, strict=True))


def test_the_ext4_image_is_listed_by_fls_and_checks_clean(built):
    need("fls", "e2fsck")
    folder, pieces = built
    listing = subprocess.run(["fls", "-r", "-p", str(pieces["usb-fs"].path)], check=True,
                             capture_output=True, text=True).stdout
    for path in ("notes/seed.txt", "wallet.dat", "log.txt", "DCIM/IMG_0001.jpg",
                 "tools/known.bin"):
        assert f"\t{path}\n" in listing
    subprocess.run(["e2fsck", "-fn", str(pieces["usb-fs"].path)], check=True,
                   capture_output=True)


def test_the_fat_image_checks_clean_and_holds_the_files(built):
    need("fsck.fat", "fls")
    _, pieces = built
    subprocess.run(["fsck.fat", "-n", str(pieces["sd-card"].path)], check=True,
                   capture_output=True)
    listing = subprocess.run(["fls", "-r", "-p", str(pieces["sd-card"].path)], check=True,
                             capture_output=True, text=True).stdout
    assert "DCIM/100SIM/IMG_0002.jpg" in listing and "electrum/wallets/default_wallet" in listing


def test_the_e01_verifies_with_ewfverify_and_holds_the_image(built):
    need("ewfverify", "ewfinfo")
    _, pieces = built
    e01 = pieces["laptop-disk"]
    result = subprocess.run(["ewfverify", "-q", str(e01.path)], capture_output=True, text=True)
    assert result.returncode == 0 and "SUCCESS" in result.stdout, result.stdout
    info = subprocess.run(["ewfinfo", str(e01.path)], capture_output=True, text=True).stdout
    assert "SIMULATION" in info and "Jan  1" not in info
    with open_source(e01.path) as source:
        assert source.media.size == e01.media_size
        assert [e.path for e in source.entries(_never()) if e.path.endswith("sent.txt")]


def test_a_photo_carries_exif_and_gps_as_exiftool_reads_them(built, tmp_path):
    need("exiftool")
    folder, pieces = built
    photo = tmp_path / "IMG_0001.jpg"
    subprocess.run(["icat", str(pieces["usb-fs"].path),
                    _inode(pieces["usb-fs"].path, "DCIM/IMG_0001.jpg")],
                   check=True, stdout=photo.open("wb"))
    tags = json.loads(subprocess.run(["exiftool", "-j", "-n", str(photo)], check=True,
                                     capture_output=True, text=True).stdout)[0]
    assert tags["Make"] == "Simcam" and tags["DateTimeOriginal"] == "2026:05:01 10:00:00"
    assert abs(tags["GPSLatitude"] - 51.5) < 1e-4 and abs(tags["GPSLongitude"] + 0.12) < 1e-4


def test_every_piece_carries_the_mark_of_its_build(built):
    folder, pieces = built
    for piece in pieces.values():
        with open_source(piece.path) as source:
            mark = read_mark(source)
        assert mark is not None and mark.evidence == piece.id
        assert mark.build == build_id(EVIDENCE, 7)


def test_the_encrypted_volume_is_reported_as_bitlocker(built):
    _, pieces = built
    with open_source(pieces["locked"].path) as source:
        assert not source.listable
        assert [(v.status, v.description) for v in source.volumes] == [
            ("encrypted", "BitLocker encrypted volume")]


def test_bad_items_are_refused_before_anything_is_made(tmp_path):
    bad = [{"id": "a", "container": "ext4", "files": [{"path": "../x", "content": {}}]}]
    with pytest.raises(InputError, match="must be relative"):
        build_evidence(bad, tmp_path / "out", seed=1)
    with pytest.raises(InputError, match="twice"):
        build_evidence([EVIDENCE[3], EVIDENCE[3]], tmp_path / "out", seed=1)
    assert not (tmp_path / "out").exists()


def _inode(image: Path, path: str) -> str:
    out = subprocess.run(["ifind", "-n", path, str(image)], check=True, capture_output=True,
                         text=True).stdout
    return out.strip()


def _never():
    from triage_app.core.jobs import CancelToken

    return CancelToken()
