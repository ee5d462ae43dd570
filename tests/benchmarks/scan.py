"""Whole-scan throughput against The Sleuth Kit's fiwalk, measured in the same run on the same
warm image, and memory on a large flat image.

    python -m tests.benchmarks.scan [--files 5000] [--seed 14] [--runs 3] [--many 100000]
                                    [--parts]

Builds a random ext4 image of ``--files`` files of mixed kinds (see scan_image.py) and times,
alternating, ``triage-app scan`` (MD5, SHA-1, SHA-256, content type, every analyzer, the case
store), ``fiwalk -X`` (MD5 and SHA-1) and ``fiwalk -f -X`` (plus libmagic). Prints best and
median of each and the ratios; it never passes or fails on time. Then scans an image of
``--many`` small files and prints files/s and the peak memory (RSS) of the scanning process
and its worker processes together.
Target (issue 14): our best within 2x fiwalk -X's best; memory under 300 MB whatever the count.
``--parts`` also times the scan without libmagic, without the crypto scan and with hashes only,
to show what each part of the pipeline costs against the same fiwalk run.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests.benchmarks.scan_image import make_ext4, mixed_tree, small_tree
from tests.fixtures.cases import make_case, named_officer
from triage_app.core.officer import load_officer

MIB = 1024 * 1024
BENCH_OFFICER = "BENCH-L2"


def _ours(image: Path, work: Path, analyzers: str | None = None) -> list[str]:
    """The scan command, into a new case with its authority made beforehand (not timed)."""
    case = make_case(work / f"case-{time.monotonic_ns()}", load_officer(BENCH_OFFICER))
    return ([sys.executable, "-m", "triage_app", "scan", str(image), "--case", str(case)]
            + (["--analyzers", analyzers] if analyzers is not None else []))


# With --parts: the scan with analyzers left out, to show what each costs (knownfiles alone
# is the engine: listing, reading, three hashes, the case store).
PARTS = {"  no libmagic": "crypto,exif,knownfiles", "  no crypto scan": "filetype,exif,knownfiles",
         "  hashes only": "knownfiles"}


def _machine_cpu() -> float:
    """CPU seconds the machine has spent (user, nice, system), from /proc/stat."""
    with open("/proc/stat") as stat:
        fields = stat.readline().split()[1:4]
    return sum(map(int, fields)) / os.sysconf("SC_CLK_TCK")


def _timed(argv: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(wall seconds, CPU seconds of the whole machine) of one run of ``argv``.

    The machine's CPU, not the child's: a large scan's worker processes are forked by the
    multiprocessing forkserver and are no waited-for children of the command. It counts
    whatever else runs meanwhile, so it is read on a quiet machine."""
    before = _machine_cpu()
    started = time.perf_counter()
    subprocess.run(argv, check=True, stdout=subprocess.DEVNULL, env=env)
    wall = time.perf_counter() - started
    return wall, _machine_cpu() - before


