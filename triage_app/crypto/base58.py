"""Base58 and Base58Check (Bitcoin and Ripple alphabets)."""

from __future__ import annotations

import hashlib

from triage_app.crypto.records import DecodeError

BITCOIN_ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
RIPPLE_ALPHABET = "rpshnaf39wBUDNEGHJKLM4PQRST7VWXYZ2bcdeCg65jkm8oFqi1tuvAxyz"
MAX_LENGTH = 400  # bounds the big-integer work; nothing we validate is half as long


def sha256d(data: bytes) -> bytes:
    return hashlib.sha256(hashlib.sha256(data).digest()).digest()


def encode(data: bytes, alphabet: str = BITCOIN_ALPHABET) -> str:
    n = int.from_bytes(data, "big")
    out = []
    while n:
        n, r = divmod(n, 58)
        out.append(alphabet[r])
    pad = len(data) - len(data.lstrip(b"\x00"))
    return alphabet[0] * pad + "".join(reversed(out))


def _digit_table(alphabet: str) -> bytes:
    """``bytes.translate`` table: each alphabet character to its value, others to 0xFF."""
    table = bytearray(b"\xff" * 256)
    for value, ch in enumerate(alphabet):
        table[ord(ch)] = value
    return bytes(table)


_DIGITS = {alphabet: _digit_table(alphabet) for alphabet in (BITCOIN_ALPHABET, RIPPLE_ALPHABET)}


def decode(text: str, alphabet: str = BITCOIN_ALPHABET) -> bytes:
    if len(text) > MAX_LENGTH:
        raise DecodeError(f"too long for Base58 ({len(text)} characters)")
    # The scanner decodes every candidate: map characters to digit values in one C pass
    # rather than a lookup per character.
    table = _DIGITS.get(alphabet) or _digit_table(alphabet)
    digits = text.encode("ascii", "replace").translate(table) if text.isascii() else b"\xff"
    if b"\xff" in digits:
        ch = next((c for c in text if c not in alphabet), text[:1])
        raise DecodeError(f"character {ch!r} is not in the Base58 alphabet")
    n = 0
    for value in digits:
        n = n * 58 + value
    body = n.to_bytes((n.bit_length() + 7) // 8, "big")
    pad = len(text) - len(text.lstrip(alphabet[0]))
    return b"\x00" * pad + body


def encode_check(payload: bytes, alphabet: str = BITCOIN_ALPHABET) -> str:
    return encode(payload + sha256d(payload)[:4], alphabet)


def decode_check(text: str, alphabet: str = BITCOIN_ALPHABET) -> bytes:
    """The payload of a Base58Check string; raises :class:`DecodeError` on a bad checksum."""
    raw = decode(text, alphabet)
    if len(raw) < 5:
        raise DecodeError("too short for Base58Check")
    payload, checksum = raw[:-4], raw[-4:]
    if sha256d(payload)[:4] != checksum:
        raise DecodeError("checksum mismatch")
    return payload
