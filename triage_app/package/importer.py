"""Lab intake: verify a triage package, then copy it into the lab store and record receipt.

Nothing is written before the package verifies, and nothing is ever written outside the target
folder: every destination is resolved and checked to lie inside it, links and special files
have already been refused, and the copy is verified again where it landed. The copy is made
read-only; the receipt goes into a lab custody ledger beside it, never into the package.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import stat
from dataclasses import dataclass
from pathlib import Path

from triage_app import TOOL_NAME, __version__
from triage_app.core.jobs import CancelToken, Progress, ProgressCallback, no_progress
from triage_app.core.json_input import loads
from triage_app.core.officer import Officer, PassphraseSource
from triage_app.core.readonly import open_readonly
from triage_app.custody.keys import env_passphrase
from triage_app.custody.ledger import CustodyLedger
from triage_app.custody.trust import TrustedKeys
from triage_app.engine.hashing import chunks
from triage_app.errors import InputError, IntegrityError, StorageError
from triage_app.package import layout
from triage_app.package.verify import PackageReport, verify_package
from triage_app.storage.durable import fsync_dir

PACKAGE_DIR = "package"
_NAME = re.compile(r"^TRIAGE_[A-Za-z0-9._+-]{1,200}$")  # what layout.bag_name makes


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
                   passphrase: PassphraseSource = env_passphrase,
                   trust: TrustedKeys | None = None,
                   progress: ProgressCallback = no_progress) -> ImportResult:
    """All or nothing: verify, copy into a staging folder, verify the copy, write the receipt
    there, and only then rename it into place. The source bag is only read. ``progress`` hears
    both verifications and the copy."""
    cancel = cancel or CancelToken()
    bag = Path(bag)
    if not _NAME.match(bag.name):
        raise InputError(f"refused: {bag.name!r} is not a triage package name")
    into = Path(into)
    if _within(into, bag):
        raise InputError(f"refused: the lab store {into} lies inside the package itself; "
                         "importing never writes into the package")
    report = verify_package(bag, trust=trust, progress=progress, cancel=cancel)
    if not report.ok:
        listed = "; ".join(p.message for p in report.problems[:5])
        more = f" (and {len(report.problems) - 5} more)" if len(report.problems) > 5 else ""
        raise IntegrityError(f"refused: the package does not verify: {listed}{more}")
    if report.mode == layout.MODE_SIMULATION and not allow_simulation:
        raise InputError("refused: this is a SIMULATION (training) package, not evidence; "
                         "import it only for training, with simulation packages allowed, "
                         "where it stays marked")
    name = bag.name
    lab_folder, staging = into / name, into / f".{name}.importing"
    try:
        into.mkdir(parents=True, exist_ok=True)
        if lab_folder.exists():
            raise InputError(f"{lab_folder} exists already: this package was imported before")
        if staging.exists():  # left by an import that stopped; never a receipt
            _remove_staging(staging)
    except OSError as exc:
        raise StorageError(f"the lab store {into} cannot be written: "
                           f"{exc.strerror or exc}") from exc
    try:
        progress(Progress(phase="copying into the lab store", files_total=report.files))
        _copy_tree(bag, staging / PACKAGE_DIR, cancel)
        copied = verify_package(staging / PACKAGE_DIR, trust=trust, progress=progress,
                                cancel=cancel)
        if not copied.ok or copied.custody_head != report.custody_head:
            raise IntegrityError("the copy in the lab store does not verify: "
                                 + "; ".join(p.message for p in copied.problems[:3]))
        summary = _summary(staging / PACKAGE_DIR, report)
        _make_read_only(staging / PACKAGE_DIR)
        _receipt(staging, bag, report, summary, officer, passphrase)
        os.rename(staging, lab_folder)
        fsync_dir(into)
    except BaseException as exc:
        _remove_staging(staging)
        if isinstance(exc, OSError):
            raise StorageError(f"the lab store {into} failed while importing "
                               f"({exc.strerror or exc}); nothing was imported") from exc
        raise
    return ImportResult(lab_folder, lab_folder / PACKAGE_DIR, report, summary)


def _receipt(folder: Path, bag: Path, report: PackageReport, summary: dict, officer: Officer,
             passphrase: PassphraseSource) -> None:
    with CustodyLedger.open(folder, officer, tool_name=TOOL_NAME, tool_version=__version__,
                            passphrase=passphrase) as ledger:
        ledger.record("package.received", exhibit=None, inputs=[{
            "package": bag.name, "source": str(bag), "custody_head": report.custody_head,
            "tagmanifest_sha256": _sha256(folder / PACKAGE_DIR / "tagmanifest-sha256.txt")}],
            details={"mode": report.mode, "checks": report.checks, "summary": summary,
                     "signer": report.signer, "signer_key": report.signer_key,
                     "simulation": report.mode == layout.MODE_SIMULATION})
        ledger.checkpoint("package received and verified")


def _within(folder: Path, bag: Path) -> bool:
    target, source = folder.resolve(), bag.resolve()
    return target == source or source in target.parents


def _remove_staging(staging: Path) -> None:
    for root, dirs, files in os.walk(staging):
        for name in dirs + files:
            os.chmod(os.path.join(root, name), 0o755 if name in dirs else 0o644)
    shutil.rmtree(staging, ignore_errors=True)


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
    try:
        findings = loads((package / layout.METADATA / "findings.json").read_bytes())
    except ValueError:
        findings = None
    if not isinstance(findings, list) or not all(
            isinstance(f, dict) and isinstance(f.get("kind"), str) for f in findings):
        raise IntegrityError("refused: metadata/findings.json is not a list of findings")
    return {"case_reference": report.case_ref, "officer": report.officer, "mode": report.mode,
            "files": report.files, "findings": len(findings),
            "notable": sum(1 for f in findings if f["kind"] == "knownfile.notable"),
            "custody_entries": report.custody_entries}
