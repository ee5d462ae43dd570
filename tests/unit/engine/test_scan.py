"""The scan job: files read by worker threads, progress and the case store only from the
thread that runs the job."""

from __future__ import annotations

import os
import threading
from pathlib import Path

from triage_app.case.case import Case
from triage_app.core.jobs import Progress
from triage_app.engine.scan import build_analyzers, scan_source
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
