"""Helpers shared by the commands: JSON lines on stdout, progress on stderr."""

from __future__ import annotations

import json
import sys
from typing import Any

from triage_app.core.jobs import Progress


def emit_json(obj: Any) -> None:
    """One compact JSON document on stdout, flushed (a reader may be streaming)."""
    sys.stdout.write(json.dumps(obj, ensure_ascii=False, separators=(",", ":")) + "\n")
    sys.stdout.flush()


def print_json(obj: Any) -> None:
    """A human-readable JSON document on stdout."""
    json.dump(obj, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def human_bytes(n: float) -> str:
    for unit in ("B", "KiB", "MiB", "GiB", "TiB"):
        if abs(n) < 1024 or unit == "TiB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1024
    raise AssertionError("unreachable")


class StderrProgress:
    """A one-line progress display on stderr, only when stderr is a terminal."""

    def __init__(self) -> None:
        self.enabled = sys.stderr.isatty()

    def __call__(self, p: Progress) -> None:
        if not self.enabled:
            return
        eta = p.eta_seconds
        eta_text = f", ETA {eta:.0f} s" if eta is not None else ""
        total = f"/{human_bytes(p.bytes_total)}" if p.bytes_total else ""
        line = (f"{p.phase}: {p.files_done} files, {human_bytes(p.bytes_done)}{total}"
                f" at {human_bytes(p.rate)}/s{eta_text}")
        sys.stderr.write("\r" + line[:120].ljust(120))
        sys.stderr.flush()

    def done(self) -> None:
        if self.enabled:
            sys.stderr.write("\n")
