"""Opening a case folder for an operation: the officer's key unlocked through the mediator,
never on the evidence, and one open case shared by every operation of a GUI session."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from triage_app.case.case import Case, ensure_off_evidence
from triage_app.case.store import DB_NAME
from triage_app.core.officer import Officer
from triage_app.errors import InputError
from triage_app.evidence.source import open_source
from triage_app.operations.mediator import UNATTENDED, Mediator, passphrase_source
from triage_app.updates.installed import installed_updates

CaseRef = Case | str | os.PathLike[str]
ACTION_UPDATES = "updates.in-use"
UPDATES_META = "updates_recorded"


def open_case(case_dir: str | os.PathLike[str], officer: Officer, *,
              mediator: Mediator = UNATTENDED, create: bool = True,
              evidence: str | os.PathLike[str] | None = None) -> Case:
    """Open (or create) the case at ``case_dir`` as ``officer``.

    ``evidence``: the source the work will read. A case folder not made yet is checked against
    it first, so the app never creates its case on the evidence.
    """
    path = Path(case_dir)
    if evidence is not None and not path.exists():
        with open_source(evidence) as source:
            ensure_off_evidence(path, source)
    case = Case.open(path, officer=officer, create=create,
                     passphrase=passphrase_source(mediator, officer))
    try:
        record_installed_updates(case)
    except BaseException:
        case.close()
        raise
    return case


def record_installed_updates(case: Case) -> None:
    """The signed update bundles this laptop runs with (hash sets, watch lists, rules), written
    to the case's ledger the first time the case is opened with them installed."""
    installed = {name: {"version": u.version, "signer": u.signer,
                        "manifest_sha256": u.manifest_sha256, "contents": list(u.contents)}
                 for name, u in sorted(installed_updates().items())}
    known = json.dumps(installed, sort_keys=True)
    if not installed or case.store.get_meta(UPDATES_META) == known:
        return
    case.record(ACTION_UPDATES, details={"installed": installed})
    case.store.set_meta(UPDATES_META, known)


@contextmanager
def using_case(case: CaseRef, officer: Officer, *, mediator: Mediator = UNATTENDED,
               create: bool = False) -> Iterator[Case]:
    """The open case as it is (the GUI session keeps one open), or the folder opened for this
    one operation and closed after it."""
    if isinstance(case, Case):
        yield case
        return
    if not create and not is_case_folder(case):
        raise InputError(f"{case} is not a case folder (no {DB_NAME}); scan evidence into it "
                         "first")
    with open_case(case, officer, mediator=mediator, create=create) as opened:
        yield opened


def is_case_folder(path: str | os.PathLike[str]) -> bool:
    return (Path(path) / DB_NAME).is_file()
