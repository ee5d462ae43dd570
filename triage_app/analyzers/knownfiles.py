"""Known-file lookup against the hash sets the officer's agency imported.

A "known" match (e.g. NSRL: operating-system and application files) lets the officer hide
noise; a "notable" match is flagged and its content is never rendered below L3.
"""

from __future__ import annotations

import threading

from triage_app.analyzers.base import Analyzer, FileAnalysis, FileContext, register
from triage_app.core.records import Entry, Finding
from triage_app.hashsets.library import HashSetLibrary

_ALGORITHM_NAMES = {"md5": "MD5", "sha1": "SHA-1", "sha256": "SHA-256"}


class _KnownFileAnalysis(FileAnalysis):
    def __init__(self, analyzer: KnownFileAnalyzer) -> None:
        self._analyzer = analyzer

    def finish(self, ctx: FileContext) -> list[Finding]:
        if not ctx.hashes:
            return []
        findings = []
        for match in self._analyzer.library.lookup(ctx.hashes):
            ctx.known.append(match.to_dict())
            label = f"'{match.set_name}' (version {match.set_version})"
            method = (f"{_ALGORITHM_NAMES[match.algorithm]} of the content looked up in hash set "
                      f"{label}")
            category = f", category {match.category}" if match.category else ""
            if match.kind == "notable":
                summary = (f"Notable file: matches hash set {label}{category}. Do not open or "
                           "view it; record it and call a specialist.")
            elif match.kind == "known":
                summary = f"Known file: matches hash set {label}"
            else:
                summary = f"Matches hash set {label}{category}"
            findings.append(self._analyzer.finding(
                f"knownfile.{match.kind}", summary, method, detail=match.to_dict()))
        return findings


@register
class KnownFileAnalyzer(Analyzer):
    name = "knownfiles"
    version = "1.0"
    description = "Known-file lookup (NSRL RDS v3, Project VIC VICS, hash lists)"

    def __init__(self) -> None:
        self._local = threading.local()  # SQLite connections belong to the thread that made them

    @property
    def library(self) -> HashSetLibrary:
        library = getattr(self._local, "library", None)
        if library is None:
            library = self._local.library = HashSetLibrary()
        return library

    def begin(self, entry: Entry) -> FileAnalysis | None:
        return _KnownFileAnalysis(self) if self.library.sets() else None
