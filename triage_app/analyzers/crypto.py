"""Crypto-currency artefacts: addresses, keys, seed phrases, wallet files and apps.

Content is scanned in ASCII and UTF-16LE with checksum validation (see
:mod:`triage_app.crypto.scan`); wallet files and apps are recognised by path and content (see
:mod:`triage_app.crypto.wallets`). Secrets are only ever put in a finding in redacted form.
"""

from __future__ import annotations

import logging
import threading
from typing import Any

from triage_app.analyzers.base import Analyzer, FileAnalysis, FileContext, register
from triage_app.core.records import Entry, Finding
from triage_app.crypto import wallets
from triage_app.crypto.redact import redact
from triage_app.crypto.scan import ContentScanner, Hit
from triage_app.crypto.watchlists import WatchIndex, load_all
from triage_app.errors import TriageError

log = logging.getLogger(__name__)


@register
class CryptoAnalyzer(Analyzer):
    name = "crypto"
    version = "1"
    wants_bytes = True
    description = "crypto-currency addresses, keys, seed phrases and wallets"

    def __init__(self) -> None:
        self._watch: WatchIndex | None = None
        self._loading = threading.Lock()  # files are analysed in several threads

    @property
    def watch(self) -> WatchIndex:
        with self._loading:
            return self._load_watch()

    def _load_watch(self) -> WatchIndex:
        if self._watch is None:
            try:
                self._watch = WatchIndex(load_all())
            except TriageError as exc:
                log.warning("watch lists not used: %s", exc)
                self._watch = WatchIndex([])
        return self._watch

    def begin(self, entry: Entry) -> FileAnalysis | None:
        return _CryptoFile(self, entry)


class _CryptoFile(FileAnalysis):
    def __init__(self, analyzer: CryptoAnalyzer, entry: Entry) -> None:
        self.analyzer = analyzer
        self.entry = entry
        self.scanner = ContentScanner(distinct=True)
        self.database: str | None = None
        self.markers: set[bytes] = set()
        self.head = b""

    def feed(self, chunk: memoryview, offset: int) -> bool:
        if offset == 0:
            self.head = bytes(chunk[:4096])
            self.database = wallets.database_kind(self.head)
        if self.database:
            self.markers.update(wallets.WALLET_DB_MARKERS.findall(chunk))
        self.scanner.feed(chunk, offset)
        return True

    def finish(self, ctx: FileContext) -> list[Finding]:
        head = ctx.head or self.head
        traces = wallets.by_path(self.entry.path) + wallets.by_content(
            head, self.database, self.markers)
        findings = [self._trace_finding(t) for t in traces]
        findings += [self._hit_finding(h) for h in self.scanner.finish()]
        if self.scanner.dropped:
            findings.append(self.analyzer.finding(
                "crypto-note", f"{self.scanner.dropped} more crypto artefacts not listed",
                "limit of distinct artefacts per file reached", confidence="high",
                detail={"path": self.entry.path}))
        return findings

    def _trace_finding(self, trace: wallets.WalletTrace) -> Finding:
        return self.analyzer.finding(
            f"crypto-{trace.kind}", trace.label, f"recognised by {trace.why}",
            confidence=trace.confidence, detail={"path": self.entry.path},
            urgent=trace.kind == "wallet-file")

    def _hit_finding(self, hit: Hit) -> Finding:
        value = redact(hit.text) if hit.sensitive else hit.text
        readings = ", ".join(f"{i.currency} {i.type} ({i.network})" for i in hit.interpretations)
        detail: dict[str, Any] = {
            "path": self.entry.path, "encoding": hit.encoding, "value": value,
            "validation": hit.validation,
            "interpretations": [i.to_dict() for i in hit.interpretations],
        }
        if hit.kind == "address":
            hits = self.analyzer.watch.match(hit.text)
            detail["watchlist"] = {"hits": [h.to_dict() for h in hits],
                                   "summary": self.analyzer.watch.describe(hits)}
        return self.analyzer.finding(
            f"crypto-{hit.kind}", f"{hit.kind} {value}: {readings}",
            f"content scan ({hit.encoding}), {hit.validation}", confidence=hit.confidence,
            offset=hit.offset, detail=detail, sensitive=hit.sensitive, count=hit.count,
            offsets=hit.offsets, urgent=hit.sensitive)
