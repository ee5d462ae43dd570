"""A seeded mutator: the same seed gives the same mutated inputs on every machine.

Byte mutations (bit flips, boundary values, zeroed, copied, inserted or deleted runs) suit
binary formats; text mutations (hidden characters, look-alike letters, huge numbers, deep
nesting, broken structure) suit JSON, XML, CSV and typed input. Every mutation is described in
words so a failure names how to make its input again.
"""

from __future__ import annotations

import random
import struct

BYTE_VALUES = (0x00, 0x01, 0x7F, 0x80, 0xFF)
WORD_VALUES = (0, 1, 0xFFFF, 0x10000, 0x7FFFFFFF, 0x80000000, 0xFFFFFFFF)
HIDDEN = ("\u202e", "\u2066", "\u200b", "\ufeff", "\x00", "\x1b", "\u3164", "\u00ad")
LOOK_ALIKES = {"o": "\u03bf", "a": "\u0430", "e": "\u0435", "i": "\u0456", "c": "\u0441",
               "p": "\u0440", "x": "\u0445", "0": "O", "1": "l"}
STRUCTURE = '{}[]<>":,;=/\\\'\n'
NUMBERS = ("-1", "0", "NaN", "1e999", "-0", "18446744073709551616", "9" * 5000, "0x10", "")
NEST_DEPTH = 48_000


