"""Bitcoin-family addresses (Base58Check, Bech32/Bech32m) and WIF private keys."""

from __future__ import annotations

from triage_app.crypto import base58, bech32
from triage_app.crypto.chains import CHAINS, SEGWIT_HRPS
from triage_app.crypto.records import DecodeError, Identification, Interpretation

SECP256K1_N = 0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141
BASE58_VALIDATION = "Base58Check (double SHA-256) checksum and version byte"


def decode_base58_address(text: str) -> Identification:
    payload = base58.decode_check(text)
    if len(payload) != 21:
        raise DecodeError(f"wrong payload length {len(payload)} for an address")
    version = payload[0]
    found = []
    for chain in CHAINS:
        if version in chain.p2pkh:
            found.append(Interpretation(chain.currency, chain.network, "p2pkh"))
        elif version in chain.p2sh:
            found.append(Interpretation(chain.currency, chain.network, "p2sh"))
    if not found:
        raise DecodeError(f"unknown address version byte 0x{version:02x}")
    return Identification("address", found, BASE58_VALIDATION,
                          details={"hash160": payload[1:].hex()})


def decode_segwit_address(text: str) -> Identification:
    hrp = text[:text.rfind("1")].lower() if "1" in text else ""
    if hrp not in SEGWIT_HRPS:
        raise DecodeError(f"unknown human-readable part {hrp!r}" if hrp else "no separator '1'")
    _, version, program = bech32.decode_segwit(text)
    kind = bech32.segwit_type(version, program)
    found = [Interpretation(c.currency, c.network, kind) for c in CHAINS if c.hrp == hrp]
    encoding = bech32.BECH32 if version == 0 else bech32.BECH32M
    return Identification("address", found,
                          f"{encoding.capitalize()} checksum, witness version and program length",
                          details={"witness_version": version, "program": program.hex()})


def decode_wif(text: str) -> Identification:
    payload = base58.decode_check(text)
    if len(payload) == 34 and payload[-1] == 0x01:
        compressed = True
    elif len(payload) == 33:
        compressed = False
    else:
        raise DecodeError("wrong length or compression flag for a WIF private key")
    version = payload[0]
    found = [Interpretation(c.currency, c.network, "wif") for c in CHAINS if c.wif == version]
    if not found:
        raise DecodeError(f"unknown private-key version byte 0x{version:02x}")
    if not 0 < int.from_bytes(payload[1:33], "big") < SECP256K1_N:
        raise DecodeError("private key out of range")
    return Identification("private-key", found, BASE58_VALIDATION + " and key range",
                          sensitive=True, details={"compressed": compressed})
