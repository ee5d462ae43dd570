"""A simulation ledger: every entry marked, signed with the officer's separate training key;
the verifier refuses mixed marks and the wrong kind of key."""

from __future__ import annotations

import json

from tests.unit.custody.helpers import ledger_lines, rechain
from triage_app.custody.keycard import profile_card, read_card
from triage_app.custody.keys import key_fingerprint, signing_key
from triage_app.custody.ledger import CustodyLedger
from triage_app.custody.verify import verify_ledger


def _simulation(case_dir, officer, count=3):
    with CustodyLedger.open(case_dir, officer, tool_name="field-triage", tool_version="0.1.0",
                            simulation=True) as ledger:
        for n in range(count):
            ledger.record(f"test.step-{n}", details={"n": n})
        ledger.checkpoint("end of test")


def test_every_entry_is_marked_and_the_training_key_signs(case_dir, officer):
    _simulation(case_dir, officer)
    entries = [json.loads(line) for line in ledger_lines(case_dir)]
    assert [e["details"]["case_mode"] for e in entries] == ["SIMULATION"] * 4
    training = key_fingerprint(signing_key(officer, training=True).public_key())
    assert training != key_fingerprint(signing_key(officer).public_key())
    assert entries[-1]["details"]["key"] == training
    card = read_card(case_dir / "signer-keys" / f"{training}.officer.json")
    assert card is not None and card.training and "purpose=training" in card.statement
    report = verify_ledger(case_dir)
    assert report.ok and report.simulation, report.problem


def test_the_mode_stays_what_the_first_entry_says(case_dir, officer):
    _simulation(case_dir, officer)
    with CustodyLedger.open(case_dir, officer, tool_name="t", tool_version="1") as ledger:
        assert ledger.simulation  # asked for LIVE, but the ledger began SIMULATION
        ledger.record("later")
    assert json.loads(ledger_lines(case_dir)[-1])["details"]["case_mode"] == "SIMULATION"


def test_an_unmarked_entry_in_a_simulation_ledger_is_mixed_mode(case_dir, officer):
    _simulation(case_dir, officer)
    entries = [json.loads(line) for line in ledger_lines(case_dir)]
    del entries[1]["details"]["case_mode"]
    rechain(case_dir, entries, signing_key(officer, training=True), officer.id)
    report = verify_ledger(case_dir)
    assert not report.ok and report.kind == "mixed-mode" and report.seq == 2, report.message


def test_a_live_ledger_signed_with_a_training_key_is_refused(case_dir, officer):
    _simulation(case_dir, officer)
    entries = [json.loads(line) for line in ledger_lines(case_dir)]
    for entry in entries:  # relabelled LIVE and re-signed with the training key
        del entry["details"]["case_mode"]
    rechain(case_dir, entries, signing_key(officer, training=True), officer.id)
    report = verify_ledger(case_dir)
    assert report.kind == "key-mismatch" and "training key signs only simulation" in report.message


def test_a_simulation_ledger_signed_with_the_real_key_is_refused(case_dir, officer):
    _simulation(case_dir, officer)
    real = signing_key(officer)
    profile_card(officer, real)  # the officer's card for real cases, trusted on this machine
    rechain(case_dir, [json.loads(line) for line in ledger_lines(case_dir)], real, officer.id)
    report = verify_ledger(case_dir)
    assert report.kind == "key-mismatch" and "only with a training key" in report.message