class Mutator:
    def __init__(self, seed: int | str) -> None:
        self.rng = random.Random(seed)

    # --- bytes -------------------------------------------------------------------------------
    def mutate_bytes(self, data: bytes, focus: tuple[int, int] | None = None,
                     rounds: int | None = None) -> tuple[bytes, str]:
        """``data`` changed 1-4 times, mostly inside ``focus`` (start, end) when given."""
        buf = bytearray(data)
        notes = [self.rng.choice(_BYTE_OPS)(self, buf, focus)
                 for _ in range(rounds or self.rng.randint(1, 4))]
        return bytes(buf), "; ".join(notes)

    def _pos(self, buf: bytearray, focus: tuple[int, int] | None, room: int = 1) -> int:
        size = max(1, len(buf) - room + 1)
        if focus and self.rng.random() < 0.8:
            start, end = max(0, focus[0]), min(size, focus[1])
            if start < end:
                return self.rng.randrange(start, end)
        return self.rng.randrange(size)

    def _flip(self, buf, focus):
        if not buf:
            return "flip: empty"
        i, bit = self._pos(buf, focus), self.rng.randrange(8)
        buf[i] ^= 1 << bit
        return f"flip bit {bit} at {i}"

    def _byte(self, buf, focus):
        if not buf:
            return "byte: empty"
        i, value = self._pos(buf, focus), self.rng.choice(BYTE_VALUES)
        buf[i] = value
        return f"byte {value:#x} at {i}"

    def _word(self, buf, focus):
        if len(buf) < 4:
            return "word: too short"
        i, value = self._pos(buf, focus, 4), self.rng.choice(WORD_VALUES)
        buf[i:i + 4] = struct.pack("<I" if self.rng.random() < 0.5 else ">I", value)
        return f"word {value:#x} at {i}"

    def _zero(self, buf, focus):
        i, n = self._pos(buf, focus), self.rng.choice((1, 8, 64, 512))
        buf[i:i + n] = bytes(len(buf[i:i + n]))
        return f"zero {n} at {i}"

    def _copy(self, buf, focus):
        n = self.rng.choice((4, 16, 128))
        src, dst = self._pos(buf, focus, n), self._pos(buf, focus, n)
        buf[dst:dst + n] = buf[src:src + n]
        return f"copy {n} from {src} to {dst}"

    def _insert(self, buf, focus):
        i, n = self._pos(buf, focus), self.rng.choice((1, 3, 17, 200))
        buf[i:i] = self.rng.randbytes(n)
        return f"insert {n} random at {i}"

    def _delete(self, buf, focus):
        i, n = self._pos(buf, focus), self.rng.choice((1, 4, 33, 300))
        del buf[i:i + n]
        return f"delete {n} at {i}"

    def _truncate(self, buf, focus):
        i = self._pos(buf, focus)
        del buf[i:]
        return f"truncate at {i}"

    # --- text --------------------------------------------------------------------------------
    def mutate_document(self, text: str) -> tuple[bytes, str]:
        """A text file's bytes: ``text`` mutated as text seven times in ten, else as bytes."""
        if self.rng.random() < 0.7:
            mutated, note = self.mutate_text(text)
            return mutated.encode("utf-8", "surrogatepass"), note
        return self.mutate_bytes(text.encode())

    def mutate_text(self, text: str, rounds: int | None = None) -> tuple[str, str]:
        notes = []
        for _ in range(rounds or self.rng.randint(1, 3)):
            text, note = self.rng.choice(_TEXT_OPS)(self, text)
            notes.append(note)
        return text, "; ".join(notes)

    def _at(self, text: str) -> int:
        return self.rng.randrange(len(text) + 1)

    def _hidden(self, text):
        i, ch = self._at(text), self.rng.choice(HIDDEN)
        return text[:i] + ch + text[i:], f"insert U+{ord(ch):04X} at {i}"

    def _look_alike(self, text):
        spots = [i for i, c in enumerate(text) if c in LOOK_ALIKES]
        if not spots:
            return self._hidden(text)
        i = self.rng.choice(spots)
        return text[:i] + LOOK_ALIKES[text[i]] + text[i + 1:], f"look-alike at {i}"

    def _number(self, text):
        digits = [i for i, c in enumerate(text) if c.isdigit()]
        i = self.rng.choice(digits) if digits else self._at(text)
        j = i
        while j < len(text) and text[j].isdigit():
            j += 1
        value = self.rng.choice(NUMBERS)
        return text[:i] + value + text[j:], f"number {value[:12]}… at {i}"

    def _nest(self, text):
        i = self._at(text)
        opener = self.rng.choice(("[", "{\"a\":", "<a>"))
        closer = {"[": "]", "{\"a\":": "}", "<a>": "</a>"}[opener]
        return text[:i] + opener * NEST_DEPTH + closer * NEST_DEPTH + text[i:], \
            f"nest {opener} {NEST_DEPTH} deep at {i}"

    def _structure(self, text):
        i = self._at(text)
        ch = self.rng.choice(STRUCTURE)
        if i < len(text) and self.rng.random() < 0.5:
            return text[:i] + ch + text[i + 1:], f"replace with {ch!r} at {i}"
        return text[:i] + ch + text[i:], f"insert {ch!r} at {i}"

    def _span(self, text):
        i = self._at(text)
        n = self.rng.choice((1, 5, 40))
        if self.rng.random() < 0.5:
            return text[:i] + text[i + n:], f"delete {n} at {i}"
        return text[:i] + text[i:i + n] * self.rng.choice((2, 50)) + text[i + n:], \
            f"repeat {n} at {i}"

    def _line(self, text):
        lines = text.splitlines(keepends=True)
        if len(lines) < 2:
            return self._span(text)
        i, j = self.rng.randrange(len(lines)), self.rng.randrange(len(lines))
        op = self.rng.choice(("drop", "duplicate", "swap"))
        if op == "drop":
            del lines[i]
        elif op == "duplicate":
            lines.insert(j, lines[i])
        else:
            lines[i], lines[j] = lines[j], lines[i]
        return "".join(lines), f"{op} line {i} ({j})"

    def _unicode(self, text):
        i = self._at(text)
        ch = chr(self.rng.choice((0x3000, 0x00e9, 0x4e00, 0x1f600, 0xfffd, 0x0301, 0x2028)))
        return text[:i] + ch + text[i:], f"insert U+{ord(ch):04X} at {i}"


_BYTE_OPS = (Mutator._flip, Mutator._flip, Mutator._byte, Mutator._word, Mutator._word,
             Mutator._zero, Mutator._copy, Mutator._insert, Mutator._delete, Mutator._truncate)
_TEXT_OPS = (Mutator._hidden, Mutator._look_alike, Mutator._number, Mutator._number,
             Mutator._nest, Mutator._structure, Mutator._structure, Mutator._span,
             Mutator._line, Mutator._unicode)
