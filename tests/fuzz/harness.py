"""Run one parser surface on many mutated inputs and collect every way it misbehaved.

A case fails when an exception that is not a :class:`TriageError` escapes the public entry
point (or the command line prints "Traceback"), when it runs past its time limit, or when it
writes (opens for writing, creates, renames, removes, opens a database) anywhere outside the
folders it may write to. Writes are seen through an audit hook, so they are caught wherever
they go, not only in the folders the test looks at.
"""

from __future__ import annotations

import io
import json
import os
import select
import signal
import sys
import tempfile
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from multiprocessing import forkserver as mp_forkserver
from pathlib import Path

import pytest

from triage_app.errors import TriageError

SEED = int(os.environ.get("FUZZ_SEED", "16"))  # change it to explore; failures name it
SCALE = float(os.environ.get("FUZZ_SCALE", "1"))  # FUZZ_SCALE=20 for a long run


def cases(count: int) -> range:
    return range(max(1, round(count * SCALE)))


class Overrun(BaseException):
    """Raised in the case by the alarm: a BaseException, so `except Exception` cannot eat it."""


_WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_APPEND | os.O_CREAT | os.O_TRUNC
_WRITING_EVENTS = {"os.rename": 2, "os.remove": 1, "os.rmdir": 1, "os.mkdir": 1,
                   "os.symlink": 2, "os.link": 2, "os.truncate": 1, "os.chmod": 1,
                   "os.chown": 1, "os.utime": 1, "shutil.rmtree": 1}
_watch: dict = {"allowed": None, "writes": []}


def _audit(event: str, args: tuple) -> None:
    allowed = _watch["allowed"]
    if allowed is None:
        return
    if event == "open":
        path, _, flags = args
        if isinstance(path, (str, bytes, os.PathLike)) and flags & _WRITE_FLAGS:
            _check(path, allowed, event)
    elif event == "sqlite3.connect":
        path = os.fspath(args[0]) if args and isinstance(args[0], (str, os.PathLike)) else ""
        if path and path != ":memory:" and "mode=ro" not in path:
            _check(path, allowed, event)
    elif event in _WRITING_EVENTS:
        for path in args[:_WRITING_EVENTS[event]]:
            if isinstance(path, (str, bytes, os.PathLike)):
                _check(path, allowed, event)


def _check(path, allowed: tuple[str, ...], event: str) -> None:
    text = os.fsdecode(path)
    if text.startswith("file:"):
        text = text[5:].split("?", 1)[0]
    full = os.path.abspath(text)
    if "__pycache__" in full or full in ("/dev/null", "/dev/full"):
        return
    if not any(full == root or full.startswith(root + os.sep) for root in allowed):
        _watch["writes"].append(f"{event} {full}")


sys.addaudithook(_audit)
_PYMP = os.path.join(os.path.realpath(tempfile.gettempdir()), "pymp-")


@dataclass
class Failure:
    case: int
    mutation: str
    kind: str  # traceback | overrun | write outside | check
    detail: str
    saved: Path | None = None

    def __str__(self) -> str:
        where = f" (input kept at {self.saved})" if self.saved else ""
        return f"case {self.case} [{self.mutation}] {self.kind}: {self.detail}{where}"


