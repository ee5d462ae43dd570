"""Electrum seeds, which are not BIP-39: "new" seeds carry a version in an HMAC of the phrase,
"old" (pre-2.0) seeds are 12 or 24 words from a 1,626-word list.

Rules follow Electrum's ``mnemonic.py``; ``seed_type`` answers exactly as Electrum's does.
"""

from __future__ import annotations

import hashlib
import hmac
import string
import unicodedata

from triage_app.crypto import bip39
from triage_app.crypto.electrum_old_words import WORDS as OLD_WORDS
from triage_app.crypto.records import DecodeError, Identification, Interpretation

SEED_PREFIXES = (("standard", "01"), ("segwit", "100"), ("2fa", "101"), ("2fa_segwit", "102"))
_OLD_INDEX = {w: i for i, w in enumerate(OLD_WORDS)}
# Electrum's CJK_INTERVALS: whitespace between two such characters is dropped.
_CJK = (
    (0x4E00, 0x9FFF), (0x3400, 0x4DBF), (0x20000, 0x2A6DF), (0x2A700, 0x2B73F),
    (0x2B740, 0x2B81F), (0xF900, 0xFAFF), (0x2F800, 0x2FA1D), (0x3190, 0x319F),
    (0x2E80, 0x2EFF), (0x2F00, 0x2FDF), (0x31C0, 0x31EF), (0x2FF0, 0x2FFF),
    (0xE0100, 0xE01EF), (0x3100, 0x312F), (0x31A0, 0x31BF), (0xFF00, 0xFFEF),
    (0x3040, 0x309F), (0x30A0, 0x30FF), (0x31F0, 0x31FF), (0x1B000, 0x1B0FF),
    (0xAC00, 0xD7AF), (0x1100, 0x11FF), (0xA960, 0xA97F), (0xD7B0, 0xD7FF),
    (0x3130, 0x318F), (0xA4D0, 0xA4FF), (0x16F00, 0x16F9F), (0xA000, 0xA48F),
    (0xA490, 0xA4CF),
)


def _is_cjk(c: str) -> bool:
    n = ord(c)
    return any(lo <= n <= hi for lo, hi in _CJK)


def normalize_text(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).lower()
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = " ".join(text.split())
    return "".join(c for i, c in enumerate(text)
                   if not (c in string.whitespace and _is_cjk(text[i - 1])
                           and _is_cjk(text[i + 1])))


def _is_new_seed(text: str, prefix: str) -> bool:
    digest = hmac.new(b"Seed version", normalize_text(text).encode(), hashlib.sha512)
    return digest.hexdigest().startswith(prefix)


def is_old_seed(text: str) -> bool:
    norm = normalize_text(text)
    words = norm.split()
    uses_old_words = len(words) in (12, 24) and all(w in _OLD_INDEX for w in words)
    try:
        is_hex = len(bytes.fromhex(norm)) in (16, 32)
    except ValueError:
        is_hex = False
    return is_hex or uses_old_words


def seed_type(text: str) -> str | None:
    """'old', 'standard', 'segwit', '2fa', '2fa_segwit', or None (Electrum's own answer)."""
    if is_old_seed(text):
        return "old"
    words = len(text.split())
    for name, prefix in SEED_PREFIXES:
        if _is_new_seed(text, prefix) and (name != "2fa" or words == 12 or words >= 20):
            return name
    return None


def seed(phrase: str, passphrase: str = "") -> bytes:
    """The 64-byte BIP-32 seed of a new-style Electrum phrase."""
    return hashlib.pbkdf2_hmac("sha512", normalize_text(phrase).encode(),
                               b"electrum" + normalize_text(passphrase).encode(), 2048)


def identify(phrase: str) -> Identification:
    """A phrase of 12 or more dictionary words that Electrum would take as a seed.

    Any text has a 1-in-256 chance of an Electrum version prefix, so only phrases made of
    Electrum's own words (the BIP-39 lists, or the old list) are claimed.
    """
    words = bip39.words_of(phrase)
    kind = seed_type(phrase)
    if len(words) < 12 or kind is None:
        raise DecodeError("not an Electrum seed")
    if kind == "old" and not all(w in _OLD_INDEX for w in words):
        raise DecodeError("hex text is not claimed as an Electrum seed")
    if kind != "old" and not bip39.languages_of(words):
        raise DecodeError("not an Electrum seed (words outside Electrum's word lists)")
    return Identification(
        "seed-phrase", [Interpretation("BTC", "mainnet", f"electrum-{kind.replace('_', '-')}")],
        "Electrum seed version (HMAC-SHA512 prefix)" if kind != "old"
        else "12 or 24 words from Electrum's old 1,626-word list",
        sensitive=True, details={"electrum_type": kind, "words": len(words)})
