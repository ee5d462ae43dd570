"""``triage-app image``: split raw images reassemble to the media hash, E01 written by
ewfacquirestream passes ewfverify and decodes to the same hash, a truncated E01 gives real
read errors that are zero-filled and listed, FAT limits, full disk, cancel, bad input."""

from __future__ import annotations

import errno
import hashlib
import json
import os
import subprocess
from pathlib import Path

import pytest

from tests.cli.helpers import act_as, run_cli
from tests.fixtures.images import digests, make_e01, make_ext4, need
from triage_app.case.case import Case
from triage_app.core.jobs import CancelToken
from triage_app.errors import Cancelled
from triage_app.evidence.media import open_media
from triage_app.evidence.source import open_source
from triage_app.preserve import copy as copy_module
from triage_app.preserve import imaging
from triage_app.preserve.imaging import make_image

MIB = 1024 * 1024
NTFS_JPEG = "dftt/8-jpeg-search/8-jpeg-search.dd"


@pytest.fixture(autouse=True)
def l2_officer(monkeypatch):
    """Collection and imaging need L2 (design section 1); these tests act as an L2 officer."""
    return act_as(monkeypatch, "L2")


@pytest.fixture
def ext4(tmp_path: Path) -> Path:
    return make_ext4(tmp_path / "disk.raw", {"a/one.txt": b"one\n" * 100,
                                             "b/two.bin": os.urandom(2_500_000)}, size="4M")


def _ledger(case: Path) -> list[dict]:
    return [json.loads(line) for line in (case / "custody.jsonl").read_text().splitlines()]


def _images(case: Path) -> list[dict]:
    with Case.open(case) as opened:
        return [dict(r) for r in opened.store.images()]


def test_split_raw_reassembles_to_the_media_hash(disk_images, tmp_path, capsys, case_at) -> None:
    image = disk_images / NTFS_JPEG
    data = image.read_bytes()
    case = tmp_path / "case"
    run = run_cli(capsys, "image", image, "--case", case_at(case), "--exhibit", "ABC/1",
                  "--split", "4M",
                  "--json")
    assert run.code == 0, run.err
    result = run.json()
    assert result["status"] == "finished" and result["verified"] is True
    assert result["hashes"] == digests(data) and result["bad_sectors"] == []
    assert result["files"] == [f"evidence/ABC_1/image/ABC_1.00{i}" for i in (1, 2, 3)]
    segments = [case / f for f in result["files"]]
    assert [p.stat().st_size for p in segments] == [4 * MIB, 4 * MIB, len(data) - 8 * MIB]
    assert hashlib.sha256(b"".join(p.read_bytes() for p in segments)).hexdigest() == \
        hashlib.sha256(data).hexdigest()
    cat = subprocess.run(f"cat {' '.join(str(p) for p in segments)} | md5sum", shell=True,
                         capture_output=True, text=True, check=True).stdout.split()[0]
    assert cat == hashlib.md5(data).hexdigest()
    media = open_media(segments[0])  # our own reader takes it as one split media
    assert media.container == "split-raw" and media.size == len(data)
    media.close()
    [row] = _images(case)
    assert (row["format"], row["status"], row["verified"], row["sha256"]) == (
        "raw", "finished", 1, hashlib.sha256(data).hexdigest())
    assert json.loads(row["files"]) == result["files"]
    ledger = _ledger(case)
    [finished] = [e for e in ledger if e["action"] == "image.finished"]
    assert finished["inputs"][0]["md5"] == hashlib.md5(data).hexdigest()
    assert [o["path"] for o in finished["outputs"]] == result["files"]
    assert image.read_bytes() == data
    assert run_cli(capsys, "custody", "verify", case).code == 0


