"""The scan job: files read by worker threads, progress and the case store only from the
thread that runs the job."""

from __future__ import annotations

import os
import threading
from pathlib import Path

from triage_app.analyzers.base import build_analyzers
from triage_app.case.case import Case
from triage_app.core.jobs import Progress
from triage_app.engine.scan import scan_source
from triage_app.evidence.source import open_source


def test_progress_comes_from_the_job_thread_while_workers_read(tmp_path: Path) -> None:
    evidence = tmp_path / "evidence"
    evidence.mkdir()
    for i in range(20):
        (evidence / f"f{i:02d}.bin").write_bytes(os.urandom(2_000_000))
    reporters, readers = set(), set()
    done = []

    def progress(p: Progress) -> None:
        reporters.add(threading.current_thread().name)

    def on_result(result) -> None:
        reporters.add(threading.current_thread().name)
        done.append(result.entry.path)

    with open_source(evidence) as source, Case.open(tmp_path / "case") as case:
        opener = source.content_opener

        def spying_opener():
            readers.add(threading.current_thread().name)
            return opener()

        source.content_opener = spying_opener
        summary = scan_source(case, source, analyzers=build_analyzers([]), progress=progress,
                              on_result=on_result)
    assert summary.files == 20 and done == sorted(done)
    assert reporters == {threading.current_thread().name}
    assert readers and threading.current_thread().name not in readers


def test_a_paused_scan_commits_holds_and_goes_on_to_the_same_results(tmp_path: Path) -> None:
    import sqlite3

    from triage_app.case.store import DB_NAME
    from triage_app.core.jobs import CancelToken

    evidence = tmp_path / "evidence"
    evidence.mkdir()
    for i in range(60):
        (evidence / f"f{i:02d}.bin").write_bytes(os.urandom(300_000))
    token = CancelToken()
    paused = threading.Event()
    seen: list[str] = []
    reports: list[Progress] = []

    def on_result(result) -> None:
        seen.append(result.entry.path)
        if len(seen) == 5:
            token.pause()

    def progress(p: Progress) -> None:
        reports.append(p)
        if token.paused:  # reported as the scan holds, once it has committed
            paused.set()

    def scan_into(case_dir: Path, cancel: CancelToken | None, out: list) -> None:
        with open_source(evidence) as source, Case.open(case_dir) as case:
            out.append(scan_source(case, source, analyzers=build_analyzers([]), cancel=cancel,
                                   on_result=on_result if cancel else None,
                                   progress=progress if cancel else lambda p: None))

    result: list = []
    thread = threading.Thread(target=scan_into, args=(tmp_path / "paused", token, result))
    thread.start()
    assert paused.wait(30)
    # While paused: the case store is not held in a write transaction (a writer gets in at
    # once), what was stored is committed, and nothing more is stored.
    db = sqlite3.connect(tmp_path / "paused" / DB_NAME, timeout=0)
    for _ in range(3):
        stored = db.execute("SELECT count(*) FROM files").fetchone()[0]
        assert stored == len(seen) == 5
        db.execute("BEGIN IMMEDIATE")
        db.execute("ROLLBACK")
        assert token.paused and thread.is_alive()
    db.close()
    token.resume()
    thread.join(60)
    [summary] = result
    assert summary.status == "finished" and summary.files == 60
    assert token.paused_seconds > 0 and all(p.paused <= token.paused_seconds for p in reports)
    straight: list = []
    scan_into(tmp_path / "straight", None, straight)

    def files(case_dir: Path) -> list[tuple]:
        with sqlite3.connect(case_dir / DB_NAME) as db:
            return db.execute("SELECT path, size, sha256 FROM files ORDER BY path").fetchall()

    assert files(tmp_path / "paused") == files(tmp_path / "straight")
    actions = [a for a in _actions(tmp_path / "paused") if a.startswith("scan.")]
    assert actions == ["scan.started", "scan.finished"]


def _actions(case_dir: Path) -> list[str]:
    import json

    return [json.loads(line)["action"] for line in (case_dir / "custody.jsonl").open()]
