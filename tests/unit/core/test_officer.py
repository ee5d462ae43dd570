"""Officer profiles, endorsements with expiry, and the per-officer signing key."""

from __future__ import annotations

import os
from datetime import UTC, date, datetime

import pytest

from triage_app.core.officer import (
    UNASSIGNED,
    Endorsement,
    Officer,
    list_officers,
    load_officer,
    officers_dir,
    save_officer,
    validate_id,
)
from triage_app.custody.keys import (
    create_signing_key,
    has_signing_key,
    key_fingerprint,
    public_key,
    signing_key,
)
from triage_app.errors import InputError

JUNE_2027 = datetime(2027, 6, 30, 23, 59, tzinfo=UTC)
JULY_2027 = datetime(2027, 7, 1, 0, 0, tzinfo=UTC)


def _officer(*codes: str) -> Officer:
    return Officer("PC123", "Jane Smith", "Kent Police",
                   tuple(Endorsement.parse(code) for code in codes))


def test_endorsement_parse_and_expiry_through_the_last_day():
    e = Endorsement.parse("L2-removable-media:2027-06-30")
    assert (e.code, e.level, e.scope, e.expires) == ("L2-removable-media", "L2",
                                                     "removable-media", date(2027, 6, 30))
    assert e.valid_at(JUNE_2027) and not e.valid_at(JULY_2027)
    assert str(e) == "L2-removable-media:2027-06-30"
    assert Endorsement.parse("L1").valid_at(datetime(2999, 1, 1, tzinfo=UTC))


@pytest.mark.parametrize("text", ["L9", "X-thing", "L2:2027-13-01", ":2027-01-01", "L2:soon"])
def test_bad_endorsements(text):
    with pytest.raises(InputError):
        Endorsement.parse(text)


def test_highest_valid_level_at_a_given_time():
    officer = _officer("L1", "L2-removable-media:2027-06-30", "L3-live-data:2025-01-01",
                       "SUPERVISOR")
    assert officer.highest_level(datetime(2024, 6, 1, tzinfo=UTC)) == "L3"
    assert officer.highest_level(JUNE_2027) == "L2"
    assert officer.highest_level(JULY_2027) == "L1"
    assert officer.best_endorsement(JUNE_2027).code == "L2-removable-media"
    assert officer.has_level("L1", JUNE_2027) and officer.has_level("TRAINEE", JUNE_2027)
    assert not officer.has_level("L3", JUNE_2027)
    assert officer.has_level("SUPERVISOR") and not officer.has_level("RECEIVER")
    assert officer.holds("L2-removable-media", JUNE_2027)
    assert not officer.holds("L2-removable-media", JULY_2027)
    assert _officer("TRAINER").highest_level() is None


def test_profiles_are_stored_in_the_data_dir(app_home):
    officer = _officer("L1", "L2-removable-media:2027-06-30")
    path = save_officer(officer)
    assert path.parent == officers_dir() and str(path).startswith(str(app_home))
    assert load_officer("PC123") == officer
    assert list_officers() == [officer]
    with pytest.raises(InputError, match="already exists"):
        save_officer(officer)


def test_choice_of_officer_argument_then_env_then_unassigned(monkeypatch):
    save_officer(_officer("L1"))
    save_officer(Officer("PC7", "Sam Lee"))
    monkeypatch.delenv("TRIAGE_OFFICER", raising=False)
    assert load_officer(None) is UNASSIGNED and UNASSIGNED.is_unassigned
    monkeypatch.setenv("TRIAGE_OFFICER", "PC7")
    assert load_officer(None).id == "PC7"
    assert load_officer("PC123").id == "PC123"
    with pytest.raises(InputError, match="no officer profile 'PC404'"):
        load_officer("PC404")


@pytest.mark.parametrize("bad", ["../etc", "", ".hidden", "a/b", "x" * 65])
def test_officer_ids_are_safe_file_names(bad):
    with pytest.raises(InputError):
        validate_id(bad)


