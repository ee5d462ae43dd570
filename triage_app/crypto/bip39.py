"""BIP-39 mnemonic seed phrases in every official word list, checksum verified.

The word lists ship under ``resources/bip39/`` (from trezor/python-mnemonic, MIT licence).
Words are compared in NFKD form, as the BIP prescribes; Japanese phrases are written with the
ideographic space U+3000, which :meth:`str.split` treats as whitespace.
"""

from __future__ import annotations

import hashlib
import unicodedata
from functools import cache

from triage_app import config
from triage_app.crypto.records import DecodeError, Identification, Interpretation

LANGUAGES = (
    "english", "chinese_simplified", "chinese_traditional", "czech", "french", "italian",
    "japanese", "korean", "portuguese", "russian", "spanish", "turkish",
)
WORD_COUNTS = (12, 15, 18, 21, 24)


@cache
def wordlist(language: str) -> tuple[str, ...]:
    path = config.resource("bip39", f"{language}.txt")
    words = tuple(unicodedata.normalize("NFKD", w)
                  for w in path.read_text(encoding="utf-8").split())
    if len(words) != 2048:
        raise DecodeError(f"the BIP-39 {language} word list is damaged ({len(words)} words)")
    return words


@cache
def _index(language: str) -> dict[str, int]:
    return {w: i for i, w in enumerate(wordlist(language))}


def words_of(phrase: str) -> list[str]:
    return unicodedata.normalize("NFKD", phrase).lower().split()


def languages_of(words: list[str]) -> list[str]:
    """The languages whose list holds every word."""
    return [lang for lang in LANGUAGES if all(w in _index(lang) for w in words)]


def _no_common_list(words: list[str]) -> str:
    """Why no one list holds every word: a word in none, or words from several lists."""
    unknown = next((w for w in words if not any(w in _index(lang) for lang in LANGUAGES)), None)
    if unknown is not None:
        return f"word {unknown!r} is in no BIP-39 word list"
    mixed = sorted({next(lang for lang in LANGUAGES if w in _index(lang)) for w in words})
    return (f"the words come from more than one BIP-39 word list ({', '.join(mixed)}); "
            "a seed phrase uses one list")


def to_entropy(words: list[str], language: str) -> bytes:
    if len(words) not in WORD_COUNTS:
        raise DecodeError(f"{len(words)} words: a BIP-39 phrase has 12, 15, 18, 21 or 24")
    index = _index(language)
    try:
        bits = "".join(format(index[w], "011b") for w in words)
    except KeyError as exc:
        raise DecodeError(f"word {exc.args[0]!r} is not in the {language} list") from None
    checksum_bits = len(words) // 3
    entropy = int(bits[:-checksum_bits], 2).to_bytes(len(words) * 4 // 3, "big")
    expected = format(hashlib.sha256(entropy).digest()[0], "08b")[:checksum_bits]
    if bits[-checksum_bits:] != expected:
        raise DecodeError("checksum mismatch")
    return entropy


def from_entropy(entropy: bytes, language: str = "english") -> str:
    if len(entropy) not in (16, 20, 24, 28, 32):
        raise ValueError("entropy must be 16, 20, 24, 28 or 32 bytes")
    checksum_bits = len(entropy) // 4
    bits = format(int.from_bytes(entropy, "big"), f"0{len(entropy) * 8}b")
    bits += format(hashlib.sha256(entropy).digest()[0], "08b")[:checksum_bits]
    words = [wordlist(language)[int(bits[i:i + 11], 2)] for i in range(0, len(bits), 11)]
    return ("\u3000" if language == "japanese" else " ").join(words)


def seed(phrase: str, passphrase: str = "") -> bytes:
    """The 64-byte BIP-39 seed (PBKDF2-HMAC-SHA512, 2048 rounds)."""
    norm = unicodedata.normalize
    return hashlib.pbkdf2_hmac("sha512", norm("NFKD", phrase).encode(),
                               b"mnemonic" + norm("NFKD", passphrase).encode(), 2048)


def identify(phrase: str) -> Identification:
    words = words_of(phrase)
    if len(words) not in WORD_COUNTS:
        raise DecodeError(f"{len(words)} words: a BIP-39 phrase has 12, 15, 18, 21 or 24")
    languages = languages_of(words)
    if not languages:
        raise DecodeError(_no_common_list(words))
    valid = []
    for language in languages:
        try:
            to_entropy(words, language)
        except DecodeError:
            continue
        valid.append(language)
    if not valid:
        raise DecodeError("checksum mismatch")
    return Identification(
        "seed-phrase", [Interpretation("multi-currency", "any", "bip39")],
        "every word in one official BIP-39 list and the SHA-256 checksum bits",
        sensitive=True, details={"language": valid[0], "languages": valid, "words": len(words)})
