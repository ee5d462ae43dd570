"""Photo metadata throughput on the EXIF corpus against exiftool, in the same run.

    python -m tests.benchmarks.exif_corpus

Times ``exiftool -j -n -r`` and our fenced pool (default size: 2 workers) over the same 259
files (passed to exiftool as a file list, so both read exactly the same set), prints files per
second and the ratio, and the key-field agreement. Prints figures; asserts nothing.

Rounds alternate between the two tools so both meet the same background load. On a shared
machine wall-clock ratios swing with other people's work (our two workers lose a core to a busy
neighbour, exiftool's one process barely notices), so the CPU seconds each side spent are
printed too (Linux: from /proc); files per CPU-second is the steadier comparison.
"""

from __future__ import annotations

import os
import resource
import subprocess
import tempfile
import time
from pathlib import Path

from tests.unit.media.agreement import CORPUS, KEY_FIELDS, compare, load_references
from triage_app.media.fence import PhotoParserPool

ROUNDS = 3


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _process_cpu(pid: int) -> float:
    """CPU seconds of a live process (Linux /proc); NaN elsewhere."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return float("nan")
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _exiftool(paths: list[str]) -> tuple[float, float]:
    """(wall seconds, CPU seconds)."""
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as listing:
        listing.write("\n".join(paths) + "\n")
    try:
        cpu = _children_cpu()
        started = time.perf_counter()
        subprocess.run(["exiftool", "-j", "-n", "-r", "-q", "-q", "-@", listing.name],
                       stdout=subprocess.DEVNULL, check=False)
        return time.perf_counter() - started, _children_cpu() - cpu
    finally:
        os.unlink(listing.name)


def _ours(pool: PhotoParserPool, paths: list[str]) -> tuple[float, float]:
    """(wall seconds, CPU seconds of this process and the pool's workers)."""
    jobs = sorted(((p, p, p) for p in paths), key=lambda job: -os.path.getsize(job[1]))
    pids = [w.process.pid for w in pool._idle]  # the warm workers this round will use
    cpu = time.process_time() + sum(map(_process_cpu, pids))
    started = time.perf_counter()
    count = sum(1 for _ in pool.parse_many(jobs))
    wall = time.perf_counter() - started
    assert count == len(paths)
    return wall, time.process_time() + sum(map(_process_cpu, pids)) - cpu


def main() -> None:
    paths = [str(CORPUS / "images" / f) for f in load_references()]
    print(f"{len(paths)} files, {sum(map(os.path.getsize, paths)) / 1e6:.1f} MB,"
          f" {os.cpu_count()} CPUs, best of {ROUNDS} rounds")
    started = time.perf_counter()
    pool = PhotoParserPool()
    _ours(pool, paths)
    cold = time.perf_counter() - started
    print(f"ours, cold (includes starting {pool.started} workers):"
          f" {cold:.2f} s = {len(paths) / cold:.0f} files/s")
    theirs_runs, ours_runs = [], []
    for _ in range(ROUNDS):  # alternating, so both meet the same background load
        theirs_runs.append(_exiftool(paths))
        ours_runs.append(_ours(pool, paths))
    exiftool, exiftool_cpu = min(r[0] for r in theirs_runs), min(r[1] for r in theirs_runs)
    warm, warm_cpu = min(r[0] for r in ours_runs), min(r[1] for r in ours_runs)
    print(f"exiftool -j -n -r: {exiftool:.2f} s = {len(paths) / exiftool:.0f} files/s"
          f"   (CPU {exiftool_cpu:.2f} s)")
    print(f"ours, warm pool:   {warm:.2f} s = {len(paths) / warm:.0f} files/s"
          f"   (CPU {warm_cpu:.2f} s, {pool.size} workers)")
    print(f"ratio (warm) ours/exiftool: {exiftool / warm:.1f}x   (target >= 5x)")
    print(f"ratio (cold) ours/exiftool: {exiftool / cold:.1f}x")
    print(f"ratio of files per CPU-second, ours/exiftool: {exiftool_cpu / warm_cpu:.1f}x"
          f"   (x{pool.size} workers when {pool.size} cores are free)")
    result = compare(pool)
    pool.close()
    print("key-field agreement with exiftool (files where exiftool has the field,"
          " supported formats):")
    for name in KEY_FIELDS:
        st = result.stats[name]
        print(f"  {name:<18} {st.agree}/{st.reference} agree, {st.explained} explained,"
              f" {len(st.mismatches)} unexplained")


if __name__ == "__main__":
    main()
