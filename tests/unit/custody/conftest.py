"""Ledgers for the custody tests: a real officer profile, a case folder, a few entries."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from triage_app.core.officer import Endorsement, Officer, save_officer


@pytest.fixture
def officer() -> Officer:
    officer = Officer(id="PC123", name="Jane Smith", agency="Kent Police",
                      endorsements=(Endorsement("L1"),
                                    Endorsement("L2-removable-media", date(2099, 6, 30))))
    save_officer(officer)
    return officer


@pytest.fixture
def case_dir(tmp_path: Path) -> Path:
    path = tmp_path / "case"
    path.mkdir()
    return path
