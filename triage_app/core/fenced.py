"""Worker processes that fence code which may hang or crash on hostile input (C parsers).

forkserver forks workers from a clean process that has the named modules imported already;
spawn (Windows, macOS, the frozen app) pays the imports once per worker. Every process started
through :func:`worker_context` (a pool's workers too) begins with :func:`_worker_started`.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import signal
import sys
import threading
from collections.abc import Iterable
from multiprocessing import context
from multiprocessing.process import BaseProcess
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from multiprocessing.context import ForkServerContext, SpawnContext


def _worker_started() -> None:
    """The first call of every worker process.

    Ctrl-C in a terminal reaches the whole process group: the parent decides what it means and
    ends or cancels its workers (a worker stopped by it would print a traceback on the
    officer's terminal). And a worker ends when its parent does: a parent killed outright
    (SIGKILL, a crash, a power button) must leave no process behind reading the evidence.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    parent = mp.parent_process()
    if parent is not None:
        threading.Thread(target=_end_with, args=(parent,), daemon=True,
                         name="end-with-parent").start()


def _end_with(parent: BaseProcess) -> None:
    parent.join()  # returns when the parent's end of the sentinel pipe closes
    os._exit(0)


class _SpawnWorker(context.SpawnProcess):
    def run(self) -> None:
        _worker_started()
        super().run()


class _SpawnWorkers(context.SpawnContext):
    Process = _SpawnWorker


_SPAWN = _SpawnWorkers()

if sys.platform != "win32":
    class _ForkServerWorker(context.ForkServerProcess):
        def run(self) -> None:
            _worker_started()
            super().run()

    class _ForkServerWorkers(context.ForkServerContext):
        Process = _ForkServerWorker

    _FORKSERVER: ForkServerContext | None = _ForkServerWorkers()
else:
    _FORKSERVER = None


def worker_context(preload: Iterable[str] = ()) -> ForkServerContext | SpawnContext:
    if _FORKSERVER is not None and "forkserver" in mp.get_all_start_methods():
        if preload:
            _FORKSERVER.set_forkserver_preload(list(preload))
        return _FORKSERVER
    return _SPAWN
