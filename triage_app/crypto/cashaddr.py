"""Bitcoin Cash CashAddr: ``prefix:payload`` with a 40-bit BCH checksum over the prefix too."""

from __future__ import annotations

from triage_app.crypto.bech32 import CHARSET, _table, convertbits
from triage_app.crypto.records import DecodeError, Identification, Interpretation

NETWORKS = {"bitcoincash": "mainnet", "bchtest": "testnet", "bchreg": "regtest"}
TYPES = {0: "p2pkh", 1: "p2sh"}
_SIZES = (20, 24, 28, 32, 40, 48, 56, 64)
_GEN = (0x98F2BC8E61, 0x79B76D99E2, 0xF33E5FB3C4, 0xAE2EABE2A8, 0x1E4F43E470)
MAX_LENGTH = 200


_GEN_TABLE = _table(_GEN)


def _polymod(values: list[int]) -> int:
    c = 1
    for d in values:
        c = (((c & 0x07FFFFFFFF) << 5) ^ d) ^ _GEN_TABLE[c >> 35]
    return c ^ 1


def _prefix_values(prefix: str) -> list[int]:
    return [ord(c) & 31 for c in prefix] + [0]


def split(text: str, default_prefix: str = "bitcoincash") -> tuple[str, list[int]]:
    """(prefix, 5-bit values including the checksum) once case and checksum are verified."""
    if len(text) > MAX_LENGTH:
        raise DecodeError("too long for CashAddr")
    if text.lower() != text and text.upper() != text:
        raise DecodeError("mixed case")
    text = text.lower()
    prefix, sep, payload = text.rpartition(":")
    if not sep:
        prefix = default_prefix
    if not prefix or not prefix.isascii() or not prefix.isalnum():
        raise DecodeError("invalid prefix")
    values = []
    for c in payload:
        value = CHARSET.find(c)
        if value < 0:
            raise DecodeError(f"invalid character {c!r}")
        values.append(value)
    if len(values) < 8:
        raise DecodeError("too short for CashAddr")
    if _polymod(_prefix_values(prefix) + values):
        raise DecodeError("checksum mismatch")
    return prefix, values


def decode(text: str, default_prefix: str = "bitcoincash") -> tuple[str, int, bytes]:
    """(prefix, type, hash) of a P2PKH/P2SH CashAddr; other types and sizes are rejected."""
    prefix, values = split(text, default_prefix)
    data = bytes(convertbits(values[:-8], 5, 8, False))
    if not data:
        raise DecodeError("empty payload")
    version, body = data[0], data[1:]
    if version & 0x80:
        raise DecodeError("reserved version bit set")
    kind = (version >> 3) & 0x0F
    if kind not in TYPES:
        raise DecodeError(f"undefined address type {kind}")
    if _SIZES[version & 7] != len(body):
        raise DecodeError("hash size does not match the version byte")
    return prefix, kind, body


def encode(prefix: str, kind: int, body: bytes) -> str:
    version = (kind << 3) | _SIZES.index(len(body))
    values = convertbits(bytes([version]) + body, 8, 5, True)
    mod = _polymod(_prefix_values(prefix) + values + [0] * 8)
    checksum = [(mod >> 5 * (7 - i)) & 31 for i in range(8)]
    return prefix + ":" + "".join(CHARSET[v] for v in values + checksum)


def identify(text: str) -> Identification:
    prefix = text.rpartition(":")[0].lower()
    if prefix and prefix not in NETWORKS:
        raise DecodeError(f"unknown CashAddr prefix {prefix!r}")
    candidates = [prefix] if prefix else list(NETWORKS)
    reason = "checksum mismatch"
    for candidate in candidates:
        try:
            _, kind, body = decode(text, candidate)
        except DecodeError as exc:
            reason = str(exc)
            continue
        return Identification(
            "address", [Interpretation("BCH", NETWORKS[candidate], TYPES[kind])],
            "CashAddr 40-bit BCH checksum (prefix included), type and size",
            details={"hash": body.hex(), "prefix": candidate})
    raise DecodeError(reason)
