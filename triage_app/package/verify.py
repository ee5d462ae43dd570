"""Check a triage package end to end, listing every problem found.

Order matters: first the hostile-input checks (links, devices, depth, unsafe manifest paths,
sizes, encodings, manifests that claim more than the bag holds), and only if those pass the
stock ``bagit`` library validates structure, completeness and Payload-Oxum and parses the
manifests (an implementation independent of the one that wrote the bag), and every payload file
is hashed against them one chunk at a time, so a long check shows its progress and can be
cancelled; then every file must be listed in a manifest, the
Ed25519 signature over the tag manifest must be by a key the verifier trusts
(:mod:`triage_app.custody.trust`) and the same key that signed the packaged ledger's last
checkpoint, and the custody chain must match bag-info (head, count, case, mode).
"""

from __future__ import annotations

import hashlib
import logging
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import bagit
from cryptography.exceptions import InvalidSignature

from triage_app.core.jobs import CancelToken, Progress, ProgressCallback, Throttle, no_progress
from triage_app.core.readonly import open_readonly
from triage_app.custody.entry import CustodyEntry
from triage_app.custody.keycard import describe
from triage_app.custody.trust import TrustedKeys, default_trust
from triage_app.custody.verify import VerifyReport, read_lines, verify_ledger
from triage_app.engine.hashing import chunks
from triage_app.package import layout
from triage_app.package.safety import BagTree, Problem, decode_manifest_path, manifest_problems, scan_tree

_HOSTILE = {"link", "special-file", "unsafe-path", "too-large"}
# What the bagit library raises on damaged tag files besides BagError: undecodable text
# (UnicodeDecodeError is a ValueError), an encoding named twice (TypeError) or unknown
# (LookupError), a file it cannot read (OSError). All mean "not a valid bag".
_BAGIT_FAILURES = (bagit.BagError, ValueError, TypeError, LookupError, OSError)
# bagit logs a warning per bad entry, quoting hostile names whole (hundreds of KB); every one
# of them is reported again, shortened, as a problem of the report.
logging.getLogger("bagit").setLevel(logging.ERROR)
_FINGERPRINT = re.compile(r"^[0-9a-f]{64}$")
_MANIFEST = re.compile(r"^(tag)?manifest-[a-z0-9]+\.txt$")
_OXUM = re.compile(r"^(\d{1,20})\.(\d{1,12})$")
# The areas a receiving officer is given one verdict each for, and the problem kinds of each.
AREAS = {"safety": ("link", "special-file", "unsafe-path", "too-large"),
         "mode": ("mode",), "bag": ("structure", "manifest", "payload", "unlisted"),
         "custody": ("custody",), "signature": ("signature",)}
_SINGLE_TAGS = ("Package-Mode", "Case-Reference", "Case-Id", "Custody-Head-SHA256",
                "Custody-Entry-Count", "Signer-Key-SHA256", "Payload-Oxum", "Officer")


@dataclass(slots=True)
class PackageReport:
    path: Path
    problems: list[Problem] = field(default_factory=list)
    mode: str | None = None
    case_ref: str | None = None
    officer: str | None = None
    signer_key: str | None = None
    signer: str | None = None  # the officer the trusted card binds the signer key to
    trust: str = ""
    custody_head: str | None = None
    custody_entries: int | None = None
    files: int | None = None
    checks: list[str] = field(default_factory=list)
    reached: set[str] = field(default_factory=set)  # the AREAS checked to their end

    @property
    def ok(self) -> bool:
        return not self.problems

    def verdict(self, area: str) -> bool | None:
        """Whether ``area`` holds; None when an earlier failure stopped it being checked."""
        if any(p.kind in AREAS[area] for p in self.problems):
            return False
        return True if area in self.reached else None

    @property
    def hostile(self) -> bool:
        return any(p.kind in _HOSTILE for p in self.problems)

    def to_dict(self) -> dict[str, Any]:
        return {"path": str(self.path), "ok": self.ok, "mode": self.mode,
                "case_reference": self.case_ref, "officer": self.officer,
                "signer_key": self.signer_key, "signer": self.signer, "trust": self.trust,
                "custody_head": self.custody_head, "custody_entries": self.custody_entries,
                "files": self.files, "checks": self.checks,
                "areas": {area: self.verdict(area) for area in AREAS},
                "problems": [p.to_dict() for p in self.problems]}


