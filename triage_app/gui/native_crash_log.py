"""faulthandler's report of a native crash, kept for the next start (qutebrowser
``misc/crashsignal.py``): a segfault in TSK, libewf, libmagic or Qt ends the process before any
Python handler runs, so the traceback is written to a file as it happens."""

from __future__ import annotations

import faulthandler
from pathlib import Path
from typing import IO

from triage_app.config import log_dir

_open: list[IO[str]] = []  # kept open for the life of the process: faulthandler writes to it


def crash_file() -> Path:
    return log_dir() / "native-crash.log"


def take_previous() -> str | None:
    """What the last run's faulthandler wrote, if it crashed; the file is then emptied."""
    path = crash_file()
    try:
        text = path.read_text(encoding="utf-8", errors="replace").strip()
    except OSError:
        return None
    if not text:
        return None
    path.write_text("", encoding="utf-8")
    return text


def enable() -> None:
    if _open:
        return
    handle = open(crash_file(), "a", encoding="utf-8")  # noqa: SIM115 - must outlive this call
    _open.append(handle)
    faulthandler.enable(handle, all_threads=True)
