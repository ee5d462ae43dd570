"""Typed results shared by the codecs, the checker and the scanner."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from triage_app.errors import InputError


class DecodeError(InputError):
    """A string is not a valid instance of an encoding; the message is the plain reason."""


@dataclass(slots=True, frozen=True)
class Interpretation:
    """One reading of a string: which currency, which network, which script or key type."""

    currency: str
    network: str
    type: str

    def to_dict(self) -> dict[str, str]:
        return {"currency": self.currency, "network": self.network, "type": self.type}


@dataclass(slots=True)
class Identification:
    """What a codec recognised in one string (before explanation and redaction)."""

    kind: str
    interpretations: list[Interpretation]
    validation: str  # what was verified, in words ("Base58Check double-SHA-256 checksum")
    sensitive: bool = False
    checksum: str = "verified"  # verified | absent (e.g. an all-lowercase EVM address)
    details: dict[str, Any] = field(default_factory=dict)
