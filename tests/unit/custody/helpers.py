"""Helpers shared by the custody tests (unit and CLI)."""

from __future__ import annotations

from pathlib import Path

from triage_app.core.officer import Officer
from triage_app.custody.ledger import CustodyLedger


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
