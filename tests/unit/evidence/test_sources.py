"""Sources open read-only, list what TSK lists, and report what cannot be listed."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from tests.fixtures.images import digests, make_e01, make_ext4, make_fat, tree_snapshot
from triage_app.core.jobs import CancelToken
from triage_app.engine.process import FileProcessor
from triage_app.errors import InputError, SourceError
from triage_app.evidence.media import split_raw_segments
from triage_app.evidence.source import open_source

FILES = {
    "notes/todo.txt": b"buy milk\n" * 100,
    "photos/beach.bin": bytes(range(256)) * 4096,  # 1 MiB, several chunks of FAT clusters
    "empty.dat": b"",
    "deep/a/b/c/d.txt": b"deep file",
}


def _listing(location: Path) -> dict[str, dict]:
    processor = FileProcessor([])
    with open_source(location) as source:
        return {e.path: {"type": e.type, "deleted": e.deleted, **processor.process(e, CancelToken()).hashes}
                for e in source.entries(CancelToken())}


def _assert_files(listing: dict[str, dict], files: dict[str, bytes]) -> None:
    for rel, data in files.items():
        record = listing[f"/{rel}"]
        assert record["type"] == "file"
        assert {k: record[k] for k in ("md5", "sha1", "sha256")} == digests(data), rel


def test_folder_source_lists_and_hashes_without_touching_anything(tmp_path: Path) -> None:
    root = tmp_path / "drive"
    for rel, data in FILES.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_bytes(data)
    os.symlink("notes/todo.txt", root / "link-to-todo")
    before = tree_snapshot(root)
    listing = _listing(root)
    _assert_files(listing, FILES)
    assert listing["/link-to-todo"]["type"] == "link"
    assert listing["/deep/a/b/c"]["type"] == "dir"
    assert tree_snapshot(root) == before  # bytes, mtime and atime unchanged


def test_folder_listing_leaves_folder_access_times_alone(tmp_path: Path) -> None:
    root = tmp_path / "drive"
    for rel, data in FILES.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_bytes(data)
    old = 1_577_836_800  # 2020-01-01: a relatime mount moves an access time this old on a read
    folders = [root, *(p for p in root.rglob("*") if p.is_dir())]
    for folder in folders:
        os.utime(folder, (old, old))
    _listing(root)
    assert {str(f): os.stat(f).st_atime for f in folders} == {str(f): old for f in folders}


class _WindowsStat:
    """os.lstat's result with the file attributes Windows adds (st_file_attributes)."""

    def __init__(self, st: os.stat_result, attributes: int) -> None:
        self._st, self.st_file_attributes = st, attributes

    def __getattr__(self, name: str):
        return getattr(self._st, name)


def test_folder_cloud_placeholder_is_not_opened(tmp_path: Path, monkeypatch) -> None:
    """OneDrive on Windows: opening a file kept only online downloads it (network, and the
    placeholder on the evidence drive becomes a file), so it is flagged and never opened."""
    root = tmp_path / "OneDrive"
    root.mkdir()
    (root / "online only.docx").write_bytes(b"")
    (root / "local.txt").write_bytes(b"here\n")
    real_lstat = os.lstat

    def lstat(path, *args, **kwargs):
        st = real_lstat(path, *args, **kwargs)
        recall_on_data_access = 0x00400000
        return _WindowsStat(st, recall_on_data_access if "online only" in str(path) else 0x20)

    monkeypatch.setattr(os, "lstat", lstat)
    with open_source(root) as source:
        entries = {e.path: e for e in source.entries(CancelToken())}
    placeholder = entries["/online only.docx"]
    assert not placeholder.has_content
    assert placeholder.error.startswith("content not on this disk: a cloud-only placeholder")
    assert entries["/local.txt"].has_content and entries["/local.txt"].error is None


def test_ext4_image_made_with_mke2fs(tmp_path: Path) -> None:
    image = make_ext4(tmp_path / "ext4.img", FILES)
    before = hashlib.sha256(image.read_bytes()).hexdigest()
    listing = _listing(image)
    _assert_files(listing, FILES)
    assert hashlib.sha256(image.read_bytes()).hexdigest() == before


def test_fat_image_made_with_mkfs_vfat(tmp_path: Path) -> None:
    files = {k.upper(): v for k, v in FILES.items()}
    listing = _listing(make_fat(tmp_path / "fat.img", files))
    _assert_files(listing, files)


def test_e01_split_and_whole_decode_to_the_same_files(tmp_path: Path) -> None:
    files = {**FILES, "random.bin": os.urandom(3 * 1024 * 1024)}  # incompressible: forces segments
    raw = make_ext4(tmp_path / "media.raw", files)
    whole = make_e01(raw, tmp_path / "whole")
    split = make_e01(raw, tmp_path / "split", segment_bytes=1024 * 1024)
    assert (tmp_path / "split.E02").exists(), "ewfacquire did not split the image"
    _assert_files(_listing(whole), files)
    _assert_files(_listing(split), files)
    with open_source(split) as source:
        assert len(source.describe()["segments"]) > 1
        assert source.media.stored_hashes()["md5"] == hashlib.md5(raw.read_bytes()).hexdigest()


