"""The review queue says what the rules said, and keeps each item's history of verdicts."""

from __future__ import annotations

import pytest

from tests.fixtures.review import deviated_case, supervisor
from triage_app.case.case import Case
from triage_app.errors import NotAuthorised
from triage_app.operations.case_state import entries
from triage_app.operations.signoff import history, pending, sign_off


def test_a_deviation_carries_the_instruction_it_departed_from(tmp_path) -> None:
    case_dir, seq = deviated_case(tmp_path / "case")
    with Case.open(case_dir, officer=supervisor()) as case:
        [item] = pending(case)
        [decided] = entries(case, "decision.recorded")
        assert item.seq == seq and item.details["action_taken"] == "switched it off"
        assert item.rules_said and item.rules_said == decided.details["text"]


def test_history_keeps_refused_own_sign_offs_and_verdicts(tmp_path) -> None:
    sergeant = supervisor()
    case_dir, seq = deviated_case(tmp_path / "case", sergeant)
    with Case.open(case_dir, officer=sergeant) as case, pytest.raises(NotAuthorised, match="own"):
        sign_off(case, seq, approve=True, reason="fine")
    with Case.open(case_dir, officer=supervisor("SGT-2")) as case:
        sign_off(case, seq, approve=False, reason="the bag was in the van")
        assert [(e.action, e.officer) for e in history(case, seq)] == [
            ("action.refused", "SGT-1"), ("review.rejected", "SGT-2")]
        assert history(case, seq + 1000) == []
        assert seq not in [i.seq for i in pending(case)]
