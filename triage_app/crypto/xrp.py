"""XRP Ledger: classic r-addresses, X-addresses, family seeds and public keys (Ripple alphabet)."""

from __future__ import annotations

from triage_app.crypto import base58
from triage_app.crypto.records import DecodeError, Identification, Interpretation

_X_PREFIX = {b"\x05\x44": "mainnet", b"\x04\x93": "testnet"}
_VALIDATION = "Base58Check (double SHA-256) checksum in the Ripple alphabet, version and length"


def _decode(text: str) -> bytes:
    return base58.decode_check(text, base58.RIPPLE_ALPHABET)


def decode_x_address(text: str) -> tuple[str, bytes, int | None]:
    """(network, account id, destination tag or None) of an X-address."""
    payload = _decode(text)
    network = _X_PREFIX.get(payload[:2])
    if len(payload) != 31 or network is None:
        raise DecodeError("not an X-address")
    account, flag, tag = payload[2:22], payload[22], int.from_bytes(payload[23:], "little")
    if flag not in (0, 1) or tag >> 32 or (flag == 0 and tag):
        raise DecodeError("invalid X-address tag")
    return network, account, tag if flag else None


def identify(text: str) -> Identification:
    if text[:1] in "XT" and len(text) == 47:
        network, account, tag = decode_x_address(text)
        return Identification("address", [Interpretation("XRP", network, "x-address")],
                              _VALIDATION, details={"account_id": account.hex(), "tag": tag})
    payload = _decode(text)
    if len(payload) == 21 and payload[0] == 0x00:
        return Identification("address", [Interpretation("XRP", "any", "classic")],
                              _VALIDATION, details={"account_id": payload[1:].hex()})
    if (len(payload) == 17 and payload[0] == 0x21) or (
            len(payload) == 19 and payload[:3] == b"\x01\xe1\x4b"):
        curve = "secp256k1" if len(payload) == 17 else "ed25519"
        return Identification("private-key", [Interpretation("XRP", "any", "family-seed")],
                              _VALIDATION, sensitive=True, details={"curve": curve})
    if len(payload) == 34 and payload[0] in (0x1C, 0x23):
        role = "node-public-key" if payload[0] == 0x1C else "account-public-key"
        return Identification("public-key", [Interpretation("XRP", "any", role)], _VALIDATION)
    raise DecodeError("unknown XRP version or length")