def _tree(root: int) -> set[int]:
    """``root`` and every process descended from it (forkserver children included)."""
    parents: dict[int, list[int]] = {}
    for entry in os.scandir("/proc"):
        if entry.name.isdigit():
            try:
                with open(f"/proc/{entry.name}/stat") as stat:
                    ppid = int(stat.read().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            parents.setdefault(ppid, []).append(int(entry.name))
    found, todo = set(), [root]
    while todo:
        pid = todo.pop()
        found.add(pid)
        todo.extend(parents.get(pid, []))
    return found


def _rss_kib(pids: set[int]) -> int:
    total = 0
    for pid in pids:
        try:
            with open(f"/proc/{pid}/statm") as statm:
                total += int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") // 1024
        except (OSError, IndexError, ValueError):
            continue
    return total


def _peak_rss(argv: list[str], env: dict[str, str]) -> tuple[float, int]:
    """(seconds, peak RSS in KiB) of one run of ``argv``: the RSS summed over the command's
    processes (its scan workers, photo parsers and forkserver too), sampled ten times a
    second."""
    started = time.perf_counter()
    child = subprocess.Popen(argv, stdout=subprocess.DEVNULL, env=env)
    peak = 0
    while child.poll() is None:
        peak = max(peak, _rss_kib(_tree(child.pid)))
        time.sleep(0.1)
    if child.returncode:
        raise subprocess.CalledProcessError(child.returncode, argv)
    return time.perf_counter() - started, peak


def _summary(times: list[float]) -> str:
    return f"best {min(times):6.2f} s   median {statistics.median(times):6.2f} s"


def mixed(work: Path, files: int, seed: int, runs: int, env: dict[str, str],
          parts: bool = False) -> None:
    tree, image = work / "mixed", work / "mixed.ext4"
    data = mixed_tree(tree, files, seed)
    make_ext4(tree, image, data)
    shutil.rmtree(tree)
    out = work / "fiwalk.xml"
    commands = {
        "triage-app scan": lambda: _ours(image, work),
        "fiwalk -X": lambda: ["fiwalk", "-Z", "-X", str(out), str(image)],
        "fiwalk -f -X": lambda: ["fiwalk", "-Z", "-f", "-X", str(out), str(image)],
    }
    if parts:
        commands.update({name: (lambda chosen=chosen: _ours(image, work, chosen))
                         for name, chosen in PARTS.items()})
    for argv in commands.values():  # warm the page cache and every library
        _timed(argv(), env)
    times: dict[str, list[float]] = {name: [] for name in commands}
    cpu: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(runs):  # alternating, so a noisy neighbour hurts all alike
        for name, argv in commands.items():
            wall, used = _timed(argv(), env)
            times[name].append(wall)
            cpu[name].append(used)
    print(f"{files} files of mixed kinds, {data / MIB:.0f} MiB, ext4 image (seed {seed}), "
          f"{runs} alternating runs:")
    for name, values in times.items():
        print(f"  {name:16} {_summary(values)}   machine CPU best {min(cpu[name]):6.2f} s")
    ours = times["triage-app scan"]
    for name in ("fiwalk -X", "fiwalk -f -X"):
        print(f"  ours / {name:12} best {min(ours) / min(times[name]):5.2f}x   median "
              f"{statistics.median(ours) / statistics.median(times[name]):5.2f}x"
              + ("   (target <= 2x)" if name == "fiwalk -X" else ""))
    for name in PARTS if parts else ():
        print(f"  {name.strip():18} / fiwalk -X best {min(times[name]) / min(times['fiwalk -X']):5.2f}x")
    image.unlink()


def many(work: Path, files: int, seed: int, env: dict[str, str]) -> None:
    tree, image = work / "many", work / "many.ext4"
    data = small_tree(tree, files, seed)
    make_ext4(tree, image, data)
    shutil.rmtree(tree)
    elapsed, peak_kib = _peak_rss(_ours(image, work), env)
    fiwalk, fiwalk_kib = _peak_rss(["fiwalk", "-Z", "-X", str(work / "many.xml"), str(image)], env)
    print(f"{files} small files, {data / MIB:.0f} MiB, flat ext4 image (seed {seed}):")
    print(f"  triage-app scan  {elapsed:6.1f} s  {files / elapsed:7.0f} files/s  "
          f"peak RSS {peak_kib / 1024:5.0f} MB, all its processes   (target < 300 MB)")
    print(f"  fiwalk -X        {fiwalk:6.1f} s  {files / fiwalk:7.0f} files/s  "
          f"peak RSS {fiwalk_kib / 1024:5.0f} MB")
    image.unlink()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=5000)
    parser.add_argument("--seed", type=int, default=14)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--many", type=int, default=100_000,
                        help="files in the memory image (0: skip it)")
    parser.add_argument("--dir", type=Path, help="where to build the images (default: a temp dir)")
    parser.add_argument("--parts", action="store_true",
                        help="also time the scan without libmagic, without the crypto scan, and "
                             "with hashes only")
    args = parser.parse_args(argv)
    for tool in ("fiwalk", "mke2fs"):
        if shutil.which(tool) is None:
            print(f"{tool} is not installed (Debian sleuthkit, e2fsprogs)", file=sys.stderr)
            return 1
    print(f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}")
    with tempfile.TemporaryDirectory(dir=args.dir) as tmp:
        work = Path(tmp)
        os.environ["TRIAGE_APP_HOME"] = str(work / "home")  # the cases are made in-process
        named_officer(BENCH_OFFICER)
        env = {**os.environ, "TRIAGE_OFFICER": BENCH_OFFICER}
        mixed(work, args.files, args.seed, args.runs, env, args.parts)
        if args.many:
            many(work, args.many, args.seed, env)
    return 0


if __name__ == "__main__":
    sys.exit(main())
