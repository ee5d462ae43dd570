"""The triage package: export a case for the lab, verify one, import one at the lab."""

from __future__ import annotations

from pathlib import Path

from triage_app.case.case import Case
from triage_app.core.jobs import CancelToken, ProgressCallback, no_progress
from triage_app.core.officer import Officer
from triage_app.custody.trust import TrustedKeys
from triage_app.operations import case_state
from triage_app.operations.authority import authorise
from triage_app.operations.mediator import UNATTENDED, Mediator, passphrase_source
from triage_app.package.importer import ImportResult, import_package
from triage_app.package.received import ReceivedPackage, read_received
from triage_app.package.verify import PackageReport, verify_package
from triage_app.package.writer import ExportResult, export_package

EXPORT = "export-package"
IMPORT = "import-package"


def export(case: Case, out_dir: str | Path, *, progress: ProgressCallback = no_progress,
           cancel: CancelToken | None = None) -> ExportResult:
    authorise(case.officer, EXPORT, case=case, subject={"out": str(out_dir)})
    return export_package(case, Path(out_dir), authority=case_state.current_authority(case),
                          progress=progress, cancel=cancel)


def verify(bag: str | Path, *, trust: TrustedKeys | None = None,
           progress: ProgressCallback = no_progress,
           cancel: CancelToken | None = None) -> PackageReport:
    """Check a package end to end against the keys the lab trusts (the machine's default when
    ``trust`` is None); reading it needs no authority and records nothing."""
    return verify_package(Path(bag), trust=trust, progress=progress, cancel=cancel)


def receive(bag: str | Path, into: str | Path, *, officer: Officer,
            mediator: Mediator = UNATTENDED, allow_simulation: bool = False,
            cancel: CancelToken | None = None, trust: TrustedKeys | None = None,
            progress: ProgressCallback = no_progress) -> ImportResult:
    """Lab intake: verify, copy read-only into the lab store, record the receipt there."""
    authorise(officer, IMPORT)
    return import_package(Path(bag), Path(into), officer=officer,
                          allow_simulation=allow_simulation, cancel=cancel,
                          passphrase=passphrase_source(mediator, officer), trust=trust,
                          progress=progress)


def received(lab_folder: str | Path) -> ReceivedPackage:
    """An imported package, read-only, for browsing: exhibits, custody, findings, photos and
    report. Reading needs no authority and records nothing."""
    return read_received(Path(lab_folder))
