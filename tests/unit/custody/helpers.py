"""Helpers shared by the custody tests (unit and CLI)."""

from __future__ import annotations

import json
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from triage_app.core.officer import Officer
from triage_app.custody.entry import GENESIS_PREV, canonical_json, line_sha256
from triage_app.custody.keys import key_fingerprint, public_key_pem
from triage_app.custody.ledger import CustodyLedger
from triage_app.custody.signing import SIGNATURES_FILE, sign_head, signature_line


def open_ledger(case_dir: Path, officer: Officer) -> CustodyLedger:
    return CustodyLedger.open(case_dir, officer, tool_name="field-triage", tool_version="0.1.0")


def write_entries(case_dir: Path, officer: Officer, count: int, *, seal: bool = True) -> None:
    """``count`` entries, then (by default) a signed checkpoint as entry ``count + 1``."""
    with open_ledger(case_dir, officer) as ledger:
        for n in range(1, count + 1):
            ledger.record(f"test.step-{n}", exhibit="ABC/1", reason=f"step {n}",
                          inputs=[{"path": f"/DCIM/IMG_{n:04}.JPG", "sha256": f"{n:064x}"}])
        if seal:
            ledger.checkpoint("end of test")


def ledger_lines(case_dir: Path) -> list[bytes]:
    return (case_dir / "custody.jsonl").read_bytes().splitlines(keepends=True)


def write_lines(case_dir: Path, lines: list[bytes]) -> None:
    (case_dir / "custody.jsonl").write_bytes(b"".join(lines))


def rechain(case_dir: Path, entries: list[dict], signer: Ed25519PrivateKey,
            signer_officer: str) -> None:
    """A forger's rewrite: ``entries`` (dicts) re-chained, every checkpoint re-signed with
    ``signer`` under ``signer_officer``, the signer's key and a card for it put in the case."""
    fingerprint = key_fingerprint(signer.public_key())
    prev, lines, signatures = GENESIS_PREV, [], []
    for seq, data in enumerate(entries, start=1):
        data = {**data, "seq": seq, "prev": prev}
        if data["action"] == "custody.checkpoint":
            data["details"] = {**data["details"], "key": fingerprint}
        line = canonical_json(data) + b"\n"
        lines.append(line)
        prev = line_sha256(line)
        if data["action"] == "custody.checkpoint":
            signatures.append(signature_line(sign_head(
                signer, seq=seq, head=prev, signed_at=data["time"], officer=signer_officer,
                reason="re-signed")))
    write_lines(case_dir, lines)
    (case_dir / SIGNATURES_FILE).write_bytes(b"".join(signatures))
    keys = case_dir / "signer-keys"
    keys.mkdir(exist_ok=True)
    (keys / f"{fingerprint}.pub").write_bytes(public_key_pem(signer.public_key()))


def entries_of(case_dir: Path) -> list[dict]:
    return [json.loads(line) for line in ledger_lines(case_dir)]
