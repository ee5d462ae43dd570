"""Ethereum and EVM-chain account addresses with the EIP-55 mixed-case checksum."""

from __future__ import annotations

import re

from triage_app.crypto.keccak import keccak256
from triage_app.crypto.records import DecodeError, Identification, Interpretation

_SHAPE = re.compile(r"0[xX][0-9a-fA-F]{40}")
INTERPRETATIONS = [
    Interpretation("ETH", "mainnet", "account"),
    Interpretation("EVM", "any EVM chain", "account"),
]


def checksum_encode(body: str) -> str:
    """The EIP-55 form ``0x…`` of a 40-hex-digit address body."""
    body = body.lower()
    digest = keccak256(body.encode("ascii")).hex()
    return "0x" + "".join(c.upper() if c in "abcdef" and int(h, 16) >= 8 else c
                          for c, h in zip(body, digest, strict=False))


def identify(text: str) -> Identification:
    if not _SHAPE.fullmatch(text):
        raise DecodeError("not 0x followed by 40 hexadecimal digits")
    body = text[2:]
    expected = checksum_encode(body)
    if body == expected[2:]:
        checksum = "verified"
    elif body == body.lower() or body == body.upper():
        checksum = "absent"
    else:
        raise DecodeError("checksum mismatch (EIP-55 mixed case)")
    validation = ("EIP-55 mixed-case checksum (Keccak-256)" if checksum == "verified"
                  else "length and hex digits only: all one case carries no EIP-55 checksum")
    return Identification("address", list(INTERPRETATIONS), validation, checksum=checksum,
                          details={"checksummed": expected})
