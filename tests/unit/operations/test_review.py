"""Reviewing findings in the core: list, decide, reveal (L3, with a reason), request a specialist."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from tests.fixtures.planted_case import ADDRESS, SEED, SEED16, WIF, PlantedCase, make_planted_case
from triage_app.core.officer import Endorsement, Officer, save_officer
from triage_app.custody.verify import verify_ledger
from triage_app.errors import InputError, NotAuthorised, SourceError
from triage_app.operations.review import decide, list_findings, request_specialist, reveal_secret


@pytest.fixture
def planted(tmp_path: Path) -> PlantedCase:
    return make_planted_case(tmp_path)


def _by_kind(planted: PlantedCase) -> dict[str, int]:
    return {("utf16-" if v.encoding == "utf-16le" else "") + v.kind.removeprefix("crypto-"): v.id
            for v in list_findings(planted.case_dir)}


def _entries(planted: PlantedCase) -> list[dict]:
    return [json.loads(line) for line in
            (planted.case_dir / "custody.jsonl").read_text().splitlines()]


def _verified(planted: PlantedCase) -> bool:
    verdict = verify_ledger(planted.case_dir)
    return verdict.ok


def test_list_shows_every_finding_redacted_with_how_it_was_found(planted):
    views = list_findings(planted.case_dir)
    assert len(views) == 4 and all(v.status == "new" and v.analyzer == "crypto" for v in views)
    blob = json.dumps([v.to_dict() for v in views])
    assert ADDRESS in blob and WIF not in blob and SEED not in blob and SEED16 not in blob
    key = next(v for v in views if v.kind == "crypto-private-key")
    assert key.sensitive and key.offset == planted.wif_offset and key.encoding == "ascii"
    assert key.path == "/docs/notes.bin" and "Base58Check" in key.method
    assert key.to_dict()["method"] == key.method
    assert len(list_findings(planted.case_dir, kind="crypto-seed-phrase")) == 2
    assert len(list_findings(planted.case_dir, kind="crypto-*")) == 4
    assert list_findings(planted.case_dir, status="confirmed") == []
    with pytest.raises(InputError, match="unknown status"):
        list_findings(planted.case_dir, status="maybe")
    with pytest.raises(InputError, match="not a case folder"):
        list_findings(planted.case_dir.parent / "evidence")


def test_decisions_go_to_the_store_and_the_ledger(planted):
    ids = _by_kind(planted)
    view = decide(planted.case_dir, ids["address"], "confirm", planted.officer_l1,
                  reason="seen on the screen at the scene")
    assert view.status == "confirmed" and view.decided_by == "PC101" and view.decided_at
    decide(planted.case_dir, ids["address"], "dismiss", planted.officer_l1)  # changed mind
    assert [v.status for v in list_findings(planted.case_dir) if v.id == ids["address"]] == [
        "dismissed"]
    decisions = [e for e in _entries(planted) if e["action"].startswith("finding.")]
    assert [d["action"] for d in decisions] == ["finding.confirmed", "finding.dismissed"]
    assert decisions[0]["reason"] == "seen on the screen at the scene"
    assert decisions[1]["details"]["previous_status"] == "confirmed"
    assert decisions[0]["inputs"][0]["path"] == "/docs/notes.bin"
    assert decisions[0]["exhibit"] == "ABC/1"
    assert _verified(planted)
    with pytest.raises(InputError, match="no finding 999"):
        decide(planted.case_dir, 999, "confirm", planted.officer_l1)
    with pytest.raises(InputError, match="confirm or dismiss"):
        decide(planted.case_dir, ids["address"], "approve", planted.officer_l1)


def test_reveal_rereads_the_source_and_records_who_and_why(planted):
    ids = _by_kind(planted)
    revealed = {kind: reveal_secret(planted.case_dir, ids[kind], planted.officer_l3,
                                    "secure the funds under warrant 12/345")
                for kind in ("private-key", "seed-phrase", "utf16-seed-phrase")}
    assert revealed["private-key"].text == WIF
    assert revealed["seed-phrase"].text == SEED
    assert revealed["utf16-seed-phrase"].text == SEED16
    entries = _entries(planted)
    reveals = [e for e in entries if e["action"] == "finding.secret-revealed"]
    assert [r["seq"] for r in reveals] == [r.custody_seq for r in revealed.values()]
    assert all(r["officer"] == "DS301" and r["endorsement"] == "L3-live-data" for r in reveals)
    assert all(r["reason"] == "secure the funds under warrant 12/345" for r in reveals)
    ledger = (planted.case_dir / "custody.jsonl").read_text()
    assert WIF not in ledger and SEED not in ledger and SEED16 not in ledger
    assert _verified(planted)


def test_reveal_is_refused_below_l3_without_reason_and_for_public_findings(planted, tmp_path):
    ids = _by_kind(planted)
    before = len(_entries(planted))
    with pytest.raises(NotAuthorised, match="request a specialist"):
        reveal_secret(planted.case_dir, ids["private-key"], planted.officer_l1, "good reason")
    expired = Officer("DS9", "Lapsed Specialist", "",
                      (Endorsement("L3", date(2020, 1, 1)), Endorsement("L2")))
    save_officer(expired)
    with pytest.raises(NotAuthorised, match="holds L2"):
        reveal_secret(planted.case_dir, ids["private-key"], expired, "good reason")
    with pytest.raises(InputError, match="reason is required"):
        reveal_secret(planted.case_dir, ids["private-key"], planted.officer_l3, "  ")
    added = _entries(planted)[before:]
    refused = [e for e in added if e["action"] == "action.refused"]
    assert [(e["officer"], e["details"]["needs"], e["details"]["officer_level"])
            for e in refused] == [(planted.officer_l1.id, "L3", "L1"), ("DS9", "L3", "L2")]
    assert all(e["details"]["refused_action"] == "reveal-secret" for e in refused)
    assert {e["action"] for e in added} == {"case.opened", "action.refused"}
    with pytest.raises(InputError, match="holds no secret"):
        reveal_secret(planted.case_dir, ids["address"], planted.officer_l3, "good reason")
    assert not any(e["action"] == "finding.secret-revealed" for e in _entries(planted))


def test_reveal_refuses_when_the_source_no_longer_holds_the_secret(planted):
    ids = _by_kind(planted)
    notes = planted.evidence / "docs" / "notes.bin"
    data = bytearray(notes.read_bytes())
    data[planted.wif_offset + 5] ^= 0x01  # one character changed: the checksum fails
    notes.write_bytes(bytes(data))
    with pytest.raises(SourceError, match="no longer hold"):
        reveal_secret(planted.case_dir, ids["private-key"], planted.officer_l3, "good reason")
    notes.unlink()
    with pytest.raises(SourceError, match="no longer in"):
        reveal_secret(planted.case_dir, ids["seed-phrase"], planted.officer_l3, "good reason")
    assert not any(e["action"] == "finding.secret-revealed" for e in _entries(planted))


def test_specialist_request_is_a_custody_entry(planted):
    ids = _by_kind(planted)
    seq = request_specialist(planted.case_dir, ids["seed-phrase"], planted.officer_l1,
                             note="seed on a sticky note by the laptop")
    entry = next(e for e in _entries(planted) if e["seq"] == seq)
    assert entry["action"] == "specialist.requested" and entry["officer"] == "PC101"
    assert entry["details"] == {"requested_action": "reveal-secret", "needs": "L3",
                                "officer_level": "L1"}
    assert entry["reason"] == "seed on a sticky note by the laptop"
    assert entry["inputs"][0]["finding"] == ids["seed-phrase"]
    assert _verified(planted)
