"""Fixtures the command-line tests share: a real exported triage package."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.fixtures.packages import exported_package


@pytest.fixture
def exported(tmp_path: Path, capsys, monkeypatch, case_at) -> Path:
    """A package of a scanned, collected (as an L2 officer) and photographed USB stick."""
    return exported_package(tmp_path, capsys, monkeypatch, case_at)
