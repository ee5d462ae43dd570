"""Hashing many files: both cores at work, results in listing order, errors in place."""

from __future__ import annotations

import hashlib
import os
import threading
from concurrent.futures import Future
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

import pytest

from tests.fixtures.images import make_e01
from tests.unit.engine.test_small_files import trickling
from triage_app.engine import hash_job, small_files
from triage_app.engine.hash_job import hash_one, hash_sources
from triage_app.engine.small_files import WHOLE_READ


def test_many_large_files_are_hashed_in_parallel_and_reported_in_order(tmp_path, monkeypatch):
    folder = tmp_path / "files"
    folder.mkdir()
    expected = []
    for i in range(40):
        data = f"file {i}\n".encode() * (WHOLE_READ // 7 + i)  # too large to read whole
        (folder / f"f{i:03d}.txt").write_bytes(data)
        expected.append((str(folder / f"f{i:03d}.txt"), hashlib.sha256(data).hexdigest()))
    threads = set()
    real = hash_job.hash_one
    both_at_work = threading.Barrier(2, timeout=20)  # broken unless two threads hash at once

    def spy(*args, **kwargs):
        name = threading.current_thread().name
        if name not in threads:
            threads.add(name)
            both_at_work.wait()
        return real(*args, **kwargs)

    monkeypatch.setattr(hash_job, "hash_one", spy)
    monkeypatch.setattr(hash_job, "WORKERS", 2)
    results = list(hash_sources([str(folder), str(tmp_path / "missing")]))
    assert [(r.path, r.sha256) for r in results[:-1]] == expected
    assert results[-1].error and "no such file" in results[-1].error
    assert len(threads) == 2 and threading.current_thread().name not in threads


def _mixed_folder(root: Path) -> Path:
    """Small files (most of them), large ones, an E01, a split raw image, a file named like an
    E01 that is none, and files that are no E01 though they start like one."""
    folder = root / "mixed"
    folder.mkdir()
    for i in range(150):
        size = 2 * WHOLE_READ + i if i % 37 == 5 else (i * 7919) % (WHOLE_READ + 1)
        (folder / f"f{i:03d}.bin").write_bytes(os.urandom(size))
    (folder / "f010.bin").write_bytes(b"")
    raw = root / "disk.raw"
    raw.write_bytes(os.urandom(40_000))
    make_e01(raw, folder / "g-small")
    (folder / "g-fake.E01").write_bytes(b"not an EWF image")
    (folder / "g-evf.bin").write_bytes(b"EVF\x09\x0d\x0a\xff\x00 but then nothing")
    (folder / "h-split.001").write_bytes(os.urandom(1000))
    (folder / "h-split.002").write_bytes(os.urandom(500))
    return folder


def _by_threads(folder: Path, monkeypatch) -> list[dict]:
    with monkeypatch.context() as patch:
        patch.setattr(small_files.WorkerProcesses, "submit", lambda self, paths: None)
        return [r.to_dict() for r in hash_sources([str(folder)])]


def test_small_files_are_hashed_in_worker_processes_with_the_same_results(tmp_path,
                                                                          monkeypatch):
    folder = _mixed_folder(tmp_path)
    batches = []
    real = small_files.WorkerProcesses.submit

    def counted(self, paths):
        future = real(self, paths)
        batches.append(future is not None)
        return future

    monkeypatch.setattr(small_files.WorkerProcesses, "submit", counted)
    monkeypatch.setattr(hash_job, "WORKERS", 2)
    results = [r.to_dict() for r in hash_sources([str(folder)])]
    assert batches and all(batches)  # the worker processes took the small files' batches
    assert results == _by_threads(folder, monkeypatch)
    by_name = {Path(r["path"]).name: r for r in results}
    assert by_name["g-small.E01"]["kind"] == "image"
    assert by_name["h-split.001"]["kind"] == "image"
    assert "no EWF signature" in by_name["g-fake.E01"]["note"]
    for name in ("f000.bin", "f010.bin", "f005.bin", "f100.bin"):
        data = (folder / name).read_bytes()
        assert by_name[name]["sha256"] == hashlib.sha256(data).hexdigest()
        assert by_name[name]["size"] == len(data)


def test_the_next_job_uses_the_same_worker_processes(tmp_path, monkeypatch):
    folder = tmp_path / "small"
    folder.mkdir()
    for i in range(2 * hash_job.BATCH_FILES):
        (folder / f"f{i:03d}").write_bytes(os.urandom(i))
    monkeypatch.setattr(hash_job, "WORKERS", 2)
    first = [r.sha256 for r in hash_sources([str(folder)])]
    processes = small_files.WorkerProcesses._shared
    assert processes is not None
    assert [r.sha256 for r in hash_sources([str(folder)])] == first
    assert small_files.WorkerProcesses._shared is processes


def test_threads_take_over_when_a_worker_process_dies(tmp_path, monkeypatch):
    folder = _mixed_folder(tmp_path)

    def dead(self, paths):
        future: Future = Future()
        future.set_exception(BrokenProcessPool("a worker process died"))
        return future

    monkeypatch.setattr(small_files.WorkerProcesses, "submit", dead)
    monkeypatch.setattr(hash_job, "WORKERS", 2)
    results = [r.to_dict() for r in hash_sources([str(folder)])]
    assert results == _by_threads(folder, monkeypatch)


def test_a_file_too_large_to_read_whole_is_hashed_as_it_is_read(tmp_path):
    large = tmp_path / "large"
    large.write_bytes(os.urandom(3 * WHOLE_READ + 5))
    result = hash_one(str(large), large, hash_job.CancelToken())
    assert (result.size, result.sha256) == (3 * WHOLE_READ + 5,
                                            hashlib.sha256(large.read_bytes()).hexdigest())


def test_a_file_that_trickles_in_is_hashed_whole(tmp_path, monkeypatch):
    """A network or FUSE file system may return less than asked before the end."""
    path = tmp_path / "f"
    data = os.urandom(5000)
    path.write_bytes(data)
    monkeypatch.setattr(small_files, "open_readonly", trickling(small_files.open_readonly))
    assert hash_one(str(path), path, hash_job.CancelToken()).sha256 == \
        hashlib.sha256(data).hexdigest()


def test_a_file_that_cannot_be_opened_says_so(tmp_path):
    missing = tmp_path / "gone.bin"
    with pytest.raises(hash_job.SourceError, match="cannot open .*gone.bin"):
        hash_one(str(missing), missing, hash_job.CancelToken(), listed_file=True)
