"""The window stays responsive while it scans: the longest event-loop stall during a scan of a
1 GiB image through the scan page, and the page's throughput against the command line's.

    python -m tests.benchmarks.gui_stall [--size-mib 1024] [--files 4000] [--runs 3]

Builds an ext4 image with ``mke2fs -d`` of ``--files`` files of mixed kinds (see
scan_image.py) topped up with large random files to ``--size-mib`` of data. Then, alternating,
scans it with ``triage-app scan`` (a child process) and through the scan page (a real
QApplication, offscreen unless a display is set, the worker adapter, results streaming into the
table) while a 10 ms QTimer records the gaps between its ticks. Each scan goes into a new case
made beforehand, as exhibit BENCH/1, a storage device with its write blocker recorded.

Prints the longest gap of each GUI run (target: under 100 ms) and the throughput of both, each
from the scan's own summary (bytes read over the scan's elapsed time, so the command's start-up
is left out), best and median, and their ratio (target: GUI at least 0.9x the command line).
It never passes or fails on time.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests.benchmarks.scan_image import make_ext4, mixed_tree
from tests.fixtures.cases import make_case, named_officer

MIB = 1024 * 1024
BENCH_OFFICER = "BENCH-L2"
EXHIBIT = "BENCH/1"
FACTS = ("destruction=no", "write-blocker=Tableau T8u BENCH")
TICK_MS = 10


def build_image(work: Path, size_mib: int, files: int, seed: int) -> tuple[Path, int]:
    tree, image = work / "tree", work / "bench.ext4"
    data = mixed_tree(tree, files, seed)
    filler = tree / "video"
    filler.mkdir()
    rng_seed = seed
    while data < size_mib * MIB:
        size = min(64 * MIB, size_mib * MIB - data)
        (filler / f"clip{rng_seed:04d}.mp4").write_bytes(os.urandom(size))
        data += size
        rng_seed += 1
    make_ext4(tree, image, data)
    shutil.rmtree(tree)
    return image, data


def new_case(work: Path) -> Path:
    """A case with its authority and the exhibit's device registered behind a write blocker."""
    from triage_app.core.officer import load_officer
    from triage_app.operations.case_state import DeviceDescription
    from triage_app.operations.cases import open_case
    from triage_app.operations.devices import register_device

    officer = load_officer(BENCH_OFFICER)
    case_dir = make_case(work / f"case-{time.monotonic_ns()}", officer)
    with open_case(case_dir, officer) as case:
        register_device(case, EXHIBIT, DeviceDescription(kind="storage"), facts=FACTS)
    return case_dir


def cli_scan(image: Path, work: Path, env: dict[str, str]) -> dict:
    """One ``triage-app scan``; its summary record."""
    case_dir = new_case(work)
    out = work / "scan.jsonl"
    with out.open("wb") as sink:
        subprocess.run([sys.executable, "-m", "triage_app", "scan", str(image), "--case",
                        str(case_dir), "--exhibit", EXHIBIT, "--jsonl"], check=True,
                       stdout=sink, stderr=subprocess.DEVNULL, env=env)
    summary = json.loads(out.read_bytes().splitlines()[-1])
    out.unlink()
    shutil.rmtree(case_dir)
    return summary


