"""The mark every piece of synthetic evidence carries, so it can be told from real evidence
wherever it is copied to.

An image (ext4, FAT, the BitLocker-like volume, and so the media inside an E01 made of one, or a
stick the image was written to) carries the mark in its first sector, in bytes its file system
leaves unused (ext4's boot block, FAT's boot code); a folder carries it as a file at its top.
Reading it needs no parser: the first 4 KiB of the media, or one small file, are searched for
the magic line. The mark says which build made the evidence and which piece it is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from triage_app.core.readonly import open_readonly
from triage_app.evidence.source import Source

MAGIC = b"FIELD-TRIAGE-SIMULATION/1"
MARKER_FILE = "FIELD-TRIAGE-SIMULATION.txt"
HEAD_BYTES = 4096
_LINE = re.compile(rb"FIELD-TRIAGE-SIMULATION/1 build=([0-9a-f]{64}) evidence=([a-z0-9-]{1,64})\n")


@dataclass(frozen=True, slots=True)
class Mark:
    build: str  # the build's id (see simulation.evidence)
    evidence: str  # the id of the piece of evidence in that build


def mark_bytes(mark: Mark) -> bytes:
    return (MAGIC + f" build={mark.build} evidence={mark.evidence}\n".encode("ascii")
            + b"Synthetic training evidence made by Field Triage from a scenario; "
              b"it is not evidence of anything.\n")


def find_mark(data: bytes) -> Mark | None:
    match = _LINE.search(data)
    return Mark(match.group(1).decode(), match.group(2).decode()) if match else None


def read_mark(source: Source) -> Mark | None:
    """The mark of ``source`` (None: it carries none), read without parsing its file systems."""
    media = source.media
    if media is not None:
        return find_mark(media.read_at(0, HEAD_BYTES))
    marker = Path(source.location) / MARKER_FILE
    if not marker.is_file():
        return None
    with open_readonly(str(marker)) as handle:
        return find_mark(handle.read(HEAD_BYTES))
