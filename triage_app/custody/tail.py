"""Reading the end of a ledger file: the last good entry and anything torn after it.

A crash can leave the last line without its ``\\n`` (a *fragment*); a crash during the
recovery of a fragment can leave complete lines that are not entries (*junk*). Both are
reported, and the next write records them (see :mod:`triage_app.custody.ledger`).

What an interrupted write cannot leave is *damage*: more than :data:`MAX_TORN_BYTES` after the
last entry, or lines that are not the start of an entry. Damage is reported with its size and
nothing is ever appended after it. The file is read backwards once, each line parsed once, so
the time is linear in the size of the tail whatever it holds.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator
from dataclasses import dataclass

from triage_app.core.json_input import loads
from triage_app.custody.entry import CustodyEntry, line_sha256

_BLOCK = 64 * 1024
MAX_TORN_BYTES = 1 << 20  # far more than one entry; more than this is not a torn write
MAX_LINE_BYTES = 16 << 20  # no entry is this long; longer lines are not kept in memory
_ENTRY_START = b'{"action":"'


@dataclass(frozen=True, slots=True)
class TornTail:
    """Bytes after the last good entry: ``lines`` junk lines and/or an unterminated fragment."""

    offset: int
    size: int
    lines: int
    fragment: bytes
    sha256: str  # of all the torn bytes
    damaged: bool = False  # not what an interrupted write leaves: never append after it


@dataclass(frozen=True, slots=True)
class Tail:
    size: int
    last: CustodyEntry | None
    last_sha256: str | None
    torn: TornTail | None
    last_torn_line: bytes | None  # the final complete junk line (what a recovery entry chains to)


def pread(fd: int, size: int, offset: int) -> bytes:
    if hasattr(os, "pread"):
        return os.pread(fd, size, offset)
    os.lseek(fd, offset, os.SEEK_SET)  # Windows; callers hold the ledger lock
    return os.read(fd, size)


def plausibly_torn(raw: bytes) -> bool:
    """What a cut-short write can leave: the start of a canonical entry, or the zeros a file
    system may show for blocks that were allocated but never written before a power cut."""
    text = raw.rstrip(b"\n").rstrip(b"\0")
    if not (text.startswith(_ENTRY_START) or _ENTRY_START.startswith(text)):
        return False
    try:
        loads(text)
    except ValueError:
        return True  # a strict prefix of a JSON object never parses
    return False


def lines_backwards(fd: int, size: int) -> Iterator[tuple[int, bytes | None, int]]:
    """``(offset, line, length)`` from the last line to the first; a line keeps its ``\\n``.
    ``line`` is None for a line longer than :data:`MAX_LINE_BYTES` (never an entry)."""
    pos = size
    chunks: list[bytes] = []  # the end of the current line, newest chunk last (reversed order)
    held = 0  # bytes of the current line seen so far
    kept = True
    while pos > 0:
        step = min(_BLOCK, pos)
        pos -= step
        block = pread(fd, step, pos)
        end = len(block)
        while True:
            # the "\n" that ends the line before the current one (not the current one's own)
            cut = block.rfind(b"\n", 0, end - 1 if end and not held else end)
            if cut < 0:
                break
            part = block[cut + 1:end]
            length = held + len(part)
            line = part + b"".join(reversed(chunks)) if kept else None
            if line is not None and length <= MAX_LINE_BYTES:
                yield pos + cut + 1, line, length
            else:
                yield pos + cut + 1, None, length
            chunks, held, kept, end = [], 0, True, cut + 1
        if end:
            held += end
            if kept and held <= MAX_LINE_BYTES:
                chunks.append(block[:end])
            else:
                chunks, kept = [], False
    if held:
        yield 0, b"".join(reversed(chunks)) if kept else None, held


def read_tail(fd: int, size: int) -> Tail:
    """The last good entry and what follows it, in one backward pass."""
    fragment = b""
    junk_lines = 0
    last_junk: bytes | None = None
    plausible = True
    for offset, line, length in lines_backwards(fd, size):
        if offset + length == size and line is not None and not line.endswith(b"\n"):
            fragment = line  # the unterminated last line (a whole entry may lack only "\n")
            plausible = plausibly_torn(line) or _entry(line + b"\n") is not None
            continue
        entry = _entry(line)
        if entry is not None and line is not None:  # an entry is read only from a line
            torn = _torn(fd, offset + length, size, junk_lines, fragment, plausible)
            return Tail(size, entry, line_sha256(line), torn, last_junk)
        junk_lines += 1
        if last_junk is None:
            last_junk = line if line is not None else b""
        plausible = plausible and line is not None and plausibly_torn(line)
    return Tail(size, None, None, _torn(fd, 0, size, junk_lines, fragment, plausible), last_junk)


def _entry(line: bytes | None) -> CustodyEntry | None:
    if line is None or not line.startswith(_ENTRY_START):  # canonical lines all start so
        return None
    try:
        return CustodyEntry.from_line(line)
    except (ValueError, TypeError):
        return None


def _torn(fd: int, offset: int, size: int, lines: int, fragment: bytes,
          plausible: bool) -> TornTail | None:
    if offset == size:
        return None
    digest = hashlib.sha256()
    for at in range(offset, size, _BLOCK):
        digest.update(pread(fd, min(_BLOCK, size - at), at))
    damaged = not plausible or size - offset > MAX_TORN_BYTES
    return TornTail(offset=offset, size=size - offset, lines=lines, fragment=fragment,
                    sha256=digest.hexdigest(), damaged=damaged)
