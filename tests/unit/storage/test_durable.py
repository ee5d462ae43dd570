"""Whole-or-nothing small writes."""

from __future__ import annotations

import stat

import pytest

from triage_app.errors import StorageError
from triage_app.storage.durable import replace_file


def test_replace_file_swaps_the_content_whole_and_leaves_no_temporary(tmp_path):
    target = tmp_path / "installed.json"
    target.write_bytes(b"old")
    replace_file(target, b"new content")
    assert target.read_bytes() == b"new content"
    assert [p.name for p in tmp_path.iterdir()] == ["installed.json"]


def test_a_new_secret_file_gets_the_mode_asked_for(tmp_path):
    replace_file(tmp_path / "key.pem", b"secret", mode=0o600)
    assert stat.S_IMODE((tmp_path / "key.pem").stat().st_mode) == 0o600


def test_a_failed_write_is_a_storage_error_and_the_old_content_stays(tmp_path):
    target = tmp_path / "installed.json"
    target.write_bytes(b"old")
    (tmp_path / ".installed.json.tmp").mkdir()  # the temporary cannot be opened as a file
    with pytest.raises(StorageError, match="cannot write"):
        replace_file(target, b"new")
    assert target.read_bytes() == b"old"
