from __future__ import annotations

from datetime import UTC, datetime, timedelta

from tests.fixtures.cases import make_case, named_officer
from triage_app import __version__
from triage_app.custody.clock import clock_offset
from triage_app.operations import case_state
from triage_app.operations.cases import open_case
from triage_app.operations.shift import record_clock_check, shift_check
from triage_app.workflow import rules as workflow_rules


def test_the_check_names_the_app_and_what_it_runs_with() -> None:
    check = shift_check()
    assert check.app_version == __version__
    assert len(check.code_sha256) == 64 and int(check.code_sha256, 16) >= 0
    rules = workflow_rules.active()
    assert check.rules["sha256"] == rules.sha256
    assert check.rules["version"] == rules.version
    assert check.hash_sets == [] and check.watch_lists == [] and check.updates == []
    assert abs((datetime.now(UTC) - check.checked_at).total_seconds()) < 5


def test_the_confirmed_offset_goes_into_the_ledger(tmp_path) -> None:
    officer = named_officer()
    folder = make_case(tmp_path / "case", officer)
    now = datetime.now(UTC)
    assert clock_offset(now + timedelta(seconds=90), at=now) == 90
    with open_case(folder, officer) as case:
        entry = record_clock_check(case, "force radio", 90.0004)
        assert entry.details == {"reference": "force radio", "offset_seconds": 90.0}
        assert case_state.entries(case)[-1].action == "custody.checkpoint"
