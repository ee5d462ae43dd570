"""Check a triage package end to end, listing every problem found.

Order matters: first the hostile-input checks (links, devices, unsafe manifest paths, sizes),
and only if those pass the stock ``bagit`` library validates structure and every payload hash
(an implementation independent of the one that wrote the bag), then the Ed25519 signature over
the tag manifest, then the custody chain and its match with bag-info.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

import bagit
from cryptography.exceptions import InvalidSignature

from triage_app.custody.signing import KEYS_DIR, load_public_key
from triage_app.custody.verify import verify_ledger
from triage_app.package import layout
from triage_app.package.safety import Problem, manifest_problems, scan_tree

_HOSTILE = {"link", "special-file", "unsafe-path", "too-large"}
# What the bagit library raises on damaged tag files besides BagError: undecodable text
# (UnicodeDecodeError is a ValueError), an encoding named twice (TypeError) or unknown
# (LookupError), a file it cannot read (OSError). All mean "not a valid bag".
_BAGIT_FAILURES = (bagit.BagError, ValueError, TypeError, LookupError, OSError)
_FINGERPRINT = re.compile(r"^[0-9a-f]{64}$")


@dataclass(slots=True)
class PackageReport:
    path: Path
    problems: list[Problem] = field(default_factory=list)
    mode: str | None = None
    case_ref: str | None = None
    officer: str | None = None
    signer_key: str | None = None
    custody_head: str | None = None
    custody_entries: int | None = None
    files: int | None = None
    checks: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def hostile(self) -> bool:
        return any(p.kind in _HOSTILE for p in self.problems)

    def to_dict(self) -> dict[str, Any]:
        return {"path": str(self.path), "ok": self.ok, "mode": self.mode,
                "case_reference": self.case_ref, "officer": self.officer,
                "signer_key": self.signer_key, "custody_head": self.custody_head,
                "custody_entries": self.custody_entries, "files": self.files,
                "checks": self.checks, "problems": [p.to_dict() for p in self.problems]}


def verify_package(path: Path, *, trusted_keys: Iterable[str] | None = None) -> PackageReport:
    path = Path(path)
    report = PackageReport(path)
    report.problems += scan_tree(path)
    if not report.problems:
        report.problems += manifest_problems(path)
    if report.hostile or any(p.kind == "structure" for p in report.problems):
        return report
    report.checks.append("no links, devices or unsafe paths")
    info = _bag_info(path, report)
    if info is None:
        return report
    _check_bagit(path, report)
    _check_metadata(path, report)
    _check_signature(path, info, report, trusted_keys)
    _check_custody(path, info, report)
    if report.mode not in (layout.MODE_LIVE, layout.MODE_SIMULATION):
        report.problems.append(Problem("mode", f"Package-Mode is {report.mode!r}, "
                                               "neither LIVE nor SIMULATION"))
    return report


def _bag_info(path: Path, report: PackageReport) -> dict[str, str] | None:
    try:
        bag = bagit.Bag(str(path))
    except _BAGIT_FAILURES as exc:
        report.problems.append(Problem("structure", f"not a valid BagIt bag: {_said(exc)}"))
        return None
    info = {k: (v[-1] if isinstance(v, list) else v) for k, v in bag.info.items()}
    report.mode = info.get("Package-Mode")
    report.case_ref = info.get("Case-Reference")
    report.officer = info.get("Officer")
    _, _, files = info.get("Payload-Oxum", "").partition(".")
    report.files = int(files) if files.isdigit() and len(files) <= 18 else None
    return info


def _said(exc: Exception) -> str:
    if isinstance(exc, UnicodeDecodeError):
        return "a tag file is not UTF-8 text"
    return str(exc) or type(exc).__name__


def _check_bagit(path: Path, report: PackageReport) -> None:
    bag = bagit.Bag(str(path))
    for algorithm in layout.MANIFEST_ALGORITHMS:
        if algorithm not in bag.algorithms:
            report.problems.append(Problem("manifest", f"manifest-{algorithm}.txt is missing"))
    try:
        bag.validate(processes=1)
        report.checks.append("BagIt structure and every payload hash (bagit library)")
    except bagit.BagValidationError as exc:
        details = getattr(exc, "details", None) or []
        for detail in details:
            report.problems.append(Problem("payload", str(detail)))
        if not details:
            report.problems.append(Problem("payload", str(exc)))
    except _BAGIT_FAILURES as exc:
        report.problems.append(Problem("structure", _said(exc)))


def _check_metadata(path: Path, report: PackageReport) -> None:
    tagged = set()
    manifest = path / "tagmanifest-sha256.txt"
    if manifest.is_file():
        tagged = {line.split(None, 1)[1].strip() for line in
                  manifest.read_text(encoding="utf-8", errors="replace").splitlines()
                  if len(line.split(None, 1)) == 2}
    else:
        report.problems.append(Problem("manifest", "tagmanifest-sha256.txt is missing"))
    for name in layout.METADATA_FILES:
        rel = f"{layout.METADATA}/{name}"
        if not (path / rel).is_file():
            report.problems.append(Problem("structure", f"{rel} is missing"))
        elif rel not in tagged:
            report.problems.append(Problem("manifest", f"{rel} is not covered by the tag manifest"))
    for rel in ("bag-info.txt", "manifest-sha256.txt", "manifest-sha512.txt"):
        if rel not in tagged:
            report.problems.append(Problem("manifest", f"{rel} is not covered by the tag manifest"))


def _check_signature(path: Path, info: dict[str, str], report: PackageReport,
                     trusted_keys: Iterable[str] | None) -> None:
    fingerprint = info.get("Signer-Key-SHA256", "")
    report.signer_key = fingerprint or None
    signature_file = path / layout.SIGNATURE
    if not _FINGERPRINT.match(fingerprint):
        report.problems.append(Problem("signature", "bag-info.txt names no signer key"))
        return
    if not signature_file.is_file():
        report.problems.append(Problem("signature", f"{layout.SIGNATURE} is missing"))
        return
    key = load_public_key(path / layout.METADATA / KEYS_DIR / f"{fingerprint}.pub")
    if key is None:
        report.problems.append(Problem("signature", f"the signer's public key {fingerprint[:16]}… "
                                                    "is not in metadata/signer-keys"))
        return
    try:
        key.verify(signature_file.read_bytes(), (path / "tagmanifest-sha256.txt").read_bytes())
    except (InvalidSignature, OSError, ValueError):
        report.problems.append(Problem("signature", "the signature over tagmanifest-sha256.txt "
                                                    "does not verify: the tag files were changed "
                                                    "after signing, or the signature was replaced"))
        return
    if trusted_keys is not None and fingerprint not in set(trusted_keys):
        report.problems.append(Problem("signature", f"signed by key {fingerprint[:16]}…, which is "
                                                    "not among the keys you trust"))
        return
    report.checks.append(f"Ed25519 signature over the tag manifest (key {fingerprint[:16]}…)")


def _check_custody(path: Path, info: dict[str, str], report: PackageReport) -> None:
    metadata = path / layout.METADATA
    if not (metadata / "custody.jsonl").is_file():
        return  # reported as missing metadata
    verdict = verify_ledger(metadata)
    report.custody_head, report.custody_entries = verdict.head_sha256, verdict.entries
    if not verdict.ok:
        report.problems.append(Problem("custody", f"custody ledger: {verdict.message}"))
        return
    if info.get("Custody-Head-SHA256") != verdict.head_sha256:
        report.problems.append(Problem("custody", "the custody head in bag-info.txt does not match "
                                                  "the packaged ledger (entries added or removed)"))
    elif info.get("Custody-Entry-Count") != str(verdict.entries):
        report.problems.append(Problem("custody", "the custody entry count in bag-info.txt does not "
                                                  "match the packaged ledger"))
    else:
        report.checks.append(f"custody chain of {verdict.entries} entries, signed, matching bag-info")
