"""Redacted forms of secrets, the only form shown or logged unless an L3 officer reveals it."""

from __future__ import annotations


def redact(text: str) -> str:
    """First and last four characters of a key; word count and first word of a phrase."""
    words = text.split()
    if len(words) > 1:
        return f"[{len(words)}-word phrase starting {words[0]!r}, redacted]"
    if len(text) <= 12:
        return f"[{len(text)} characters, redacted]"
    return f"{text[:4]}…{text[-4:]} [{len(text)} characters, redacted]"