def test_unassigned_cannot_be_saved():
    with pytest.raises(InputError):
        save_officer(Officer("unassigned", "Someone"))


def test_damaged_profile_is_an_input_error():
    (officers_dir() / "PC5.json").write_text("{not json")
    with pytest.raises(InputError, match="damaged"):
        load_officer("PC5")


@pytest.mark.parametrize("profile, message", [
    ('{"id": 5, "name": "x"}', "must be text"),
    ('{"id": "PC5"}', "needs an id and a name"),
    ("[1, 2]", "not a profile"),
    ('{"id": "PC5", "name": "x", "endorsements": [{"code": 7}]}', "endorsements"),
    ('{"id": "PC5", "name": "x", "endorsements": {"code": "L1"}}', "endorsements"),
    ("[" * 48_000, "nested too deeply"),
])
def test_malformed_profiles_are_damaged_not_a_traceback(profile, message):
    (officers_dir() / "PC5.json").write_text(profile)
    with pytest.raises(InputError, match=f"damaged: .*{message}"):
        load_officer("PC5")


def test_a_profile_whose_id_is_not_its_file_name_is_refused():
    save_officer(Officer("PC1", "Alice", endorsements=(Endorsement("L3"),)))
    (officers_dir() / "PC2.json").write_bytes((officers_dir() / "PC1.json").read_bytes())
    with pytest.raises(InputError, match="holds the id 'PC1', not 'PC2'"):
        load_officer("PC2")


@pytest.mark.parametrize("pem", [
    b"garbage",
    b"-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEAzzzz\n-----END PUBLIC KEY-----\n",
])
def test_a_damaged_public_key_file_is_an_input_error(pem):
    officer = _officer("L1")
    create_signing_key(officer, None)
    (officers_dir() / f"{officer.id}.pub").write_bytes(pem)
    with pytest.raises(InputError, match=r"\.pub is damaged"):
        public_key(officer)


def test_a_damaged_private_key_file_is_an_input_error():
    officer = _officer("L1")
    create_signing_key(officer, None)
    key = officers_dir() / f"{officer.id}.key"
    key.write_bytes(key.read_bytes()[:60] + b"\n-----END PRIVATE KEY-----\n")
    with pytest.raises(InputError, match=r"\.key is damaged"):
        signing_key(officer)


def test_signing_key_created_on_first_use_without_passphrase():
    officer = _officer("L1")
    assert not has_signing_key(officer) and public_key(officer) is None
    key = signing_key(officer, lambda: None)
    assert has_signing_key(officer)
    assert key_fingerprint(signing_key(officer, lambda: None).public_key()) == \
        key_fingerprint(key.public_key()) == key_fingerprint(public_key(officer))
    if os.name == "posix":
        assert (officers_dir() / "PC123.key").stat().st_mode & 0o077 == 0


def test_passphrase_protected_key():
    officer = _officer("L1")
    key = create_signing_key(officer, "correct horse")
    pem = (officers_dir() / "PC123.key").read_bytes()
    assert b"ENCRYPTED PRIVATE KEY" in pem
    assert public_key(officer) is not None  # the fingerprint needs no passphrase
    with pytest.raises(InputError, match="protected by a passphrase"):
        signing_key(officer, lambda: None)
    with pytest.raises(InputError, match="wrong passphrase"):
        signing_key(officer, lambda: "battery staple")
    again = signing_key(officer, lambda: "correct horse")
    assert key_fingerprint(again.public_key()) == key_fingerprint(key.public_key())
    with pytest.raises(InputError, match="already has a signing key"):
        create_signing_key(officer, None)


def test_env_passphrase_protects_a_key_made_on_first_use(monkeypatch):
    monkeypatch.setenv("TRIAGE_KEY_PASSPHRASE", "from env")
    officer = _officer("L1")
    signing_key(officer)
    assert b"ENCRYPTED" in (officers_dir() / "PC123.key").read_bytes()
    monkeypatch.delenv("TRIAGE_KEY_PASSPHRASE")
    with pytest.raises(InputError):
        signing_key(officer)
