"""An officer's key card: the statement, signed with the officer's key, that binds the key to
the officer (id, name, agency).

The card proves that whoever holds the private key claims to be that officer; it is believed
only when the card is in a trusted set (the lab's trusted-keys folder or the officer profiles of
this machine, see :mod:`triage_app.custody.trust`). It lives with the profiles
(``officers/cards/<id>.officer.json``) and travels with every case the officer signs
(``signer-keys/<fingerprint>.officer.json``). ``docs/trust-model.md`` describes it.

A training key's card (:mod:`triage_app.custody.keys`) says ``purpose=training`` in its signed
statement, so a verifier can tell it from a card for real cases: a training key signs only
simulation ledgers, and a real key never signs one.
"""

from __future__ import annotations

import base64
import binascii
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from triage_app.core.json_input import loads
from triage_app.core.officer import Officer, officers_dir
from triage_app.custody import clock
from triage_app.custody.entry import canonical_json
from triage_app.custody.keys import TRAINING_SUFFIX, key_fingerprint, public_key_pem
from triage_app.storage.durable import write_durably

CARD_SUFFIX = ".officer.json"
MAX_CARD_BYTES = 64 * 1024
PURPOSE_CASES, PURPOSE_TRAINING = "cases", "training"


def card_statement(*, officer: str, name: str, agency: str, key: str, created: str,
                   purpose: str = PURPOSE_CASES) -> str:
    # a card for real cases keeps the statement it had before training keys existed
    extra = "" if purpose == PURPOSE_CASES else f"purpose={purpose}\n"
    return (f"field-triage officer key v1\nofficer={officer}\nname={name}\nagency={agency}\n"
            f"key={key}\ncreated={created}\n{extra}")


@dataclass(frozen=True, slots=True)
class KeyCard:
    officer: str
    name: str
    agency: str
    key: str  # fingerprint: SHA-256 of the raw 32-byte public key
    public_key: str  # PEM
    created: str
    statement: str
    signature: str  # base64 Ed25519 over the UTF-8 statement
    purpose: str = PURPOSE_CASES  # or PURPOSE_TRAINING: signs simulation cases only

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        if self.purpose == PURPOSE_CASES:
            del data["purpose"]  # the card's bytes as they were before training keys
        return data

    @property
    def training(self) -> bool:
        return self.purpose == PURPOSE_TRAINING

    def to_bytes(self) -> bytes:
        return canonical_json(self.to_dict()) + b"\n"

    def verifying_key(self) -> Ed25519PublicKey | None:
        """The card's public key when the card is whole and self-signed; None otherwise."""
        expected = card_statement(officer=self.officer, name=self.name, agency=self.agency,
                                  key=self.key, created=self.created, purpose=self.purpose)
        if self.statement != expected:
            return None
        try:
            key = serialization.load_pem_public_key(self.public_key.encode("ascii"))
            if not isinstance(key, Ed25519PublicKey) or key_fingerprint(key) != self.key:
                return None
            key.verify(base64.b64decode(self.signature, validate=True),
                       self.statement.encode("utf-8"))
        except (InvalidSignature, binascii.Error, ValueError, UnicodeEncodeError):
            return None
        return key


def make_card(officer: Officer, key: Ed25519PrivateKey, *,
              purpose: str = PURPOSE_CASES) -> KeyCard:
    fingerprint = key_fingerprint(key.public_key())
    created = clock.iso(clock.utc_now())
    text = card_statement(officer=officer.id, name=officer.name, agency=officer.agency,
                          key=fingerprint, created=created, purpose=purpose)
    return KeyCard(officer=officer.id, name=officer.name, agency=officer.agency, key=fingerprint,
                   public_key=public_key_pem(key.public_key()).decode("ascii"), created=created,
                   statement=text,
                   signature=base64.b64encode(key.sign(text.encode("utf-8"))).decode("ascii"),
                   purpose=purpose)


def read_card(path: Path) -> KeyCard | None:
    """The card in ``path`` when it is readable, whole and self-signed; None otherwise."""
    try:
        with open(path, "rb") as handle:
            data = loads(handle.read(MAX_CARD_BYTES + 1))
        card = KeyCard(**data) if isinstance(data, dict) else None
    except (OSError, ValueError, TypeError):
        return None
    if card is None or not all(isinstance(v, str) for v in card.to_dict().values()) or \
            card.purpose not in (PURPOSE_CASES, PURPOSE_TRAINING):
        return None
    return card if card.verifying_key() is not None else None


def profile_cards_dir() -> Path:
    """The cards of this machine's officers (apart from the profiles, which are ``*.json``)."""
    return officers_dir() / "cards"


def card_file(folder: Path, name: str) -> Path:
    return folder / f"{name}{CARD_SUFFIX}"


def profile_card(officer: Officer, key: Ed25519PrivateKey, *, training: bool = False) -> KeyCard:
    """The officer's card (of the training key with ``training``) from the profile folder, made
    (and kept) on the key's first use."""
    folder = profile_cards_dir()
    folder.mkdir(exist_ok=True)
    purpose = PURPOSE_TRAINING if training else PURPOSE_CASES
    path = card_file(folder, officer.id + (TRAINING_SUFFIX if training else ""))
    card = read_card(path)
    fingerprint = key_fingerprint(key.public_key())
    if card is not None and card.key == fingerprint and card.officer == officer.id \
            and card.purpose == purpose:
        return card
    card = make_card(officer, key, purpose=purpose)
    write_card(path, card)
    return card


def write_card(path: Path, card: KeyCard) -> None:
    """Write durably (temp name, fsync, rename); OSError is the caller's to phrase."""
    write_durably(path, card.to_bytes())


def describe(card: KeyCard) -> str:
    training = ", training key" if card.training else ""
    return f"{card.name} ({card.officer}{', ' + card.agency if card.agency else ''}{training})"

