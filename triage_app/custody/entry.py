"""One custody entry and its canonical bytes.

The bytes of each line are what the chain hashes, so serialization is fixed: JSON with sorted
keys, no spaces, ASCII only (``\\uXXXX`` escapes), no NaN, one ``\\n`` at the end. The format
is described for third parties in ``docs/custody-format.md``.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field, fields
from typing import Any

from triage_app.core.json_input import loads

FORMAT_VERSION = 1
GENESIS_PREV = "0" * 64

# Actions the ledger itself writes (callers use their own, e.g. "scan.started").
ACTION_CHECKPOINT = "custody.checkpoint"
ACTION_CLOCK_CHECK = "custody.clock-check"
ACTION_INTERRUPTED_WRITE = "custody.interrupted-write"
ACTION_INTERRUPTED_SEAL = "custody.interrupted-seal"


def canonical_json(obj: Any) -> bytes:
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=True,
                      allow_nan=False).encode("ascii")


def line_sha256(line: bytes) -> str:
    """The hash the next entry's ``prev`` holds: SHA-256 of the line's bytes with its ``\\n``."""
    return hashlib.sha256(line).hexdigest()


@dataclass(frozen=True, slots=True)
class CustodyEntry:
    seq: int
    prev: str
    time: str  # UTC, ISO 8601 with +00:00
    local_time: str  # the same instant with the machine's offset
    zone: str | None  # IANA name of the machine's zone, None when the platform does not say
    clock: dict[str, Any] | None  # last officer-confirmed clock check, see CustodyLedger
    officer: str
    officer_name: str
    endorsement: str | None
    action: str
    exhibit: str | None
    tool: str
    tool_version: str
    inputs: list[dict[str, Any]] = field(default_factory=list)
    outputs: list[dict[str, Any]] = field(default_factory=list)
    reason: str | None = None
    details: dict[str, Any] = field(default_factory=dict)
    v: int = FORMAT_VERSION

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def to_line(self) -> bytes:
        return canonical_json(self.to_dict()) + b"\n"

    @property
    def sha256(self) -> str:
        return line_sha256(self.to_line())

    @classmethod
    def from_line(cls, line: bytes) -> CustodyEntry:
        """Parse one line; ValueError when it is not JSON or not a well-formed entry."""
        data = loads(line)
        if not isinstance(data, dict):
            raise ValueError("not a JSON object")
        names = {f.name for f in fields(cls)}
        unknown = set(data) - names
        missing = names - set(data)
        if unknown or missing:
            raise ValueError(f"unexpected fields {sorted(unknown)}, missing {sorted(missing)}")
        entry = cls(**data)
        if (type(entry.seq) is not int or entry.seq < 1 or not isinstance(entry.prev, str)
                or len(entry.prev) != 64 or not isinstance(entry.action, str)):
            raise ValueError("seq, prev or action has the wrong type")
        return entry
