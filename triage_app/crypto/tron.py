"""TRON addresses: Base58Check of 0x41 followed by the 20-byte account (same bytes as EVM)."""

from __future__ import annotations

from triage_app.crypto import base58
from triage_app.crypto.records import DecodeError, Identification, Interpretation

VERSION = 0x41


def identify(text: str) -> Identification:
    payload = base58.decode_check(text)
    if len(payload) != 21 or payload[0] != VERSION:
        raise DecodeError("not a TRON address (version 0x41, 20-byte account)")
    return Identification("address", [Interpretation("TRX", "mainnet", "account")],
                          "Base58Check (double SHA-256) checksum and version byte 0x41",
                          details={"hex": payload.hex()})
