"""An officer's key card: the statement, signed with the officer's key, that binds the key to
the officer (id, name, agency).

The card proves that whoever holds the private key claims to be that officer; it is believed
only when the card is in a trusted set (the lab's trusted-keys folder or the officer profiles of
this machine, see :mod:`triage_app.custody.trust`). It lives with the profiles
(``officers/cards/<id>.officer.json``) and travels with every case the officer signs
(``signer-keys/<fingerprint>.officer.json``). ``docs/trust-model.md`` describes it.
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
from triage_app.custody.keys import key_fingerprint, public_key_pem
from triage_app.storage.durable import write_durably

CARD_SUFFIX = ".officer.json"
MAX_CARD_BYTES = 64 * 1024


def card_statement(*, officer: str, name: str, agency: str, key: str, created: str) -> str:
    return (f"field-triage officer key v1\nofficer={officer}\nname={name}\nagency={agency}\n"
            f"key={key}\ncreated={created}\n")


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

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def to_bytes(self) -> bytes:
        return canonical_json(self.to_dict()) + b"\n"

    def verifying_key(self) -> Ed25519PublicKey | None:
        """The card's public key when the card is whole and self-signed; None otherwise."""
        expected = card_statement(officer=self.officer, name=self.name, agency=self.agency,
                                  key=self.key, created=self.created)
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


def make_card(officer: Officer, key: Ed25519PrivateKey) -> KeyCard:
    fingerprint = key_fingerprint(key.public_key())
    created = clock.iso(clock.utc_now())
    text = card_statement(officer=officer.id, name=officer.name, agency=officer.agency,
                          key=fingerprint, created=created)
    return KeyCard(officer=officer.id, name=officer.name, agency=officer.agency, key=fingerprint,
                   public_key=public_key_pem(key.public_key()).decode("ascii"), created=created,
                   statement=text,
                   signature=base64.b64encode(key.sign(text.encode("utf-8"))).decode("ascii"))


def read_card(path: Path) -> KeyCard | None:
    """The card in ``path`` when it is readable, whole and self-signed; None otherwise."""
    try:
        with open(path, "rb") as handle:
            data = loads(handle.read(MAX_CARD_BYTES + 1))
        card = KeyCard(**data) if isinstance(data, dict) else None
    except (OSError, ValueError, TypeError):
        return None
    if card is None or not all(isinstance(v, str) for v in card.to_dict().values()):
        return None
    return card if card.verifying_key() is not None else None


def profile_cards_dir() -> Path:
    """The cards of this machine's officers (apart from the profiles, which are ``*.json``)."""
    return officers_dir() / "cards"


def card_file(folder: Path, name: str) -> Path:
    return folder / f"{name}{CARD_SUFFIX}"


def profile_card(officer: Officer, key: Ed25519PrivateKey) -> KeyCard:
    """The officer's card from the profile folder, made (and kept) on the key's first use."""
    folder = profile_cards_dir()
    folder.mkdir(exist_ok=True)
    path = card_file(folder, officer.id)
    card = read_card(path)
    fingerprint = key_fingerprint(key.public_key())
    if card is not None and card.key == fingerprint and card.officer == officer.id:
        return card
    card = make_card(officer, key)
    write_card(path, card)
    return card


def write_card(path: Path, card: KeyCard) -> None:
    """Write durably (temp name, fsync, rename); OSError is the caller's to phrase."""
    write_durably(path, card.to_bytes())


def describe(card: KeyCard) -> str:
    return f"{card.name} ({card.officer}{', ' + card.agency if card.agency else ''})"