def verify_package(path: Path, *, trust: TrustedKeys | None = None,
                   progress: ProgressCallback = no_progress,
                   cancel: CancelToken | None = None) -> PackageReport:
    """``trust``: the key cards to believe (default: this machine's profiles and the lab's
    trusted-keys folder); a package signed by any other key never verifies. ``progress`` hears
    the payload hashing by bytes; ``cancel`` stops it between chunks (Cancelled)."""
    path = Path(path)
    trust = trust if trust is not None else default_trust()
    report = PackageReport(path, trust=trust.source)
    tree = scan_tree(path)
    report.problems += tree.problems
    if not report.problems:
        report.problems += manifest_problems(path, tree)
    if report.problems:
        return report
    report.checks.append("no links, devices, unsafe paths or oversized manifests")
    report.reached.add("safety")
    info = _bag_info(path, report)
    if info is None:
        return report
    report.reached.add("mode")
    bag = _check_bagit(path, report, progress, cancel or CancelToken())
    if bag is None:
        return report
    _check_listed(bag, tree, report)
    _check_metadata(bag, report)
    report.reached.add("bag")
    custody = _check_custody(path, info, report, trust)
    report.reached.add("custody")
    _check_signature(path, info, report, trust, custody)
    report.reached.add("signature")
    return report


def _bag_info(path: Path, report: PackageReport) -> dict[str, str] | None:
    try:
        bag = bagit.Bag(str(path))
    except _BAGIT_FAILURES as exc:
        report.problems.append(Problem("structure", f"not a valid BagIt bag: {_said(exc)}"))
        return None
    info: dict[str, str] = {}
    for name, value in bag.info.items():
        if isinstance(value, list):
            if name in _SINGLE_TAGS:
                report.problems.append(Problem("structure", f"bag-info.txt gives {name} "
                                                            f"{len(value)} times"))
            value = value[-1]
        info[name] = value
    report.mode = info.get("Package-Mode")
    report.case_ref = info.get("Case-Reference")
    report.officer = info.get("Officer")
    oxum = _OXUM.match(info.get("Payload-Oxum", ""))
    if oxum is None:
        report.problems.append(Problem("structure", "bag-info.txt has no valid Payload-Oxum "
                                                    "(<bytes>.<files>)"))
    else:
        report.files = int(oxum[2])
    if report.mode not in (layout.MODE_LIVE, layout.MODE_SIMULATION):
        report.problems.append(Problem("mode", f"Package-Mode is {report.mode!r}, "
                                               "neither LIVE nor SIMULATION"))
    return None if report.problems else info


def _said(exc: Exception) -> str:
    if isinstance(exc, UnicodeDecodeError):
        return "a tag file is not UTF-8 text"
    return str(exc) or type(exc).__name__


def _check_bagit(path: Path, report: PackageReport, progress: ProgressCallback,
                 cancel: CancelToken) -> bagit.Bag | None:
    try:
        bag = bagit.Bag(str(path))
        for algorithm in layout.MANIFEST_ALGORITHMS:
            if algorithm not in bag.algorithms:
                report.problems.append(Problem("manifest", f"manifest-{algorithm}.txt is missing"))
        bag.validate(processes=1, completeness_only=True)
        mismatches = _check_hashes(bag, progress, cancel)
        report.problems += [Problem("payload", m) for m in mismatches[:20]]
        if not mismatches:
            report.checks.append("BagIt structure (bagit library) and every file's hashes "
                                 "against its manifests")
    except bagit.BagValidationError as exc:
        details = getattr(exc, "details", None) or []
        for detail in details[:20]:
            report.problems.append(Problem("payload", str(detail)))
        if not details:
            report.problems.append(Problem("payload", str(exc)))
    except _BAGIT_FAILURES as exc:
        report.problems.append(Problem("structure", f"not a valid BagIt bag: {_said(exc)}"))
        return None
    return bag


