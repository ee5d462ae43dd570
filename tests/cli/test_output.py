"""The progress line on the terminal: a time left in words, and none at the start."""

from __future__ import annotations

from triage_app.cli.output import StderrProgress
from triage_app.core.jobs import Progress

GIB = 1024 ** 3


def _line(capsys, p: Progress) -> str:
    progress = StderrProgress()
    progress.enabled = True  # as on a terminal
    progress(p)
    return capsys.readouterr().err.strip()


def test_time_left_reads_about_minutes(capsys) -> None:
    p = Progress(phase="scanning", files_done=40, bytes_total=32 * GIB, bytes_done=GIB)
    p.started -= 5.6  # 31 GiB left at about 1 GiB per 5.6 s: about 174 s
    line = _line(capsys, p)
    assert line.endswith("about 3 min left"), line
    assert " s" not in line.split("/s", 1)[1]


def test_no_time_left_at_the_start(capsys) -> None:
    p = Progress(phase="scanning", files_done=1, bytes_total=32 * GIB, bytes_done=1024 ** 2)
    p.started -= 0.5
    line = _line(capsys, p)
    assert "left" not in line and "ETA" not in line, line
