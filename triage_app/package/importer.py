"""Lab intake: verify a triage package, then copy it into the lab store and record receipt.

Nothing is written before the package verifies, and nothing is ever written outside the target
folder: every destination is resolved and checked to lie inside it, links and special files
have already been refused, and the copy is verified again where it landed. The copy is made
read-only; the receipt goes into a lab custody ledger beside it, never into the package.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import stat
from dataclasses import dataclass
from pathlib import Path

from triage_app import TOOL_NAME, __version__
from triage_app.core.jobs import CancelToken
from triage_app.core.officer import Officer, PassphraseSource, env_passphrase
from triage_app.custody.ledger import CustodyLedger
from triage_app.engine.hashing import chunks
from triage_app.errors import InputError, IntegrityError, StorageError
from triage_app.core.readonly import open_readonly
from triage_app.package import layout
from triage_app.package.verify import PackageReport, verify_package

PACKAGE_DIR = "package"


@dataclass(slots=True)
class ImportResult:
    lab_folder: Path
    package: Path
    report: PackageReport
    summary: dict

    def to_dict(self) -> dict:
        return {"lab_folder": str(self.lab_folder), "package": str(self.package),
                "verification": self.report.to_dict(), "summary": self.summary}


def import_package(bag: Path, into: Path, *, officer: Officer, allow_simulation: bool = False,
                   cancel: CancelToken | None = None,
                   passphrase: PassphraseSource = env_passphrase) -> ImportResult:
    cancel = cancel or CancelToken()
    bag = Path(bag)
    report = verify_package(bag)
    if not report.ok:
        listed = "; ".join(p.message for p in report.problems[:5])
        more = f" (and {len(report.problems) - 5} more)" if len(report.problems) > 5 else ""
        raise IntegrityError(f"refused: the package does not verify: {listed}{more}")
    if report.mode == layout.MODE_SIMULATION and not allow_simulation:
        raise InputError("refused: this is a SIMULATION (training) package, not evidence; "
                         "import it only for training, with simulation packages allowed, "
                         "where it stays marked")
    name = layout.safe_component(bag.name) if bag.name.startswith(layout.BAG_PREFIX) else None
    if name != bag.name:
        raise InputError(f"refused: {bag.name!r} is not a triage package name")
    into = Path(into)
    into.mkdir(parents=True, exist_ok=True)
    lab_folder = into / name
    if lab_folder.exists():
        raise InputError(f"{lab_folder} exists already: this package was imported before")
    staging = into / f".{name}.importing"
    try:
        _copy_tree(bag, staging / PACKAGE_DIR, cancel)
        copied = verify_package(staging / PACKAGE_DIR)
        if not copied.ok or copied.custody_head != report.custody_head:
            raise IntegrityError("the copy in the lab store does not verify: "
                                 + "; ".join(p.message for p in copied.problems[:3]))
        _make_read_only(staging / PACKAGE_DIR)
        os.rename(staging, lab_folder)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    summary = _summary(lab_folder / PACKAGE_DIR, report)
    with CustodyLedger.open(lab_folder, officer, tool_name=TOOL_NAME, tool_version=__version__,
                            passphrase=passphrase) as ledger:
        ledger.record("package.received", exhibit=None, inputs=[{
            "package": bag.name, "source": str(bag), "custody_head": report.custody_head,
            "tagmanifest_sha256": _sha256(lab_folder / PACKAGE_DIR / "tagmanifest-sha256.txt")}],
            details={"mode": report.mode, "checks": report.checks, "summary": summary,
                     "simulation": report.mode == layout.MODE_SIMULATION})
        ledger.checkpoint("package received and verified")
    return ImportResult(lab_folder, lab_folder / PACKAGE_DIR, report, summary)


def _inside(root: Path, candidate: Path) -> Path:
    resolved = candidate.resolve()
    if resolved != root.resolve() and root.resolve() not in resolved.parents:
        raise IntegrityError(f"refused: {candidate} would be written outside {root}")
    return resolved


def _copy_tree(source: Path, target: Path, cancel: CancelToken) -> None:
    target.mkdir(parents=True)
    for folder, dirs, files in os.walk(source, followlinks=False):
        rel = Path(folder).relative_to(source)
        for d in dirs:
            _inside(target, target / rel / d).mkdir()
        for f in files:
            cancel.raise_if_cancelled()
            src = Path(folder) / f
            if not stat.S_ISREG(os.lstat(src).st_mode):
                raise IntegrityError(f"refused: {src} is not a regular file")
            dest = _inside(target, target / rel / f)
            try:
                with open_readonly(src) as reader, open(dest, "xb") as out:
                    for chunk in chunks(reader):
                        out.write(chunk)
                    out.flush()
                    os.fsync(out.fileno())
            except OSError as exc:
                raise StorageError(f"cannot copy {src.name} into the lab store: "
                                   f"{exc.strerror or exc}") from exc


def _make_read_only(root: Path) -> None:
    for folder, _, files in os.walk(root):
        for f in files:
            os.chmod(Path(folder) / f, 0o444)


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _summary(package: Path, report: PackageReport) -> dict:
    findings = json.loads((package / layout.METADATA / "findings.json").read_text(encoding="utf-8"))
    return {"case_reference": report.case_ref, "officer": report.officer, "mode": report.mode,
            "files": report.files, "findings": len(findings),
            "notable": sum(1 for f in findings if f["kind"] == "knownfile.notable"),
            "custody_entries": report.custody_entries}
