"""BIP-38 passphrase-encrypted private keys ("6P…", paper wallets)."""

from __future__ import annotations

from triage_app.crypto import base58
from triage_app.crypto.records import DecodeError, Identification, Interpretation

# prefix -> flag bytes the BIP allows (compression 0x20, lot/sequence 0x04)
_FLAGS = {b"\x01\x42": {0xC0, 0xE0}, b"\x01\x43": {0x00, 0x04, 0x20, 0x24}}


def identify(text: str) -> Identification:
    payload = base58.decode_check(text)
    if len(payload) != 39 or payload[:2] not in _FLAGS:
        raise DecodeError("not a BIP-38 encrypted key")
    if payload[2] not in _FLAGS[payload[:2]]:
        raise DecodeError(f"invalid BIP-38 flag byte 0x{payload[2]:02x}")
    return Identification(
        "private-key", [Interpretation("BTC", "mainnet", "bip38-encrypted")],
        "Base58Check checksum, BIP-38 prefix and flag byte", sensitive=True,
        details={"ec_multiply": payload[1] == 0x43, "compressed": bool(payload[2] & 0x20)})
