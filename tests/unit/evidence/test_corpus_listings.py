"""Every corpus image listed and hashed as TSK's own tools and the published answer keys say.

The expected listings (``IMG.pytsk3.json`` beside each image) were cross-checked against
``fls``/``icat`` and the DFTT answer keys (see the corpus README).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import DISK_IMAGES
from triage_app.core.jobs import CancelToken
from triage_app.engine.hash_job import hash_one
from triage_app.engine.process import FileProcessor
from triage_app.evidence.source import open_source

LISTINGS = sorted(DISK_IMAGES.rglob("*.pytsk3.json"))
# TSK lists the unencrypted BitLocker To Go reader of this volume; we must not (see test_negatives).
ENCRYPTED = {"dfvfs/bdetogo.raw.pytsk3.json"}
LISTABLE = [p for p in LISTINGS if str(p.relative_to(DISK_IMAGES)) not in ENCRYPTED]
# TSK lists an empty FAT volume label as a zero-byte file and the reference hashes it; we list it
# as what it is (not a file: nothing to hash or collect). A label WITH data (DFTT 9) is hashed.
EMPTY_FAT_LABELS = {"/FAT_REC_1   (Volume Label Entry)"}


def _first_segment(listing: Path) -> Path:
    return listing.with_name(json.loads(listing.read_text())["image"][0])


def _ours(image: Path):
    """path → (entry, FileResult) for every entry our evidence layer lists."""
    processor = FileProcessor([])
    with open_source(image) as source:
        source.open_filesystems()
        labels = {v.offset: v.label for v in source.volumes}
        results = {e.path: processor.process(e, CancelToken()) for e in source.entries(CancelToken())}
    return labels, results


def _expected_files(expected: dict, labels: dict[int, str]):
    for fs in expected["filesystems"]:
        prefix = f"/{labels[fs['offset']]}" if labels.get(fs["offset"]) else ""
        for record in fs.get("files", []):
            yield prefix + record["path"], record
            for stream in record.get("ads", []):
                yield (f"{prefix}{record['path']}:{stream['stream']}",
                       {**stream, "name_flags": record["name_flags"]})


@pytest.mark.parametrize("listing", LISTABLE, ids=lambda p: str(p.relative_to(DISK_IMAGES)))
def test_listing_and_file_hashes_match_reference(listing: Path) -> None:
    expected = json.loads(listing.read_text())
    labels, ours = _ours(_first_segment(listing))
    compared = 0
    for path, record in _expected_files(expected, labels):
        assert path in ours, f"{path} is in the reference listing but not in ours"
        result = ours[path]
        assert result.entry.deleted == ("UNALLOC" in record["name_flags"]), path
        if path in EMPTY_FAT_LABELS:
            assert result.entry.type == "other" and not result.hashes, path
        elif record.get("md5") and not record.get("read_error"):
            assert result.hashes.get("md5") == record["md5"], path
            assert result.hashes.get("sha256") == record["sha256"], path
            compared += 1
    expected_count = sum(1 for _ in _expected_files(expected, labels))
    # We list exactly what TSK lists (plus nothing invented).
    assert len(ours) == expected_count or not expected["filesystems"], (len(ours), expected_count)
    if any(r.get("md5") for _, r in _expected_files(expected, labels)):
        assert compared > 0


@pytest.mark.parametrize("listing", LISTINGS, ids=lambda p: str(p.relative_to(DISK_IMAGES)))
def test_media_hash_matches_reference(listing: Path) -> None:
    expected = json.loads(listing.read_text())
    image = _first_segment(listing)
    result = hash_one(str(image), image, CancelToken())
    assert result.md5 == expected["media_md5"]
    assert result.sha256 == expected["media_sha256"]
    assert result.size == expected["container"]["media_size"]
    if stored := expected["container"].get("stored_md5"):
        assert result.stored["md5"] == stored
        assert result.verification == "verified"


def test_dftt_answer_keys(disk_images: Path) -> None:
    """Brian Carrier's published MD5s: deleted files, resident files, alternate data streams."""
    checked = 0
    for key_file in sorted(disk_images.glob("dftt/*/*.vs-answer-key.json")):
        key = json.loads(key_file.read_text())
        image = key_file.with_name(key_file.name.replace(".vs-answer-key.json", ""))
        _, ours = _ours(image)
        for row in key["rows"]:
            for path in row["pytsk3_paths"]:
                assert ours[path].hashes.get("md5") == row["md5"], (image.name, path)
                checked += 1
    assert checked >= 20
