"""Worker processes that fence code which may hang or crash on hostile input (C parsers).

forkserver forks workers from a clean process that has the named modules imported already;
spawn (Windows, macOS, the frozen app) pays the imports once per worker.
"""

from __future__ import annotations

import multiprocessing as mp
from collections.abc import Iterable
from multiprocessing.context import ForkServerContext, SpawnContext


def worker_context(preload: Iterable[str] = ()) -> ForkServerContext | SpawnContext:
    if "forkserver" in mp.get_all_start_methods():
        ctx = mp.get_context("forkserver")
        if preload:
            ctx.set_forkserver_preload(list(preload))
        return ctx
    return mp.get_context("spawn")
