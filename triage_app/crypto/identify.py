"""Identify and validate one string an officer typed or pasted: :func:`check`."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from triage_app.crypto import bip38, bip39, bitcoin, cashaddr, evm, monero, tron, xrp
from triage_app.crypto.base58 import BITCOIN_ALPHABET, RIPPLE_ALPHABET
from triage_app.crypto.chains import SEGWIT_HRPS
from triage_app.crypto.explain import explain, explain_invalid
from triage_app.crypto.hidden import HiddenCharacter, describe, escape_hidden, find_hidden, remove_hidden
from triage_app.crypto.records import DecodeError, Identification, Interpretation
from triage_app.crypto.redact import redact

MAX_INPUT_CHARS = 1000
_URI = re.compile(r"(?i)(bitcoin|litecoin|dogecoin|ethereum|tron|ripple|monero):(?!//)")
_NUMBERING = re.compile(r"\d{1,2}[.):]?")
_B58 = re.compile(f"[{BITCOIN_ALPHABET}]+")
_RIPPLE = re.compile(f"[{RIPPLE_ALPHABET}]+")
_QUOTED = re.compile(r"'[^']*'|\"[^\"]*\"")
_HEX_DIGITS = "0123456789abcdefABCDEF"
# (start, lengths, alphabet) of secrets: extended private keys, WIF keys, BIP-38 keys, XRP
# family seeds. A string of that start and length with up to _TYPOS characters outside the
# alphabet (a typo, a look-alike letter) is still most of a secret.
_SECRET_SHAPES = (
    (re.compile(r"[xyztuvYZUV]prv"), range(107, 116), BITCOIN_ALPHABET),
    (re.compile(r"[59KLc]"), range(50, 54), BITCOIN_ALPHABET),
    (re.compile(r"6P"), range(56, 60), BITCOIN_ALPHABET),
    (re.compile(r"s"), range(29, 30), RIPPLE_ALPHABET),
)
_HEX_SECRET_LENGTHS = (32, 64, 128)  # old Electrum seed, raw key, BIP-39 seed (or a hash)
_TYPOS = 2
_SHOWN_OF_OVERLONG = 120


@dataclass(slots=True)
class CheckResult:
    """The answer for one input: valid or not, what it is, and what to do."""

    input: str
    valid: bool
    kind: str | None
    interpretations: list[Interpretation]
    explanation: str
    next_step: str
    reason: str | None = None
    validation: str | None = None
    checksum: str | None = None  # verified | absent
    sensitive: bool = False  # a secret, or shaped like one though it failed its checks
    normalized: str | None = None  # what was validated, when it differs from the input
    details: dict[str, Any] = field(default_factory=dict)
    hidden: list[HiddenCharacter] = field(default_factory=list)  # removed before checking

    @property
    def display(self) -> str:
        """The input as it may be shown or logged: redacted when it is or looks like a secret,
        hidden characters written as ``<U+XXXX>``."""
        overlong = len(self.input) > MAX_INPUT_CHARS  # refused unread: its start is enough
        if self.sensitive:
            return (f"[{len(self.input)} characters, redacted]" if overlong
                    else redact(remove_hidden(self.input).strip()))
        if overlong:
            return (f"{escape_hidden(self.input[:_SHOWN_OF_OVERLONG])}… "
                    f"[{len(self.input)} characters]")
        return escape_hidden(self.input)

    @property
    def hidden_note(self) -> str | None:
        return describe(self.hidden) if self.hidden else None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "input": self.input, "valid": self.valid, "kind": self.kind,
            "interpretations": [i.to_dict() for i in self.interpretations],
            "explanation": self.explanation, "next_step": self.next_step,
            "sensitive": self.sensitive,
        }
        if self.reason is not None:
            out["reason"] = self.reason
        if self.valid:
            out["validation"] = self.validation
            out["checksum"] = self.checksum
        if self.valid or self.sensitive:
            out["redacted"] = self.display
        if self.normalized is not None and not self.sensitive:
            out["normalized"] = self.normalized
        if self.hidden:
            out["hidden_characters"] = [h.to_dict() for h in self.hidden]
        if self.details:
            out["details"] = self.details
        return out


def _extended_key(text: str) -> Identification:
    # The heavier codecs (extended keys, Electrum seeds) are imported by the first input of
    # their shape: checking an address starts without them.
    from triage_app.crypto import extended_keys

    return extended_keys.identify(text)


# (looks like it?, decoder) pairs, most specific shape first; the reason an input is refused
# comes from the first decoder whose shape it has.
_Decoder = tuple[Callable[[str], bool], Callable[[str], Identification]]
_TOKEN_DECODERS: tuple[_Decoder, ...] = (
    (lambda s: s[:2] in ("0x", "0X"), evm.identify),
    (lambda s: "1" in s and s[:s.rfind("1")].lower() in SEGWIT_HRPS,
     bitcoin.decode_segwit_address),
    (lambda s: ":" in s or (len(s) == 42 and s[0] in "qpQP"), cashaddr.identify),
    (lambda s: len(s) in (95, 106) and bool(_B58.fullmatch(s)), monero.identify),
    (lambda s: 107 <= len(s) <= 115 and bool(_B58.fullmatch(s)), _extended_key),
    (lambda s: s.startswith("6P") and bool(_B58.fullmatch(s)), bip38.identify),
    (lambda s: 50 <= len(s) <= 53 and bool(_B58.fullmatch(s)), bitcoin.decode_wif),
    (lambda s: s[:1] == "T" and len(s) == 34 and bool(_B58.fullmatch(s)), tron.identify),
    (lambda s: 25 <= len(s) <= 36 and bool(_B58.fullmatch(s)), bitcoin.decode_base58_address),
    (lambda s: s[:1] in "rsXTna" and 25 <= len(s) <= 53 and bool(_RIPPLE.fullmatch(s)),
     xrp.identify),
)


def _merge(found: list[Identification]) -> Identification:
    first = found[0]
    for other in found[1:]:
        if other.kind == first.kind:
            first.interpretations.extend(i for i in other.interpretations
                                         if i not in first.interpretations)
    return first


def identify_token(token: str) -> Identification:
    found, reasons = [], []
    for looks_like, decoder in _TOKEN_DECODERS:
        if not looks_like(token):
            continue
        try:
            found.append(decoder(token))
        except DecodeError as exc:
            reasons.append(str(exc))
    if found:
        return _merge(found)
    if reasons:
        raise DecodeError(reasons[0])
    raise DecodeError(_shape_reason(token))


def _shape_reason(token: str) -> str:
    if re.fullmatch(r"[0-9a-fA-F]{64}", token):
        return ("64 hexadecimal digits could be a raw private key, a transaction id or any "
                "hash; the string alone cannot tell - show it to a specialist")
    if _B58.fullmatch(token) or _RIPPLE.fullmatch(token):
        return f"{len(token)} characters: no known address or key has this length"
    return "no known address, key or seed format"


def _identify_phrase(words: list[str]) -> tuple[Identification, str | None]:
    """The phrase's identification, and the address it spells when it is one typed in groups."""
    phrase = " ".join(words)
    found, reasons = [], []
    from triage_app.crypto import electrum

    for decoder in (bip39.identify, electrum.identify):
        try:
            found.append(decoder(phrase))
        except DecodeError as exc:
            reasons.append(str(exc))
    if found:
        ident = _merge(found)
        for other in found[1:]:
            ident.validation += "; " + other.validation
            ident.details.update({k: v for k, v in other.details.items()
                                  if k not in ident.details})
        return ident, None
    joined = "".join(words)
    if len(joined) <= 120 and all(w.isascii() and w.isalnum() for w in words):
        try:  # an address typed in groups, as printed on some wallets' receipts
            return identify_token(joined), joined
        except DecodeError:
            pass
    raise DecodeError(reasons[0])


