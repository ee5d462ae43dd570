"""A large scan's files go to worker processes: the same results as threads give, pause and
cancel reach the processes, and a worker that dies leaves its files to threads."""

from __future__ import annotations

import os
import sqlite3
import threading
import time
from contextlib import closing
from pathlib import Path

import pytest

from tests.fixtures.images import make_ext4
from triage_app.analyzers.base import build_analyzers
from triage_app.case.case import Case
from triage_app.case.store import DB_NAME
from triage_app.core.jobs import CancelToken
from triage_app.engine import scan_workers
from triage_app.engine.scan import scan_source
from triage_app.evidence.source import open_source

ADDRESS = b"1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa"
SEED = (b"abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon "
        b"abandon about")


def _files(corpora: Path, count: int = 80) -> dict[str, bytes]:
    photo = (corpora / "exif" / "images" / "exiftool-t" / "Nikon.jpg").read_bytes()
    files = {}
    for i in range(count):
        kind = i % 5
        files[f"d{i // 20}/f{i:03d}" + (".txt", ".log", ".bin", ".jpg", ".dat")[kind]] = (
            f"note {i}: pay {ADDRESS.decode()} now\n".encode() * (i + 1) if kind == 0 else
            b"wallet words: " + SEED + b"\n" if kind == 1 else
            os.urandom(1000 * i) if kind == 2 else
            photo if kind == 3 else b"")
    return files


@pytest.fixture
def in_processes(monkeypatch):
    """Worker processes from the first entry listed; the entries each went to, counted."""
    monkeypatch.setattr(scan_workers, "PROCESSES_AFTER_FILES", 1)
    monkeypatch.setattr(scan_workers, "BATCH_FILES", 4)
    sent: dict = {"processes": 0, "threads": 0}
    submit = scan_workers.FileWorkers.submit

    def counted(self, batch):
        sent["workers"] = self
        sent["processes" if self.in_processes else "threads"] += len(batch)
        return submit(self, batch)

    monkeypatch.setattr(scan_workers.FileWorkers, "submit", counted)
    return sent


def _scan(case_dir: Path, location: Path, **kwargs):
    with open_source(location) as source, Case.open(case_dir) as case:
        summary = scan_source(case, source, **kwargs)
    with closing(sqlite3.connect(case_dir / DB_NAME)) as db:
        rows = db.execute("SELECT path, md5, sha1, sha256, mime, description, error, type, size,"
                          " deleted, inode, stream, times FROM files ORDER BY id").fetchall()
        findings = db.execute("SELECT kind, summary, detail, count, offsets, method, confidence,"
                              " offset, urgent FROM findings ORDER BY id").fetchall()
    return summary, rows, findings


def _slow_start(monkeypatch) -> None:
    """Threads wait while the processes start, so that the processes take part."""
    started = scan_workers.FileWorkers._start_processes

    def start_and_wait(self) -> None:
        started(self)
        if self._started is not None:
            self._started.result(60)

    monkeypatch.setattr(scan_workers.FileWorkers, "_start_processes", start_and_wait)


@pytest.mark.parametrize("kind", ["folder", "ext4"])
def test_processes_give_what_threads_give(tmp_path, monkeypatch, in_processes, kind,
                                          corpora) -> None:
    files = _files(corpora)
    if kind == "folder":
        from tests.fixtures.images import write_tree

        location = tmp_path / "evidence"
        write_tree(location, files)
    else:
        location = make_ext4(tmp_path / "evidence.img", files, size="16M")
    _slow_start(monkeypatch)
    summary, rows, findings = _scan(tmp_path / "processes", location)
    assert in_processes["processes"] > 0
    monkeypatch.setattr(scan_workers, "PROCESSES", 0)
    threads_only = _scan(tmp_path / "threads", location)
    assert (rows, findings) == threads_only[1:]
    assert summary.files == threads_only[0].files and summary.findings == threads_only[0].findings
    assert any(f[0] == "crypto-seed-phrase" for f in findings)
    assert any(f[0] == "crypto-address" and f[3] > 1 for f in findings)
    assert any(r[4] == "image/jpeg" for r in rows)


