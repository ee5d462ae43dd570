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


def test_every_package_has_its_place_in_the_layers() -> None:
    """A new package outside the contract would be checked by nothing."""
    import tomllib

    config = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["importlinter"]
    [layers] = [c["layers"] for c in config["contracts"] if c["type"] == "layers"]
    named = {name.strip() for layer in layers for name in layer.replace("|", ":").split(":")}
    package = ROOT / "triage_app"
    present = {f"triage_app.{p.name}" for p in package.iterdir()
               if p.is_dir() and (p / "__init__.py").exists() and p.name != "resources"}
    present |= {f"triage_app.{p.stem}" for p in package.glob("*.py") if p.stem != "__init__"}
    assert present - named == set(), "packages the layers contract does not place"