def _strip_uri(text: str) -> str:
    match = _URI.match(text)
    if match:
        text = re.split(r"[?@/]", text[match.end():], maxsplit=1)[0]
    elif text.lower().startswith(tuple(p + ":" for p in cashaddr.NETWORKS)):
        text = text.split("?", 1)[0]
    return text


def check(text: str) -> CheckResult:
    """Identify and validate ``text``; never raises for any input."""
    if not isinstance(text, str):
        return _invalid(repr(text)[:80], "not text")
    if len(text) > MAX_INPUT_CHARS:
        return _invalid(text, f"too long ({len(text)} characters; a key or seed phrase is at "
                              f"most {MAX_INPUT_CHARS})")
    hidden = find_hidden(text)
    candidate = _strip_uri(remove_hidden(text).strip())
    if not candidate:
        return _invalid(text, "empty input", hidden)
    words = _words(candidate) if len(candidate.split()) > 1 else []
    try:
        ident, spelled = _identify_phrase(words) if words else (identify_token(candidate),
                                                                 candidate)
    except DecodeError as exc:
        return _invalid(text, str(exc), hidden)
    explanation, next_step = explain(ident)
    return CheckResult(
        input=text, valid=True, kind=ident.kind, interpretations=ident.interpretations,
        explanation=explanation, next_step=next_step, validation=ident.validation,
        checksum=ident.checksum, sensitive=ident.sensitive, details=ident.details,
        normalized=spelled if spelled not in (None, text) else None, hidden=hidden)