def test_e01_by_ewfacquirestream_verifies_and_decodes_to_the_media_hash(ext4, tmp_path,
                                                                        capsys, case_at) -> None:
    need("ewfverify")
    data = ext4.read_bytes()
    case = tmp_path / "case"
    run = run_cli(capsys, "image", ext4, "--case", case_at(case), "--format", "e01", "--split",
                  "1M",
                  "--exhibit", "ABC/1-A", "--json")
    assert run.code == 0, run.err
    result = run.json()
    assert result["format"] == "e01" and result["hashes"] == digests(data)
    assert result["tool"].startswith("ewfacquirestream 2")
    files = [case / f for f in result["files"]]
    assert len(files) >= 2 and files[0].name == "ABC_1-A.E01" and files[1].suffix == ".E02"
    verify = subprocess.run(["ewfverify", "-q", str(files[0])], capture_output=True, text=True)
    assert verify.returncode == 0 and "SUCCESS" in verify.stdout, verify.stdout
    assert hashlib.md5(data).hexdigest() in verify.stdout
    media = open_media(files[0])
    try:
        assert media.size == len(data)
        assert media.stored_hashes()["md5"] == hashlib.md5(data).hexdigest()
        info = media.acquisition_info()
        assert "ABC/1-A" in info.values()
    finally:
        media.close()
    assert ext4.read_bytes() == data


def test_image_of_an_e01_source_is_its_media(ext4, tmp_path, capsys, case_at) -> None:
    e01 = make_e01(ext4, tmp_path / "seized")
    before = hashlib.sha256(e01.read_bytes()).hexdigest()
    run = run_cli(capsys, "image", e01, "--case", case_at(tmp_path / "case"), "--json")
    assert run.code == 0, run.err
    result = run.json()
    assert result["exhibit"] == "UNREF/seized.E01"
    assert (tmp_path / "case" / result["files"][0]).read_bytes() == ext4.read_bytes()
    assert hashlib.sha256(e01.read_bytes()).hexdigest() == before


def test_truncated_e01_read_errors_are_zero_filled_and_listed(tmp_path, capsys, case_at) -> None:
    """A real libewf read error: segment .E03 of five is cut short, so the chunks held in the
    later segments cannot be found ("missing segment file for offset")."""
    raw = tmp_path / "media.raw"
    raw.write_bytes(os.urandom(4 * MIB))
    need("ewfacquirestream")
    subprocess.run(f"ewfacquirestream -t {tmp_path / 'broken'} -c none -S 1048576 -q < {raw}",
                   shell=True, check=True, capture_output=True)
    with open(tmp_path / "broken.E03", "r+b") as handle:
        handle.truncate(500_000)
    case = tmp_path / "case"
    run = run_cli(capsys, "image", tmp_path / "broken.E01", "--case", case_at(case), "--json")
    assert run.code == 0, run.err
    result = run.json()
    assert result["bad_sector_count"] > 0 and result["status"] == "finished"
    written = (case / result["files"][0]).read_bytes()
    assert len(written) == 4 * MIB
    assert result["hashes"]["sha256"] == hashlib.sha256(written).hexdigest()
    for offset, length in result["bad_sectors"]:
        assert written[offset:offset + length] == bytes(length)
    first_bad = result["bad_sectors"][0][0]
    assert first_bad > MIB and written[:MIB] == raw.read_bytes()[:MIB]
    [row] = _images(case)
    assert json.loads(row["bad_sectors"]) == result["bad_sectors"]
    [finished] = [e for e in _ledger(case) if e["action"] == "image.finished"]
    assert finished["details"]["bad_sectors"] == result["bad_sectors"]
    human = run_cli(capsys, "image", tmp_path / "broken.E01", "--case", case_at(case))
    assert "unreadable sectors zero-filled" in human.out
    assert "evidence/UNREF_broken.E01/image/UNREF_broken.E01-2.raw" in human.out


def test_e01_is_refused_when_it_cannot_be_written_here(ext4, tmp_path, capsys,
                                                      monkeypatch, case_at) -> None:
    monkeypatch.setattr(imaging.ewfimage.shutil, "which", lambda name: None)
    case = tmp_path / "case"
    run = run_cli(capsys, "image", ext4, "--case", case_at(case), "--format", "e01")
    assert run.code == 1 and "E01 cannot be written" in run.err
    assert "no raw image was made" in run.err and run.err.count("\n") == 1
    assert not (case / "evidence").exists() and _images(case) == []


