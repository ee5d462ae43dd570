"""Small files read whole in one call; anything else is left to the streaming read."""

from __future__ import annotations

import hashlib
import os

from triage_app.engine import small_files
from triage_app.engine.small_files import WHOLE_READ, Unread, WholeFile, read_batch, read_whole


def trickling(opener):
    """An opener whose files return at most 1,000 bytes a read, as a network file may."""

    class Trickling:
        def __init__(self, handle):
            self.handle = handle

        def read(self, size=-1):
            return self.handle.read(min(size, 1000) if size > 0 else size)

        def seek(self, *args):
            return self.handle.seek(*args)

        def fileno(self):
            return self.handle.fileno()

        def readinto(self, buffer):
            return self.handle.readinto(memoryview(buffer)[:1000])

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.handle.close()

    return lambda path: Trickling(opener(path))


def test_a_small_file_is_read_whole_and_a_larger_one_left_to_streaming(tmp_path):
    small, large = tmp_path / "small", tmp_path / "large"
    small.write_bytes(os.urandom(WHOLE_READ - 1))
    large.write_bytes(os.urandom(WHOLE_READ))
    outcome = read_whole(small)
    assert isinstance(outcome, WholeFile) and outcome.size == WHOLE_READ - 1
    assert outcome.head == small.read_bytes()[:8]
    assert outcome.hashes == {name: hashlib.new(name, small.read_bytes()).hexdigest()
                              for name in ("md5", "sha1", "sha256")}
    assert read_whole(large) is None


def test_a_short_read_is_not_taken_for_the_end_of_a_file(tmp_path, monkeypatch):
    path = tmp_path / "f"
    path.write_bytes(os.urandom(5000))
    monkeypatch.setattr(small_files, "open_readonly", trickling(small_files.open_readonly))
    assert read_whole(path) is None  # not known to be whole: left to the streaming read


def test_a_batch_says_which_files_could_not_be_opened(tmp_path):
    empty = tmp_path / "empty"
    empty.write_bytes(b"")
    outcomes = read_batch([str(empty), str(tmp_path / "gone"), str(tmp_path)])
    assert outcomes[0] == WholeFile(0, b"", {name: hashlib.new(name).hexdigest()
                                             for name in ("md5", "sha1", "sha256")})
    assert isinstance(outcomes[1], Unread) and outcomes[1].stage == "open"
    assert isinstance(outcomes[2], Unread)  # a folder: no file to read
