"""Export a case as a triage package (a BagIt bag), streaming, with progress and cancel.

The bag is built in ``<name>.partial`` beside its final place, with an EXPORT-INCOMPLETE.txt
marker, and renamed only when complete; a failure (disk full, yanked drive, cancel) removes the
partial bag or, if even that fails, leaves it clearly marked. The case itself is not changed
except for its custody ledger, which records the export, its failure, or its cancellation.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import sys
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from triage_app import TOOL_NAME, __version__
from triage_app.case.case import Case
from triage_app.case.findings import FindingView
from triage_app.core.jobs import CancelToken, Progress, ProgressCallback, Throttle, no_progress
from triage_app.core.readonly import open_readonly
from triage_app.core.units import human_size
from triage_app.custody.ledger import LEDGER_FILE
from triage_app.custody.signing import KEYS_DIR, SIGNATURES_FILE
from triage_app.custody.trust import with_travelling_cards
from triage_app.custody.verify import verify_ledger
from triage_app.engine.hashing import ParallelHasher, chunks, hash_reader
from triage_app.errors import Cancelled, IntegrityError, StorageError, TriageError
from triage_app.hashsets.library import HashSetLibrary
from triage_app.package import case_uco, layout
from triage_app.package.dfxml import write_dfxml
from triage_app.package.hashdeep_file import write_hashdeep
from triage_app.package.payload import PRESERVED_IMAGE_STATUSES, PayloadFile, gather
from triage_app.package.report import ReportData, findings_json, render_html, render_pdf
from triage_app.storage.drives import FAT_MAX_FILE, filesystem_type, is_fat
from triage_app.storage.durable import fsync_dir
from triage_app.workflow.legal import LegalAuthority

_COPY_ALGORITHMS = ("md5", "sha1", "sha256", "sha512")
WORKING_ROOM = 64 * 1024 * 1024  # metadata, report and manifests written beside the payload


@dataclass(slots=True)
class ExportResult:
    path: Path
    files: int
    payload_bytes: int
    mode: str
    custody_head: str
    custody_entries: int
    signer_key: str
    tagmanifest_sha256: str


def export_package(case: Case, out_dir: Path, *, authority: LegalAuthority | None = None,
                   progress: ProgressCallback = no_progress,
                   cancel: CancelToken | None = None) -> ExportResult:
    """Write the case's triage package into ``out_dir``; ``authority`` is the legal authority
    in force (the operations layer reads it from the ledger), shown in the report and the
    CASE/UCO graph."""
    cancel = cancel or CancelToken()
    out_dir = Path(out_dir)
    if not out_dir.is_dir():
        raise StorageError(f"{out_dir}: the output folder does not exist")
    payload = gather(case)
    _check_target(out_dir, payload)
    mode = case.mode
    case_ref = case.ref
    exhibits = [row["ref"] for row in case.store.exhibits()]
    case.record("package.export-started", details={"out": str(out_dir), "files": len(payload),
                                                  "mode": mode})
    signer = case.checkpoint("package export: the packaged ledger ends here")["key"]
    name = _free_name(out_dir, layout.bag_name(case_ref, exhibits, datetime.now(UTC)))
    final, partial = out_dir / name, out_dir / (name + layout.PARTIAL_SUFFIX)
    try:
        partial.mkdir()
        (partial / layout.PARTIAL_MARKER).write_text(
            "This export did not finish. Do not use this folder as evidence; export again.\n")
        result = _build(case, partial, name, payload, mode, case_ref, signer, progress, cancel,
                        authority)
        (partial / layout.PARTIAL_MARKER).unlink()
        _fsync_tree(partial)
        os.rename(partial, final)
        fsync_dir(out_dir)
    except BaseException as exc:
        removed = _discard(partial)
        action = "package.export-cancelled" if isinstance(exc, (Cancelled, KeyboardInterrupt)) \
            else "package.export-failed"
        reason = str(exc) if isinstance(exc, TriageError) else f"{type(exc).__name__}: {exc}"
        # When the ledger's own drive is failing too, the original error says why.
        with contextlib.suppress(TriageError):
            case.record(action, reason=reason, details={
                "partial_bag": str(partial), "partial_removed": removed})
        if isinstance(exc, OSError):
            raise StorageError(f"the package could not be written to {out_dir} "
                               f"({exc.strerror or exc}); "
                               + ("the partial package was removed" if removed else
                                  f"the partial package {partial.name} is marked incomplete")) from exc
        raise
    result.path = final
    try:
        case.record("package.exported", outputs=[{"path": str(final), "files": result.files,
                                                  "tagmanifest_sha256": result.tagmanifest_sha256}],
                    details={"mode": mode, "custody_head": result.custody_head})
    except TriageError:
        _discard(final)  # a package the ledger does not record as exported must not circulate
        raise
    return result


def _free_name(out_dir: Path, name: str) -> str:
    """``name``, or ``name-2``... when an export in the same second took it."""
    candidate, number = name, 1
    suffixes = ("", layout.PARTIAL_SUFFIX)
    while any((out_dir / f"{candidate}{suffix}").exists() for suffix in suffixes):
        number += 1
        candidate = f"{name}-{number}"
    return candidate


def _check_target(out_dir: Path, payload: list[PayloadFile]) -> None:
    total = sum(f.size for f in payload)
    free = shutil.disk_usage(out_dir).free
    if total + WORKING_ROOM > free:
        raise StorageError(f"{out_dir} has {human_size(free)} free; the package needs about "
                           f"{human_size(total)} plus {human_size(WORKING_ROOM)} of working room: "
                           "choose a larger drive")
    if is_fat(filesystem_type(out_dir)):
        too_big = [f for f in payload if f.size > FAT_MAX_FILE]
        if too_big:
            raise StorageError(
                f"{out_dir} is a FAT32 drive, which cannot hold files of 4 GiB or more, and "
                f"{too_big[0].bag_path} is {too_big[0].size / 2**30:.1f} GiB: export to an exFAT "
                "or NTFS drive, or image again in 2G segments")


def _build(case: Case, bag: Path, name: str, payload: list[PayloadFile], mode: str,
           case_ref: str, signer: str, progress: ProgressCallback,
           cancel: CancelToken, authority: LegalAuthority | None) -> ExportResult:
    state = Progress(phase="packaging", files_total=len(payload),
                     bytes_total=sum(f.size for f in payload))
    report = Throttle(progress)
    for f in payload:
        cancel.raise_if_cancelled()
        state.current = f.bag_path
        _copy(f, bag, state, report, cancel)
        state.files_done += 1
    report(state, force=True)
    metadata = bag / layout.METADATA
    metadata.mkdir()
    custody_head, custody_entries = _copy_custody(case, metadata)
    _write_metadata(case, metadata, name, payload, mode, case_ref, custody_head, authority)
    _write_bag_files(case, bag, payload, mode, case_ref, custody_head, custody_entries, signer)
    tag_sha256 = _write_tag_manifests(bag)
    key, signature = case.ledger.sign_detached((bag / "tagmanifest-sha256.txt").read_bytes())
    if key != signer:
        raise IntegrityError("the package was signed with another key than the ledger's checkpoint")
    (bag / layout.SIGNATURE).write_bytes(signature)
    if not (metadata / KEYS_DIR / f"{signer}.pub").is_file():  # published by the checkpoint
        raise IntegrityError("the signer's public key is missing from the packaged keys")
    return ExportResult(bag, len(payload), state.bytes_total or 0, mode, custody_head,
                        custody_entries, signer, tag_sha256)


def _copy(f: PayloadFile, bag: Path, state: Progress, report, cancel: CancelToken) -> None:
    target = bag / f.bag_path
    target.parent.mkdir(parents=True, exist_ok=True)
    hasher = ParallelHasher(_COPY_ALGORITHMS)
    with open_readonly(f.case_path) as source, open(target, "xb") as out:
        for chunk in chunks(source, f.size):
            cancel.raise_if_cancelled()
            hasher.update(chunk)
            out.write(chunk)
            state.bytes_done += len(chunk)
            report(state)
        out.flush()
        os.fsync(out.fileno())
    f.digests = hasher.hexdigests()
    for algorithm, value in f.recorded.items():
        if f.digests[algorithm] != value:
            raise IntegrityError(f"{f.bag_path}: the preserved copy no longer matches the "
                                 f"{algorithm.upper()} recorded when it was preserved; the case "
                                 "folder was altered or its drive is failing")


def _copy_custody(case: Case, metadata: Path) -> tuple[str, int]:
    """The ledger as it stands after the export checkpoint, with its signatures and keys."""
    for name in (LEDGER_FILE, SIGNATURES_FILE):
        if (case.path / name).exists():
            shutil.copy2(case.path / name, metadata / name)
    shutil.copytree(case.path / KEYS_DIR, metadata / KEYS_DIR)
    verdict = verify_ledger(metadata, trust=with_travelling_cards(case.path))
    if not verdict.ok:
        raise IntegrityError(f"the case's custody ledger does not verify ({verdict.message}); "
                             "it cannot be packaged as it is")
    if verdict.head_sha256 is None:  # the export checkpoint was just written to it
        raise IntegrityError("the case's custody ledger is empty; it cannot be packaged")
    return verdict.head_sha256, verdict.entries


def _write_metadata(case: Case, metadata: Path, name: str, payload: list[PayloadFile], mode: str,
                    case_ref: str, custody_head: str, legal: LegalAuthority | None) -> None:
    store = case.store
    findings = [FindingView.from_row(row).to_dict() for row in store.findings()]
    with open(metadata / "files.dfxml", "w", encoding="utf-8") as out:
        write_dfxml(out, case_ref, payload, store.scanned_files(), " ".join(sys.argv))
    with open(metadata / "hashdeep-sha256.txt", "w", encoding="utf-8", newline="\n") as out:
        write_hashdeep(out, payload)
    (metadata / "findings.json").write_text(findings_json(findings), encoding="utf-8")
    with HashSetLibrary() as library:
        sets = [s.to_dict() for s in library.sets()]
    (metadata / "hashsets.json").write_text(json.dumps(sets, indent=1) + "\n", encoding="utf-8")
    sources = [{"id": r["id"], "location": r["location"], "kind": r["kind"],
                "identity": json.loads(r["identity"])} for r in store.sources()]
    exhibits = [dict(r) for r in store.exhibits()]
    exhibits += _scanned_only_exhibits(store, {e["ref"] for e in exhibits})
    authority = _authority_record(legal)
    officers = {case.officer.id: {"id": case.officer.id, "name": case.officer.name}}
    graph = case_uco.build_case_graph(
        case_ref=case_ref, mode=mode, authority=authority, officers=list(officers.values()),
        sources=sources, exhibits=[{"ref": e["ref"], "description": e["description"],
                                    "source_id": e["source_id"]} for e in exhibits],
        actions=_actions(store, case.officer.id), payload=payload)
    with open(metadata / "case.jsonld", "w", encoding="utf-8") as out:
        case_uco.dump(graph, out)
    data = ReportData(
        case_ref=case_ref, mode=mode, bag_name=name,
        officer=f"{case.officer.name} ({case.officer.id})", authority=authority,
        exhibits=[{**e, "source": next((s["location"] for s in sources if s["id"] == e["source_id"]), "")}
                  for e in exhibits],
        payload=payload, images=_images(store, preserved=True), findings=findings,
        images_not_preserved=_images(store, preserved=False),
        custody=verify_ledger(metadata, trust=with_travelling_cards(case.path)),
        custody_head=custody_head)
    (metadata / "report.html").write_text(render_html(data), encoding="utf-8")
    render_pdf(data, metadata / "report.pdf")


def _scanned_only_exhibits(store, registered: set[str]) -> list[dict]:
    """Exhibit references sources were scanned under that no collection or image registered."""
    rows = {}
    for source in store.sources():
        ref = source["exhibit"]
        if ref and ref not in registered and ref not in rows:
            rows[ref] = {"ref": ref, "description": f"scanned from {source['location']}",
                         "source_id": source["id"]}
    return list(rows.values())


def _actions(store, officer_id: str) -> list[dict]:
    actions = [{"name": "scan", "start": s["started_at"], "end": s["finished_at"],
                "officer": officer_id, "source_id": s["source_id"]} for s in store.scans()]
    actions += [{"name": "image", "start": i["started_at"], "end": i["finished_at"],
                 "officer": officer_id, "exhibit": i["exhibit"]} for i in store.images()]
    return actions


def _images(store, *, preserved: bool) -> list[dict]:
    """The finished images (``preserved``), or those that were not: cancelled, failed, cut off."""
    return [{"exhibit": i["exhibit"], "source": i["source_location"], "size": i["media_size"],
             "status": i["status"], "hashes": {k: i[k] for k in ("md5", "sha1", "sha256") if i[k]},
             "bad_sectors": json.loads(i["bad_sectors"] or "[]")} for i in store.images()
            if (i["status"] in PRESERVED_IMAGE_STATUSES) == preserved]


def _authority_record(legal: LegalAuthority | None) -> dict[str, str] | None:
    """The authority as the report and the CASE/UCO graph name it."""
    if legal is None:
        return None
    valid = (f"valid from {legal.valid_from.isoformat(timespec='minutes')} " if legal.valid_from
             else "valid ") + f"until {legal.valid_until.isoformat(timespec='minutes')}"
    return {"type": legal.type, "reference": legal.ref,
            "description": f"issued by {legal.issuer}; {valid}; scope: {legal.scope}"}


def _write_bag_files(case: Case, bag: Path, payload: list[PayloadFile], mode: str, case_ref: str,
                     custody_head: str, custody_entries: int, signer: str) -> None:
    (bag / layout.DATA).mkdir(exist_ok=True)
    (bag / "bagit.txt").write_text("BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n",
                                   encoding="utf-8")
    for algorithm in layout.MANIFEST_ALGORITHMS:
        with open(bag / f"manifest-{algorithm}.txt", "w", encoding="utf-8", newline="\n") as out:
            for f in sorted(payload, key=lambda f: f.bag_path):
                out.write(f"{f.digests[algorithm]}  {_encode_path(f.bag_path)}\n")
    officer = case.officer
    endorsement = officer.best_endorsement()
    info = [
        ("Source-Organization", officer.agency or "not recorded"),
        ("Contact-Name", f"{officer.name} ({officer.id})"),
        ("External-Identifier", case_ref),
        ("External-Description", f"Field Triage package of case {case_ref}"
                                 + (" - SIMULATION, not real evidence"
                                    if mode == layout.MODE_SIMULATION else "")),
        ("Bagging-Date", datetime.now(UTC).date().isoformat()),
        ("Bag-Software-Agent", f"{TOOL_NAME} {__version__}"),
        ("Payload-Oxum", f"{sum(f.size for f in payload)}.{len(payload)}"),
        ("Case-Reference", case_ref),
        ("Case-Id", case.store.get_meta("case_id") or ""),
        ("Exhibits", ", ".join(r["ref"] for r in case.store.exhibits()) or "none"),
        ("Officer", f"{officer.name} ({officer.id})"),
        ("Officer-Endorsement", str(endorsement) if endorsement else "none"),
        ("Package-Mode", mode),
        ("Custody-Head-SHA256", custody_head),
        ("Custody-Entry-Count", str(custody_entries)),
        ("Signature-File", layout.SIGNATURE),
        ("Signer-Key-SHA256", signer),
    ]
    with open(bag / "bag-info.txt", "w", encoding="utf-8", newline="\n") as out:
        for key, value in info:
            out.write(f"{key}: {value.replace(chr(10), ' ')}\n")


def _encode_path(path: str) -> str:
    """RFC 8493 section 2.1.3: CR, LF and % in manifest paths are percent-encoded."""
    return path.replace("%", "%25").replace("\n", "%0A").replace("\r", "%0D")


def _write_tag_manifests(bag: Path) -> str:
    tag_files = sorted(p for p in bag.rglob("*") if p.is_file()
                       and p.relative_to(bag).parts[0] != layout.DATA
                       and not p.name.startswith("tagmanifest-")
                       and p.name not in (layout.SIGNATURE, layout.PARTIAL_MARKER))
    digests = {}
    for path in tag_files:
        with open_readonly(path) as handle:
            digests[path.relative_to(bag).as_posix()], _ = hash_reader(
                handle, algorithms=layout.MANIFEST_ALGORITHMS)
    for algorithm in layout.MANIFEST_ALGORITHMS:
        with open(bag / f"tagmanifest-{algorithm}.txt", "w", encoding="utf-8", newline="\n") as out:
            for rel, d in digests.items():
                out.write(f"{d[algorithm]}  {_encode_path(rel)}\n")
    return hashlib.sha256((bag / "tagmanifest-sha256.txt").read_bytes()).hexdigest()


def _discard(partial: Path) -> bool:
    """Remove a partial bag; False when the drive does not let us (it stays marked)."""
    try:
        if partial.exists():
            shutil.rmtree(partial)
        return True
    except OSError:
        return False


def _fsync_tree(root: Path) -> None:
    for folder, _, names in os.walk(root):
        for name in names:
            fd = os.open(os.path.join(folder, name), os.O_RDONLY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)
        fsync_dir(Path(folder))