def test_pause_and_cancel_reach_the_processes(tmp_path, monkeypatch, in_processes) -> None:
    evidence = tmp_path / "evidence"
    evidence.mkdir()
    size = 8_000_000
    for i in range(40):
        (evidence / f"f{i:02d}.bin").write_bytes(os.urandom(size))
    _slow_start(monkeypatch)
    token = CancelToken()
    stored: list[str] = []

    def on_result(result) -> None:
        stored.append(result.entry.path)
        if len(stored) == 2:
            token.pause()  # the scan holds at the next result, and tells the processes

    out: list = []

    def run() -> None:
        try:
            out.append(_scan(tmp_path / "case", evidence, analyzers=build_analyzers([]),
                             cancel=token, on_result=on_result))
        except Exception as exc:  # noqa: BLE001 - handed to the test thread
            out.append(exc)

    thread = threading.Thread(target=run)
    thread.start()
    deadline = time.monotonic() + 60
    while "workers" not in in_processes or len(stored) < 2:
        assert time.monotonic() < deadline and thread.is_alive()
        time.sleep(0.01)
    time.sleep(0.5)  # a worker within its file sees the pause at its next chunk
    workers = in_processes["workers"]
    held = workers.bytes_in_processes()
    time.sleep(1.0)
    assert workers.bytes_in_processes() == held < 40 * size  # nothing read while paused
    assert len(stored) == 2 and thread.is_alive()
    token.cancel()
    thread.join(60)
    assert not thread.is_alive()
    [outcome] = out
    assert type(outcome).__name__ == "Cancelled", outcome
    assert in_processes["processes"] > 0


def _dies(batch):
    """A worker process that crashes outright (as a C library may on hostile content)."""
    os._exit(70)


def test_a_worker_that_dies_leaves_its_files_to_threads(tmp_path, monkeypatch, in_processes,
                                                       corpora) -> None:
    location = make_ext4(tmp_path / "evidence.img", _files(corpora), size="16M")
    monkeypatch.setattr(scan_workers, "PROCESSES", 0)
    _, expected_rows, expected_findings = _scan(tmp_path / "threads", location)
    monkeypatch.setattr(scan_workers, "PROCESSES", 2)
    monkeypatch.setattr(scan_workers, "_process", _dies)  # found by name in the workers
    _slow_start(monkeypatch)
    summary, rows, findings = _scan(tmp_path / "case", location)
    assert in_processes["processes"] > 0
    assert summary.status == "finished"
    assert (rows, findings) == (expected_rows, expected_findings)


def test_a_failed_scan_stops_the_processes_within_their_files(tmp_path, monkeypatch,
                                                              in_processes) -> None:
    from triage_app.case.store import CaseStore
    from triage_app.errors import StorageError

    evidence = tmp_path / "evidence"
    evidence.mkdir()
    for name in ("a0", "a1"):
        (evidence / name).write_bytes(b"small")
    big = 4 << 30
    with open(evidence / "z_big", "wb") as sparse:  # 4 GiB of zeros, read in seconds
        sparse.truncate(big)
    monkeypatch.setattr(scan_workers, "BATCH_FILES", 1)
    _slow_start(monkeypatch)
    add_file = CaseStore.add_file
    stored: list[str] = []

    def failing_add(self, scan_id, entry, *args):
        if stored:
            raise StorageError("the case drive is full")
        stored.append(entry.path)
        return add_file(self, scan_id, entry, *args)

    monkeypatch.setattr(CaseStore, "add_file", failing_add)
    with pytest.raises(StorageError):
        _scan(tmp_path / "case", evidence, analyzers=build_analyzers([]))
    # the worker reading the large file stopped at its next chunk, not at the file's end
    assert in_processes["workers"].bytes_in_processes() < big


@pytest.mark.parametrize("image", [
    "dftt/7-undel-ntfs/7-ntfs-undel.dd",  # NTFS: deleted files, an alternate data stream
    "dftt/8-jpeg-search/8-jpeg-search.dd",  # photos under other names, a stream, deleted
    "dfvfs/ext2.E01",  # EWF, opened again in each worker
    "dftt/14-iso9660-1/iso-dirtree1.iso",
    "dfvfs/hfsplus.raw",
])
def test_the_shared_corpora_give_the_same_in_processes(tmp_path, monkeypatch, in_processes,
                                                       corpora, image) -> None:
    location = corpora / "disk-images" / image
    monkeypatch.setattr(scan_workers, "PROCESSES", 0)
    threads_only = _scan(tmp_path / "threads", location)
    monkeypatch.setattr(scan_workers, "PROCESSES", 2)
    _slow_start(monkeypatch)
    in_workers = _scan(tmp_path / "processes", location)
    assert in_processes["processes"] > 0
    assert in_workers[1:] == threads_only[1:] and in_workers[1]
