"""Start time of quick commands against Python's own start, measured in the same run.

    python -m tests.benchmarks.startup [--runs 20]

Times ``python -c pass``, ``triage-app --help`` and ``triage-app check-address ADDRESS`` as new
processes, alternating, and prints best and median of each and the ratios to Python's own
start. It never passes or fails on time. Target (issue 14): the quick commands under 3x.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ADDRESS = "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa"
# The installed command, as an officer starts it (python -m triage_app also loads the GUI's
# multiprocessing support).
_SCRIPT = Path(sys.executable).with_name("triage-app")
_APP = [str(_SCRIPT)] if _SCRIPT.is_file() else [sys.executable, "-m", "triage_app"]
COMMANDS = {
    "python -c pass": [sys.executable, "-c", "pass"],
    "triage-app --help": [*_APP, "--help"],
    "triage-app check-address": [*_APP, "check-address", ADDRESS],
}


def _timed(argv: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(argv, stdout=subprocess.DEVNULL, env=env, check=True)
    return time.perf_counter() - started


def _as_installed(home: str) -> dict[str, str]:
    """The environment of an installed app in a fresh per-user home: folders found through
    the platform's own variables (no portable-kit override), and compiled bytecode cached by
    the warm-up run, as an installer leaves it."""
    env = {name: value for name, value in os.environ.items()
           if name not in ("TRIAGE_APP_HOME", "PYTHONDONTWRITEBYTECODE")}
    for variable in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        env[variable] = os.path.join(home, variable.lower())
    return env


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args(argv)
    print(f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}")
    with tempfile.TemporaryDirectory() as home:
        env = _as_installed(home)
        for command in COMMANDS.values():  # compiled bytecode and the page cache warm
            _timed(command, env)
        times: dict[str, list[float]] = {name: [] for name in COMMANDS}
        for _ in range(args.runs):
            for name, command in COMMANDS.items():
                times[name].append(_timed(command, env))
    base = times["python -c pass"]
    print(f"start times, {args.runs} alternating runs:")
    for name, values in times.items():
        ratio = ("" if values is base else
                 f"   {min(values) / min(base):4.1f}x best, "
                 f"{statistics.median(values) / statistics.median(base):4.1f}x median "
                 "(target < 3x)")
        print(f"  {name:26} best {min(values) * 1000:6.1f} ms   median "
              f"{statistics.median(values) * 1000:6.1f} ms{ratio}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
