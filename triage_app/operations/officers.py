"""Officer profiles as both faces make and use them: a new profile with its signing key and
key card, and signing in (the key unlocked once, to prove the passphrase)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from triage_app.core.officer import Endorsement, Officer, load_officer, save_officer, validate_id
from triage_app.custody.keycard import profile_card
from triage_app.custody.keys import create_signing_key, has_signing_key, key_fingerprint, signing_key
from triage_app.errors import InputError


@dataclass(frozen=True, slots=True)
class NewOfficer:
    officer: Officer
    profile: Path
    fingerprint: str  # of the new signing key, as the key card carries it
    protected: bool


def add_officer(officer_id: str, name: str, *, agency: str = "",
                endorsements: Sequence[str] = (), passphrase: str | None = None) -> NewOfficer:
    """Save a new profile, make its signing key (protected when ``passphrase`` is given) and
    its key card (what a lab copies to trust the officer's signatures)."""
    if not name.strip():
        raise InputError("the officer's name is empty")
    officer = Officer(id=validate_id(officer_id.strip()), name=name.strip(),
                      agency=agency.strip(),
                      endorsements=tuple(Endorsement.parse(text) for text in endorsements))
    profile = save_officer(officer)
    key = create_signing_key(officer, passphrase or None)
    profile_card(officer, key)
    return NewOfficer(officer, profile, key_fingerprint(key.public_key()), bool(passphrase))


def sign_in(officer_id: str, passphrase: str | None = None) -> Officer:
    """The officer's profile, once their signing key opens with ``passphrase`` (a key not
    made yet is made on first use, as the ledger would)."""
    officer = load_officer(officer_id)
    if officer.is_unassigned:
        raise InputError("choose your officer profile to sign in")
    if has_signing_key(officer):
        signing_key(officer, lambda: passphrase)
    return officer
