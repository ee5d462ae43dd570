"""Bech32 (BIP-173) and Bech32m (BIP-350), and segwit addresses built on them."""

from __future__ import annotations

from triage_app.crypto.records import DecodeError

CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
_VALUE = {c: i for i, c in enumerate(CHARSET)}
BECH32, BECH32M = "bech32", "bech32m"
_CONST = {1: BECH32, 0x2BC830A3: BECH32M}
_CONST_OF = {BECH32: 1, BECH32M: 0x2BC830A3}
MAX_LENGTH = 90
_GEN = (0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)


def _table(generators: tuple[int, ...]) -> tuple[int, ...]:
    """XOR of the generators selected by each 5-bit value, so polymod needs one lookup a step."""
    return tuple(_xor_of(generators, top) for top in range(32))


def _xor_of(generators: tuple[int, ...], top: int) -> int:
    out = 0
    for i, g in enumerate(generators):
        if (top >> i) & 1:
            out ^= g
    return out


_GEN_TABLE = _table(_GEN)


def _polymod(values: list[int]) -> int:
    chk = 1
    for v in values:
        chk = ((chk & 0x1FFFFFF) << 5 ^ v) ^ _GEN_TABLE[chk >> 25]
    return chk


def _expand(hrp: str) -> list[int]:
    return [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]


def decode(text: str, max_length: int = MAX_LENGTH) -> tuple[str, list[int], str]:
    """(hrp, data without checksum, encoding) of a Bech32 or Bech32m string."""
    if not (text.isascii() and text.isprintable()) or " " in text:
        raise DecodeError("character out of range")
    if text.lower() != text and text.upper() != text:
        raise DecodeError("mixed case")
    if len(text) > max_length:
        raise DecodeError(f"longer than {max_length} characters")
    text = text.lower()
    pos = text.rfind("1")
    if pos < 1:
        raise DecodeError("empty human-readable part" if pos == 0 else "no separator '1'")
    if pos + 7 > len(text):
        raise DecodeError("checksum too short")
    hrp = text[:pos]
    try:
        data = [_VALUE[c] for c in text[pos + 1:]]
    except KeyError as exc:
        raise DecodeError(f"invalid data character {exc.args[0]!r}") from None
    encoding = _CONST.get(_polymod(_expand(hrp) + data))
    if encoding is None:
        raise DecodeError("checksum mismatch")
    return hrp, data[:-6], encoding


def encode(hrp: str, data: list[int], encoding: str) -> str:
    values = _expand(hrp) + data
    mod = _polymod(values + [0] * 6) ^ _CONST_OF[encoding]
    checksum = [(mod >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(CHARSET[d] for d in data + checksum)


def convertbits(data: list[int] | bytes, frombits: int, tobits: int, pad: bool) -> list[int]:
    acc = bits = 0
    out = []
    maxv = (1 << tobits) - 1
    for value in data:
        acc = (acc << frombits) | value
        bits += frombits
        while bits >= tobits:
            bits -= tobits
            out.append((acc >> bits) & maxv)
    if pad:
        if bits:
            out.append((acc << (tobits - bits)) & maxv)
    elif bits >= frombits or ((acc << (tobits - bits)) & maxv):
        raise DecodeError("invalid padding")
    return out


def decode_segwit(text: str) -> tuple[str, int, bytes]:
    """(hrp, witness version, witness program) with every BIP-173/BIP-350 rule applied."""
    hrp, data, encoding = decode(text)
    if not data:
        raise DecodeError("empty data part")
    version = data[0]
    if version > 16:
        raise DecodeError(f"invalid witness version {version}")
    program = bytes(convertbits(data[1:], 5, 8, False))
    if not 2 <= len(program) <= 40:
        raise DecodeError(f"invalid witness program length {len(program)}")
    if version == 0 and len(program) not in (20, 32):
        raise DecodeError(f"invalid program length {len(program)} for witness version 0")
    if version == 0 and encoding != BECH32:
        raise DecodeError("Bech32m checksum used for a v0 program")
    if version != 0 and encoding != BECH32M:
        raise DecodeError(f"Bech32 checksum used for a v{version} program")
    return hrp, version, program


def encode_segwit(hrp: str, version: int, program: bytes) -> str:
    encoding = BECH32 if version == 0 else BECH32M
    text = encode(hrp, [version] + convertbits(program, 8, 5, True), encoding)
    decode_segwit(text)  # refuses what no decoder would accept (BIP-350 "encode must fail")
    return text


def segwit_type(version: int, program: bytes) -> str:
    if version == 0:
        return "p2wpkh" if len(program) == 20 else "p2wsh"
    if version == 1 and len(program) == 32:
        return "p2tr"
    return f"witness-v{version}"
