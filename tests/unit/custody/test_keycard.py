"""Key cards: a card is believed only when whole and signed by the key it names."""

from __future__ import annotations

import dataclasses

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from triage_app.core.officer import Officer, save_officer
from triage_app.custody.keycard import make_card, profile_card, read_card
from triage_app.custody.keys import public_key_pem, signing_key
from triage_app.custody.trust import default_trust


def test_a_card_binds_the_key_to_the_officer_and_survives_a_round_trip(tmp_path):
    officer = Officer(id="PC123", name="Jane Smith", agency="Kent Police")
    key = Ed25519PrivateKey.generate()
    card = make_card(officer, key)
    path = tmp_path / "card.officer.json"
    path.write_bytes(card.to_bytes())
    assert read_card(path) == card and card.verifying_key() is not None


def test_an_edited_or_borrowed_card_is_not_believed(tmp_path):
    officer = Officer(id="PC123", name="Jane Smith")
    card = make_card(officer, Ed25519PrivateKey.generate())
    renamed = dataclasses.replace(card, officer="PC999")  # claims another officer
    assert renamed.verifying_key() is None
    other = Ed25519PrivateKey.generate()  # another key's PEM under this card's statement
    borrowed = dataclasses.replace(card, public_key=public_key_pem(other.public_key()).decode())
    assert borrowed.verifying_key() is None
    for name, text in (("garbage", b"{not json"), ("nan", b'{"officer": NaN}'),
                       ("deep", b"[" * 100_000)):
        path = tmp_path / f"{name}.officer.json"
        path.write_bytes(text)
        assert read_card(path) is None


def test_this_machines_officers_are_trusted_by_default_and_nobody_else():
    officer = Officer(id="PC123", name="Jane Smith")
    save_officer(officer)
    card = profile_card(officer, signing_key(officer))
    trust = default_trust()
    assert trust.card(card.key) == card
    assert trust.card(make_card(officer, Ed25519PrivateKey.generate()).key) is None
