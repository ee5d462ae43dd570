"""The agency keys whose updates this app installs.

Two places: keys shipped with the app (``resources/update-keys/*.pem``, put there by the
agency before it builds), and keys added on the laptop by an L3 officer or a supervisor
(``<data folder>/update-keys/<fingerprint>.pem``).
"""

from __future__ import annotations

from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from triage_app.config import data_dir, resource
from triage_app.core.officer import Officer
from triage_app.custody.keys import key_fingerprint, public_key_pem
from triage_app.errors import InputError, NotAuthorised
from triage_app.storage.durable import replace_file
from triage_app.updates.bundle import load_public_key
from triage_app.workflow import competency

# Who may make this app trust a new update key: the workflow rules say (L3 or SUPERVISOR).
ACTION = "trust-update-key"


def shipped_keys_dir() -> Path:
    return resource("update-keys")


def added_keys_dir() -> Path:
    path = data_dir() / "update-keys"
    path.mkdir(exist_ok=True)
    return path


def trusted_keys() -> dict[str, tuple[Ed25519PublicKey, str]]:
    """Fingerprint → (key, where it comes from: "shipped" or "added")."""
    keys = {}
    for origin, folder in (("added", added_keys_dir()), ("shipped", shipped_keys_dir())):
        for path in sorted(folder.glob("*.pem")) if folder.is_dir() else ():
            key = load_public_key(path.read_bytes(), path.name)
            keys[key_fingerprint(key)] = (key, origin)
    return keys


def trusted_key(fingerprint: str) -> Ed25519PublicKey | None:
    found = trusted_keys().get(fingerprint)
    return found[0] if found else None


def add_trusted_key(pem_file: Path, officer: Officer) -> str:
    """Trusts the Ed25519 public key in ``pem_file`` for updates; returns its fingerprint."""
    verdict = competency.judge(officer, ACTION)
    if not verdict.allowed:
        raise NotAuthorised(verdict.refusal, action=ACTION, needs=verdict.needs)
    try:
        data = pem_file.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read {pem_file.name}: {exc.strerror or exc}") from None
    key = load_public_key(data, pem_file.name)
    fingerprint = key_fingerprint(key)
    replace_file(added_keys_dir() / f"{fingerprint}.pem", public_key_pem(key))
    return fingerprint
