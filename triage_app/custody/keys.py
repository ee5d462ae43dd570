"""Each officer's Ed25519 signing key, beside the profile: ``<id>.key`` (PKCS#8 PEM, encrypted
when the officer set a passphrase) and its public half ``<id>.pub``, so the fingerprint can be
shown without the passphrase.

Simulation (training) cases are signed with the officer's separate *training key*,
``<id>+training.key``: per officer, so a trainee's exercise is still attributable to the trainee
(scoring and the debrief read who did what), and separate, so the key that signs real evidence
never signs training material and a training signature can never pass for a real one (its key
card says ``purpose=training``, see :mod:`triage_app.custody.keycard`). It is made on first use
without a passphrase: it protects nothing a court relies on, and a trainee should not be stopped
by a prompt that is no part of the exercise."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from cryptography.exceptions import UnsupportedAlgorithm
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from triage_app.core.officer import PASSPHRASE_ENV, Officer, PassphraseSource, officers_dir, validate_id
from triage_app.errors import InputError
from triage_app.storage.durable import replace_file


def env_passphrase() -> str | None:
    return os.environ.get(PASSPHRASE_ENV) or None


def key_fingerprint(public_key: Ed25519PublicKey) -> str:
    """SHA-256 (hex) of the raw 32-byte public key: ``sha256sum`` of the key bytes."""
    raw = public_key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return hashlib.sha256(raw).hexdigest()


def public_key_pem(public_key: Ed25519PublicKey) -> bytes:
    return public_key.public_bytes(serialization.Encoding.PEM,
                                   serialization.PublicFormat.SubjectPublicKeyInfo)


TRAINING_SUFFIX = "+training"  # "+" is in no officer id, so no officer's own key is named so


def _key_path(officer: Officer, training: bool = False) -> Path:
    return officers_dir() / f"{validate_id(officer.id)}{TRAINING_SUFFIX if training else ''}.key"


def has_signing_key(officer: Officer) -> bool:
    return _key_path(officer).is_file()


def create_signing_key(officer: Officer, passphrase: str | None, *,
                       training: bool = False) -> Ed25519PrivateKey:
    """Make the officer's key; refuse to replace one (signatures already made would orphan)."""
    path = _key_path(officer, training)
    if path.exists():
        raise InputError(f"officer {officer.id} already has a signing key ({path})")
    key = Ed25519PrivateKey.generate()
    encryption: serialization.KeySerializationEncryption = (
        serialization.BestAvailableEncryption(passphrase.encode()) if passphrase
        else serialization.NoEncryption())
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                            encryption)
    replace_file(path.with_suffix(".pub"), public_key_pem(key.public_key()))
    replace_file(path, pem, mode=0o600)
    return key


def signing_key(officer: Officer, passphrase: PassphraseSource = env_passphrase, *,
                training: bool = False) -> Ed25519PrivateKey:
    """The officer's private key; ``passphrase`` is asked only to unlock a protected key.

    A key made on first use is protected only when ``TRIAGE_KEY_PASSPHRASE`` is set: the
    officer chooses a passphrase deliberately, with ``officer add --passphrase``.
    ``training``: the officer's training key instead, never protected (see the module note).
    """
    path = _key_path(officer, training)
    if not path.exists():
        return create_signing_key(officer, None if training else env_passphrase(),
                                  training=training)
    pem = _read_key_file(path)
    try:
        key = serialization.load_pem_private_key(pem, password=None)
    except TypeError:  # encrypted
        secret = passphrase()
        if not secret:
            raise InputError(f"the signing key of officer {officer.id} is protected by a "
                             f"passphrase: set {PASSPHRASE_ENV} or enter it when asked") from None
        try:
            key = serialization.load_pem_private_key(pem, password=secret.encode())
        except ValueError:
            raise InputError(f"wrong passphrase for the signing key of officer {officer.id}"
                             ) from None
        except UnsupportedAlgorithm as exc:
            raise _damaged_key(path, exc) from None
    except (ValueError, UnsupportedAlgorithm) as exc:
        raise _damaged_key(path, exc) from None
    if not isinstance(key, Ed25519PrivateKey):
        raise InputError(f"the signing key file {path} is not an Ed25519 key")
    return key


def public_key(officer: Officer) -> Ed25519PublicKey | None:
    """The officer's public key, readable without the passphrase; None before the first use."""
    path = _key_path(officer).with_suffix(".pub")
    if not path.is_file():
        return None
    try:
        key = serialization.load_pem_public_key(_read_key_file(path))
    except (ValueError, UnsupportedAlgorithm) as exc:
        raise _damaged_key(path, exc) from None
    return key if isinstance(key, Ed25519PublicKey) else None


def _read_key_file(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read the key file {path}: {exc.strerror or exc}") from None


def _damaged_key(path: Path, exc: Exception) -> InputError:
    # cryptography's messages run to several sentences; the first says what failed.
    detail = str(exc).split(". ", 1)[0]
    return InputError(f"the key file {path} is damaged ({detail}); restore it from a "
                      "backup copy")
