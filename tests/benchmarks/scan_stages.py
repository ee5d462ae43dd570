"""Where a scan's time goes: CPU and wall time of each stage on the scan benchmark's image.

    python -m tests.benchmarks.scan_stages [--files 5000] [--seed 14] [--image FILE]

Scans the benchmark's random ext4 image (see scan_image.py) in this process, with each stage
timed where it runs: the listing, reading file content, hashing, libmagic, each analyzer's
feed and finish, and the case store. CPU is the thread's own (``time.thread_time``), so a
stage's CPU is what it costs wherever it runs; wall is summed over the threads that ran it,
so it also counts waiting (for a core, the GIL, a photo parser process). The scan runs in
threads here, without the worker processes a large scan starts, so that every stage is seen. Photo parsing
itself runs in worker processes and shows here only as the wait in the exif analyzer; so do
the hashing threads of chunks of 512 KiB and more, whose CPU falls in "the rest".
Prints the stages and ``fiwalk -X`` on the same image for scale; it never passes or fails.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

from tests.benchmarks.scan_image import make_ext4, mixed_tree
from tests.fixtures.cases import make_case, named_officer

OFFICER = "BENCH-L2"


class Stages:
    """Thread CPU and wall seconds per stage, from every thread; a stage timed inside another
    (libmagic inside the filetype analyzer's finish) is counted once, as itself."""

    def __init__(self) -> None:
        self.cpu: Counter[str] = Counter()
        self.wall: Counter[str] = Counter()
        self._lock = threading.Lock()
        self._inner = threading.local()  # per thread: (CPU, wall) of the stages timed inside

    def _timed(self, stage: str, step: Callable[[], object]) -> object:
        outer = getattr(self._inner, "times", None)
        self._inner.times = [0.0, 0.0]
        cpu, wall = time.thread_time(), time.perf_counter()
        try:
            return step()
        finally:
            cpu, wall = time.thread_time() - cpu, time.perf_counter() - wall
            inner, self._inner.times = self._inner.times, outer
            if outer is not None:
                outer[0] += cpu
                outer[1] += wall
            with self._lock:
                self.cpu[stage] += cpu - inner[0]
                self.wall[stage] += wall - inner[1]

    def wrap(self, owner: object, name: str, stage: str) -> None:
        """Time every call of ``owner.name`` as ``stage``."""
        call = getattr(owner, name)
        setattr(owner, name, lambda *args, **kwargs: self._timed(
            stage, lambda: call(*args, **kwargs)))

    def wrap_iterator(self, owner: object, name: str, stage: str) -> None:
        """Time the work of each step of the iterators ``owner.name`` returns, as ``stage``."""
        make = getattr(owner, name)
        done = object()

        def timed(*args, **kwargs) -> Iterator:
            steps = iter(make(*args, **kwargs))
            while (item := self._timed(stage, lambda: next(steps, done))) is not done:
                yield item

        setattr(owner, name, timed)


def _instrument(stages: Stages) -> Callable[[], None]:
    """Wrap the stages; returns what undoes it."""
    from triage_app.analyzers import filetype
    from triage_app.analyzers.base import Analyzer, registered
    from triage_app.case import store
    from triage_app.engine import hashing, process
    from triage_app.evidence import source

    saved = [(owner, name, getattr(owner, name)) for owner, name in (
        (source.ImageSource, "entries"), (process, "chunks"), (hashing.ParallelHasher, "update"),
        (hashing.ParallelHasher, "hexdigests"), (filetype._Magic, "identify"),
        (store.CaseStore, "add_file"), (store.CaseStore, "commit"))]
    stages.wrap_iterator(source.ImageSource, "entries", "listing (main thread)")
    stages.wrap_iterator(process, "chunks", "reading content")
    stages.wrap(hashing.ParallelHasher, "update", "hashing")
    stages.wrap(hashing.ParallelHasher, "hexdigests", "hashing")
    stages.wrap(filetype._Magic, "identify", "libmagic")
    stages.wrap(store.CaseStore, "add_file", "case store (main thread)")
    stages.wrap(store.CaseStore, "commit", "case store (main thread)")
    wrapped: set[type] = set()

    def analyses(cls: type[Analyzer]) -> None:
        begin = cls.begin

        def first_sight(self, entry):
            analysis = begin(self, entry)
            kind = type(analysis)
            if analysis is not None and kind not in wrapped:
                wrapped.add(kind)
                saved.extend((kind, n, kind.__dict__[n]) for n in ("feed", "finish")
                             if n in kind.__dict__)
                stages.wrap(kind, "feed", f"{cls.name} feed")
                stages.wrap(kind, "finish", f"{cls.name} finish")
            return analysis

        saved.append((cls, "begin", begin))
        cls.begin = first_sight

    for cls in registered().values():
        analyses(cls)

    def undo() -> None:
        for owner, name, original in reversed(saved):
            setattr(owner, name, original)

    return undo


def profile(image: Path, work: Path) -> None:
    from triage_app.core.officer import load_officer
    from triage_app.engine import scan_workers
    from triage_app.operations.cases import open_case
    from triage_app.operations.scan import scan

    # The stages are timed where they run, in this process: the scan keeps to its threads
    # (a large scan would otherwise move its files to worker processes).
    scan_workers.PROCESSES = 0
    officer = load_officer(OFFICER)
    case_dir = make_case(work / "case", officer)
    stages = Stages()
    with open_case(case_dir, officer) as case:
        undo = _instrument(stages)
        try:
            cpu, wall = time.process_time(), time.perf_counter()
            summary = scan(case, str(image))
            cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
        finally:
            undo()
    fiwalk = _fiwalk(image, work)
    print(f"{summary.files} files, {summary.bytes_read / 2**20:.0f} MiB read, "
          f"{summary.findings} findings; {os.cpu_count()} cores")
    print(f"  scan: wall {wall:.2f} s, CPU of this process {cpu:.2f} s"
          f" (on {os.cpu_count()} cores at best {cpu / (os.cpu_count() or 1):.2f} s of wall)")
    print(f"  fiwalk -X: wall {fiwalk:.2f} s")
    print(f"  {'stage':34} {'CPU s':>7} {'share':>6} {'wall s':>7}")
    for stage, used in stages.cpu.most_common():
        print(f"  {stage:34} {used:7.2f} {used / cpu:6.0%} {stages.wall[stage]:7.2f}")
    rest = cpu - sum(stages.cpu.values())
    print(f"  {'the rest (start, threads, Python)':34} {rest:7.2f} {rest / cpu:6.0%}")


def _fiwalk(image: Path, work: Path) -> float:
    best = float("inf")
    for _ in range(3):
        started = time.perf_counter()
        subprocess.run(["fiwalk", "-Z", "-X", str(work / "fiwalk.xml"), str(image)], check=True,
                       stdout=subprocess.DEVNULL)
        best = min(best, time.perf_counter() - started)
    return best


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=5000)
    parser.add_argument("--seed", type=int, default=14)
    parser.add_argument("--image", type=Path, help="an image made before (default: a new one)")
    args = parser.parse_args(argv)
    if shutil.which("fiwalk") is None:
        print("fiwalk is not installed (Debian sleuthkit)", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        os.environ["TRIAGE_APP_HOME"] = str(work / "home")
        os.environ["TRIAGE_OFFICER"] = OFFICER
        named_officer(OFFICER)
        image = args.image
        if image is None:
            tree, image = work / "mixed", work / "mixed.ext4"
            make_ext4(tree, image, mixed_tree(tree, args.files, args.seed))
            shutil.rmtree(tree)
        profile(image, work)
    return 0


if __name__ == "__main__":
    sys.exit(main())
