"""Monero addresses: CryptoNote Base58 (8-byte blocks) with a Keccak-256 checksum."""

from __future__ import annotations

from triage_app.crypto.base58 import BITCOIN_ALPHABET as ALPHABET
from triage_app.crypto.keccak import keccak256
from triage_app.crypto.records import DecodeError, Identification, Interpretation

_BLOCK = 8
_ENCODED_BLOCK = (0, 2, 3, 5, 6, 7, 9, 10, 11)  # encoded length of a 0..8-byte block
TAGS = {
    18: ("mainnet", "standard"), 19: ("mainnet", "integrated"), 42: ("mainnet", "subaddress"),
    53: ("testnet", "standard"), 54: ("testnet", "integrated"), 63: ("testnet", "subaddress"),
    24: ("stagenet", "standard"), 25: ("stagenet", "integrated"), 36: ("stagenet", "subaddress"),
}
MAX_LENGTH = 200


def encode_block(block: bytes) -> str:
    n = int.from_bytes(block, "big")
    out = []
    for _ in range(_ENCODED_BLOCK[len(block)]):
        n, r = divmod(n, 58)
        out.append(ALPHABET[r])
    return "".join(reversed(out))


def decode_block(text: str) -> bytes:
    try:
        size = _ENCODED_BLOCK.index(len(text))
    except ValueError:
        raise DecodeError(f"invalid block length {len(text)}") from None
    if size == 0:
        raise DecodeError("invalid block length 0")
    n = 0
    for ch in text:
        value = ALPHABET.find(ch)
        if value < 0:
            raise DecodeError(f"character {ch!r} is not in the Base58 alphabet")
        n = n * 58 + value
    if n >> (8 * size):
        raise DecodeError("block overflow")
    return n.to_bytes(size, "big")


def encode(data: bytes) -> str:
    return "".join(encode_block(data[i:i + _BLOCK]) for i in range(0, len(data), _BLOCK))


def decode(text: str) -> bytes:
    if len(text) > MAX_LENGTH:
        raise DecodeError("too long for a Monero address")
    return b"".join(decode_block(text[i:i + 11]) for i in range(0, len(text), 11))


def _varint(data: bytes) -> tuple[int, int]:
    value = shift = 0
    for i, byte in enumerate(data[:10]):
        value |= (byte & 0x7F) << shift
        shift += 7
        if not byte & 0x80:
            if byte == 0 and i:
                raise DecodeError("non-canonical tag")
            return value, i + 1
    raise DecodeError("bad tag varint")


def decode_address(text: str) -> tuple[int, bytes]:
    """(tag, data) of any CryptoNote address string; checks the Keccak-256 checksum."""
    raw = decode(text)
    if len(raw) < 5:
        raise DecodeError("address too short")
    body, checksum = raw[:-4], raw[-4:]
    if keccak256(body)[:4] != checksum:
        raise DecodeError("checksum mismatch")
    tag, used = _varint(body)
    return tag, body[used:]


def encode_address(tag: int, data: bytes) -> str:
    head = bytearray()
    while True:
        byte = tag & 0x7F
        tag >>= 7
        head.append(byte | (0x80 if tag else 0))
        if not tag:
            break
    body = bytes(head) + data
    return encode(body + keccak256(body)[:4])


def identify(text: str) -> Identification:
    tag, data = decode_address(text)
    if tag not in TAGS:
        raise DecodeError(f"unknown Monero network tag {tag}")
    network, kind = TAGS[tag]
    if len(data) != (72 if kind == "integrated" else 64):
        raise DecodeError(f"wrong length for a {kind} address")
    return Identification("address", [Interpretation("XMR", network, kind)],
                          "CryptoNote Base58 and Keccak-256 checksum, network tag and length",
                          details={"payment_id": data[64:].hex()} if kind == "integrated"
                          else {})
