"""Hashing throughput against hashdeep, measured in the same run on the same files.

    python -m tests.benchmarks.hashing [--size-mib 1024] [--small-files 10000] [--dir DIR]

Prints figures and ratios; it never passes or fails on time. Both tools read from the page
cache (each file is read once before timing), so the figures compare hashing, not the disk.
Target (issue 2): MD5+SHA-1+SHA-256 at ≥ 3.5× ``hashdeep -c md5,sha1,sha256``, close to MD5
alone on one core.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from triage_app.core.jobs import CancelToken
from triage_app.engine.hash_job import hash_one, hash_sources

MIB = 1024 * 1024


def _best_of(runs: int, action) -> float:
    best = float("inf")
    for _ in range(runs):
        started = time.perf_counter()
        action()
        best = min(best, time.perf_counter() - started)
    return best


def _write_random(path: Path, size: int) -> None:
    with open(path, "wb") as handle:
        remaining = size
        while remaining:
            block = os.urandom(min(remaining, 16 * MIB))
            handle.write(block)
            remaining -= len(block)


def _md5_alone(path: Path) -> None:
    digest = hashlib.md5()
    with open(path, "rb", buffering=0) as handle:
        buffer = bytearray(4 * MIB)
        while count := handle.readinto(buffer):
            digest.update(memoryview(buffer)[:count])


def _hashdeep(*args: str) -> None:
    subprocess.run(["hashdeep", "-c", "md5,sha1,sha256", *args], check=True,
                   stdout=subprocess.DEVNULL)


def big_file(work: Path, size_mib: int, runs: int) -> None:
    path = work / "big.bin"
    _write_random(path, size_mib * MIB)
    _md5_alone(path)  # into the page cache
    ours = _best_of(runs, lambda: hash_one(str(path), path, CancelToken()))
    md5 = _best_of(runs, lambda: _md5_alone(path))
    deep = _best_of(runs, lambda: _hashdeep(str(path)))
    size = size_mib * MIB / 1e6
    print(f"1 file of {size_mib} MiB, MD5+SHA-1+SHA-256 (best of {runs}):")
    print(f"  field-triage hash   {size / ours:8.1f} MB/s")
    print(f"  hashdeep            {size / deep:8.1f} MB/s")
    print(f"  MD5 alone, 1 core   {size / md5:8.1f} MB/s  (reference ceiling)")
    print(f"  ratio vs hashdeep   {deep / ours:8.2f}x   (target >= 3.5x)")
    print(f"  share of MD5 alone  {md5 / ours:8.2f}")
    path.unlink()


def small_files(work: Path, count: int, runs: int) -> None:
    folder = work / "small"
    folder.mkdir()
    total = 0
    for i in range(count):
        sub = folder / f"d{i // 500:03d}"
        sub.mkdir(exist_ok=True)
        data = os.urandom(1024 + (i * 7919) % (15 * 1024))
        (sub / f"f{i:05d}.bin").write_bytes(data)
        total += len(data)
    _hashdeep("-r", str(folder))  # warm the cache
    ours = _best_of(runs, lambda: sum(1 for _ in hash_sources([str(folder)])))
    deep = _best_of(runs, lambda: _hashdeep("-r", str(folder)))
    print(f"{count} small files ({total / MIB:.0f} MiB), MD5+SHA-1+SHA-256 (best of {runs}):")
    print(f"  field-triage hash   {count / ours:8.0f} files/s")
    print(f"  hashdeep -r         {count / deep:8.0f} files/s")
    print(f"  ratio vs hashdeep   {deep / ours:8.2f}x")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size-mib", type=int, default=1024)
    parser.add_argument("--small-files", type=int, default=10000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--dir", type=Path, help="where to write the test files (default: a temp dir)")
    args = parser.parse_args(argv)
    if shutil.which("hashdeep") is None:
        print("hashdeep is not installed (Debian package hashdeep)", file=sys.stderr)
        return 1
    print(f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}")
    with tempfile.TemporaryDirectory(dir=args.dir) as tmp:
        big_file(Path(tmp), args.size_mib, args.runs)
        small_files(Path(tmp), args.small_files, args.runs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
