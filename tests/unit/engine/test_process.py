"""The one-read engine: hashes, analyzers fed the same chunks, per-file errors, flat memory."""

from __future__ import annotations

import hashlib
import io
import os
import tracemalloc

from triage_app.analyzers.base import Analyzer, FileAnalysis, FileContext
from triage_app.core.jobs import CancelToken, Progress
from triage_app.core.records import Entry
from triage_app.engine.hashing import CHUNK_SIZE, ParallelHasher, chunks
from triage_app.engine.process import FileProcessor


class _Recorder(Analyzer):
    name = "recorder"
    wants_bytes = True

    def __init__(self) -> None:
        self.seen = bytearray()
        self.offsets: list[int] = []

    def begin(self, entry):
        outer = self

        class Analysis(FileAnalysis):
            def feed(self, chunk, offset):
                outer.offsets.append(offset)
                outer.seen += chunk
                return True

            def finish(self, ctx: FileContext):
                return [outer.finding("test.seen", f"{ctx.bytes_read} bytes", "counted")]

        return Analysis()


class _Broken(Analyzer):
    name = "broken"
    wants_bytes = True

    def begin(self, entry):
        class Analysis(FileAnalysis):
            def feed(self, chunk, offset):
                raise ValueError("parser bug")

        return Analysis()


class _FailingReader:
    def __init__(self, good: bytes) -> None:
        self._good = io.BytesIO(good)

    def read(self, size: int) -> bytes:
        data = self._good.read(size)
        if not data:
            raise OSError(5, "Input/output error")
        return data

    def close(self) -> None:
        pass


def _entry(data: bytes, reader=None) -> Entry:
    return Entry(path="/f", type="file", size=len(data),
                 opener=lambda: reader or io.BytesIO(data))


def test_one_read_feeds_hashers_and_analyzers_the_same_bytes() -> None:
    data = os.urandom(3 * CHUNK_SIZE + 12345)
    recorder = _Recorder()
    result = FileProcessor([recorder]).process(_entry(data), CancelToken())
    assert bytes(recorder.seen) == data
    assert recorder.offsets == [0, CHUNK_SIZE, 2 * CHUNK_SIZE, 3 * CHUNK_SIZE]
    assert result.hashes["sha256"] == hashlib.sha256(data).hexdigest()
    assert result.hashes["md5"] == hashlib.md5(data).hexdigest()
    assert result.findings[0].summary == f"{len(data)} bytes"


def test_analyzer_failure_is_recorded_on_the_file_and_hashing_goes_on() -> None:
    data = b"x" * 1000
    result = FileProcessor([_Broken()]).process(_entry(data), CancelToken())
    assert result.hashes["sha1"] == hashlib.sha1(data).hexdigest()
    assert "analyzer broken failed: ValueError: parser bug" in result.error


def test_read_error_is_recorded_and_no_partial_hash_is_claimed() -> None:
    data = os.urandom(10000)
    entry = Entry(path="/bad", type="file", size=20000, opener=lambda: _FailingReader(data))
    result = FileProcessor([]).process(entry, CancelToken())
    assert result.hashes == {}
    assert "read failed after 10000 bytes" in result.error


def test_memory_stays_flat_whatever_the_file_size(tmp_path) -> None:
    big = tmp_path / "big.bin"
    with open(big, "wb") as handle:
        for _ in range(16):
            handle.write(os.urandom(4 * 1024 * 1024))  # 64 MiB
    tracemalloc.start()
    hasher = ParallelHasher()
    with open(big, "rb", buffering=0) as handle:
        for chunk in chunks(handle):
            hasher.update(chunk)
    hasher.hexdigests()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert peak < 3 * CHUNK_SIZE, peak  # two chunk buffers, whatever the file size


def test_progress_reports_eta_from_bytes() -> None:
    p = Progress(phase="scanning", bytes_total=1000)
    assert p.eta_seconds is None
    p.bytes_done = 500
    p.started -= 10  # ten seconds in, half done
    assert 9 < p.eta_seconds < 11