@dataclass
class Fuzz:
    """One surface's run: ``with fuzz.case(i, note, ...)`` around each call."""

    surface: str
    failures: list[Failure] = field(default_factory=list)
    ran: int = 0

    @contextmanager
    def case(self, index: int, mutation: str, *, seconds: float,
             may_write: tuple[Path, ...] = (), keep: Path | None = None) -> Iterator[None]:
        allowed = tuple(os.path.realpath(p) for p in may_write)
        allowed += tuple(os.path.abspath(p) for p in may_write)
        _watch.update(allowed=allowed, writes=[])
        previous = signal.signal(signal.SIGALRM, _alarm)
        signal.setitimer(signal.ITIMER_REAL, seconds)
        self.ran += 1
        try:
            yield
        except TriageError:
            pass
        except Overrun:
            self._fail(index, mutation, "overrun", f"still running after {seconds:g} s", keep)
        except Exception as exc:  # noqa: BLE001 - exactly what the fuzz is looking for
            self._fail(index, mutation, "traceback",
                       "".join(traceback.format_exception(exc, limit=-4)).strip(), keep)
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)
            writes, _watch["allowed"] = _watch["writes"], None
        # multiprocessing's forkserver keeps its socket in a pymp-* folder of the temp dir
        writes = [w for w in writes if not w.split(" ", 1)[1].startswith(_PYMP)]
        if writes:
            self._fail(index, mutation, "write outside", "; ".join(writes[:5]), keep)

    def in_child(self, index: int, mutation: str, call: Callable[[], str | None], *,
                 seconds: float, may_write: tuple[Path, ...] = (),
                 keep: Path | None = None) -> None:
        """Run ``call`` in a forked child that is killed at ``seconds``: a parser stuck in C
        code (where no alarm reaches) is caught too. ``call`` returns a failed check's
        description, or None."""
        reader, writer = os.pipe()
        pid = os.fork()
        if pid == 0:  # the child: run the case, send what happened, never return to pytest
            os.close(reader)
            _forget_the_parents_forkserver()
            result = {"failures": []}
            try:
                sys.stdout = sys.stderr = io.StringIO()
                fuzz = Fuzz(self.surface)
                with fuzz.case(index, mutation, seconds=seconds + 5, may_write=may_write,
                               keep=keep):
                    problem = call()
                    fuzz.expect(index, mutation, problem is None, problem or "", keep)
                result["failures"] = [(f.kind, f.detail) for f in fuzz.failures]
            finally:
                with os.fdopen(writer, "w") as out:
                    json.dump(result, out)
                os._exit(0)
        os.close(writer)
        self.ran += 1
        ready, _, _ = select.select([reader], [], [], seconds)
        if not ready:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
            os.close(reader)
            self._fail(index, mutation, "overrun", f"still running after {seconds:g} s", keep)
            return
        with os.fdopen(reader) as inbox:
            text = inbox.read()
        os.waitpid(pid, 0)
        try:
            reported = json.loads(text)["failures"]
        except ValueError:
            reported = [("traceback", f"the case's process died without a report: {text!r}")]
        for kind, detail in reported:
            self._fail(index, mutation, kind, detail, keep)

    def expect(self, index: int, mutation: str, ok: bool, detail: str,
               keep: Path | None = None) -> None:
        """A failed property of a finished case (e.g. "Traceback" printed by the CLI)."""
        if not ok:
            self._fail(index, mutation, "check", detail, keep)

    def _fail(self, index, mutation, kind, detail, keep) -> None:
        self.failures.append(Failure(index, mutation, kind, detail, keep))

    def assert_clean(self, known_overruns: str | None = None) -> None:
        """Fail on every misbehaviour. With ``known_overruns`` (why they are known), cases
        that only ran too long end as an expected failure that names them, so a defect that
        is reported but not yet fixed stays visible without turning every run red."""
        assert self.ran, f"{self.surface}: no case ran"
        failures = self.failures
        if known_overruns:
            failures = [f for f in failures if f.kind != "overrun"]
        if failures:
            raise AssertionError(self._summary(failures))
        if self.failures:
            pytest.xfail(f"{known_overruns}: {self._summary(self.failures)}")

    def _summary(self, failures: list[Failure]) -> str:
        shown = "\n\n".join(str(f) for f in failures[:8])
        return (f"{self.surface}: {len(failures)} of {self.ran} mutated inputs misbehaved "
                f"(FUZZ_SEED={SEED}, FUZZ_SCALE={SCALE:g}):\n\n{shown}")


def _forget_the_parents_forkserver() -> None:
    """A bare fork copies multiprocessing's record of the parent's forkserver, which is not this
    child's to wait for; the app's fenced workers (photos, QR codes, the file-system walk) then
    start one of the child's own. (The app itself never forks outside multiprocessing.)"""
    server = mp_forkserver._forkserver
    server._forkserver_address = None
    server._forkserver_alive_fd = None
    server._forkserver_pid = None


def _alarm(signum, frame) -> None:
    raise Overrun()
