"""Spot checks: what may be shown and recorded of each input (never a secret in clear)."""

from __future__ import annotations

import json

import pytest

from triage_app.core.officer import load_officer
from triage_app.crypto.qr import read_photo
from triage_app.crypto.watchlists import WatchIndex
from triage_app.errors import InputError
from triage_app.operations.spot_check import check_one, run_check, split_inputs

WIF = "5HueCGU8rMjxEXxiPuD5BDku4MkFqeZyd4dZ1jvhTVqvbTLvyTJ"
SEED = "legal winner thank year wave sausage worth useful legal winner thank yellow"


@pytest.mark.parametrize("text, secret", [
    (SEED, True), (SEED.replace("yellow", "yelow"), True), (WIF, True), (WIF[:-1] + "K", True),
    ("a" * 64, True), ("1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2", False),
    ("1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN3", False), ("hello", False)])
def test_secrets_and_near_secrets_are_never_shown_in_clear(text, secret):
    item = check_one(text, WatchIndex([]))
    assert item.secret is secret and item.result.sensitive is secret
    blob = json.dumps(item.record()) + item.shown + (item.reason or "") + item.explanation
    if secret:
        assert text not in blob and "yelow" not in blob
    else:
        assert item.shown == text


def test_split_inputs_keeps_a_phrase_on_its_line():
    assert split_inputs(f"  {SEED}  \n\n bc1q \n") == [SEED, "bc1q"]


def test_run_check_records_one_entry_per_input(tmp_path, case_at):
    case = case_at(tmp_path / "case")
    checks = run_check([SEED, "1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2"], watch=WatchIndex([]),
                       officer=load_officer(None), case=case, exhibit="X/1")
    ledger = (tmp_path / "case" / "custody.jsonl").read_text()
    entries = [json.loads(line) for line in ledger.splitlines()]
    assert [e["seq"] for e in entries if e["action"] == "crypto.check"] == [
        c.recorded_seq for c in checks]
    assert SEED not in ledger and "winner" not in ledger


def test_read_photo_says_what_is_wrong(tmp_path):
    empty = tmp_path / "empty.jpg"
    empty.write_bytes(b"")
    with pytest.raises(InputError, match="empty"):
        read_photo(empty)
    with pytest.raises(InputError, match="cannot read"):
        read_photo(tmp_path / "missing.jpg")


def test_more_inputs_than_one_check_takes_are_refused_not_cut_silently():
    from triage_app.operations.spot_check import MAX_INPUTS, check_inputs

    assert len(check_inputs(["bc1q"] * MAX_INPUTS, WatchIndex([]))) == MAX_INPUTS
    with pytest.raises(InputError, match=f"{MAX_INPUTS + 1} inputs at once"):
        check_inputs(["bc1q"] * (MAX_INPUTS + 1), WatchIndex([]))
