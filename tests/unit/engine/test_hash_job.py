"""Hashing many files: both cores at work, results in listing order, errors in place."""

from __future__ import annotations

import hashlib
import threading

from triage_app.engine import hash_job
from triage_app.engine.hash_job import hash_sources


def test_many_small_files_are_hashed_in_parallel_and_reported_in_order(tmp_path, monkeypatch):
    folder = tmp_path / "files"
    folder.mkdir()
    expected = []
    for i in range(200):
        data = f"file {i}\n".encode() * (i + 1)
        (folder / f"f{i:03d}.txt").write_bytes(data)
        expected.append((str(folder / f"f{i:03d}.txt"), hashlib.sha256(data).hexdigest()))
    (folder / "f100.txt").chmod(0)  # unreadable (unless root): its error stays in its place
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
    assert [r.path for r in results[:-1]] == [path for path, _ in expected]
    for result, (_, sha256) in zip(results, expected, strict=False):
        assert result.sha256 == sha256 or (result.path.endswith("f100.txt") and result.error)
    assert results[-1].error and "no such file" in results[-1].error
    assert len(threads) == 2 and threading.current_thread().name not in threads
