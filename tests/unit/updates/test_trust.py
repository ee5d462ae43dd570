"""Which update keys the app trusts, and who may add one."""

from __future__ import annotations

import pytest

from tests.fixtures.keys import openssl_key
from triage_app.core.officer import Endorsement, Officer
from triage_app.custody.keys import key_fingerprint
from triage_app.errors import InputError, NotAuthorised
from triage_app.updates import trust
from triage_app.updates.bundle import load_public_key


def officer(*codes: str) -> Officer:
    return Officer("PC1", "P. Constable", endorsements=tuple(Endorsement.parse(c) for c in codes))


@pytest.mark.parametrize("codes", [("L3",), ("SUPERVISOR",), ("L3-live:2099-12-31",)])
def test_l3_or_supervisor_may_add_a_key(tmp_path, codes):
    _, public = openssl_key(tmp_path, "agency")
    fingerprint = trust.add_trusted_key(public, officer(*codes))
    key = load_public_key(public.read_bytes(), "agency.pem")
    assert fingerprint == key_fingerprint(key)
    assert trust.trusted_keys()[fingerprint][1] == "added"
    assert trust.trusted_key(fingerprint) is not None


@pytest.mark.parametrize("codes", [(), ("L2",), ("RECEIVER",), ("L3:2000-01-01",)])
def test_anyone_else_is_refused_and_nothing_is_trusted(tmp_path, codes):
    _, public = openssl_key(tmp_path, "agency")
    with pytest.raises(NotAuthorised, match="L3 or SUPERVISOR"):
        trust.add_trusted_key(public, officer(*codes))
    assert trust.trusted_keys() == {}


def test_only_ed25519_public_keys_are_accepted(tmp_path):
    private, public = openssl_key(tmp_path, "rsa", algorithm="rsa")
    with pytest.raises(InputError, match="not an Ed25519 public key"):
        trust.add_trusted_key(public, officer("L3"))
    with pytest.raises(InputError, match="not a PEM public key"):
        trust.add_trusted_key(private, officer("L3"))


def test_the_app_ships_its_key_folder_empty_of_keys_by_default():
    assert trust.shipped_keys_dir().is_dir()
    assert list(trust.shipped_keys_dir().glob("*.pem")) == []  # an agency adds its own
