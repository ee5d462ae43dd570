"""The analyzer contract and registry.

One read pass per file feeds every analyzer (see :mod:`triage_app.engine.scan`):

1. ``Analyzer.begin(entry)`` is called once per file with content; it returns a
   :class:`FileAnalysis` for that file, or None when the file is not its business.
2. ``FileAnalysis.feed(chunk, offset)`` gets every chunk in order, from the same buffer the
   hashers see, if ``Analyzer.wants_bytes`` is true. Return False to say "seen enough".
3. ``FileAnalysis.finish(ctx)`` is called once hashing is done; ``ctx`` holds the hashes and
   what earlier analyzers set (mime type ...). It returns the findings.

A malformed file is a finding or a warning on that file, never an exception out of the
analyzer: the engine records any exception as a per-file error and carries on.
An analyzer that reads what another sets in the context (the content type ...) names it in
``runs_after``; :func:`in_run_order` honours that whatever order the user listed them in.
To add an analyzer, write one module with a class decorated by :func:`register` and import it in
``triage_app/analyzers/__init__.py``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, ClassVar

from triage_app.core.records import Entry, Finding
from triage_app.errors import InputError


@dataclass(slots=True)
class FileContext:
    """What is known about one file when analyzers finish, shared between them in order."""

    entry: Entry
    hashes: dict[str, str] = field(default_factory=dict)  # md5, sha1, sha256 (hex)
    bytes_read: int = 0
    head: bytes = b""  # the first bytes of the content (up to HEAD_SIZE)
    mime: str | None = None
    description: str | None = None
    properties: dict[str, Any] = field(default_factory=dict)
    known: list[dict[str, Any]] = field(default_factory=list)  # known-file matches

    HEAD_SIZE: ClassVar[int] = 256 * 1024


class FileAnalysis:
    """Per-file state of one analyzer. Subclass and override what you need."""

    def feed(self, chunk: memoryview, offset: int) -> bool:
        """Called with each chunk of content in order. Return False when no more is wanted."""
        return False

    def finish(self, ctx: FileContext) -> list[Finding]:
        return []


class Analyzer:
    """Base class of every analyzer. ``name`` and ``version`` go into each finding."""

    name: ClassVar[str] = ""
    version: ClassVar[str] = "1"
    wants_bytes: ClassVar[bool] = False
    description: ClassVar[str] = ""
    runs_after: ClassVar[tuple[str, ...]] = ()  # analyzers whose context fields this one reads

    def begin(self, entry: Entry) -> FileAnalysis | None:
        raise NotImplementedError

    def finding(self, kind: str, summary: str, method: str, **extra: Any) -> Finding:
        return Finding(analyzer=self.name, analyzer_version=self.version, kind=kind,
                       summary=summary, method=method, **extra)


_REGISTRY: dict[str, type[Analyzer]] = {}


def register(cls: type[Analyzer]) -> type[Analyzer]:
    if not cls.name:
        raise ValueError(f"{cls.__qualname__} has no name")
    if cls.name in _REGISTRY and _REGISTRY[cls.name] is not cls:
        raise ValueError(f"two analyzers are named {cls.name!r}")
    _REGISTRY[cls.name] = cls
    return cls


def registered() -> dict[str, type[Analyzer]]:
    """Analyzers by name, in run order."""
    import triage_app.analyzers  # noqa: F401  (imports every analyzer module)

    return {cls.name: cls for cls in in_run_order(list(_REGISTRY.values()))}


def in_run_order(chosen: list[type[Analyzer]]) -> list[type[Analyzer]]:
    """``chosen`` ordered so that each runs after the analyzers it names in ``runs_after``
    (those not chosen are skipped); otherwise by name, so the order never depends on imports."""
    names = {cls.name for cls in chosen}
    pending = sorted(chosen, key=lambda cls: cls.name)
    ordered: list[type[Analyzer]] = []
    done: set[str] = set()
    while pending:
        ready = [cls for cls in pending
                 if all(n in done or n not in names for n in cls.runs_after)]
        if not ready:
            raise ValueError("analyzers wait on each other: "
                             + ", ".join(f"{c.name} after {c.runs_after}" for c in pending))
        ordered.append(ready[0])
        done.add(ready[0].name)
        pending.remove(ready[0])
    return ordered


def build_analyzers(names: list[str] | None = None) -> list[Analyzer]:
    """The analyzers named (None: all), in run order; InputError for a name not registered."""
    available = registered()
    if names is None:
        return [cls() for cls in available.values()]
    unknown = [n for n in names if n not in available]
    if unknown:
        raise InputError(f"unknown analyzer(s): {', '.join(unknown)} "
                         f"(available: {', '.join(available)})")
    return [cls() for cls in in_run_order([available[n] for n in dict.fromkeys(names)])]
