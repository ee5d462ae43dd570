"""Opening a case: the signed updates the laptop runs with go into its ledger once."""

from __future__ import annotations

import json
from pathlib import Path

from tests.fixtures.keys import openssl_key
from tests.fixtures.updates import write_update
from triage_app.core.officer import load_officer
from triage_app.operations.cases import ACTION_UPDATES, open_case
from triage_app.updates import installed, trust
from triage_app.updates.bundle import load_private_key, make_bundle


def _actions(case_dir: Path) -> list[dict]:
    return [json.loads(line) for line in (case_dir / "custody.jsonl").read_text().splitlines()]


def test_installed_updates_are_recorded_in_the_case_when_they_change(tmp_path, monkeypatch,
                                                                    case_at):
    case_dir = case_at(tmp_path / "case")
    with open_case(case_dir, load_officer(None)):
        pass
    assert not [e for e in _actions(case_dir) if e["action"] == ACTION_UPDATES]  # none installed
    private, public = openssl_key(tmp_path, "agency")
    shipped = tmp_path / "shipped"
    shipped.mkdir()
    public.rename(shipped / "agency.pem")
    monkeypatch.setattr(trust, "shipped_keys_dir", lambda: shipped)
    for version in ("2026.12.1", "2026.12.2"):
        bundle = tmp_path / f"u-{version}.ftupdate"
        make_bundle(write_update(tmp_path / version, version=version), load_private_key(private),
                    bundle)
        installed.apply_bundle(bundle)
        for _ in range(2):  # opened twice with the same updates: recorded once
            with open_case(case_dir, load_officer(None)):
                pass
    recorded = [e["details"]["installed"]["agency-x"]["version"]
                for e in _actions(case_dir) if e["action"] == ACTION_UPDATES]
    assert recorded == ["2026.12.1", "2026.12.2"]