def _check_hashes(bag: bagit.Bag, progress: ProgressCallback, cancel: CancelToken) -> list[str]:
    """Every file the manifests list (as bagit parsed them), hashed with each algorithm named;
    one line per file that does not match or cannot be read."""
    root = Path(bag.path)
    listed = [(bag.normalized_filesystem_names.get(rel, rel), hashes)
              for rel, hashes in bag.entries.items()]
    state = Progress(phase="checking every file's hashes", files_total=len(listed),
                     bytes_total=sum(_size(root / rel) for rel, _ in listed))
    tell = Throttle(progress)
    mismatches: list[str] = []
    for rel, hashes in listed:
        state.current = rel
        hashers = {alg: hashlib.new(alg) for alg in hashes if alg in bag.algorithms}
        try:
            with open_readonly(root / rel) as reader:
                for chunk in chunks(reader):
                    cancel.raise_if_cancelled()
                    for hasher in hashers.values():
                        hasher.update(chunk)
                    state.bytes_done += len(chunk)
                    tell(state)
        except OSError as exc:
            mismatches.append(f"{rel} cannot be read: {exc.strerror or exc}")
            hashers = {}
        state.files_done += 1
        differ = sorted(alg for alg, h in hashers.items() if hashes[alg].lower() != h.hexdigest())
        if differ:
            names = " and ".join(a.upper().replace("SHA", "SHA-") for a in differ)
            mismatches.append(f"{rel} was changed after packaging: its {names} differ from the "
                              f"manifest (now {hashers[differ[0]].hexdigest()[:16]}…, "
                              f"listed {hashes[differ[0]].lower()[:16]}…)")
    tell(state, force=True)
    return mismatches


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0  # reported when it is read


def _listed(bag: bagit.Bag, pattern: str) -> set[str]:
    """The (decoded) paths the manifests matching ``pattern`` name."""
    names: set[str] = set()
    for manifest in Path(bag.path).glob(pattern):
        with open(manifest, encoding="utf-8", newline="\n") as handle:
            for line in handle:
                parts = line.rstrip("\r\n").split(None, 1)
                if len(parts) == 2:
                    names.add(decode_manifest_path(parts[1].strip()))
    return names


def _check_listed(bag: bagit.Bag, tree: BagTree, report: PackageReport) -> None:
    """Every file in the bag is a BagIt file of its own, or listed in a manifest."""
    own = {"bagit.txt", "bag-info.txt", layout.SIGNATURE}
    listed = _listed(bag, "manifest-*.txt") | _listed(bag, "tagmanifest-*.txt")
    unlisted = sorted(f for f in tree.files
                      if f not in own and f not in listed and not _MANIFEST.match(f))
    for rel in unlisted[:20]:
        report.problems.append(Problem("unlisted", f"{rel!r} is in the bag but in no manifest: "
                                                   "nothing vouches for it"))
    if len(unlisted) > 20:
        report.problems.append(Problem("unlisted", f"and {len(unlisted) - 20} more unlisted files"))
    if not unlisted:
        report.checks.append("every file is covered by a manifest")


