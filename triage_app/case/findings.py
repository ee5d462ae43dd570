"""A finding as every output shows it: one shape and one set of field names for the review
screens, ``findings list --json``, the package's ``findings.json`` and the report."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field
from typing import Any


@dataclass(slots=True, frozen=True)
class FindingView:
    """One finding as the review screens and the CLI show it (never a secret in clear)."""

    id: int
    analyzer: str
    analyzer_version: str
    kind: str
    summary: str
    method: str  # how it was found
    confidence: str
    path: str | None
    offset: int | None
    sensitive: bool
    status: str
    decided_by: str | None
    decided_at: str | None
    scan_id: int
    detail: dict[str, Any] = field(default_factory=dict)
    count: int = 1  # occurrences of the artefact in the file
    offsets: list[int] = field(default_factory=list)  # the first 16 of them
    urgent: bool = False  # a key, seed or wallet file: anyone holding it can move the funds
    exhibit: str | None = None  # of the source scanned

    @property
    def artefact(self) -> str:
        """What was found, the same in every file that holds it (redacted if a secret)."""
        return str(self.detail.get("value") or self.summary)

    @property
    def encoding(self) -> str | None:
        return self.detail.get("encoding")

    @property
    def watchlist(self) -> str | None:
        watch = self.detail.get("watchlist")
        return watch.get("summary") if isinstance(watch, dict) else None

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "analyzer": self.analyzer,
                "analyzer_version": self.analyzer_version, "kind": self.kind,
                "summary": self.summary, "method": self.method,
                "confidence": self.confidence, "path": self.path, "offset": self.offset,
                "encoding": self.encoding, "sensitive": self.sensitive, "status": self.status,
                "decided_by": self.decided_by, "decided_at": self.decided_at,
                "scan_id": self.scan_id, "detail": self.detail, "count": self.count,
                "offsets": self.offsets, "urgent": self.urgent, "exhibit": self.exhibit}

    @classmethod
    def from_row(cls, row: sqlite3.Row) -> FindingView:
        try:
            detail = json.loads(row["detail"] or "{}")
        except ValueError:
            detail = {}
        return cls(id=row["id"], analyzer=row["analyzer"],
                   analyzer_version=row["analyzer_version"], kind=row["kind"],
                   summary=row["summary"], method=row["method"], confidence=row["confidence"],
                   path=row["path"], offset=row["offset"], sensitive=bool(row["sensitive"]),
                   status=row["status"], decided_by=row["decided_by"],
                   decided_at=row["decided_at"], scan_id=row["scan_id"],
                   detail=detail if isinstance(detail, dict) else {},
                   count=row["count"], offsets=json.loads(row["offsets"] or "[]"),
                   urgent=bool(row["urgent"]), exhibit=row["exhibit"])