def test_split_raw_segments_are_found_and_later_segments_refused(tmp_path: Path) -> None:
    data = os.urandom(3000)
    for i, part in enumerate((data[:1000], data[1000:2000], data[2000:])):
        (tmp_path / f"disk.{i + 1:03d}").write_bytes(part)
    assert [p.name for p in split_raw_segments(tmp_path / "disk.001")] == ["disk.001", "disk.002", "disk.003"]
    with open_source(tmp_path / "disk.001") as source:
        assert source.media.size == 3000
        assert source.media.read_at(990, 20) == data[990:1010]
    with pytest.raises(SourceError, match="later segment"):
        open_source(tmp_path / "disk.002")


@pytest.mark.parametrize("image, status, words", [
    ("dfvfs/bdetogo.raw", "encrypted", "BitLocker To Go"),
    ("dfvfs/apfs.raw", "unsupported", "APFS"),
    ("dfvfs/bogus.001", "no-filesystem", "no file system"),
    ("pytsk/bogus.raw", "no-filesystem", "no file system"),
])
def test_unlistable_volumes_are_reported_not_listed(disk_images, image, status, words) -> None:
    with open_source(disk_images / image) as source:
        assert source.listable is False
        assert list(source.entries(CancelToken())) == []
        [volume] = source.volumes
        assert volume.status == status
        assert words in volume.description + volume.message


def test_volume_system_partitions_are_labelled(disk_images) -> None:
    with open_source(disk_images / "dfvfs/mbr.raw") as source:
        assert source.volume_system == "MBR"
        assert [(v.label, v.status, v.fs_type) for v in source.volumes] == [
            ("p1", "no-filesystem", None), ("p2", "ok", "EXT2")]
        assert "/p2/lost+found" in {e.path for e in source.entries(CancelToken())}


def test_bad_inputs_raise_plain_errors(tmp_path: Path) -> None:
    fake = tmp_path / "random.E01"
    fake.write_bytes(os.urandom(4096))
    with pytest.raises(SourceError, match="no EWF signature"):
        open_source(fake)
    with pytest.raises(InputError, match="no such file"):
        open_source(tmp_path / "missing.dd")
    empty = tmp_path / "empty.dd"
    empty.touch()
    with pytest.raises(SourceError, match="empty"):
        open_source(empty)


def test_truncated_e01_is_a_source_error_or_recorded_read_error(tmp_path: Path) -> None:
    raw = make_ext4(tmp_path / "media.raw", FILES)
    e01 = make_e01(raw, tmp_path / "cut")
    data = e01.read_bytes()
    e01.write_bytes(data[: len(data) // 2])
    try:
        source = open_source(e01)
    except SourceError as exc:
        assert "E01" in str(exc) or "EWF" in str(exc)
        return
    with source:
        # libewf opened what was left: every failed read must surface as a per-file error.
        processor = FileProcessor([])
        results = [processor.process(e, CancelToken()) for e in source.entries(CancelToken())] \
            if source.listable else []
        assert all(r.hashes or r.errors or not r.entry.has_content for r in results)


def test_exfat_volume_made_with_mkfs_exfat_is_recognised(tmp_path: Path) -> None:
    """exFAT cannot be filled without mounting it, so this checks recognition and the file
    system's own metadata files (the allocation bitmap and up-case table TSK lists)."""
    import shutil
    import subprocess

    if shutil.which("mkfs.exfat") is None:
        pytest.fail("mkfs.exfat is missing (Debian exfatprogs; packaging/setup-debian.sh --dev)")
    image = tmp_path / "stick.img"
    with open(image, "wb") as handle:
        handle.truncate(16 * 1024 * 1024)
    subprocess.run(["mkfs.exfat", str(image)], check=True, capture_output=True)
    with open_source(image) as source:
        assert [(v.status, v.fs_type) for v in source.volumes] == [("ok", "EXFAT")]
        listing = _listing(image)
    assert listing["/$UPCASE_TABLE"]["type"] == "file" and listing["/$UPCASE_TABLE"]["sha256"]


def test_gpt_disk_partitions_are_found(tmp_path: Path) -> None:
    from tests.fixtures.images import make_gpt_with_ext4

    image = make_gpt_with_ext4(tmp_path / "disk.img", FILES)
    with open_source(image) as source:
        assert source.volume_system == "GPT"
        assert [(v.label, v.status, v.fs_type, v.offset) for v in source.volumes] == [
            ("p1", "ok", "EXT4", 1024 * 1024)]
    listing = _listing(image)
    for rel, data in FILES.items():
        assert listing[f"/p1/{rel}"]["sha256"] == digests(data)["sha256"]
