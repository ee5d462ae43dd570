"""Loads the shared official test vectors (../shared/corpora/crypto-vectors, see its README)."""

from __future__ import annotations

import json
from functools import cache
from typing import Any

from tests.conftest import CORPORA

VECTORS = CORPORA / "crypto-vectors"


@cache
def load(name: str) -> Any:
    path = VECTORS / name
    if not path.is_file():
        raise FileNotFoundError(f"shared crypto vectors missing: expected {path}")
    return json.loads(path.read_text(encoding="utf-8"))


def raw_string(case: dict[str, str], key: str = "string") -> str:
    """The exact string, honouring ``bytes_hex`` (raw byte values such as 0x80 or 0x7f)."""
    if "bytes_hex" in case:
        return bytes.fromhex(case["bytes_hex"]).decode("latin-1")
    return case[key]
