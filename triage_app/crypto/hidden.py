"""Characters that do not show but change what a string is or how it reads.

A right-to-left override makes an address read differently from what a wallet would use, a
zero-width space copied from a web page makes a valid address fail, and a control character
can rewrite the terminal line it is printed on. The checker removes them before checking,
names each one, and shows the input with each written as ``<U+XXXX>``.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

# Invisible or blank characters that Unicode does not class as format or control characters.
_INVISIBLE = frozenset(map(chr, (
    0x034F, 0x115F, 0x1160, 0x17B4, 0x17B5, 0x180B, 0x180C, 0x180D, 0x180F, 0x2800, 0x3164,
    0xFFA0, *range(0xFE00, 0xFE10), *range(0xE0100, 0xE01F0))))
_HIDDEN_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Co", "Cn"})
_ORDINARY_WHITESPACE = frozenset("\t\n\r")
_BIDI = frozenset(map(chr, (0x061C, 0x200E, 0x200F, *range(0x202A, 0x202F),
                            *range(0x2066, 0x206A))))
_SHOWN = 5  # characters named one by one in a note; the rest are counted


@dataclass(slots=True, frozen=True)
class HiddenCharacter:
    position: int  # 1-based, in the input as given
    char: str

    @property
    def code(self) -> str:
        return f"U+{ord(self.char):04X}"

    @property
    def name(self) -> str:
        category = unicodedata.category(self.char)
        fallback = {"Cc": "control character", "Cs": "broken text (not valid UTF-8)",
                    "Co": "private-use character", "Cn": "unassigned character"}
        return unicodedata.name(self.char, fallback.get(category, "invisible character"))

    @property
    def bidirectional(self) -> bool:
        return self.char in _BIDI

    def to_dict(self) -> dict[str, object]:
        return {"position": self.position, "code_point": self.code, "name": self.name}


def is_hidden(char: str) -> bool:
    return char not in _ORDINARY_WHITESPACE and (
        unicodedata.category(char) in _HIDDEN_CATEGORIES or char in _INVISIBLE)


def find_hidden(text: str) -> list[HiddenCharacter]:
    return [HiddenCharacter(i, c) for i, c in enumerate(text, 1) if is_hidden(c)]


def remove_hidden(text: str) -> str:
    """``text`` without them; one that separates (a control such as U+001F) becomes a space."""
    return "".join((" " if c.isspace() else "") if is_hidden(c) else c for c in text)


def escape_hidden(text: str) -> str:
    """``text`` with each hidden character written as ``<U+XXXX>``: safe to print."""
    return "".join(f"<U+{ord(c):04X}>" if is_hidden(c) else c for c in text)


def describe(hidden: list[HiddenCharacter]) -> str:
    """One sentence naming the hidden characters and what was done about them."""
    named = ", ".join(f"{h.code} {h.name} at character {h.position}" for h in hidden[:_SHOWN])
    more = f" and {len(hidden) - _SHOWN} more" if len(hidden) > _SHOWN else ""
    count = f"{len(hidden)} hidden character{'s' if len(hidden) > 1 else ''}"
    text = f"{count} ({named}{more}) removed before checking"
    if any(h.bidirectional for h in hidden):
        text += ("; a direction control makes the text read differently on screen from what "
                 "it is, so compare the source with the text as checked")
    return text