def _check_metadata(bag: bagit.Bag, report: PackageReport) -> None:
    tagged = _listed(bag, "tagmanifest-sha256.txt")
    path = Path(bag.path)
    if not (path / "tagmanifest-sha256.txt").is_file():
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
                     trust: TrustedKeys, custody: VerifyReport | None) -> None:
    fingerprint = info.get("Signer-Key-SHA256", "")
    report.signer_key = fingerprint or None
    signature_file = path / layout.SIGNATURE
    if not _FINGERPRINT.match(fingerprint):
        report.problems.append(Problem("signature", "bag-info.txt names no signer key"))
        return
    if not signature_file.is_file():
        report.problems.append(Problem("signature", f"{layout.SIGNATURE} is missing"))
        return
    card = trust.card(fingerprint)
    key = card.verifying_key() if card is not None else None
    if card is None or key is None:  # trusted cards are kept only when whole and self-signed
        report.problems.append(Problem("signature", f"signed by key {fingerprint}, which is not "
                                                    f"among {trust.source}: an unknown signer"))
        return
    try:
        key.verify(signature_file.read_bytes(), (path / "tagmanifest-sha256.txt").read_bytes())
    except (InvalidSignature, OSError, ValueError):
        report.problems.append(Problem("signature", "the signature over tagmanifest-sha256.txt "
                                                    "does not verify: the tag files were changed "
                                                    "after signing, or the signature was replaced"))
        return
    report.signer = describe(card)
    if not (report.officer or "").endswith(f"({card.officer})"):
        report.problems.append(Problem("signature", f"bag-info.txt names officer "
                                                    f"{report.officer!r}, but the signing key "
                                                    f"belongs to {describe(card)}"))
        return
    sealer = _last_sealer(custody)
    if custody is not None and custody.ok and sealer != fingerprint:
        report.problems.append(Problem("signature", f"the tag manifest is signed by key "
                                                    f"{fingerprint[:16]}... but the packaged "
                                                    "ledger's last checkpoint by "
                                                    f"{(sealer or 'no key')[:16]}...: two signers "
                                                    "for one package"))
        return
    report.checks.append(f"Ed25519 signature over the tag manifest by {describe(card)}, key "
                         f"{fingerprint}")


def _last_sealer(custody: VerifyReport | None) -> str | None:
    """The key whose signature covers the packaged ledger's end (the export checkpoint)."""
    if custody is None or not custody.end_signed:
        return None
    return next((s["key"] for s in custody.signers if custody.signed_seq in s["seqs"]), None)


def _check_custody(path: Path, info: dict[str, str], report: PackageReport,
                   trust: TrustedKeys) -> VerifyReport | None:
    metadata = path / layout.METADATA
    if not (metadata / "custody.jsonl").is_file():
        return None  # reported as missing metadata
    verdict = verify_ledger(metadata, trust=trust)
    report.custody_head, report.custody_entries = verdict.head_sha256, verdict.entries
    if not verdict.ok:
        report.problems.append(Problem("custody", f"custody ledger: {verdict.message}"))
        return verdict
    mismatch = _bag_info_mismatch(metadata, info, verdict)
    if mismatch:
        report.problems.append(mismatch)
    else:
        report.checks.append(f"custody chain of {verdict.entries} entries, signed to its end, "
                             "matching bag-info (head, count, case, mode)")
    return verdict


def _bag_info_mismatch(metadata: Path, info: dict[str, str],
                       verdict: VerifyReport) -> Problem | None:
    if info.get("Custody-Head-SHA256") != verdict.head_sha256:
        return Problem("custody", "the custody head in bag-info.txt does not match the packaged "
                                  "ledger (entries added or removed)")
    if info.get("Custody-Entry-Count") != str(verdict.entries):
        return Problem("custody", "the custody entry count in bag-info.txt does not match the "
                                  "packaged ledger")
    if not verdict.end_signed:
        return Problem("custody", "the packaged ledger's end is not covered by a signature")
    case = verdict.case or {}
    if case.get("case_ref") != info.get("Case-Reference") or \
            case.get("case_id") != info.get("Case-Id"):
        return Problem("custody", f"bag-info.txt names case {info.get('Case-Reference')!r} "
                                  f"({info.get('Case-Id')}), but the packaged ledger belongs to "
                                  f"case {case.get('case_ref')!r} ({case.get('case_id')})")
    mode = _ledger_mode(metadata)
    if mode != info.get("Package-Mode"):
        return Problem("mode", f"bag-info.txt says Package-Mode {info.get('Package-Mode')}, but "
                               f"the signed ledger recorded the export as {mode}")
    return None


def _ledger_mode(metadata: Path) -> str | None:
    """The mode the ledger recorded for its last export (the one this package is)."""
    mode = None
    for line in read_lines((metadata / "custody.jsonl").read_bytes()):
        entry: CustodyEntry | None = line.entry
        if entry is not None and entry.action == "package.export-started":
            mode = entry.details.get("mode")
    return mode
