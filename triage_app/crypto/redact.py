"""Redacted forms of secrets, the only form shown or logged unless an L3 officer reveals it."""

from __future__ import annotations

_WORD_SHOWN = 8  # the longest BIP-39 word; a longer first "word" may be a whole key


def redact(text: str) -> str:
    """First and last four characters of a key; word count and first word of a phrase."""
    words = text.split()
    if len(words) > 1:
        first = words[0] if len(words[0]) <= _WORD_SHOWN else words[0][:4] + "…"
        return f"[{len(words)}-word phrase starting {first!r}, redacted]"
    if len(text) <= 12:
        return f"[{len(text)} characters, redacted]"
    return f"{text[:4]}…{text[-4:]} [{len(text)} characters, redacted]"
