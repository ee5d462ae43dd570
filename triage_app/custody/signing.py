"""Ed25519 signatures over the ledger head (seq + SHA-256 of the last line).

Each checkpoint appends one JSON line to ``custody.signatures.jsonl``. The signed bytes are the
record's ``statement`` (UTF-8), a short text that names the ledger head, so a third party can
check a signature with ``openssl pkeyutl -verify -rawin`` (see docs/custody-format.md). Public
keys travel with the case as ``signer-keys/<fingerprint>.pub`` (PEM); the fingerprint is the
SHA-256 of the raw 32-byte key.
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

from triage_app.custody.entry import canonical_json
from triage_app.custody.keys import key_fingerprint

SIGNATURES_FILE = "custody.signatures.jsonl"
KEYS_DIR = "signer-keys"
ALGORITHM = "ed25519"


def statement(*, seq: int, head: str, signed_at: str, officer: str, key: str) -> str:
    return (f"field-triage custody head v1\nledger=custody.jsonl\nseq={seq}\nsha256={head}\n"
            f"signed_at={signed_at}\nofficer={officer}\nkey={key}\n")


@dataclass(frozen=True, slots=True)
class HeadSignature:
    seq: int
    head: str
    signed_at: str
    officer: str
    key: str  # fingerprint
    reason: str
    statement: str
    signature: str  # base64
    algorithm: str = ALGORITHM

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: Any) -> HeadSignature:
        """ValueError unless ``data`` is a complete signature record."""
        if not isinstance(data, dict):
            raise ValueError("not a JSON object")
        try:
            record = cls(**data)
        except TypeError as exc:
            raise ValueError(str(exc)) from None
        if type(record.seq) is not int or not all(
                isinstance(v, str) for v in (record.head, record.signed_at, record.officer,
                                             record.key, record.statement, record.signature)):
            raise ValueError("a field has the wrong type")
        return record

    def expected_statement(self) -> str:
        return statement(seq=self.seq, head=self.head, signed_at=self.signed_at,
                         officer=self.officer, key=self.key)


def sign_head(key: Ed25519PrivateKey, *, seq: int, head: str, signed_at: str, officer: str,
              reason: str) -> HeadSignature:
    fingerprint = key_fingerprint(key.public_key())
    text = statement(seq=seq, head=head, signed_at=signed_at, officer=officer, key=fingerprint)
    signature = base64.b64encode(key.sign(text.encode("utf-8"))).decode("ascii")
    return HeadSignature(seq=seq, head=head, signed_at=signed_at, officer=officer,
                         key=fingerprint, reason=reason, statement=text, signature=signature)


def signature_valid(record: HeadSignature, public_key: Ed25519PublicKey) -> bool:
    try:
        raw = base64.b64decode(record.signature, validate=True)
        public_key.verify(raw, record.statement.encode("utf-8"))
    except (InvalidSignature, binascii.Error, ValueError):
        return False
    return True


def key_file(case_dir: Path, fingerprint: str) -> Path:
    return case_dir / KEYS_DIR / f"{fingerprint}.pub"


def load_public_key(path: Path) -> Ed25519PublicKey | None:
    """The key in ``path``; None when it is missing, unreadable or not Ed25519."""
    try:
        key = serialization.load_pem_public_key(path.read_bytes())
    except (OSError, ValueError):
        return None
    return key if isinstance(key, Ed25519PublicKey) else None


def signature_line(record: HeadSignature) -> bytes:
    return canonical_json(record.to_dict()) + b"\n"

