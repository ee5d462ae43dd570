"""Scoring from the ledger: scripted runs of the bundled scenarios through the real operations.

A perfect run scores 100; each scripted mistake loses exactly the points the pack gives it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.fixtures.exercises import (
    Trainee,
    build_exercise,
    evidence,
    finish_l3,
    inject,
    play_l1,
)
from triage_app.custody.entry import CustodyEntry
from triage_app.operations import case_state
from triage_app.operations.scenario import ScenarioBuild
from triage_app.simulation.scenario import find_scenario
from triage_app.simulation.score import Score, score
from triage_app.workflow import rules as workflow_rules


def _score(case_dir: Path, name: str) -> Score:
    return score(find_scenario(name), case_state.entries(case_dir), workflow_rules.active())


def _lost(result: Score) -> dict[str, int]:
    return {x.id: x.points for x in result.lost}


@pytest.fixture(scope="module")
def l1_build(tmp_path_factory) -> ScenarioBuild:
    """One build of the L1 scenario; each test plays a copy of its case."""
    return build_exercise(tmp_path_factory.mktemp("l1") / "exercise", "l1-flat-search")


@pytest.fixture
def l1(l1_build: ScenarioBuild, tmp_path: Path) -> tuple[Path, Trainee]:
    case_dir = tmp_path / "case"
    shutil.copytree(l1_build.case, case_dir)
    return case_dir, Trainee(case_dir, tmp_path / "trainee", level="L1")


def test_a_perfect_l1_run_scores_100(l1) -> None:
    case_dir, trainee = l1
    play_l1(trainee)
    result = _score(case_dir, "l1-flat-search")
    assert result.lost == () and result.score == 100, [x.to_dict() for x in result.lost]
    assert set(result.met) == {x.id for x in find_scenario("l1-flat-search").expectations}
    assert all(c.score == 100 for c in result.competencies.values())
    assert result.trainees == ("TRAINEE-1",) and result.trainers == ("TRN-1",)
    assert result.time.within and 0 <= result.time.seconds < 30 * 60


def test_a_missed_device_loses_its_decision_and_label(l1) -> None:
    case_dir, trainee = l1
    trainee.photograph_scene()
    trainee.record_facts("SIM/1", destruction="no", power="on", server="no", encryption="yes")
    trainee.record_facts("SIM/2", destruction="no", power="on")
    for exhibit in ("SIM/1", "SIM/2"):  # the USB stick in the mug of pens is overlooked
        trainee.decide(exhibit)
        trainee.carry_out(exhibit)
        trainee.label(exhibit)
    trainee.export()
    result = _score(case_dir, "l1-flat-search")
    assert _lost(result) == {"usb-bagged": 10, "usb-labelled": 5}
    assert result.score == 85
    missed = {x.id: x for x in result.missed}
    assert missed["usb-bagged"].happened == "no decision was recorded for SIM/3"
    assert "bag-and-seal" in missed["usb-bagged"].expected
    assert missed["usb-bagged"].source == "acpo-2012"
    assert "ACPO" in (missed["usb-bagged"].source_text or "")
    assert result.competencies["device-decisions"].score == round(100 * 30 / 40)
    assert result.competencies["exhibit-handling"].score == round(100 * 20 / 25)


def test_deciding_before_photographing_the_scene_breaks_the_order(l1) -> None:
    case_dir, trainee = l1
    trainee.record_facts("SIM/1", destruction="no", power="on", server="no", encryption="yes")
    trainee.decide("SIM/1")
    play_l1(trainee)  # the rest by the book, the scene photographed after that decision
    result = _score(case_dir, "l1-flat-search")
    assert _lost(result) == {"scene-before-decisions": 10}
    [broken] = result.order
    assert "came before any scene.photo-added" in broken.happened
    assert broken.source == "nij-2008" and result.score == 90


def test_pulling_the_plug_on_the_encrypted_laptop_is_unsafe(l1) -> None:
    case_dir, trainee = l1
    trainee.photograph_scene()
    # The trainee misses the BitLocker window: no encryption, nothing valuable on screen.
    trainee.record_facts("SIM/1", destruction="no", power="on", server="no", encryption="no",
                         valuable_on_screen="no")
    assert trainee.decide("SIM/1") == "photograph-screen-then-pull-plug"
    trainee.carry_out("SIM/1")
    trainee.label("SIM/1")
    trainee.record_facts("SIM/2", destruction="no", power="on")
    trainee.record_facts("SIM/3", destruction="no")
    for exhibit in ("SIM/2", "SIM/3"):
        trainee.decide(exhibit)
        trainee.carry_out(exhibit)
        trainee.label(exhibit)
    trainee.export()
    result = _score(case_dir, "l1-flat-search")
    assert _lost(result) == {"laptop-state-recorded": 10, "laptop-left-for-specialist": 20,
                             "plug-pulled-on-encrypted-laptop": 30}
    assert result.score == 100 - 10 - 20 - 30
    [unsafe] = result.unsafe
    assert unsafe.source == "interpol-2021" and "BitLocker" in unsafe.why
    facts = next(x for x in result.missed if x.id == "laptop-state-recorded")
    assert facts.happened == "SIM/1: encryption=no" and "encryption=yes" in facts.expected
    assert result.competencies["device-decisions"].penalties == 30


def test_an_attempt_above_level_costs_points_and_a_specialist_request_none(l1, l1_build) -> None:
    case_dir, trainee = l1
    trainee.attempt_collect(evidence(l1_build, "usb-stick"), "SIM/3")
    from triage_app.operations.authority import request_specialist
    from triage_app.operations.cases import open_case

    with open_case(case_dir, trainee.officer) as case:
        request_specialist(case, "collect", exhibit="SIM/3", note="triage of the stick")
    play_l1(trainee)
    result = _score(case_dir, "l1-flat-search")
    [refused] = result.above_level
    assert _lost(result) == {refused.id: 5} and result.score == 95
    assert "tried collect on SIM/3 and was refused" in refused.happened
    assert "L2" in refused.expected
    assert [r.action for r in result.specialist_requests] == ["collect"]
    assert result.competencies["working-within-level"].score == 95


def test_a_perfect_l2_triage_scores_100_and_scanning_without_the_blocker_is_unsafe(
        tmp_path: Path) -> None:
    built = build_exercise(tmp_path / "exercise", "l2-usb-crypto")
    case_dir = built.case
    trainee = Trainee(case_dir, tmp_path / "trainee", level="L2")
    image = evidence(built, "usb-stick")
    before = image.read_bytes()
    trainee.photograph_scene()
    trainee.record_facts("SIM/1", destruction="no",
                         write_blocker="Tableau T8u, serial 000ECC0001")
    trainee.record_facts("SIM/2", destruction="no", power="off")
    for exhibit in ("SIM/1", "SIM/2"):
        trainee.decide(exhibit)
        trainee.carry_out(exhibit)
    trainee.scan(image, "SIM/1")
    trainee.confirm("crypto-seed-phrase", "crypto-wallet-file", "crypto-address",
                    "knownfile.notable", "exif.gps")
    trainee.label("SIM/1")
    trainee.export()
    result = _score(case_dir, "l2-usb-crypto")
    assert result.lost == () and result.score == 100, [x.to_dict() for x in result.lost]
    assert image.read_bytes() == before  # the evidence is never written to

    # Another trainee scans the stick before recording any blocker, without naming the exhibit
    # (the one way past the rules' check): unsafe, and the findings are not tied to SIM/1.
    rushed_build = build_exercise(tmp_path / "rushed", "l2-usb-crypto")
    rushed = Trainee(rushed_build.case, tmp_path / "rushed-trainee", level="L2",
                     officer_id="TRAINEE-2")
    rushed.scan(evidence(rushed_build, "usb-stick"), None)
    rushed_dir = rushed_build.case
    result = _score(rushed_dir, "l2-usb-crypto")
    [unsafe] = result.unsafe
    assert unsafe.id == "scanned-without-blocker" and unsafe.points == 30
    assert "scan.started of evidence usb-stick without write-blocker recorded" in unsafe.happened


def test_a_perfect_l3_run_reacts_to_the_wipe_and_scores_100(tmp_path: Path) -> None:
    case_dir = build_exercise(tmp_path / "exercise", "l3-live-encrypted").case
    trainee = Trainee(case_dir, tmp_path / "trainee", level="L3")
    trainee.photograph_scene()
    trainee.record_facts("SIM/1", destruction="no", power="on", server="no", encryption="yes",
                         valuable_on_screen="yes")
    assert trainee.decide("SIM/1") == "live-response"
    before = _score(case_dir, "l3-live-encrypted")
    assert before.not_applicable == ("power-removed-when-wiping",)
    inject(case_dir, "wipe-starts")  # the trainer: the screen now shows a wipe tool
    assert trainee.decide("SIM/1") == "remove-power-now"
    trainee.carry_out("SIM/1")
    finish_l3(trainee)
    result = _score(case_dir, "l3-live-encrypted")
    assert result.lost == () and result.score == 100, [x.to_dict() for x in result.lost]
    assert [e["event"] for e in result.events] == ["wipe-starts"]
    assert result.trainers == ("TRN-1",)


def test_l3_plug_pulled_without_the_event_scales_over_what_could_be_met(tmp_path) -> None:
    case_dir = build_exercise(tmp_path / "exercise", "l3-live-encrypted").case
    trainee = Trainee(case_dir, tmp_path / "trainee", level="L3")
    trainee.photograph_scene()
    trainee.record_facts("SIM/1", destruction="no", power="on", server="no", encryption="no",
                         valuable_on_screen="no")
    assert trainee.decide("SIM/1") == "photograph-screen-then-pull-plug"
    trainee.carry_out("SIM/1")
    finish_l3(trainee)
    result = _score(case_dir, "l3-live-encrypted")
    assert result.not_applicable == ("power-removed-when-wiping",)
    assert _lost(result) == {"desktop-state-recorded": 10, "live-response-chosen": 15,
                             "plug-pulled-on-live-encrypted": 40}
    assert result.score == round(100 * (75 - 25) / 75) - 40
    assert result.competencies["live-response"].score == 0


def _entry(seq: int, officer: str, action: str, minute: int, **details) -> CustodyEntry:
    time = f"2026-11-30T10:{minute:02d}:00+00:00"
    return CustodyEntry(seq=seq, prev="0" * 64, time=time, local_time=time, zone="UTC",
                        clock=None, officer=officer, officer_name=officer, endorsement=None,
                        action=action, exhibit=details.pop("exhibit", None), tool="t",
                        tool_version="1", details=details)


def test_time_is_the_trainees_first_to_last_entry_against_the_limit() -> None:
    scenario = find_scenario("l1-flat-search")
    entries = [_entry(1, "TRN-1", "case.created", 0),
               _entry(2, "TRN-1", "device.registered", 1, exhibit="SIM/1",
                      device={"about": {"kind": "laptop"}, "facts": {}}),
               _entry(3, "TRAINEE-1", "case.opened", 5),
               _entry(4, "TRAINEE-1", "scene.photo-added", 20),
               _entry(5, "TRAINEE-1", "custody.checkpoint", 41)]
    result = score(scenario, entries, workflow_rules.active())
    assert result.time.seconds == 36 * 60 and result.time.limit_minutes == 30
    assert result.time.within is False
    late = next(x for x in result.missed if x.id == "in-time")
    assert late.happened == "the exercise took 36.0 minutes" and late.points == 10
    nobody = score(scenario, entries[:2], workflow_rules.active())
    assert nobody.score == 0 and nobody.trainees == ()
    assert next(x for x in nobody.missed if x.id == "in-time").happened == \
        "the trainee recorded nothing"
