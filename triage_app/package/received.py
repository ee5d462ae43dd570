"""A package imported into the lab store, read for browsing: nothing here writes.

The lab folder holds the read-only copy of the package (``package/``) and the lab's own custody
ledger with the receipt (``package.received``). What the receiving officer browses comes from
the package's own metadata: the exhibits of its CASE/UCO graph, its custody ledger, its
findings, its scene photos and its report.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from triage_app.core.json_input import loads
from triage_app.custody.entry import CustodyEntry
from triage_app.custody.ledger import LEDGER_FILE
from triage_app.custody.verify import read_lines
from triage_app.errors import InputError, StorageError
from triage_app.package import layout
from triage_app.package.importer import PACKAGE_DIR

RECEIVED = "package.received"
_PHOTO_TYPES = (".jpg", ".jpeg", ".png")
_EXHIBIT = "case-investigation:exhibitNumber"


@dataclass(frozen=True, slots=True)
class ReceivedPackage:
    folder: Path  # the lab folder: package/ and the lab ledger
    receipt: CustodyEntry  # the lab ledger's package.received entry
    exhibits: list[dict[str, str]]  # {ref, description}
    custody: list[CustodyEntry]  # the packaged ledger, from the case's creation to the export
    findings: list[dict[str, Any]]  # as findings.json has them
    photos: list[Path]  # the scene photos
    report_html: Path
    report_pdf: Path

    @property
    def package(self) -> Path:
        return self.folder / PACKAGE_DIR

    @property
    def mode(self) -> str:
        return str(self.receipt.details.get("mode") or "")

    @property
    def simulation(self) -> bool:
        return self.mode == layout.MODE_SIMULATION

    @property
    def summary(self) -> dict[str, Any]:
        return dict(self.receipt.details.get("summary") or {})


def read_received(folder: Path) -> ReceivedPackage:
    """The imported package in ``folder`` (a lab folder the import made)."""
    folder = Path(folder)
    metadata = folder / PACKAGE_DIR / layout.METADATA
    if not metadata.is_dir() or not (folder / LEDGER_FILE).is_file():
        raise InputError(f"{folder} is not an imported package (no {PACKAGE_DIR}/ with the lab's "
                         f"{LEDGER_FILE} beside it): import the package first")
    receipt = next((e for e in reversed(_entries(folder / LEDGER_FILE)) if e.action == RECEIVED),
                   None)
    if receipt is None:
        raise InputError(f"the lab ledger in {folder} records no receipt of the package")
    scene = folder / PACKAGE_DIR / layout.SCENE_PHOTOS
    photos = sorted(p for p in scene.iterdir() if p.suffix.lower() in _PHOTO_TYPES) \
        if scene.is_dir() else []
    return ReceivedPackage(folder, receipt, _exhibits(metadata / "case.jsonld"),
                           _entries(metadata / LEDGER_FILE), _findings(metadata / "findings.json"),
                           photos, metadata / "report.html", metadata / "report.pdf")


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise StorageError(f"cannot read {path}: {exc.strerror or exc}") from exc


def _entries(ledger: Path) -> list[CustodyEntry]:
    return [line.entry for line in read_lines(_read(ledger)) if line.entry is not None]


def _json(path: Path) -> Any:
    try:
        return loads(_read(path))
    except ValueError:
        raise InputError(f"{path.name} in the package is not valid JSON") from None


def _findings(path: Path) -> list[dict[str, Any]]:
    findings = _json(path)
    if not isinstance(findings, list) or not all(isinstance(f, dict) for f in findings):
        raise InputError(f"{path.name} in the package is not a list of findings")
    return findings


def _exhibits(path: Path) -> list[dict[str, str]]:
    """Each exhibit's provenance record in the CASE/UCO graph: its reference and description."""
    graph = _json(path)
    nodes = graph.get("@graph", []) if isinstance(graph, dict) else []
    return [{"ref": str(n[_EXHIBIT]), "description": str(n.get("uco-core:description") or "")}
            for n in nodes if isinstance(n, dict) and _EXHIBIT in n]
