"""The house rules that fail the build: the layers contract, ruff and mypy, all clean."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent


def _run(*argv: str) -> subprocess.CompletedProcess:
    return subprocess.run(argv, cwd=ROOT, capture_output=True, text=True, timeout=600)


def test_imports_run_one_way_down_the_layers_and_qt_stays_in_gui() -> None:
    run = _run(str(BIN / "lint-imports"))
    assert run.returncode == 0, run.stdout + run.stderr


def test_ruff_is_clean() -> None:
    run = _run(str(BIN / "ruff"), "check", "triage_app", "tests")
    assert run.returncode == 0, run.stdout + run.stderr


@pytest.mark.slow
def test_mypy_is_clean() -> None:
    run = _run(str(BIN / "mypy"))
    assert run.returncode == 0, run.stdout + run.stderr