def test_e01_refuses_media_that_are_not_whole_sectors(tmp_path, capsys, case_at) -> None:
    odd = tmp_path / "odd.raw"
    odd.write_bytes(os.urandom(MIB + 100))
    run = run_cli(capsys, "image", odd, "--case", case_at(tmp_path / "case"), "--format", "e01")
    assert run.code == 1 and "whole number of 512-byte sectors" in run.err
    assert "Make a raw image of this source" in run.err and "--" not in run.err
    raw = run_cli(capsys, "image", odd, "--case", case_at(tmp_path / "case"), "--json")
    assert raw.code == 0 and raw.json()["hashes"] == digests(odd.read_bytes())


def test_fat_case_drive_split_is_refused_above_4_gib(ext4, tmp_path, capsys, monkeypatch,
                                                     case_at) -> None:
    monkeypatch.setattr(imaging, "filesystem_type", lambda path: "vfat")
    run = run_cli(capsys, "image", ext4, "--case", case_at(tmp_path / "case"), "--split", "5G")
    assert run.code == 1 and "FAT" in run.err and "4000M" in run.err


def test_full_disk_removes_the_partial_image(ext4, tmp_path, capsys, monkeypatch, case_at) -> None:
    real_write = os.write
    written = {"n": 0}

    def write(fd, data):  # room for 1.5 segments of the image
        if "/evidence/" in os.readlink(f"/proc/self/fd/{fd}"):
            if written["n"] + len(data) > MIB + MIB // 2:
                raise OSError(errno.ENOSPC, "No space left on device")
            written["n"] += len(data)
        return real_write(fd, data)

    monkeypatch.setattr(copy_module.os, "write", write)
    case = tmp_path / "case"
    run = run_cli(capsys, "image", ext4, "--case", case_at(case), "--split", "1M")
    assert run.code == 1 and "case drive is full" in run.err and "Traceback" not in run.err
    assert [p for p in (case / "evidence").rglob("*") if p.is_file()] == []
    [failed] = [e for e in _ledger(case) if e["action"] == "image.failed"]
    assert failed["details"]["partial_image_removed"] is True and "full" in failed["reason"]
    assert _images(case)[0]["status"] == "failed"
    assert run_cli(capsys, "custody", "verify", case).code == 0


@pytest.mark.parametrize("fmt", ["raw", "e01"])
def test_cancel_removes_the_partial_image_and_is_recorded(ext4, tmp_path, capsys, fmt) -> None:
    cancel = CancelToken()

    def progress(state) -> None:
        if state.bytes_done > 0:
            cancel.cancel()

    case = tmp_path / "case"
    with open_source(ext4) as source, Case.open(case) as opened, \
            pytest.raises(Cancelled) as stopped:
        make_image(opened, source, fmt=fmt, exhibit="ABC/1", progress=progress,
                   cancel=cancel)
    assert stopped.value.outcome == "cancelled; nothing half-written is kept"
    assert [p for p in (case / "evidence").rglob("*") if p.is_file()] == []
    assert any(e["action"] == "image.cancelled" for e in _ledger(case))
    assert run_cli(capsys, "custody", "verify", case).code == 0


@pytest.mark.parametrize("argv, words", [
    (["--split", "lots"], "segment size"), (["--split", "100K"], "at least 1M"),
    (["--format", "aff4"], "invalid choice"),
])
def test_bad_options_are_one_line(ext4, tmp_path, capsys, argv, words, case_at) -> None:
    run = run_cli(capsys, "image", ext4, "--case", case_at(tmp_path / "case"), *argv)
    assert run.code != 0 and words in run.err and run.err.count("\n") == 1


def test_a_folder_is_not_imaged(tmp_path, capsys, case_at) -> None:
    (tmp_path / "src").mkdir()
    (tmp_path / "src" / "f").write_text("x")
    run = run_cli(capsys, "image", tmp_path / "src", "--case", case_at(tmp_path / "case"))
    assert run.code == 1 and "use 'collect'" in run.err
