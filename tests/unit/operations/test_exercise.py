"""Scoring reads the exercise the case plays (and refuses a changed pack or a broken ledger);
injecting an event is TRAINER work, recorded, and changes the facts the engine reads."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.fixtures.cases import make_case, named_officer
from tests.fixtures.exercises import Trainee, build_exercise, play_l1, trainer
from triage_app.case.case import Case
from triage_app.custody.ledger import LEDGER_FILE
from triage_app.errors import InputError, IntegrityError, NotAuthorised
from triage_app.operations import case_state
from triage_app.operations.cases import open_case
from triage_app.operations.exercise import debrief, inject, played_scenario, score_case
from triage_app.simulation.scenario import SCENARIO_SHA_META


def test_score_and_debrief_of_a_played_exercise_record_nothing(tmp_path: Path) -> None:
    case_dir = build_exercise(tmp_path / "exercise", "l1-flat-search").case
    play_l1(Trainee(case_dir, tmp_path / "trainee"))
    ledger = (case_dir / LEDGER_FILE).read_bytes()
    scenario, result = score_case(case_dir)
    assert scenario.name == "l1-flat-search" and result.score == 100
    written = debrief(case_dir, tmp_path / "out" / "debrief")
    assert written.html.is_file() and written.pdf.read_bytes().startswith(b"%PDF")
    assert (case_dir / LEDGER_FILE).read_bytes() == ledger


def test_a_case_that_plays_no_scenario_is_not_scored(tmp_path: Path) -> None:
    case_dir = make_case(tmp_path / "live", named_officer())
    with pytest.raises(InputError, match="is not a training exercise"):
        score_case(case_dir)
    with pytest.raises(InputError, match="is not a case folder"):
        score_case(tmp_path)


def test_a_pack_changed_since_the_build_is_refused_saying_so(tmp_path: Path) -> None:
    case_dir = build_exercise(tmp_path / "exercise", "l1-flat-search").case
    with Case.open(case_dir, officer=trainer()) as case:
        case.store.set_meta(SCENARIO_SHA_META, "ab" * 32)
    with pytest.raises(InputError, match="built from another version of the scenario "
                                         "l1-flat-search"):
        played_scenario(case_dir)


def test_a_ledger_that_does_not_verify_is_not_scored(tmp_path: Path) -> None:
    case_dir = build_exercise(tmp_path / "exercise", "l1-flat-search").case
    play_l1(Trainee(case_dir, tmp_path / "trainee"))
    ledger = case_dir / LEDGER_FILE
    data = ledger.read_bytes()
    ledger.write_bytes(data.replace(b'"outcome":"bag-and-seal"', b'"outcome":"leave-off"', 1))
    with pytest.raises(IntegrityError, match="does not verify, so it cannot be scored"):
        score_case(case_dir)


def test_a_trainer_injects_an_event_once_and_the_engine_reads_its_facts(tmp_path: Path) -> None:
    case_dir = build_exercise(tmp_path / "exercise", "l3-live-encrypted").case
    with open_case(case_dir, trainer()) as case:
        entry = inject(case, "wipe-starts")
        assert entry.action == "scenario.event" and entry.exhibit == "SIM/1"
        assert entry.details["facts"] == {"destruction": "yes"}
        device = case_state.device(case, "SIM/1")
        assert device is not None and device.facts["destruction"] == "yes"
        with pytest.raises(InputError, match="was injected already"):
            inject(case, "wipe-starts")
        with pytest.raises(InputError, match=r"has no event 'fire' \(events: wipe-starts\)"):
            inject(case, "fire")


def test_injecting_is_refused_and_recorded_for_anyone_but_a_trainer(tmp_path: Path) -> None:
    case_dir = build_exercise(tmp_path / "exercise", "l3-live-encrypted").case
    for level in ("L3", "SUPERVISOR"):
        officer = named_officer(f"PC-{level}", level)
        with open_case(case_dir, officer) as case, pytest.raises(NotAuthorised, match="TRAINER"):
            inject(case, "wipe-starts")
    refused = case_state.entries(case_dir, "action.refused")
    assert [(e.officer, e.details["refused_action"]) for e in refused] == [
        ("PC-L3", "inject-event"), ("PC-SUPERVISOR", "inject-event")]
    assert not case_state.entries(case_dir, "scenario.event")


def test_no_event_goes_into_a_live_case(tmp_path: Path) -> None:
    case_dir = make_case(tmp_path / "live", named_officer())
    with open_case(case_dir, trainer()) as case, pytest.raises(InputError,
                                                               match="not a training exercise"):
        inject(case, "wipe-starts")
