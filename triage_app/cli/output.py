"""Helpers shared by the commands: JSON lines on stdout, progress on stderr."""

from __future__ import annotations

import errno
import json
import sys
import textwrap
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, TextIO

from triage_app.core.units import about_duration, human_size
from triage_app.errors import StorageError

if TYPE_CHECKING:  # quick commands start without loading the job machinery
    from triage_app.core.jobs import Progress


def emit_json(obj: Any) -> None:
    """One compact JSON document on stdout, flushed (a reader may be streaming)."""
    sys.stdout.write(json.dumps(obj, ensure_ascii=False, separators=(",", ":")) + "\n")
    sys.stdout.flush()


def print_json(obj: Any) -> None:
    """A human-readable JSON document on stdout."""
    json.dump(obj, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def stream_json_array(items: Iterable[Any], *, ascii_only: bool = False) -> None:
    """A JSON array laid out as :func:`print_json` lays it out, written item by item so a long
    run holds no more than one item in memory."""
    sys.stdout.write("[")
    empty = True
    for item in items:
        sys.stdout.write("\n" if empty else ",\n")
        sys.stdout.write(textwrap.indent(
            json.dumps(item, ensure_ascii=ascii_only, indent=2), "  "))
        empty = False
    sys.stdout.write("]\n" if empty else "\n]\n")


class GuardedOutput:
    """Standard output that turns a failed write (a full disk, a pulled drive) into
    :class:`StorageError`, so the command ends with one line instead of a traceback. A closed
    pipe stays :class:`BrokenPipeError`: the reader went away, nothing failed."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream

    def write(self, text: str) -> int:
        return self._guard(self.stream.write, text)

    def flush(self) -> None:
        self._guard(self.stream.flush)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.stream, name)

    @staticmethod
    def _guard(call, *args):
        try:
            return call(*args)
        except BrokenPipeError:
            raise
        except OSError as exc:
            reason = exc.strerror or errno.errorcode.get(exc.errno or 0, str(exc))
            raise StorageError(f"cannot write the output ({reason}); nothing more was "
                               "written") from None


class StderrProgress:
    """A one-line progress display on stderr, only when stderr is a terminal."""

    def __init__(self) -> None:
        self.enabled = sys.stderr.isatty()

    def __call__(self, p: Progress) -> None:
        if not self.enabled:
            return
        eta = p.eta_seconds
        eta_text = f", {about_duration(eta)} left" if eta is not None else ""
        total = f"/{human_size(p.bytes_total)}" if p.bytes_total else ""
        line = (f"{p.phase}: {p.files_done} files, {human_size(p.bytes_done)}{total}"
                f" at {human_size(p.rate)}/s{eta_text}")
        sys.stderr.write("\r" + line[:120].ljust(120))
        sys.stderr.flush()

    def done(self) -> None:
        if self.enabled:
            sys.stderr.write("\n")
