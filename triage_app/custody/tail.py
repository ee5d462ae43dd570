"""Reading the end of a ledger file: the last good entry and anything torn after it.

A crash can leave the last line without its ``\\n`` (a *fragment*); a crash during the
recovery of a fragment can leave complete lines that are not entries (*junk*). Both are
reported, and the next write records them (see :mod:`triage_app.custody.ledger`).
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass

from triage_app.custody.entry import CustodyEntry, line_sha256

_BLOCK = 64 * 1024


@dataclass(frozen=True, slots=True)
class TornTail:
    """Bytes after the last good entry: ``lines`` junk lines and/or an unterminated fragment."""

    offset: int
    size: int
    lines: int
    fragment: bytes
    sha256: str  # of all the torn bytes


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


def read_tail(fd: int, size: int) -> Tail:
    """Scan backwards from ``size`` until a good entry (or the start of the file) is found."""
    pos = size
    buf = b""
    while True:
        step = min(_BLOCK, pos)
        pos -= step
        buf = pread(fd, step, pos) + buf
        tail = _analyse(buf, pos, size)
        if tail is not None:
            return tail
        if pos == 0:
            raise AssertionError("unreachable: _analyse decides at the start of the file")


def _analyse(buf: bytes, base: int, size: int) -> Tail | None:
    """Decide from ``buf`` (the file from offset ``base`` to the end), or None to read more."""
    at_start = base == 0
    cut = buf.rfind(b"\n") + 1  # end of the last complete line
    if cut == 0 and not at_start:
        return None
    fragment = buf[cut:]
    junk: list[bytes] = []
    end = cut
    while end > 0:
        start = buf.rfind(b"\n", 0, end - 1) + 1
        if start == 0 and not at_start:
            return None  # this line may begin before buf
        line = buf[start:end]
        try:
            entry = CustodyEntry.from_line(line)
        except (ValueError, TypeError):
            junk.append(line)
            end = start
            continue
        return Tail(size, entry, line_sha256(line), _torn(base + end, buf[end:], junk, fragment),
                    junk[0] if junk else None)
    return Tail(size, None, None, _torn(base, buf, junk, fragment), junk[0] if junk else None)


def _torn(offset: int, data: bytes, junk: list[bytes], fragment: bytes) -> TornTail | None:
    if not data:
        return None
    return TornTail(offset=offset, size=len(data), lines=len(junk), fragment=fragment,
                    sha256=hashlib.sha256(data).hexdigest())