def gui_scan(image: Path, work: Path) -> tuple[dict, float, float, int]:
    """One scan through the scan page: its summary record, the longest gap between probe
    ticks (ms), the 99th percentile gap (ms) and the rows the table got."""
    from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer

    from triage_app.core.officer import load_officer
    from triage_app.gui.pages.scan_page import ScanPage
    from triage_app.gui.session import CaseSession

    case_dir = new_case(work)
    session = CaseSession(load_officer(BENCH_OFFICER))
    session.open(case_dir)
    page = ScanPage(session)
    page.resize(1150, 650)
    page.show()
    page.exhibit_combo.select(EXHIBIT)
    page.source_edit.setText(str(image))

    gaps: list[float] = []
    clock = QElapsedTimer()
    probe = QTimer()
    probe.setInterval(TICK_MS)
    probe.setTimerType(probe.timerType().PreciseTimer)

    def tick() -> None:
        gaps.append(clock.nsecsElapsed() / 1e6)
        clock.restart()

    probe.timeout.connect(tick)
    summaries: list[dict] = []
    loop = QEventLoop()
    page.start_button.click()
    handle = page._handle
    assert handle is not None, page.status_label.text()
    handle.signals.succeeded.connect(lambda s: summaries.append(s.to_record()))
    handle.signals.failed.connect(lambda exc: summaries.append({"error": str(exc)}))
    handle.signals.finished.connect(loop.quit)
    clock.start()
    probe.start()
    loop.exec()
    probe.stop()
    rows = page.model.rowCount()
    page.close()
    page.deleteLater()
    session.close()
    shutil.rmtree(case_dir)
    [summary] = summaries
    if "error" in summary:
        raise SystemExit(f"the GUI scan failed: {summary['error']}")
    ordered = sorted(gaps)
    return summary, max(gaps), ordered[int(len(ordered) * 0.99)], rows


def _rate(summary: dict) -> float:
    return summary["bytes_read"] / MIB / summary["elapsed"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size-mib", type=int, default=1024)
    parser.add_argument("--files", type=int, default=4000)
    parser.add_argument("--seed", type=int, default=14)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--dir", type=Path, help="where to build the image (default: a temp dir)")
    args = parser.parse_args(argv)
    if shutil.which("mke2fs") is None:
        print("mke2fs is not installed (Debian e2fsprogs)", file=sys.stderr)
        return 1
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    print(f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}, "
          f"Qt platform {app.platformName()}")
    with tempfile.TemporaryDirectory(dir=args.dir) as tmp:
        work = Path(tmp)
        os.environ["TRIAGE_APP_HOME"] = str(work / "home")  # the cases are made in-process
        named_officer(BENCH_OFFICER)
        env = {**os.environ, "TRIAGE_OFFICER": BENCH_OFFICER}
        image, data = build_image(work, args.size_mib, args.files, args.seed)
        print(f"image: {image.stat().st_size / MIB:.0f} MiB ext4, {data / MIB:.0f} MiB in "
              f"{args.files} mixed files and large random ones (seed {args.seed})")
        cli_scan(image, work, env)  # warm the page cache and every library
        cli_rates: list[float] = []
        gui_rates: list[float] = []
        stalls: list[float] = []
        for run in range(args.runs):  # alternating, so a noisy neighbour hurts both alike
            cli = cli_scan(image, work, env)
            gui, stall, p99, rows = gui_scan(image, work)
            assert gui["files"] == cli["files"] and gui["bytes_read"] == cli["bytes_read"]
            cli_rates.append(_rate(cli))
            gui_rates.append(_rate(gui))
            stalls.append(stall)
            print(f"  run {run + 1}: CLI {cli_rates[-1]:6.1f} MiB/s   GUI {gui_rates[-1]:6.1f} "
                  f"MiB/s ({rows} rows shown)   longest stall {stall:6.1f} ms "
                  f"(99th percentile gap {p99:5.1f} ms)")
        print(f"longest event-loop stall: worst {max(stalls):.1f} ms, median "
              f"{statistics.median(stalls):.1f} ms   (target < 100 ms; probe every {TICK_MS} ms)")
        print(f"throughput: CLI best {max(cli_rates):.1f} median "
              f"{statistics.median(cli_rates):.1f} MiB/s; GUI best {max(gui_rates):.1f} median "
              f"{statistics.median(gui_rates):.1f} MiB/s; GUI/CLI best "
              f"{max(gui_rates) / max(cli_rates):.2f}x median "
              f"{statistics.median(gui_rates) / statistics.median(cli_rates):.2f}x   "
              "(target >= 0.9x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
