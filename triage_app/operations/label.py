"""Printing an exhibit label that ties the bag to the custody ledger (``label.printed``)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from triage_app.case.case import Case
from triage_app.errors import InputError
from triage_app.operations import case_state
from triage_app.operations.authority import authorise
from triage_app.reporting.label_pdf import LabelContent, render_label
from triage_app.storage.drives import storage_error
from triage_app.storage.durable import fsync_dir

ACTION = "print-label"
LABEL_PRINTED = "label.printed"


@dataclass(frozen=True, slots=True)
class PrintedLabel:
    path: Path
    head_seq: int
    head_sha256: str  # the custody head printed on the label


def print_label(case: Case, exhibit: str, out: str | os.PathLike[str], *,
                size: str = "62mm") -> PrintedLabel:
    """Write the label PDF of ``exhibit`` to ``out`` (whole, or not at all) and record which
    custody head it carries."""
    row = case.store.exhibit(exhibit)
    if row is None:
        raise InputError(f"exhibit {exhibit} is not in this case")
    authorise(case.officer, ACTION, case=case, exhibit=exhibit)
    head = case.ledger.head()
    assert head is not None  # an open case has at least its case.opened entry
    device = case_state.device(case, exhibit)
    content = LabelContent(
        exhibit=exhibit, description=row["description"] or "", seal=device.about.seal if device else None,
        case_ref=case.ref,
        officer=f"{case.officer.id} {case.officer.name}",
        printed_at=datetime.now(UTC).isoformat(timespec="seconds"), mode=case.mode,
        head_seq=head.seq, head_sha256=head.sha256)
    path = Path(out)
    _write_whole(path, render_label(content, size))
    case.record(LABEL_PRINTED, exhibit=exhibit,
                outputs=[{"path": str(path.resolve())}],
                details={"head_seq": head.seq, "head_sha256": head.sha256, "size": size})
    case.checkpoint(f"label of {exhibit} printed")
    return PrintedLabel(path, head.seq, head.sha256)


def _write_whole(path: Path, data: bytes) -> None:
    tmp = path.with_name(path.name + ".part")
    try:
        with open(tmp, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
        fsync_dir(path.parent, strict=False)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise storage_error(exc, f"the label {path}") from exc
