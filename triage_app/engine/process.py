"""One file, one read: the chunks feed the hashers and every analyzer that wants bytes."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from triage_app.analyzers.base import Analyzer, FileAnalysis, FileContext
from triage_app.core.jobs import Holding
from triage_app.core.records import ContentReader, Entry, Finding
from triage_app.engine.hashing import ParallelHasher, chunks

log = logging.getLogger(__name__)


@dataclass(slots=True)
class FileResult:
    """What one scan learnt about one entry; streamed to the CLI/GUI and stored in the case."""

    entry: Entry
    hashes: dict[str, str] = field(default_factory=dict)
    mime: str | None = None
    description: str | None = None
    bytes_read: int = 0
    errors: list[str] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    known: list[dict[str, Any]] = field(default_factory=list)

    @property
    def error(self) -> str | None:
        return "; ".join(self.errors) if self.errors else None

    def to_record(self) -> dict[str, Any]:
        e = self.entry
        record: dict[str, Any] = {
            "record": "file", "path": e.path, "type": e.type, "size": e.size,
            "deleted": e.deleted, "md5": self.hashes.get("md5"), "sha1": self.hashes.get("sha1"),
            "sha256": self.hashes.get("sha256"), "mime": self.mime,
            "description": self.description, "inode": e.inode, "times": e.times,
            "findings": [f.to_dict() for f in self.findings], "known": self.known,
            "error": self.error,
        }
        if e.stream is not None:
            record["stream"] = e.stream
        if e.alias is not None:
            record["alias"] = e.alias
        if e.times_out_of_range:
            record["times_out_of_range"] = list(e.times_out_of_range)
        return record


class FileProcessor:
    def __init__(self, analyzers: list[Analyzer]) -> None:
        self.analyzers = analyzers

    def process(self, entry: Entry, cancel: Holding,
                on_bytes: Callable[[int], None] | None = None,
                opener: Callable[[Entry], ContentReader] | None = None) -> FileResult:
        """Read ``entry`` once for every hasher and analyzer. ``opener`` opens its content in
        the calling thread (see :meth:`Source.content_opener`); by default ``entry.opener``."""
        result = FileResult(entry=entry)
        if entry.error:
            result.errors.append(entry.error)
        if not entry.has_content or entry.opener is None:  # has_content says it has an opener
            return result
        ctx = FileContext(entry=entry)
        analyses = self._begin(entry, result)
        feeders = [(name, a) for name, a, wants in analyses if wants]
        failed: set[str] = set()
        try:
            reader = opener(entry) if opener is not None else entry.opener()
        except OSError as exc:
            result.errors.append(f"cannot open: {exc.strerror or exc}")
            return result
        hasher = ParallelHasher()
        head = bytearray()
        offset = 0
        try:
            for chunk in chunks(reader, entry.size):
                cancel.hold()
                hasher.update(chunk)
                if len(head) < FileContext.HEAD_SIZE:
                    head += chunk[:FileContext.HEAD_SIZE - len(head)]
                if feeders:
                    feeders = self._feed(feeders, chunk, offset, result, failed)
                offset += len(chunk)
                if on_bytes is not None:
                    on_bytes(len(chunk))
        except OSError as exc:
            # A bad sector or a vanished file: hashes of part of the content would mislead.
            hasher.hexdigests()
            result.errors.append(f"read failed after {offset} bytes: {exc.strerror or exc}")
            result.bytes_read = offset
            return result
        finally:
            reader.close()
        result.hashes = ctx.hashes = hasher.hexdigests()
        result.bytes_read = ctx.bytes_read = offset
        ctx.head = bytes(head)
        if offset != entry.size:
            result.errors.append(f"read {offset} bytes where the file system says {entry.size}")
        for name, analysis, _ in analyses:
            if name in failed:
                continue
            try:
                result.findings.extend(analysis.finish(ctx))
            except Exception as exc:  # noqa: BLE001 - an analyzer bug must not end the scan
                log.warning("analyzer %s failed on %s", name, entry.path, exc_info=True)
                result.errors.append(f"analyzer {name} failed: {type(exc).__name__}: {exc}")
        result.mime, result.description, result.known = ctx.mime, ctx.description, ctx.known
        return result

    def _begin(self, entry: Entry, result: FileResult) -> list[tuple[str, FileAnalysis, bool]]:
        analyses = []
        for analyzer in self.analyzers:
            try:
                analysis = analyzer.begin(entry)
            except Exception as exc:  # noqa: BLE001
                log.warning("analyzer %s failed on %s", analyzer.name, entry.path, exc_info=True)
                result.errors.append(f"analyzer {analyzer.name} failed: {type(exc).__name__}: {exc}")
                continue
            if analysis is not None:
                analyses.append((analyzer.name, analysis, analyzer.wants_bytes))
        return analyses

    @staticmethod
    def _feed(feeders, chunk, offset, result, failed):
        still = []
        for name, analysis in feeders:
            try:
                if analysis.feed(chunk, offset):
                    still.append((name, analysis))
            except Exception as exc:  # noqa: BLE001
                log.warning("analyzer %s failed at offset %d", name, offset, exc_info=True)
                failed.add(name)
                result.errors.append(f"analyzer {name} failed: {type(exc).__name__}: {exc}")
        return still
