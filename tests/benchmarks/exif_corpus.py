"""Photo metadata throughput on the EXIF corpus against exiftool, in the same run.

    python -m tests.benchmarks.exif_corpus

Times ``exiftool -j -n -r`` and our fenced pool (default size: 2 workers) over the same 259
files (passed to exiftool as a file list, so both read exactly the same set), prints files per
second and the ratio, and the key-field agreement. Prints figures; asserts nothing.
"""

from __future__ import annotations

import os
import subprocess
import tempfile
import time

from tests.unit.media.agreement import CORPUS, KEY_FIELDS, compare, load_references
from triage_app.media.fence import PhotoParserPool

ROUNDS = 3


def _exiftool(paths: list[str]) -> float:
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as listing:
        listing.write("\n".join(paths) + "\n")
    try:
        started = time.perf_counter()
        subprocess.run(["exiftool", "-j", "-n", "-r", "-q", "-q", "-@", listing.name],
                       stdout=subprocess.DEVNULL, check=False)
        return time.perf_counter() - started
    finally:
        os.unlink(listing.name)


def _ours(pool: PhotoParserPool, paths: list[str]) -> float:
    jobs = sorted(((p, p, p) for p in paths), key=lambda job: -os.path.getsize(job[1]))
    started = time.perf_counter()
    count = sum(1 for _ in pool.parse_many(jobs))
    assert count == len(paths)
    return time.perf_counter() - started


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
    exiftool = min(_exiftool(paths) for _ in range(ROUNDS))
    warm = min(_ours(pool, paths) for _ in range(ROUNDS))
    print(f"exiftool -j -n -r: {exiftool:.2f} s = {len(paths) / exiftool:.0f} files/s")
    print(f"ours, warm pool:   {warm:.2f} s = {len(paths) / warm:.0f} files/s")
    print(f"ratio (warm) ours/exiftool: {exiftool / warm:.1f}x   (target >= 5x)")
    print(f"ratio (cold) ours/exiftool: {exiftool / cold:.1f}x")
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