def _words(candidate: str) -> list[str]:
    return [w for w in bip39.words_of(candidate.replace(",", " "))
            if not _NUMBERING.fullmatch(w)]


def looks_secret(text: str) -> bool:
    """True for text shaped like a private key or a seed phrase, whether or not it validates:
    a seed with a typo, a key with a look-alike letter or pasted twice is still a secret."""
    text = remove_hidden(text)
    words = _words(text)
    if len(words) >= 3 and sum(w.isalpha() for w in words) * 3 >= len(words) * 2:
        return True
    return any(_shaped_like_key(token) or _holds_key(token) for token in text.split())


def _near(token: str, alphabet: str) -> bool:
    return sum(c not in alphabet for c in token) <= _TYPOS


def _shaped_like_key(token: str) -> bool:
    body = token[2:] if token[:2] in ("0x", "0X") else token
    if len(body) in _HEX_SECRET_LENGTHS and _near(body, _HEX_DIGITS):
        return True
    return any(start.match(token) and len(token) in lengths and _near(token, alphabet)
               for start, lengths, alphabet in _SECRET_SHAPES)


def _holds_key(token: str) -> bool:
    """True when a valid key sits inside a longer Base58 string (a key pasted twice)."""
    if len(token) <= 53 or not _B58.fullmatch(token):
        return False
    for i, c in enumerate(token):
        lengths = ((51, 52) if c in "59KLc" else (58,) if token.startswith("6P", i)
                   else (111,) if token.startswith("prv", i + 1) else ())
        for n in lengths:
            try:
                if identify_token(token[i:i + n]).sensitive:
                    return True
            except DecodeError:
                continue
    return False


def _invalid(text: str, reason: str, hidden: list[HiddenCharacter] | None = None
             ) -> CheckResult:
    sensitive = looks_secret(text[:2 * MAX_INPUT_CHARS])
    if sensitive:  # "word 'xyz' is in no list" would give a word of the secret away
        reason = _QUOTED.sub("'…'", reason)
    explanation, next_step = explain_invalid(reason)
    return CheckResult(input=text, valid=False, kind=None, interpretations=[],
                       explanation=explanation, next_step=next_step, reason=reason,
                       sensitive=sensitive, hidden=hidden or [])
