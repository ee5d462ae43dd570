"""Typed records that flow from the evidence layer through the engine to the case store."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from typing import Any, Protocol


class ContentReader(Protocol):
    """Sequential, read-only access to one data stream of an entry."""

    def read(self, size: int) -> bytes: ...

    def close(self) -> None: ...


@dataclass(slots=True)
class Finding:
    """Something an analyzer noticed, with how it was obtained (human in the loop decides)."""

    analyzer: str
    analyzer_version: str
    kind: str
    summary: str
    method: str
    confidence: str = "high"  # high | medium | low
    offset: int | None = None
    detail: dict[str, Any] = field(default_factory=dict)
    sensitive: bool = False  # holds a secret: shown redacted unless an L3 officer reveals it
    count: int = 1  # how many times the same artefact occurs in the file
    offsets: list[int] = field(default_factory=list)  # where: the first 16 occurrences
    urgent: bool = False  # lets anyone move funds now (a key, a seed, a wallet file)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(slots=True)
class Entry:
    """One file-system entry (or NTFS alternate data stream) of a source.

    ``path`` is ``/``-separated from the root of the file system (or folder), prefixed by
    ``/pN`` when the source has a volume system. ``times`` are Unix epochs (UTC) as the file
    system recorded them: crtime, mtime, atime, ctime.
    """

    path: str
    type: str  # file | dir | link | other
    size: int
    deleted: bool = False
    times: dict[str, int] = field(default_factory=dict)
    inode: int | None = None
    stream: str | None = None  # NTFS alternate data stream name
    alias: str | None = None  # the other name the file system holds (ISO 9660 8.3 / Joliet)
    error: str | None = None
    # time fields the file system holds but no date can show (after the year 9999)
    times_out_of_range: tuple[str, ...] = ()
    opener: Callable[[], ContentReader] | None = field(default=None, repr=False, compare=False)

    @property
    def has_content(self) -> bool:
        return self.type == "file" and self.opener is not None

    @property
    def name(self) -> str:
        return self.path.rsplit("/", 1)[-1]


@dataclass(slots=True)
class VolumeReport:
    """What was found at one place of a source: a file system, encryption, or nothing usable."""

    label: str  # "" for a bare file system, "p1", "p2" ... inside a volume system
    offset: int
    length: int | None
    description: str
    status: str  # ok | encrypted | unsupported | no-filesystem | unreadable
    fs_type: str | None = None
    message: str = ""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)
